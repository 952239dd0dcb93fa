#!/usr/bin/env bash
# Install step: what to do next.
set -euo pipefail
cat <<'TEXT'

Dixis is installed. Next:
  docker-compose -f docker-compose.prod.yml up -d          # start (the migrator runs first)
  deploy/scripts/renew-certs.sh --issue                    # replace the temporary certificate
  crontab: 17 3,15 * * * /opt/dixis/deploy/scripts/renew-certs.sh
See docs/operations.md for scaling, upgrades, backups and alerts.
TEXT
