#!/usr/bin/env bash
# Stops the test servers named in DIXIS_TEST_STOP (any of: mariadb redis s3 smtp) through their pid files in the state dir.
set -euo pipefail

for server in ${DIXIS_TEST_STOP:-}; do
  case $server in
    mariadb) stop_pidfile "$DIXIS_TEST_STATE/mariadb/mariadb.pid" mariadbd 60 ;;
    redis) stop_pidfile "$DIXIS_TEST_STATE/redis/redis.pid" redis-server 30 ;;
    s3) stop_pidfile "$DIXIS_TEST_STATE/s3/s3rver.pid" node 30 ;;
    smtp) stop_pidfile "$DIXIS_TEST_STATE/smtp/maildev.pid" node 30 ;;
    *) die "stop-servers: unknown server '$server'" ;;
  esac
  log "stopped $server"
done
unset server
