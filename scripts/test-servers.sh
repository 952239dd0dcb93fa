#!/usr/bin/env bash
# Starts, stops or describes the private test servers (MariaDB, Redis, S3) that scripts/test.sh uses, for developers.
#
# Usage: scripts/test-servers.sh start   install packages if needed, start (or reuse) the servers, print export lines
#        scripts/test-servers.sh stop    stop the servers whose pid files are in the state dir
#        scripts/test-servers.sh env     print the export lines (e.g. eval "$(scripts/test-servers.sh env)")
# Progress goes to stderr, so `eval "$(scripts/test-servers.sh start)"` works.
set -eEuo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/test/lib.sh
source scripts/test/lib.sh

trap 'printf "FAILED: %s (exit %s at %s:%s)\n" "${current_step:-setup}" "$?" "${BASH_SOURCE[0]}" "$LINENO" >&2' ERR

steps=(install-packages start-mariadb start-redis start-s3 start-smtp)

print_env() {
  local name
  for name in DIXIS_TEST_MYSQL DIXIS_TEST_REDIS DIXIS_TEST_S3_URL DIXIS_TEST_S3_ACCESS_KEY DIXIS_TEST_S3_SECRET_KEY DIXIS_TEST_SMTP DIXIS_TEST_MAILDEV_URL; do
    printf "export %s='%s'\n" "$name" "${!name}"
  done
}

case ${1:-} in
  start)
    for current_step in "${steps[@]}"; do
      printf '==> [%s] %s\n' "$(date '+%F %T')" "$current_step" >&2
      # shellcheck source=/dev/null
      source "scripts/test/$current_step.sh" >&2
    done
    print_env
    ;;
  stop)
    DIXIS_TEST_STOP="mariadb redis s3 smtp"
    # shellcheck source=scripts/test/stop-servers.sh
    source scripts/test/stop-servers.sh >&2
    ;;
  env)
    # The same values the start steps export, for servers that are already running.
    export_mysql_env
    export_redis_env
    export_s3_env
    export_smtp_env
    print_env
    ;;
  *)
    sed -n '4,7s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
