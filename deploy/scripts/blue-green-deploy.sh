#!/usr/bin/env bash
# The seed's blue-green deployment of the application services (storefront, API, workers, scheduler):
#   1. start the new version ("green") as a second compose project on the same named networks;
#   2. wait until every green container is healthy (roll back = stop green, if not);
#   3. switch: reload nginx, which now resolves `backend`/`frontend` to blue and green replicas;
#   4. drain and stop blue, reload nginx again (green only). A failure after the switch restarts blue.
# Data services, monitoring and nginx stay in the main project and are not touched.
#
# Usage: DIXIS_VERSION=1.4.0 deploy/scripts/blue-green-deploy.sh
# The active colour's project is in deploy/state/active-project (dixis, then dixis-green, then dixis, ...).
# Migrations must be backward compatible with the running version (expand/contract: docs/operations.md).
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
: "${DIXIS_VERSION:?set DIXIS_VERSION to the version to deploy}"
export DIXIS_VERSION
compose_file=${DIXIS_COMPOSE_FILE:-docker-compose.prod.yml}
state_file=deploy/state/active-project
health_timeout=${DIXIS_HEALTH_TIMEOUT:-300}
drain_seconds=${DIXIS_DRAIN_SECONDS:-30}
app_services=(frontend backend queue-high queue-greek queue-general scheduler)

mkdir -p "$(dirname "$state_file")"
blue=$(cat "$state_file" 2>/dev/null || echo dixis)
green=$([[ $blue == dixis ]] && echo dixis-green || echo dixis)
log "active project: $blue; deploying $DIXIS_VERSION as $green"

in_project() { compose -p "$1" -f "$compose_file" "${@:2}"; }
reload_nginx() { in_project dixis exec -T nginx-proxy nginx -s reload; }

rollback() {
  log "deployment failed before the switch: stopping $green; $blue keeps serving"
  in_project "$green" stop "${app_services[@]}" || true
  exit 1
}
trap rollback ERR

in_project "$green" pull "${app_services[@]}" migrator
in_project "$green" run --rm --no-deps migrator
in_project "$green" up -d --no-deps "${app_services[@]}"

log "waiting up to ${health_timeout}s for every container of $green to be healthy"
deadline=$((SECONDS + health_timeout))
while :; do
  waiting=0
  for id in $(in_project "$green" ps -q "${app_services[@]}"); do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id")
    [[ $status == healthy ]] || waiting=$((waiting + 1))
  done
  ((waiting == 0)) && break
  ((SECONDS < deadline)) || { log "$waiting container(s) not healthy after ${health_timeout}s"; false; }
  sleep 5
done

log "switching: nginx now balances over $blue and $green"
reload_nginx
printf '%s\n' "$green" >"$state_file"
trap - ERR

log "draining $blue for ${drain_seconds}s, then stopping it"
sleep "$drain_seconds"
if ! in_project "$blue" stop "${app_services[@]}" || ! reload_nginx; then
  log "stopping $blue or reloading nginx failed: starting $blue again so both colours serve; investigate"
  in_project "$blue" start "${app_services[@]}" || true
  exit 1
fi
log "deployed $DIXIS_VERSION: $green active; $blue stopped (roll back: DIXIS_VERSION=<old> $0)"
