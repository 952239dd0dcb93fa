#!/usr/bin/env bash
# Starts (or reuses) a private, non-persistent Redis on 127.0.0.1:$DIXIS_TEST_REDIS_PORT, and exports DIXIS_TEST_REDIS.
set -euo pipefail

redis_dir="$DIXIS_TEST_STATE/redis"

dixis_redis_ping() {
  [[ $(redis-cli -h 127.0.0.1 -p "$DIXIS_TEST_REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

if dixis_redis_ping; then
  log "reusing the Redis already answering on 127.0.0.1:$DIXIS_TEST_REDIS_PORT"
elif port_open "$DIXIS_TEST_REDIS_PORT"; then
  die "port $DIXIS_TEST_REDIS_PORT is taken by something that is not Redis; stop it or set DIXIS_TEST_REDIS_PORT"
else
  mkdir -p "$redis_dir"
  log "starting redis-server on 127.0.0.1:$DIXIS_TEST_REDIS_PORT (log: $redis_dir/redis.log)"
  # No config file: Debian's /etc/redis/redis.conf is not read. No RDB, no AOF.
  redis-server --bind 127.0.0.1 --port "$DIXIS_TEST_REDIS_PORT" --protected-mode yes \
    --save '' --appendonly no --dir "$redis_dir" \
    --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" \
    </dev/null >/dev/null 2>&1 ||
    { tail -n 30 "$redis_dir/redis.log" >&2 || true; die "redis-server failed to start"; }
  mark_started redis
  for ((i = 0; i < 300; i++)); do
    dixis_redis_ping && break
    sleep 0.1
  done
  if ! dixis_redis_ping; then
    tail -n 30 "$redis_dir/redis.log" >&2 || true
    die "redis-server did not answer PING within 30 s (log: $redis_dir/redis.log)"
  fi
  log "Redis $(redis-cli -h 127.0.0.1 -p "$DIXIS_TEST_REDIS_PORT" info server | sed -n 's/^redis_version:\(.*\)\r$/\1/p') ready"
fi

export_redis_env
unset redis_dir i
