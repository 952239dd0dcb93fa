#!/usr/bin/env bash
# Install step: the external data volumes (external, so `docker-compose down -v` can never delete them).
set -euo pipefail
for volume in mysql-data redis-data redis-queue-data elasticsearch-data minio-data prometheus-data \
  alertmanager-data grafana-data backups certs acme-webroot; do
  if docker volume inspect "dixis-$volume" >/dev/null 2>&1; then
    log "volume dixis-$volume exists"
  else
    docker volume create "dixis-$volume" >/dev/null
    log "created volume dixis-$volume"
  fi
done
mkdir -p /var/lib/dixis/node-exporter
