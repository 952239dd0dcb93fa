#!/usr/bin/env bash
# Shared helpers and defaults for the steps in scripts/test/ (sourced, never run on its own).
set -euo pipefail

DIXIS_TEST_STATE="${DIXIS_TEST_STATE:-/tmp/dixis-test}"
DIXIS_TEST_MYSQL_PORT="${DIXIS_TEST_MYSQL_PORT:-3307}"
DIXIS_TEST_REDIS_PORT="${DIXIS_TEST_REDIS_PORT:-6380}"
DIXIS_TEST_S3_PORT="${DIXIS_TEST_S3_PORT:-4569}"
DIXIS_TEST_SMTP_PORT="${DIXIS_TEST_SMTP_PORT:-1025}"
DIXIS_TEST_MAILDEV_PORT="${DIXIS_TEST_MAILDEV_PORT:-1080}"
export DIXIS_TEST_STATE DIXIS_TEST_MYSQL_PORT DIXIS_TEST_REDIS_PORT DIXIS_TEST_S3_PORT DIXIS_TEST_SMTP_PORT DIXIS_TEST_MAILDEV_PORT
# Where run-dotnet-tests.sh writes the .trx files that summary.sh reads.
DIXIS_TEST_RESULTS="$DIXIS_TEST_STATE/test-results"
# The repository root (scripts/test/../..).
DIXIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DIXIS_TEST_RESULTS DIXIS_ROOT

# Servers started by this shell (not reused ones); stop-servers.sh stops exactly these.
DIXIS_TEST_STARTED=""

log() {
  printf '    %s\n' "$*"
}

die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Pid from pidfile $1 when that process is alive and its command name is $2.
pid_of() {
  local pidfile=$1 comm=$2 pid
  [[ -s $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/comm && $(</proc/"$pid"/comm) == "$comm"* ]] || return 1
  printf '%s\n' "$pid"
}

# Send TERM to the process in pidfile $1 (command name $2), wait up to $3 seconds, then KILL.
stop_pidfile() {
  local pidfile=$1 comm=$2 timeout=${3:-30} pid i
  if ! pid=$(pid_of "$pidfile" "$comm"); then
    rm -f "$pidfile"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    [[ -d /proc/$pid ]] || break
    sleep 0.1
  done
  if [[ -d /proc/$pid ]]; then
    log "$comm (pid $pid) did not stop in ${timeout}s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# The connection settings tests read; each start-* step exports its own once the server answers.
export_mysql_env() {
  export DIXIS_TEST_MYSQL="Server=127.0.0.1;Port=$DIXIS_TEST_MYSQL_PORT;User=dixis;Password=dixis;"
}
export_redis_env() {
  export DIXIS_TEST_REDIS="127.0.0.1:$DIXIS_TEST_REDIS_PORT"
}
export_s3_env() {
  export DIXIS_TEST_S3_URL="http://127.0.0.1:$DIXIS_TEST_S3_PORT"
  export DIXIS_TEST_S3_ACCESS_KEY=S3RVER
  export DIXIS_TEST_S3_SECRET_KEY=S3RVER
}
export_smtp_env() {
  export DIXIS_TEST_SMTP="127.0.0.1:$DIXIS_TEST_SMTP_PORT"
  export DIXIS_TEST_MAILDEV_URL="http://127.0.0.1:$DIXIS_TEST_MAILDEV_PORT"
}

mark_started() {
  DIXIS_TEST_STARTED="${DIXIS_TEST_STARTED:+$DIXIS_TEST_STARTED }$1"
}
