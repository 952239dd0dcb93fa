#!/usr/bin/env bash
# Runs the whole Dixis test suite: installs packages, starts private MariaDB/Redis/S3 servers on 127.0.0.1,
# audits packages for known vulnerabilities (fails on high or critical), builds, checks formatting, runs every test, and prints "N passed, N failed, N skipped" as the last line.
#
# Usage: scripts/test.sh [--keep-servers]
#   --keep-servers  leave the servers this run started running (see scripts/test-servers.sh env|stop)
# Environment: DIXIS_TEST_STATE (default /tmp/dixis-test), DIXIS_TEST_MYSQL_PORT (3307),
#              DIXIS_TEST_REDIS_PORT (6380), DIXIS_TEST_S3_PORT (4569).
set -eEuo pipefail
cd "$(dirname "$0")/.."

keep_servers=0
for arg in "$@"; do
  case $arg in
    --keep-servers) keep_servers=1 ;;
    -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) printf 'unknown argument: %s (try --help)\n' "$arg" >&2; exit 2 ;;
  esac
done

# shellcheck source=scripts/test/lib.sh
source scripts/test/lib.sh

current_step="(setup)"
run_started=$SECONDS
failure=""

# shellcheck disable=SC2317 # trap handlers
on_error() {
  local rc=$? line=$1 file=$2
  failure="FAILED: step $current_step (exit $rc at $file:$line)"
  printf '\n%s\n' "$failure" >&2
}
stop_started_servers() {
  if ((keep_servers)); then
    [[ -z $DIXIS_TEST_STARTED ]] || log "--keep-servers: leaving running: $DIXIS_TEST_STARTED (stop with scripts/test-servers.sh stop)"
  elif [[ -n $DIXIS_TEST_STARTED ]]; then
    DIXIS_TEST_STOP=$DIXIS_TEST_STARTED
    # shellcheck source=scripts/test/stop-servers.sh
    source scripts/test/stop-servers.sh
  fi
  DIXIS_TEST_STARTED=
}
# shellcheck disable=SC2317
on_exit() {
  local rc=$?
  trap - ERR
  set +e
  stop_started_servers
  if ((rc != 0)) && [[ -z $failure ]]; then
    failure="FAILED: step $current_step (exit $rc)"
  fi
  # Repeat the failure after the servers' shutdown lines so that it ends the output.
  [[ -z $failure ]] || printf '%s\n' "$failure" >&2
  exit "$rc"
}
trap 'on_error "$LINENO" "${BASH_SOURCE[0]}"' ERR
trap on_exit EXIT
trap 'failure="INTERRUPTED during step $current_step"; exit 130' INT
trap 'failure="TERMINATED during step $current_step"; exit 143' TERM

# Sources scripts/test/$1.sh (so its exports reach the later steps), printing its name, a timestamp and its duration.
run_step() {
  local started=$SECONDS
  current_step=$1
  printf '==> [%s] %s\n' "$(date '+%F %T')" "$1"
  # shellcheck source=/dev/null
  source "scripts/test/$1.sh"
  printf '<== %s done in %ss\n' "$1" "$((SECONDS - started))"
}

run_step install-packages
run_step start-mariadb
run_step start-redis
run_step start-s3
run_step start-smtp
run_step check-deploy
run_step audit-packages
run_step run-dotnet-tests
run_step summary

current_step="(stopping servers)"
stop_started_servers
printf '==> [%s] finished in %ss\n' "$(date '+%F %T')" "$((SECONDS - run_started))"
# The very last line of the run, alone on its line.
printf '%s\n' "$DIXIS_SUMMARY"
exit "$DIXIS_TEST_EXIT"
