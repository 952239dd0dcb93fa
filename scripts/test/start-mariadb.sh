#!/usr/bin/env bash
# Starts (or reuses) a private MariaDB on 127.0.0.1:$DIXIS_TEST_MYSQL_PORT with a `dixis` user, and exports DIXIS_TEST_MYSQL.
set -euo pipefail

mariadb_dir="$DIXIS_TEST_STATE/mariadb"
mariadb_data="$mariadb_dir/data"
mariadb_sock="$mariadb_dir/mariadb.sock"
mariadb_pid="$mariadb_dir/mariadb.pid"
mariadb_log="$mariadb_dir/mariadb.log"

dixis_mariadb_ping() {
  mariadb-admin --no-defaults --protocol=tcp -h127.0.0.1 -P"$DIXIS_TEST_MYSQL_PORT" \
    -udixis -pdixis --connect-timeout=2 ping >/dev/null 2>&1
}

if dixis_mariadb_ping; then
  log "reusing the MariaDB already answering on 127.0.0.1:$DIXIS_TEST_MYSQL_PORT"
elif port_open "$DIXIS_TEST_MYSQL_PORT"; then
  die "port $DIXIS_TEST_MYSQL_PORT is taken by something that does not accept dixis/dixis; stop it or set DIXIS_TEST_MYSQL_PORT"
else
  mkdir -p "$mariadb_dir"
  if [[ ! -d $mariadb_data/mysql ]]; then
    log "initialising a new data directory in $mariadb_data"
    # Install into a scratch directory first so an interrupted install never leaves a half-made datadir.
    rm -rf "$mariadb_data" "$mariadb_data.new"
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$mariadb_data.new" \
      --auth-root-authentication-method=socket --skip-test-db >"$mariadb_dir/install-db.log" 2>&1 ||
      { tail -n 30 "$mariadb_dir/install-db.log" >&2; die "mariadb-install-db failed (log: $mariadb_dir/install-db.log)"; }
    mv "$mariadb_data.new" "$mariadb_data"
  fi
  log "starting mariadbd on 127.0.0.1:$DIXIS_TEST_MYSQL_PORT (log: $mariadb_log)"
  # setsid + closed stdio: the server outlives this shell (--keep-servers) and holds no pipe of CI's.
  setsid mariadbd --no-defaults --user="$(id -un)" \
    --datadir="$mariadb_data" --socket="$mariadb_sock" --pid-file="$mariadb_pid" \
    --log-error="$mariadb_log" --tmpdir="$mariadb_dir" \
    --bind-address=127.0.0.1 --port="$DIXIS_TEST_MYSQL_PORT" --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --default-time-zone=+00:00 --max-connections=500 \
    --innodb-flush-log-at-trx-commit=2 --innodb-buffer-pool-size=256M \
    </dev/null >/dev/null 2>&1 &
  mariadb_bg_pid=$!
  mark_started mariadb
  for ((i = 0; i < 600; i++)); do
    mariadb-admin --no-defaults --socket="$mariadb_sock" -uroot --connect-timeout=1 ping >/dev/null 2>&1 && break
    if [[ ! -d /proc/$mariadb_bg_pid ]]; then
      tail -n 30 "$mariadb_log" >&2 || true
      die "mariadbd exited during start-up (log: $mariadb_log)"
    fi
    sleep 0.1
  done
  if ! mariadb-admin --no-defaults --socket="$mariadb_sock" -uroot --connect-timeout=1 ping >/dev/null 2>&1; then
    tail -n 30 "$mariadb_log" >&2 || true
    die "mariadbd did not answer within 60 s (log: $mariadb_log)"
  fi
  mariadb --no-defaults --socket="$mariadb_sock" -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'dixis'@'127.0.0.1' IDENTIFIED BY 'dixis';
CREATE USER IF NOT EXISTS 'dixis'@'localhost' IDENTIFIED BY 'dixis';
ALTER USER 'dixis'@'127.0.0.1' IDENTIFIED BY 'dixis';
ALTER USER 'dixis'@'localhost' IDENTIFIED BY 'dixis';
GRANT ALL PRIVILEGES ON *.* TO 'dixis'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'dixis'@'localhost' WITH GRANT OPTION;
SQL
  dixis_mariadb_ping || die "MariaDB is up but user dixis cannot log in over TCP"
  log "MariaDB $(mariadb --no-defaults --socket="$mariadb_sock" -uroot -N -e 'select version()') ready"
fi

export_mysql_env
unset mariadb_dir mariadb_data mariadb_sock mariadb_pid mariadb_log mariadb_bg_pid i
