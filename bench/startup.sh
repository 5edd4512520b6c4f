#!/usr/bin/env bash
# Start-up time of upsim beside the JVM's own start (`java -version`), measured by hyperfine in the
# same run, so the figures are ratios that other people's load on the machine affects less.
#
#   bench/startup.sh [scenario] [config]
#       default scenarios/quickstart.yaml and scenarios/configs/shop
#
# It builds the jar when the sources changed (through ./upsim), records the launcher's class-data
# sharing archive with `upsim run` (the archive holds the classes of the first run after a build,
# so that run must be the one measured), then times `java -version`, `upsim run SCENARIO` and
# `upsim validate CONFIG`, and prints each mean wall and CPU time as a multiple of java -version.
# RUNS (default 15) and WARMUP (default 3) set hyperfine's counts. Installs hyperfine from Debian
# when it is missing. Results: bench/results/startup-*.json.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario="${1:-scenarios/quickstart.yaml}"
config="${2:-scenarios/configs/shop}"
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null

./upsim --version >/dev/null                      # builds the jar when it is missing or stale
rm -f orchestrator/target/orchestrator-*-all.jsa  # so that the next run records the archive...
./upsim run "$scenario" >/dev/null                # ...with the classes `upsim run` loads

mkdir -p bench/results
result="bench/results/startup-$(date +%Y%m%d-%H%M%S).json"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
hyperfine -N --warmup "${WARMUP:-3}" --runs "${RUNS:-15}" --export-json "$result" \
  'java -version' "./upsim run $scenario" "./upsim validate $config"

echo "== against java -version, measured side by side (target for run: under 10x wall)"
python3 - "$result" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
base = runs[0]
base_cpu = base["user"] + base["system"]
for r in runs:
    cpu = r["user"] + r["system"]
    print(f'{r["command"]:<45} wall {r["mean"]:.3f} s ({r["mean"] / base["mean"]:5.1f}x)'
          f'   median {r["median"]:.3f} s ({r["median"] / base["median"]:5.1f}x)'
          f'   CPU {cpu:.3f} s ({cpu / base_cpu:5.1f}x)')
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
