#!/usr/bin/env bash
# One-command install of the Dixis production stack on a new server, in the manner of getsentry/self-hosted:
# each step is one small script under deploy/scripts/install/ with one job. Safe to run again.
# Usage (from the repository root, as root): deploy/scripts/install.sh
set -eEuo pipefail
trap 'printf "\nInstall failed in %s (line %s). Fix the cause and run deploy/scripts/install.sh again.\n" "${BASH_SOURCE[0]}" "$LINENO" >&2' ERR

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=deploy/scripts/lib.sh
source deploy/scripts/lib.sh

# shellcheck source=deploy/scripts/install/check-minimum-requirements.sh
source deploy/scripts/install/check-minimum-requirements.sh
# shellcheck source=deploy/scripts/install/create-env-file.sh
source deploy/scripts/install/create-env-file.sh
# shellcheck source=deploy/scripts/install/generate-secrets.sh
source deploy/scripts/install/generate-secrets.sh
# shellcheck source=deploy/scripts/install/create-docker-volumes.sh
source deploy/scripts/install/create-docker-volumes.sh
# shellcheck source=deploy/scripts/install/build-or-pull-images.sh
source deploy/scripts/install/build-or-pull-images.sh
# shellcheck source=deploy/scripts/install/issue-certificate.sh
source deploy/scripts/install/issue-certificate.sh
# shellcheck source=deploy/scripts/install/wrap-up.sh
source deploy/scripts/install/wrap-up.sh
