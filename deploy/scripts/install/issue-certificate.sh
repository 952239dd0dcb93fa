#!/usr/bin/env bash
# Install step: a first certificate. nginx needs one to start; a short-lived self-signed one lets it start,
# then Let's Encrypt replaces it through the webroot (deploy/scripts/renew-certs.sh --issue).
set -euo pipefail
if docker run --rm -v dixis-certs:/etc/letsencrypt alpine:3.21 test -f /etc/letsencrypt/live/dixis/fullchain.pem; then
  log "certificate exists"
else
  docker run --rm -v dixis-certs:/etc/letsencrypt alpine/openssl:3.3.2 sh -c '
    mkdir -p /etc/letsencrypt/live/dixis &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
      -keyout /etc/letsencrypt/live/dixis/privkey.pem -out /etc/letsencrypt/live/dixis/fullchain.pem &&
    cp /etc/letsencrypt/live/dixis/fullchain.pem /etc/letsencrypt/live/dixis/chain.pem'
  log "temporary self-signed certificate created; after 'up', run deploy/scripts/renew-certs.sh --issue"
fi
