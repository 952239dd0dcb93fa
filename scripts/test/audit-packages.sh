#!/usr/bin/env bash
# Lists known-vulnerable NuGet packages (direct and transitive); fails on high or critical, warns loudly when the audit source does not answer.
set -euo pipefail

cd "$DIXIS_ROOT"
audit_log="$DIXIS_TEST_STATE/package-audit.txt"
mkdir -p "$DIXIS_TEST_STATE"
audit_exit=0
dotnet list Dixis.slnx package --vulnerable --include-transitive >"$audit_log" 2>&1 || audit_exit=$?

# Vulnerable rows look like "   > Package.Name    1.2.3    High    https://github.com/advisories/...".
serious=$(grep -E '^[[:space:]]*>[[:space:]]+[^[:space:]]+[[:space:]].*[[:space:]](High|Critical)[[:space:]]' "$audit_log" | sort -u || true)
if [[ -n $serious ]]; then
  printf '%s\n' "$serious" >&2
  die "packages with high or critical vulnerabilities (full list: $audit_log)"
fi

# No vulnerability data (registry unreachable, NU1900, or the command failed): the lead's default is warn, not fail.
if ((audit_exit != 0)) || grep -qiE 'NU1900|unable to load|error occurred while getting|vulnerability data.*(not|could)' "$audit_log"; then
  log "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  log "WARNING: the package vulnerability audit could not be completed (exit $audit_exit);"
  log "         packages were NOT checked for known vulnerabilities. Output: $audit_log"
  log "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
else
  moderate=$(grep -cE '^[[:space:]]*>[[:space:]]' "$audit_log" || true)
  log "package audit: no high or critical vulnerabilities ($moderate low/moderate rows; see $audit_log)"
fi
