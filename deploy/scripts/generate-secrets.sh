#!/usr/bin/env bash
# Writes every secret file docker-compose.prod.yml needs into DIXIS_SECRETS_DIR (default deploy/secrets),
# keeping the ones that exist (safe to run twice; delete a file and run again to rotate that secret).
#
# Usage: deploy/scripts/generate-secrets.sh [secrets-dir]
# Files are 0444 inside a 0700 directory: only root on the host can reach them, while each container
# (whatever its user) can read the ones mounted into it. Compose's file secrets ignore uid/gid/mode.
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=${1:-${DIXIS_SECRETS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/deploy/secrets}}
umask 077
mkdir -p "$dir"
chmod 700 "$dir"

# 32 random bytes as URL- and connection-string-safe text (no ; = " ' or spaces).
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-40; }

# write <name> <content>: only when missing.
write() {
  local file="$dir/$1"
  if [[ -s $file ]]; then
    log "keeping   $1"
  else
    printf '%s\n' "$2" >"$file.new"
    chmod 444 "$file.new"
    mv "$file.new" "$file"
    log "generated $1"
  fi
}
read_secret() { tr -d '\n' <"$dir/$1"; }

write mariadb_root_password "$(random_secret)"
write mariadb_password "$(random_secret)"
write grafana_db_password "$(random_secret)"
write mysqld_exporter_password "$(random_secret)"
write redis_cache_password "$(random_secret)"
write redis_queue_password "$(random_secret)"
write minio_root_user "dixis-$(random_secret | cut -c1-12)"
write minio_root_password "$(random_secret)"
write grafana_admin_password "$(random_secret)"
# The seeder's password rules: upper and lower case, a digit and a symbol.
write dixis_admin_password "$(random_secret)Aa1!"
write alertmanager_smtp_password "change-me: the SMTP password of alerts@dixis.gr"
write alertmanager_webhook_token "change-me: the bearer token of the on-call webhook"

# Derived files: rebuilt from the passwords above on every run, so a rotation reaches them all.
derived() {
  local file="$dir/$1"
  printf '%s\n' "$2" >"$file.new"
  chmod 444 "$file.new"
  mv "$file.new" "$file"
}
derived dixis_db_connection "Server=mysql;Port=3306;Database=dixis;User=dixis;Password=$(read_secret mariadb_password);"
derived redis_cache_auth "requirepass $(read_secret redis_cache_password)"
derived redis_queue_auth "requirepass $(read_secret redis_queue_password)"
derived redis_cache_connection "redis:6379,password=$(read_secret redis_cache_password),abortConnect=false"
derived redis_queue_connection "redis-queue:6379,password=$(read_secret redis_queue_password),abortConnect=false"
derived redis_exporter_passwords "{\"redis://redis:6379\":\"$(read_secret redis_cache_password)\",\"redis://redis-queue:6379\":\"$(read_secret redis_queue_password)\"}"
derived mysqld_exporter_cnf "$(printf '[client]\nuser=exporter\npassword=%s\n' "$(read_secret mysqld_exporter_password)")"
log "secrets in $dir (derived files rebuilt). Never commit this directory."
