#!/usr/bin/env bash
# Shared helpers of deploy/scripts (sourced, never run on its own).
set -euo pipefail

log() { printf '[%s] %s\n' "$(date -u '+%FT%TZ')" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$(date -u '+%FT%TZ')" "$*" >&2; exit 1; }

# Value of variable $1, or the content of the file named by $1_FILE (the *_FILE convention of the stacks).
secret_value() {
  local name=$1 file_var="${1}_FILE"
  if [[ -n ${!file_var:-} ]]; then
    [[ -r ${!file_var} ]] || die "$file_var names an unreadable file: ${!file_var}"
    tr -d '\n' <"${!file_var}"
  else
    printf '%s' "${!name:-}"
  fi
}

# Writes a private client option file for mariadb/mariadb-dump so the password never shows on a command line.
# Prints its path; the caller removes it.
mariadb_defaults_file() {
  local file password
  file=$(mktemp "${TMPDIR:-/tmp}/dixis-my.XXXXXX")
  chmod 600 "$file"
  password=$(secret_value MYSQL_PASSWORD)
  {
    printf '[client]\n'
    printf 'host=%s\nport=%s\nuser=%s\n' "${MYSQL_HOST:-127.0.0.1}" "${MYSQL_PORT:-3306}" "${MYSQL_USER:-root}"
    printf 'password="%s"\n' "${password//\"/\\\"}"
    printf 'protocol=tcp\ndefault-character-set=utf8mb4\n'
  } >"$file"
  printf '%s\n' "$file"
}

# The docker-compose command of this machine (v1 `docker-compose` or v2 `docker compose`).
compose() {
  if command -v docker-compose >/dev/null 2>&1; then
    docker-compose "$@"
  else
    docker compose "$@"
  fi
}
