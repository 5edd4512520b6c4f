#!/usr/bin/env bash
# Start-up time of a whole scenario run beside the JVM's own start (`java -version`), measured by
# hyperfine in the same run.
#
#   bench/startup.sh [scenario]     default scenarios/quickstart.yaml
#
# Needs ./upsim and the scenario (not there yet: the script says so and exits 3). Installs
# hyperfine from Debian when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario="${1:-scenarios/quickstart.yaml}"
if [[ ! -x ./upsim || ! -f "$scenario" ]]; then
  echo "not measurable yet: ./upsim or $scenario does not exist in this tree" >&2
  exit 3
fi
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null
./upsim --help >/dev/null  # builds the launcher's jar once, outside the measurement

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "${RUNS:-10}" --ignore-failure \
  'java -version' "./upsim run $scenario"
