#!/usr/bin/env bash
# Install step: secret files for docker-compose.prod.yml (keeps existing ones).
set -euo pipefail
deploy/scripts/generate-secrets.sh
