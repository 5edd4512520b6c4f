#!/usr/bin/env bash
# Scale runs: spawn N containers over N/100 environments, ask each for one token, report the time
# (wall and CPU, beside signing as many tokens alone in the same JVM) and the live heap per idle
# container after full collections. One JVM per size, two passes each (cold, then warm).
#
#   bench/scale.sh proxies [sizes...]    AuthProxy actors alone (default sizes 1000 10000 100000)
#
# SCALE_JVM_OPTS sets the JVM options (default -Xmx4g); PASSES the passes per size (default 2);
# PER_ENV the containers per environment (default 100); HISTOGRAM=1 prints the class histogram
# of the last pass; JFR=1 records bench/results/scale-<kind>-<size>.jfr for a profile.
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-proxies}"
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
case "$kind" in
  proxies) main=dev.upsim.bench.scale.ProxyScale ;;
  *) echo "unknown scale run '$kind'; known: proxies" >&2; exit 2 ;;
esac

bench/build.sh
mkdir -p bench/results
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for size in "${sizes[@]}"; do
  opts=(${SCALE_JVM_OPTS:--Xmx4g})
  if [[ "${JFR:-0}" == 1 ]]; then
    opts+=("-XX:StartFlightRecording=filename=bench/results/scale-$kind-$size.jfr,settings=profile")
  fi
  histogram=""
  [[ "${HISTOGRAM:-0}" == 1 ]] && histogram=histogram
  echo "== $kind $size, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java "${opts[@]}" -cp benchmarks/target/benchmarks.jar "$main" \
    "$size" "${PER_ENV:-100}" "${PASSES:-2}" $histogram 2> >(grep -v '^SLF4J' >&2)
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
