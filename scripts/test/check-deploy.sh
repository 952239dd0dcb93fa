#!/usr/bin/env bash
# Checks the deployment files with the real tools (issue 7): docker-compose config, promtool (config, rules,
# rule unit tests, every dashboard query against a running Prometheus), amtool, nginx -t with a test
# certificate, mariadbd and redis-server option parsing, shellcheck, yamllint, and a backup/restore round trip
# against the test MariaDB. Prints each check; any failure fails the step (the run stops here).
# shellcheck disable=SC2317 # the check functions are called through `check`
set -euo pipefail

# A subshell: its EXIT trap stops the Prometheus it starts and removes the temporary files, on success or failure.
(
deploy_tmp=$(mktemp -d "${TMPDIR:-/tmp}/dixis-check-deploy.XXXXXX")
deploy_checks=0
deploy_prom_pid=""
# shellcheck disable=SC2317 # called through the trap
deploy_cleanup() {
  if [[ -n $deploy_prom_pid ]]; then
    kill "$deploy_prom_pid" 2>/dev/null || true
    wait "$deploy_prom_pid" 2>/dev/null || true
  fi
  rm -rf "$deploy_tmp"
}
trap deploy_cleanup EXIT

# check <description> <command...>: runs it quietly, prints ok, or its output and fails.
check() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then
    log "ok    $what"
    deploy_checks=$((deploy_checks + 1))
  else
    printf '%s\n' "$out" | tail -n 40 >&2
    die "check failed: $what"
  fi
}

cd "$DIXIS_ROOT"

# --- compose: every file and overlay combination, with an .env made from .env.example ---------------------
cp .env.example "$deploy_tmp/.env"
compose_check() {
  docker-compose --project-directory "$DIXIS_ROOT" --env-file "$deploy_tmp/.env" "$@" config -q
}
check "docker-compose config: docker-compose.yml" compose_check -f docker-compose.yml
check "docker-compose config: docker-compose.yml with profile e2e" compose_check -f docker-compose.yml --profile e2e
check "docker-compose config: docker-compose.prod.yml" compose_check -f docker-compose.prod.yml
check "docker-compose config: docker-compose.prod.yml + docker-compose.small.yml" \
  compose_check -f docker-compose.prod.yml -f docker-compose.small.yml

# --- Prometheus: configuration (with the repository's rules), rules, rule unit tests ----------------------
for prom_config in deploy/prometheus/prometheus.yml deploy/prometheus/prometheus.dev.yml; do
  sed "s#/etc/prometheus/rules/#$DIXIS_ROOT/deploy/prometheus/rules/#" "$prom_config" >"$deploy_tmp/$(basename "$prom_config")"
  check "promtool check config $prom_config" promtool check config "$deploy_tmp/$(basename "$prom_config")"
done
check "promtool check rules deploy/prometheus/rules/*.yml" promtool check rules deploy/prometheus/rules/*.yml
check "promtool test rules deploy/prometheus/tests/*-test.yml" promtool test rules deploy/prometheus/tests/*-test.yml

# --- Alertmanager ------------------------------------------------------------------------------------------
check "amtool check-config deploy/alertmanager/alertmanager.yml" amtool check-config deploy/alertmanager/alertmanager.yml

# --- Grafana dashboards: every panel query evaluated by a real Prometheus ---------------------------------
deploy_prom_port=$((19090 + RANDOM % 500))
printf 'global:\n  scrape_interval: 1m\n' >"$deploy_tmp/prom-empty.yml"
prometheus --config.file="$deploy_tmp/prom-empty.yml" --storage.tsdb.path="$deploy_tmp/prom-data" \
  --web.listen-address="127.0.0.1:$deploy_prom_port" --log.level=error >"$deploy_tmp/prometheus.log" 2>&1 &
deploy_prom_pid=$!
for ((i = 0; i < 100; i++)); do
  port_open "$deploy_prom_port" && break
  sleep 0.1
done
port_open "$deploy_prom_port" || { cat "$deploy_tmp/prometheus.log" >&2; die "prometheus did not start on 127.0.0.1:$deploy_prom_port"; }
check "every Grafana panel query parses and evaluates (Prometheus $(prometheus --version 2>&1 | awk 'NR==1 {print $3}'), /api/v1/query)" \
  python3 - "http://127.0.0.1:$deploy_prom_port" deploy/grafana/dashboards/*.json <<'PY'
import json, sys, urllib.parse, urllib.request
base, files = sys.argv[1], sys.argv[2:]
bad, count = [], 0
for path in files:
    dash = json.load(open(path, encoding="utf-8"))
    for panel in dash["panels"]:
        for target in panel.get("targets", []):
            count += 1
            data = urllib.parse.urlencode({"query": target["expr"]}).encode()
            try:
                with urllib.request.urlopen(base + "/api/v1/query", data, timeout=10) as r:
                    status = json.load(r)["status"]
            except urllib.error.HTTPError as e:
                status = "error: " + json.load(e).get("error", str(e))
            if status != "success":
                bad.append(f"{path}: panel '{panel['title']}': {status}\n    {target['expr']}")
if bad or count == 0:
    print("\n".join(bad) or "no panel queries found")
    sys.exit(1)
print(f"{count} queries ok")
PY

# --- nginx -t on a copy with a throw-away certificate; upstream names point at 127.0.0.1 ------------------
# nginx resolves `server backend:8080` when it loads, and these names exist only on the compose network.
# The copy rewrites them (and the container paths) and changes nothing else.
nginx_dir="$deploy_tmp/nginx"
cp -r deploy/nginx "$nginx_dir"
mkdir -p "$nginx_dir/live" "$nginx_dir/cache" "$nginx_dir/www"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=dixis.test \
  -keyout "$nginx_dir/live/privkey.pem" -out "$nginx_dir/live/fullchain.pem" >/dev/null 2>&1
cp "$nginx_dir/live/fullchain.pem" "$nginx_dir/live/chain.pem"
find "$nginx_dir" -name '*.conf' -exec sed -i \
  -e "s#/etc/nginx/conf.d/#$nginx_dir/conf.d/#g" -e "s#/etc/nginx/snippets/#$nginx_dir/snippets/#g" \
  -e "s#/etc/letsencrypt/live/dixis/#$nginx_dir/live/#g" -e "s#/var/cache/nginx/#$nginx_dir/cache/#g" \
  -e "s#/var/run/nginx.pid#$nginx_dir/nginx.pid#" -e "s#/var/www/certbot#$nginx_dir/www#" \
  -e "s#server backend:#server 127.0.0.1:#" -e "s#server frontend:#server 127.0.0.1:#" {} +
check "nginx -t ($(nginx -v 2>&1 | cut -d/ -f2)) deploy/nginx with a test certificate" \
  nginx -t -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log" -g "error_log $nginx_dir/error.log;"

# --- MariaDB and Redis configuration files, parsed by the real servers --------------------------------------
mkdir -p "$deploy_tmp/mariadb-data"
check "mariadbd accepts deploy/mariadb/conf.d/dixis.cnf" \
  mariadbd --defaults-file=deploy/mariadb/conf.d/dixis.cnf --datadir="$deploy_tmp/mariadb-data" --help --verbose
redis_config_check() {
  local conf=$1 auth=$2 port policy
  port=$((16400 + RANDOM % 500))
  printf 'requirepass check-deploy\n' >"$deploy_tmp/$auth"
  sed -e "s#/run/secrets/$auth#$deploy_tmp/$auth#" -e "s#^dir /data#dir $deploy_tmp#" \
    -e 's#^bind 0.0.0.0#bind 127.0.0.1#' -e "s#^port 6379#port $port#" "$conf" >"$deploy_tmp/$auth.conf"
  redis-server "$deploy_tmp/$auth.conf" --daemonize yes --pidfile "$deploy_tmp/$auth.pid" \
    --logfile "$deploy_tmp/$auth.log" --appendonly no --save ''
  for ((i = 0; i < 50; i++)); do
    [[ $(REDISCLI_AUTH=check-deploy redis-cli -p "$port" ping 2>/dev/null) == PONG ]] && break
    sleep 0.1
  done
  policy=$(REDISCLI_AUTH=check-deploy redis-cli -p "$port" config get maxmemory-policy | tail -n 1)
  [[ $(redis-cli -p "$port" ping 2>&1) == *NOAUTH* ]] || { echo "$conf: no password required"; return 1; }
  REDISCLI_AUTH=check-deploy redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
  [[ $policy == "$3" ]] || { echo "$conf: maxmemory-policy is '$policy', expected '$3'"; return 1; }
}
check "redis-server loads deploy/redis/redis-cache.conf (password required, allkeys-lru)" \
  redis_config_check deploy/redis/redis-cache.conf redis_cache_auth allkeys-lru
check "redis-server loads deploy/redis/redis-queue.conf (password required, noeviction)" \
  redis_config_check deploy/redis/redis-queue.conf redis_queue_auth noeviction

# --- shellcheck and yamllint ---------------------------------------------------------------------------------
mapfile -t deploy_scripts < <(git ls-files --cached --others --exclude-standard -- '*.sh' | sort)
check "shellcheck on ${#deploy_scripts[@]} scripts" shellcheck -x "${deploy_scripts[@]}"
mapfile -t deploy_yaml < <(git ls-files --cached --others --exclude-standard -- '*.yml' '*.yaml' | sort)
check "yamllint -c .yamllint on ${#deploy_yaml[@]} YAML files" yamllint --strict -c .yamllint "${deploy_yaml[@]}"

# --- backup and restore against the test MariaDB: back up, wipe, restore, same rows -------------------------
[[ -n ${DIXIS_TEST_MYSQL:-} ]] || die "the MariaDB step has not run (DIXIS_TEST_MYSQL is empty)"
check "backup.sh + restore.sh round trip on 127.0.0.1:$DIXIS_TEST_MYSQL_PORT" bash scripts/test/backup-roundtrip.sh "$deploy_tmp/backups"

log "$deploy_checks deployment checks passed"
)
