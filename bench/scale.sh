#!/usr/bin/env bash
# Scale runs, one JVM per size, two passes each (cold, then warm); figures on stdout.
#
#   bench/scale.sh proxies [sizes...]     AuthProxy actors alone, each asked for one token
#                                         (default sizes 1000 10000 100000)
#   bench/scale.sh containers [sizes...]  the runtime's containers, each with its own proxy,
#                                         each asked for one token (default 1000 10000 100000)
#   bench/scale.sh chain [lengths...]     one chain of tasks, each triggering the next (10000)
#   bench/scale.sh chains [counts...]     that many chains of 10 tasks side by side (10000)
#
# Proxies and containers: N containers over N/PER_ENV environments (default 100 each); time (wall
# and CPU) and the live heap per idle container after full collections. SCALE_JVM_OPTS sets the
# JVM options (default -Xmx6g); PASSES the passes per size (default 2); HISTOGRAM=1 prints the
# class histogram of the last pass; JFR=1 records bench/results/scale-<kind>-<size>.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-proxies}"
shift || true
sizes=("$@")
case "$kind" in
  proxies) main=dev.upsim.bench.scale.ProxyScale; default=(1000 10000 100000) ;;
  containers) main=dev.upsim.bench.runtime.ContainerScale; default=(1000 10000 100000) ;;
  chain | chains) main=dev.upsim.bench.runtime.ChainScale; default=(10000) ;;
  *) echo "unknown scale run '$kind'; known: proxies, containers, chain, chains" >&2; exit 2 ;;
esac
[[ ${#sizes[@]} -gt 0 ]] || sizes=("${default[@]}")

bench/build.sh
mkdir -p bench/results
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for size in "${sizes[@]}"; do
  opts=(${SCALE_JVM_OPTS:--Xmx6g})
  if [[ "${JFR:-0}" == 1 ]]; then
    opts+=("-XX:StartFlightRecording=filename=bench/results/scale-$kind-$size.jfr,settings=profile")
  fi
  histogram=""
  [[ "${HISTOGRAM:-0}" == 1 ]] && histogram=histogram
  case "$kind" in
    proxies | containers) args=("$size" "${PER_ENV:-100}" "${PASSES:-2}" $histogram) ;;
    chain) args=(1 "$size" "${PASSES:-2}") ;;
    chains) args=("$size" 10 "${PASSES:-2}") ;;
  esac
  echo "== $kind $size, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java "${opts[@]}" -cp benchmarks/target/benchmarks.jar "$main" "${args[@]}" \
    2> >(grep -v '^SLF4J' >&2)
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
