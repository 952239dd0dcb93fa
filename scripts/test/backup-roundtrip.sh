#!/usr/bin/env bash
# Proves deploy/scripts/backup.sh and restore.sh on the test MariaDB: make a database with Greek rows, back it
# up, check the checksum and the 30-day retention, drop the database, restore it, compare every row.
# Usage: backup-roundtrip.sh <scratch-dir>   (needs DIXIS_TEST_MYSQL_PORT; user dixis/dixis)
set -euo pipefail

scratch=$1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
database="dixis_backup_check_$$"
export MYSQL_HOST=127.0.0.1 MYSQL_PORT="${DIXIS_TEST_MYSQL_PORT:-3307}" MYSQL_USER=dixis MYSQL_DATABASE="$database"
export MYSQL_PASSWORD_FILE="$scratch/password" BACKUP_DIR="$scratch/backups" BACKUP_RETENTION_DAYS=30
mkdir -p "$BACKUP_DIR"
printf 'dixis\n' >"$MYSQL_PASSWORD_FILE"

sql() { mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$MYSQL_PORT" -udixis -pdixis --default-character-set=utf8mb4 "$@"; }
fingerprint() { sql -N "$database" -e "CHECKSUM TABLE products, producers EXTENDED; SELECT COUNT(*), GROUP_CONCAT(name ORDER BY id) FROM products;"; }
trap 'sql -e "DROP DATABASE IF EXISTS \`$database\`" || true' EXIT

sql -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
sql "$database" <<'SQL'
CREATE TABLE producers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, region VARCHAR(50));
CREATE TABLE products (id INT PRIMARY KEY AUTO_INCREMENT, producer_id INT NOT NULL, name VARCHAR(200) NOT NULL,
  price DECIMAL(10,2) NOT NULL, image BLOB, FOREIGN KEY (producer_id) REFERENCES producers(id));
INSERT INTO producers VALUES (1, 'Μελισσοκομία Λέσβου', 'Λέσβος'), (2, 'Ελαιοτριβείο Κρήτης', 'Κρήτη');
INSERT INTO products (producer_id, name, price, image) VALUES
  (1, 'Θυμαρίσιο μέλι 450 γρ.', 12.50, X'00FF10'), (2, 'Εξαιρετικό παρθένο ελαιόλαδο 1 λ.', 14.90, NULL),
  (2, 'Ελιές Καλαμών «Ω»', 6.20, X'DEADBEEF');
SQL
before=$(fingerprint)

# An old backup (deleted by retention) and a recent one (kept).
touch -d '31 days ago' "$BACKUP_DIR/dixis-$database-20000101T000000Z.sql.gz" "$BACKUP_DIR/dixis-$database-20000101T000000Z.sql.gz.sha256"
touch -d '10 days ago' "$BACKUP_DIR/dixis-$database-20000201T000000Z.sql.gz"

backup=$("$root/deploy/scripts/backup.sh" | tail -n 1)
[[ -s $backup && -s $backup.sha256 ]] || { echo "backup.sh wrote no backup or checksum"; exit 1; }
(cd "$BACKUP_DIR" && sha256sum --check --quiet "$(basename "$backup").sha256")
[[ ! -e $BACKUP_DIR/dixis-$database-20000101T000000Z.sql.gz ]] || { echo "retention kept a 31-day-old backup"; exit 1; }
[[ -e $BACKUP_DIR/dixis-$database-20000201T000000Z.sql.gz ]] || { echo "retention deleted a 10-day-old backup"; exit 1; }
[[ -e $BACKUP_DIR/.last-success ]] || { echo "no heartbeat file"; exit 1; }

sql -e "DROP DATABASE \`$database\`"
"$root/deploy/scripts/restore.sh" "$backup"
after=$(fingerprint)
[[ $before == "$after" ]] || { printf 'rows differ after restore\nbefore: %s\nafter:  %s\n' "$before" "$after"; exit 1; }

# A damaged backup is refused.
printf 'x' >>"$backup"
if "$root/deploy/scripts/restore.sh" "$backup" 2>/dev/null; then
  echo "restore.sh accepted a backup whose checksum does not match"
  exit 1
fi
echo "round trip ok: $(sql -N "$database" -e 'SELECT COUNT(*) FROM products') products, checksums equal"
