#!/usr/bin/env bash
# Install step: pulls the images (or builds ours when DIXIS_BUILD=1, e.g. with DIXIS_PUBLISHED=prebuilt).
set -euo pipefail
if [[ ${DIXIS_BUILD:-0} == 1 ]]; then
  DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1 compose -f docker-compose.prod.yml build
  compose -f docker-compose.prod.yml pull --ignore-pull-failures
else
  compose -f docker-compose.prod.yml pull
fi
