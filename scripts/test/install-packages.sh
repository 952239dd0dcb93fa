#!/usr/bin/env bash
# Installs the Debian packages the test servers need, running apt-get update only when one is missing.
set -euo pipefail

# Extend this list when a step needs another Debian package (nginx, prometheus, chromium, ...).
DIXIS_APT_PACKAGES=(
  mariadb-server
  mariadb-client
  redis-server
  # check-deploy.sh (issue 7): the tools that prove the deployment files.
  nginx
  prometheus
  prometheus-alertmanager
  shellcheck
  yamllint
  docker-compose
  openssl
  python3
  # Dixis.E2E (issue 3): Playwright drives Debian's Chromium; DejaVu gives it Greek glyphs.
  chromium
  fonts-dejavu-core
)

missing=()
for pkg in "${DIXIS_APT_PACKAGES[@]}"; do
  if [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true) != installed ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  log "all ${#DIXIS_APT_PACKAGES[@]} packages already installed"
else
  log "installing: ${missing[*]}"
  # Keep the packages' own services (default ports 3306/6379) from starting during the install.
  policy_rc=/usr/sbin/policy-rc.d
  own_policy_rc=0
  if [[ ! -e $policy_rc ]]; then
    printf '#!/bin/sh\n# Temporary, written by Dixis scripts/test/install-packages.sh\nexit 101\n' >"$policy_rc"
    chmod 755 "$policy_rc"
    own_policy_rc=1
  fi
  rc=0
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" || rc=$?
  if ((own_policy_rc)); then
    rm -f "$policy_rc"
  fi
  ((rc == 0)) || die "apt-get failed (exit $rc) installing: ${missing[*]}"
fi
unset missing pkg policy_rc own_policy_rc rc
