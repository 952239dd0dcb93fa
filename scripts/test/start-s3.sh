#!/usr/bin/env bash
# Starts (or reuses) an S3-compatible server (s3rver from tools/s3) on 127.0.0.1:$DIXIS_TEST_S3_PORT, and exports DIXIS_TEST_S3_*.
set -euo pipefail

s3_tools="$DIXIS_ROOT/tools/s3"
s3_dir="$DIXIS_TEST_STATE/s3"

# Answers 200 with ListAllMyBucketsResult when s3rver is up (unsigned requests are accepted).
dixis_s3_ping() {
  node -e '
    const req = require("http").get(process.argv[1], { timeout: 2000 }, res => {
      let body = "";
      res.on("data", d => body += d);
      res.on("end", () => process.exit(res.statusCode === 200 && body.includes("ListAllMyBucketsResult") ? 0 : 1));
    });
    req.on("error", () => process.exit(1));
    req.on("timeout", () => { req.destroy(); process.exit(1); });
  ' "http://127.0.0.1:$DIXIS_TEST_S3_PORT/" 2>/dev/null
}

if dixis_s3_ping; then
  log "reusing the S3 server already answering on 127.0.0.1:$DIXIS_TEST_S3_PORT"
elif port_open "$DIXIS_TEST_S3_PORT"; then
  die "port $DIXIS_TEST_S3_PORT is taken by something that is not an S3 server; stop it or set DIXIS_TEST_S3_PORT"
else
  # npm ci only when node_modules was not installed from this exact lock file.
  lock_sum=$(sha256sum "$s3_tools/package-lock.json" | cut -d' ' -f1)
  if [[ ! -x $s3_tools/node_modules/.bin/s3rver || $(cat "$s3_tools/node_modules/.dixis-lock-sha256" 2>/dev/null || true) != "$lock_sum" ]]; then
    log "npm ci in tools/s3"
    (cd "$s3_tools" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s\n' "$lock_sum" >"$s3_tools/node_modules/.dixis-lock-sha256"
  fi
  # A fresh server starts with no buckets: tests create their own.
  rm -rf "$s3_dir"
  mkdir -p "$s3_dir/data"
  log "starting s3rver $(node -p 'require(process.argv[1]).version' "$s3_tools/node_modules/s3rver/package.json") on 127.0.0.1:$DIXIS_TEST_S3_PORT (log: $s3_dir/s3rver.log)"
  # The pid file is written by the process that then becomes node, so it names the server itself.
  # shellcheck disable=SC2016 # $$ and $1 belong to the inner bash
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$s3_dir/s3rver.pid" \
    node "$s3_tools/node_modules/s3rver/bin/s3rver.js" -d "$s3_dir/data" -a 127.0.0.1 -p "$DIXIS_TEST_S3_PORT" \
    </dev/null >>"$s3_dir/s3rver.log" 2>&1 &
  s3_bg_pid=$!
  mark_started s3
  for ((i = 0; i < 300; i++)); do
    dixis_s3_ping && break
    if [[ ! -d /proc/$s3_bg_pid ]]; then
      tail -n 30 "$s3_dir/s3rver.log" >&2 || true
      die "s3rver exited during start-up (log: $s3_dir/s3rver.log)"
    fi
    sleep 0.1
  done
  dixis_s3_ping || { tail -n 30 "$s3_dir/s3rver.log" >&2 || true; die "s3rver did not answer within 30 s (log: $s3_dir/s3rver.log)"; }
  log "S3 ready"
fi

export_s3_env
unset s3_tools s3_dir lock_sum s3_bg_pid i
