#!/usr/bin/env bash
# Renews the Let's Encrypt certificate (webroot through nginx), reloads nginx when it changed, and writes the
# certificate's expiry for Prometheus (node_exporter textfile: dixis_tls_certificate_expiry_timestamp_seconds).
# Run from cron on the host, twice a day:  17 3,15 * * * root /opt/dixis/deploy/scripts/renew-certs.sh
# First issue: renew-certs.sh --issue (needs DIXIS_DOMAIN and DIXIS_LETSENCRYPT_EMAIL in .env).
set -euo pipefail
# shellcheck source=deploy/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
compose_file=${DIXIS_COMPOSE_FILE:-docker-compose.prod.yml}
textfile_dir=${DIXIS_TEXTFILE_DIR:-/var/lib/dixis/node-exporter}
if [[ -f .env ]]; then
  # shellcheck source=/dev/null
  set -a && source <(grep -E '^DIXIS_(DOMAIN|LETSENCRYPT_EMAIL)=' .env) && set +a
fi
domain=${DIXIS_DOMAIN:?set DIXIS_DOMAIN}

fingerprint() {
  compose -f "$compose_file" exec -T nginx-proxy cat /etc/letsencrypt/live/dixis/fullchain.pem 2>/dev/null |
    openssl x509 -noout -fingerprint -sha256 2>/dev/null || true
}

before=$(fingerprint)
if [[ ${1:-} == --issue ]]; then
  compose -f "$compose_file" run --rm --entrypoint certbot certbot certonly --webroot -w /var/www/certbot \
    --cert-name dixis -d "$domain" -d "www.$domain" --email "${DIXIS_LETSENCRYPT_EMAIL:?}" --agree-tos --non-interactive
else
  compose -f "$compose_file" run --rm --entrypoint certbot certbot renew --webroot -w /var/www/certbot --quiet
fi
after=$(fingerprint)

if [[ $before != "$after" ]]; then
  compose -f "$compose_file" exec -T nginx-proxy nginx -t
  compose -f "$compose_file" exec -T nginx-proxy nginx -s reload
  log "certificate changed: nginx reloaded"
else
  log "certificate unchanged"
fi

# Expiry for the TlsCertificateExpiresSoon alert (written atomically: the collector never reads half a file).
not_after=$(compose -f "$compose_file" exec -T nginx-proxy cat /etc/letsencrypt/live/dixis/fullchain.pem |
  openssl x509 -noout -enddate | cut -d= -f2)
expiry=$(date -u -d "$not_after" +%s)
mkdir -p "$textfile_dir"
{
  printf '# HELP dixis_tls_certificate_expiry_timestamp_seconds Expiry (notAfter) of the served TLS certificate.\n'
  printf '# TYPE dixis_tls_certificate_expiry_timestamp_seconds gauge\n'
  printf 'dixis_tls_certificate_expiry_timestamp_seconds{domain="%s"} %s\n' "$domain" "$expiry"
} >"$textfile_dir/dixis_tls.prom.tmp"
mv "$textfile_dir/dixis_tls.prom.tmp" "$textfile_dir/dixis_tls.prom"
log "certificate for $domain expires $(date -u -d "@$expiry" '+%F %T') UTC"
