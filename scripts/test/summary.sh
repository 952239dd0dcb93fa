#!/usr/bin/env bash
# Sums the <Counters> of every .trx of this run into DIXIS_SUMMARY ("N passed, N failed, N skipped") and sets DIXIS_TEST_EXIT.
set -euo pipefail

# TRX counters: skipped tests are the ones counted in `total` but not in `executed` (outcome NotExecuted).
trx_files=()
if [[ -d $DIXIS_TEST_RESULTS ]]; then
  mapfile -t trx_files < <(find "$DIXIS_TEST_RESULTS" -name '*.trx' -type f | sort)
fi
read -r sum_total sum_executed sum_passed sum_failed < <(
  cat /dev/null "${trx_files[@]}" | tr '\n' ' ' | grep -o '<Counters [^>]*>' |
    awk '
      function attr(name,   m) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
      { t += attr("total"); e += attr("executed"); p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout") + attr("aborted") }
      END { printf "%d %d %d %d\n", t, e, p, f }'
)
sum_skipped=$((sum_total - sum_executed))
log "${#trx_files[@]} trx file(s): total $sum_total, executed $sum_executed"

DIXIS_TEST_EXIT=0
if ((${#trx_files[@]} == 0)); then
  log "FAIL: no .trx file was written"
  DIXIS_TEST_EXIT=1
fi
if ((sum_executed == 0)); then
  log "FAIL: no test was executed"
  DIXIS_TEST_EXIT=1
fi
if ((sum_failed > 0)); then
  log "FAIL: $sum_failed test(s) failed"
  DIXIS_TEST_EXIT=1
fi
if ((${DIXIS_DOTNET_TEST_EXIT:-0} != 0)); then
  log "FAIL: dotnet test exited with ${DIXIS_DOTNET_TEST_EXIT}"
  DIXIS_TEST_EXIT=1
fi
if ((${DIXIS_FORMAT_EXIT:-0} != 0)); then
  log "FAIL: dotnet format --verify-no-changes found unformatted files"
  DIXIS_TEST_EXIT=1
fi
DIXIS_SUMMARY="$sum_passed passed, $sum_failed failed, $sum_skipped skipped"
# Read by scripts/test.sh.
export DIXIS_SUMMARY DIXIS_TEST_EXIT
unset trx_files sum_total sum_executed sum_passed sum_failed sum_skipped
