#!/usr/bin/env bash
# Runs upsim's JMH benchmarks and prints each result as a ratio to a baseline of the same run.
#
#   bench/jmh.sh tokens     token issued by an AuthProxy actor and checked by TokenCheck, beside
#                           raw nimbus-jose-jwt HS256 sign and verify (the baseline)
#   bench/jmh.sh config     loading and resolving a large generated configuration
#   bench/jmh.sh <regex> <baseline>   any benchmarks, ratios to the one whose name has <baseline>
#
# JMH options go in JMH_OPTS (default: one fork, 3 warm-up and 5 measured iterations of 1 s);
# REPEAT=n runs the whole suite n times (default 3) and summarizes the ratios over the runs, which
# is how noisy the machine was. Results land in bench/results/<suite>-<time>-<run>.json.
# Nothing here runs in ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

suite="${1:-tokens}"
case "$suite" in
  tokens) regex='(token\.RawJwtBenchmark|token\.TokenRoundTripBenchmark|runtime\.RuntimeBenchmark)'; baseline='RawJwtBenchmark.signAndVerify' ;;
  config) regex='config\.ConfigLoadBenchmark'; baseline='ConfigLoadBenchmark.yamlEventsOnly' ;;
  *) regex="$1"; baseline="${2:?give the baseline benchmark name as the second argument}" ;;
esac
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"

bench/build.sh

mkdir -p bench/results
stem="bench/results/${suite//[^a-zA-Z0-9]/_}-$(date +%Y%m%d-%H%M%S)"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
files=()
for run in $(seq 1 "${REPEAT:-3}"); do
  echo "== run $run, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086
  java -jar benchmarks/target/benchmarks.jar "$regex" $JMH_OPTS -rf json -rff "$stem-$run.json"
  echo "== run $run, load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  files+=("$stem-$run.json")
done
echo "== ratios to $baseline"
java -cp benchmarks/target/benchmarks.jar dev.upsim.bench.JmhRatios "$baseline" "${files[@]}"
