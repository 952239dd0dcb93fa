#!/usr/bin/env bash
# Restores a backup made by backup.sh into MYSQL_DATABASE (created when missing), after checking its SHA-256.
#
# Usage: restore.sh <backup.sql.gz>        (environment as for backup.sh)
# Stop the writers first (backend, workers, scheduler): see docs/operations.md "Restore". Safe to run twice:
# the dump drops and recreates each table.
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# == 1)) || die "usage: $0 <backup.sql.gz>"
backup=$1
database=${MYSQL_DATABASE:-dixis}
[[ -f $backup ]] || die "no such backup: $backup"
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || die "MYSQL_DATABASE '$database' is not a plain database name"

if [[ -f $backup.sha256 ]]; then
  (cd "$(dirname "$backup")" && sha256sum --check --quiet "$(basename "$backup").sha256") ||
    die "checksum mismatch: $backup is damaged"
  log "checksum ok"
elif [[ ${RESTORE_WITHOUT_CHECKSUM:-0} != 1 ]]; then
  die "$backup.sha256 is missing (set RESTORE_WITHOUT_CHECKSUM=1 to restore anyway)"
fi
gzip -t "$backup" || die "$backup is not a valid gzip file"

defaults=$(mariadb_defaults_file)
trap 'rm -f "$defaults"' EXIT

log "restoring $backup into database $database"
mariadb --defaults-extra-file="$defaults" -e \
  "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
gzip -dc "$backup" | mariadb --defaults-extra-file="$defaults" "$database"
log "restored $(mariadb --defaults-extra-file="$defaults" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'") tables into $database"
