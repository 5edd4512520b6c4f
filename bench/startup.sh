#!/usr/bin/env bash
# Start-up time of upsim beside the JVM's own start (`java -version`) and beside the floor under
# it, measured by hyperfine in the same run, so the figures are ratios that other people's load on
# the machine affects less.
#
#   bench/startup.sh [scenario] [config]
#       default scenarios/quickstart.yaml and scenarios/configs/shop
#
# The floor is dev.upsim.bench.startup.BareActorSystem: it gets an SLF4J logger, loads the
# configuration, starts a typed actor system with an empty behaviour and stops it, nothing else.
# It runs with upsim's shaded jar on the class path (the same reference.conf, application.conf
# and logging set-up) and is launched as ./upsim launches upsim: the same JVM options and a
# class-data sharing archive of its own. upsim cannot start faster than the actor system it runs
# on. `upsim run` makes its system on a second thread while it reads its command line and scenario
# (SystemAhead), so `upsim run` minus the floor is the part of upsim's own work (the ./upsim script
# included) that does not overlap the floor.
#
# It builds the jars when the sources changed (bench/build.sh, then ./upsim), records both
# class-data sharing archives (each holds the classes of the run that recorded it, so that run
# must be the one measured), then times `java -version`, the floor, `upsim run SCENARIO` and
# `upsim validate CONFIG`, and prints each mean wall and CPU time as a multiple of java -version,
# `upsim run` minus the floor, and the median of 5 in-process timings of the floor's steps.
# RUNS (default 15) and WARMUP (default 3) set hyperfine's counts; UPSIM_JAVA_OPTS and
# UPSIM_NO_CDS apply to the floor as they do to upsim. Installs hyperfine from Debian when it is
# missing. Results: bench/results/startup-*.json.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario="${1:-scenarios/quickstart.yaml}"
config="${2:-scenarios/configs/shop}"
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null

bench/build.sh                                    # the floor's jar (it rebuilds upsim's jar too)
./upsim --version >/dev/null                      # builds upsim's jar when it is missing or stale
rm -f orchestrator/target/orchestrator-*-all.jsa  # so that the next run records the archive...
./upsim run "$scenario" >/dev/null                # ...with the classes `upsim run` loads

# The floor's command line: the JVM options ./upsim gives `run` (keep them in step with it), jars
# only on the class path.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
upsim_jars=(orchestrator/target/orchestrator-*-all.jar)
floor_jars=(benchmarks/target/benchmarks-*-startup-floor.jar)
floor_archive=benchmarks/target/startup-floor.jsa
floor_jvm="$java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
if [[ "${UPSIM_JAVA_OPTS:-}" != *TieredStopAtLevel* && "${UPSIM_JAVA_OPTS:-}" != *CICompiler* ]]
then
  floor_jvm="$floor_jvm -XX:CICompilerCount=1"                # as ./upsim runs `run`
fi
floor_main="-cp ${upsim_jars[0]}:${floor_jars[0]} dev.upsim.bench.startup.BareActorSystem"
extra="${UPSIM_JAVA_OPTS:+ $UPSIM_JAVA_OPTS}"
floor="$floor_jvm$extra $floor_main"
rm -f "$floor_archive"
if [ -z "${UPSIM_NO_CDS:-}" ]; then
  # shellcheck disable=SC2086 # option lists, split on purpose
  $floor_jvm -XX:ArchiveClassesAtExit="$floor_archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    $extra $floor_main
  floor="$floor_jvm -XX:SharedArchiveFile=$floor_archive$extra $floor_main"
fi

mkdir -p bench/results
result="bench/results/startup-$(date +%Y%m%d-%H%M%S).json"
jdk="$("$java" -version 2>&1 | head -1)"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $jdk"
echo "== floor: $floor"
hyperfine -N --warmup "${WARMUP:-3}" --runs "${RUNS:-15}" --export-json "$result" \
  --command-name 'java -version' "$java -version" \
  --command-name 'pekko floor (bare actor system)' "$floor" \
  --command-name "upsim run $scenario" "./upsim run $scenario" \
  --command-name "upsim validate $config" "./upsim validate $config"

echo "== against java -version, measured side by side (target for run: under 10x wall)"
python3 - "$result" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
base, floor, run = runs[0], runs[1], runs[2]
base_cpu = base["user"] + base["system"]
for r in runs:
    cpu = r["user"] + r["system"]
    print(f'{r["command"]:<45} wall {r["mean"]:.3f} s ({r["mean"] / base["mean"]:5.1f}x)'
          f'   median {r["median"]:.3f} s ({r["median"] / base["median"]:5.1f}x)'
          f'   CPU {cpu:.3f} s ({cpu / base_cpu:5.1f}x)')
own_cpu = run["user"] + run["system"] - floor["user"] - floor["system"]
print(f'upsim run minus the floor (upsim\'s own work not hidden by the floor): '
      f'wall {1000 * (run["mean"] - floor["mean"]):.0f} ms mean, '
      f'{1000 * (run["median"] - floor["median"]):.0f} ms median; CPU {1000 * own_cpu:.0f} ms')
PY

echo "== the floor's steps, timed inside the JVM: median of 5 runs (ms)"
# shellcheck disable=SC2086 # option lists, split on purpose
for _ in 1 2 3 4 5; do $floor --phases 2>&1 >/dev/null | grep '^floor phases'; done |
  python3 -c '
import statistics, sys
runs = [dict(t.split("=") for t in line.split() if "=" in t) for line in sys.stdin]
print("  ".join(f"{k} {statistics.median(float(r[k]) for r in runs):.1f}" for k in runs[0]))'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
