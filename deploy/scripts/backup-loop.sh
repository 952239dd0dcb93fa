#!/usr/bin/env bash
# Entry point of the db-backup service: runs backup.sh now and then every BACKUP_INTERVAL_SECONDS (86400).
# A failed run is logged and retried at the next interval; the health check reads /backups/.last-success.
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

interval=${BACKUP_INTERVAL_SECONDS:-86400}
trap 'log "stopping"; exit 0' TERM INT
while :; do
  "$(dirname "${BASH_SOURCE[0]}")/backup.sh" || log "backup failed (exit $?); next try in ${interval}s"
  sleep "$interval" &
  wait $!
done
