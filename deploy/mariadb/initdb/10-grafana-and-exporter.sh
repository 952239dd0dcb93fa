#!/usr/bin/env bash
# First start only (docker-entrypoint-initdb.d): creates Grafana's database and the mysqld_exporter user,
# with passwords read from the secret files. Sourced by the image's entrypoint, which provides docker_process_sql.
set -euo pipefail

grafana_password=$(</run/secrets/grafana_db_password)
exporter_password=$(</run/secrets/mysqld_exporter_password)

# shellcheck disable=SC2154 # docker_process_sql comes from the mariadb image's entrypoint
docker_process_sql --database=mysql <<SQL
CREATE DATABASE IF NOT EXISTS grafana CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS 'grafana'@'%' IDENTIFIED BY '${grafana_password//\'/\'\'}';
GRANT ALL PRIVILEGES ON grafana.* TO 'grafana'@'%';
CREATE USER IF NOT EXISTS 'exporter'@'%' IDENTIFIED BY '${exporter_password//\'/\'\'}' WITH MAX_USER_CONNECTIONS 3;
GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO 'exporter'@'%';
SQL
unset grafana_password exporter_password
