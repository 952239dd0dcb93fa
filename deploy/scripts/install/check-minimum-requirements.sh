#!/usr/bin/env bash
# Install step: the machine has docker, compose, 4 cores and 8 GB (the production stack's reservations).
set -euo pipefail
command -v docker >/dev/null || die "docker is not installed"
docker info >/dev/null 2>&1 || die "the docker daemon is not running (or this user may not use it)"
compose version >/dev/null 2>&1 || die "neither docker-compose nor 'docker compose' is available"
cores=$(nproc)
mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
((cores >= ${DIXIS_MIN_CORES:-4})) || die "$cores CPU cores; the production stack needs ${DIXIS_MIN_CORES:-4} (set DIXIS_MIN_CORES to override, and use docker-compose.small.yml)"
((mem_kb >= ${DIXIS_MIN_MEMORY_KB:-7800000})) || die "$((mem_kb / 1024)) MB of memory; the production stack needs 8 GB"
log "requirements ok: $cores cores, $((mem_kb / 1024)) MB"
