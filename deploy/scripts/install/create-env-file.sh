#!/usr/bin/env bash
# Install step: creates .env from .env.example once (never overwrites an edited .env).
set -euo pipefail
if [[ -f .env ]]; then
  log ".env exists: keeping it"
else
  cp .env.example .env
  chmod 600 .env
  log "created .env from .env.example: set DIXIS_DOMAIN, DIXIS_LETSENCRYPT_EMAIL and DIXIS_VERSION"
fi
