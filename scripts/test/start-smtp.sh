#!/usr/bin/env bash
# Starts (or reuses) an SMTP catcher (maildev from tools/smtp) on 127.0.0.1: SMTP on $DIXIS_TEST_SMTP_PORT, its REST API on $DIXIS_TEST_MAILDEV_PORT.
set -euo pipefail

smtp_tools="$DIXIS_ROOT/tools/smtp"
smtp_dir="$DIXIS_TEST_STATE/smtp"

# maildev answers its REST health probe at /api/healthz (mail is listed at /api/email).
dixis_maildev_ping() {
  node -e '
    const req = require("http").get(process.argv[1], { timeout: 2000 }, res => process.exit(res.statusCode === 200 ? 0 : 1));
    req.on("error", () => process.exit(1));
    req.on("timeout", () => { req.destroy(); process.exit(1); });
  ' "http://127.0.0.1:$DIXIS_TEST_MAILDEV_PORT/api/healthz" 2>/dev/null
}

if dixis_maildev_ping; then
  log "reusing the SMTP catcher already answering on 127.0.0.1:$DIXIS_TEST_MAILDEV_PORT"
elif port_open "$DIXIS_TEST_SMTP_PORT" || port_open "$DIXIS_TEST_MAILDEV_PORT"; then
  die "port $DIXIS_TEST_SMTP_PORT or $DIXIS_TEST_MAILDEV_PORT is taken by something that is not maildev; stop it or set DIXIS_TEST_SMTP_PORT/DIXIS_TEST_MAILDEV_PORT"
else
  lock_sum=$(sha256sum "$smtp_tools/package-lock.json" | cut -d' ' -f1)
  if [[ ! -x $smtp_tools/node_modules/.bin/maildev || $(cat "$smtp_tools/node_modules/.dixis-lock-sha256" 2>/dev/null || true) != "$lock_sum" ]]; then
    log "npm ci in tools/smtp"
    (cd "$smtp_tools" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s\n' "$lock_sum" >"$smtp_tools/node_modules/.dixis-lock-sha256"
  fi
  mkdir -p "$smtp_dir"
  log "starting maildev on 127.0.0.1:$DIXIS_TEST_SMTP_PORT (API :$DIXIS_TEST_MAILDEV_PORT, log: $smtp_dir/maildev.log)"
  # shellcheck disable=SC2016 # $$ and $1 belong to the inner bash
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$smtp_dir/maildev.pid" \
    node "$smtp_tools/node_modules/maildev/dist/bin/maildev.js" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    -s "$DIXIS_TEST_SMTP_PORT" -w "$DIXIS_TEST_MAILDEV_PORT" \
    </dev/null >>"$smtp_dir/maildev.log" 2>&1 &
  smtp_bg_pid=$!
  mark_started smtp
  for ((i = 0; i < 300; i++)); do
    dixis_maildev_ping && break
    if [[ ! -d /proc/$smtp_bg_pid ]]; then
      tail -n 30 "$smtp_dir/maildev.log" >&2 || true
      die "maildev exited during start-up (log: $smtp_dir/maildev.log)"
    fi
    sleep 0.1
  done
  dixis_maildev_ping || { tail -n 30 "$smtp_dir/maildev.log" >&2 || true; die "maildev did not answer within 30 s"; }
  log "SMTP catcher ready"
fi

export_smtp_env
unset smtp_tools smtp_dir lock_sum smtp_bg_pid i
