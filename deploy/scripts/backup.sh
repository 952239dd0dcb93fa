#!/usr/bin/env bash
# Dumps the Dixis database (consistent, without locking: --single-transaction), gzips it, writes a SHA-256
# next to it, deletes backups older than BACKUP_RETENTION_DAYS and optionally copies the new one to S3.
#
# Environment: MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PASSWORD or MYSQL_PASSWORD_FILE,
#   MYSQL_DATABASE (dixis), BACKUP_DIR (/backups), BACKUP_RETENTION_DAYS (30),
#   BACKUP_S3_URL (empty = no copy; s3://bucket/prefix, copied with `aws s3 cp` or `mc cp`, whichever exists).
# Prints the path of the new backup on stdout's last line. Safe to run twice (each run is a new file).
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

database=${MYSQL_DATABASE:-dixis}
backup_dir=${BACKUP_DIR:-/backups}
retention_days=${BACKUP_RETENTION_DAYS:-30}
[[ $retention_days =~ ^[0-9]+$ ]] || die "BACKUP_RETENTION_DAYS must be a number of days, not '$retention_days'"
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || die "MYSQL_DATABASE '$database' is not a plain database name"

mkdir -p "$backup_dir"
defaults=$(mariadb_defaults_file)
partial=""
cleanup() { rm -f "$defaults" ${partial:+"$partial"}; }
trap cleanup EXIT

stamp=$(date -u '+%Y%m%dT%H%M%SZ')
name="dixis-${database}-${stamp}.sql.gz"
partial="$backup_dir/.${name}.partial"
log "backing up database $database to $backup_dir/$name"
mariadb-dump --defaults-extra-file="$defaults" \
  --single-transaction --quick --routines --triggers --events --hex-blob --no-tablespaces \
  --default-character-set=utf8mb4 "$database" | gzip -6 >"$partial"
gzip -t "$partial"
mv "$partial" "$backup_dir/$name"
partial=""
(cd "$backup_dir" && sha256sum "$name" >"$name.sha256")
log "wrote $name ($(du -h "$backup_dir/$name" | cut -f1)), checksum $name.sha256"

# Retention: only our own files, by age.
find "$backup_dir" -maxdepth 1 -type f \( -name 'dixis-*.sql.gz' -o -name 'dixis-*.sql.gz.sha256' \) \
  -mtime "+$retention_days" -print -delete | sed 's/^/    deleted (older than '"$retention_days"' days): /'

if [[ -n ${BACKUP_S3_URL:-} ]]; then
  if command -v aws >/dev/null 2>&1; then
    aws s3 cp --only-show-errors "$backup_dir/$name" "${BACKUP_S3_URL%/}/$name"
    aws s3 cp --only-show-errors "$backup_dir/$name.sha256" "${BACKUP_S3_URL%/}/$name.sha256"
  elif command -v mc >/dev/null 2>&1; then
    mc cp --quiet "$backup_dir/$name" "$backup_dir/$name.sha256" "${BACKUP_S3_URL%/}/"
  else
    die "BACKUP_S3_URL is set but neither aws nor mc is installed"
  fi
  log "copied to ${BACKUP_S3_URL%/}/$name"
fi

touch "$backup_dir/.last-success"
printf '%s\n' "$backup_dir/$name"
