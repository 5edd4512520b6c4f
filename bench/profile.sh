#!/usr/bin/env bash
# A CPU profile of one upsim command with async-profiler, to find where a missed target's time
# goes. The profiler comes from Maven Central (tools.profiler:async-profiler, whose jar carries the
# native agent) through the project's Maven wrapper, so nothing is installed by hand.
#
#   bench/profile.sh run scenarios/quickstart.yaml      any command that ends by itself
#   bench/profile.sh serve [config]                     serve, loaded on its token endpoint by wrk
#
# The JVM options are the launcher's for that command (./upsim), so the profile is of what users
# run; the launcher's class-data sharing archive is used when it is fresh, as ./upsim uses it.
# INTERVAL sets the sampling period (default 200us for a command, 1ms for serve); DURATION and
# CONNECTIONS the load on serve (default 30s after a 20s warm-up, 50 connections); FRAMES the
# frames to rank (a regular expression, default ^dev/upsim/; ^picocli/ or ^org/apache/pekko/...).
# Output: bench/results/profile-<command>-<stamp>.collapsed (one line per stack, samples last,
# the thread first: open it with any flame graph tool), then the samples per thread and the
# upsim frames with the most samples under them.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $# -gt 0 ]] || { echo "usage: bench/profile.sh <upsim command> [arguments...]" >&2; exit 2; }
version=4.1
agent=bench/results/async-profiler-$version/linux-x64/libasyncProfiler.so
if [[ ! -f "$agent" ]]; then
  ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$version" \
    -Dtransitive=false
  downloaded="$HOME/.m2/repository/tools/profiler/async-profiler/$version"
  unzip -o -q "$downloaded/async-profiler-$version.jar" 'linux-x64/*' \
    -d "$(dirname "$(dirname "$agent")")"
fi

./upsim --version >/dev/null # builds the jar when the sources changed
jar="$(ls orchestrator/target/orchestrator-*-all.jar)"
archive="${jar%.jar}.jsa"
cds=()
[[ -f "$archive" && "$archive" -nt "$jar" ]] && cds=("-XX:SharedArchiveFile=$archive")
mkdir -p bench/results
out="bench/results/profile-$1-$(date +%Y%m%d-%H%M%S).collapsed"

if [[ "$1" == serve ]]; then
  command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
  config="${2:-scenarios/configs/shop}"
  profiler="-agentpath:$agent=start,event=cpu,interval=${INTERVAL:-1ms},threads,file=$out"
  # The launcher's serve options (./upsim); ports of their own, so a running serve is not loaded.
  java "$profiler" -XX:+UseZGC -XX:SoftMaxHeapSize=256m -jar "$jar" serve --api-port 18190 \
    --proxy-port 18290 "$config" >/dev/null 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  token=http://127.0.0.2:18290/oauth2/token
  until curl -s -o /dev/null -d grant_type=client_credentials "$token"; do sleep 0.5; done
  script="$(mktemp)"
  printf '%s\n' 'wrk.method = "POST"' 'wrk.body = "grant_type=client_credentials"' \
    'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"' >"$script"
  wrk -t2 -c"${CONNECTIONS:-50}" -d20s -s "$script" "$token" >/dev/null
  wrk -t2 -c"${CONNECTIONS:-50}" -d"${DURATION:-30s}" -s "$script" "$token" | grep Requests/sec
  kill -TERM "$server" # serve stops cleanly on SIGTERM, and the profiler writes at the JVM's exit
  wait "$server" || true
  trap - EXIT
else
  profiler="-agentpath:$agent=start,event=cpu,interval=${INTERVAL:-200us},threads,file=$out"
  for_command=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)       # as ./upsim gives them
  [ "$1" = run ] && for_command+=(-XX:CICompilerCount=1)
  java "$profiler" "${for_command[@]}" "${cds[@]}" -jar "$jar" "$@" >/dev/null || true
fi

echo "== $out"
frames="${FRAMES:-^dev/upsim/}"
echo "== samples per thread (numbered pool threads counted together)"
awk '{ n = $NF; split($0, frames, ";"); thread = frames[1]; sub(/ tid=.*/, "", thread)
       sub(/-[0-9]+$/, "", thread); sub(/^\[/, "", thread); count[thread] += n; all += n }
     END { for (t in count) printf "%8d %5.1f%%  %s\n", count[t], 100 * count[t] / all, t }' \
  "$out" | sort -rn | head -8
echo "== frames matching '$frames' with the most samples at or under them (once per stack)"
awk -v pattern="$frames" '{ n = $NF; $NF = ""; split($0, frames, ";"); delete seen
       for (i in frames) if (frames[i] ~ pattern && !(frames[i] in seen)) {
         seen[frames[i]] = 1; count[frames[i]] += n } ; all += n }
     END { for (f in count) printf "%8d %5.1f%%  %s\n", count[f], 100 * count[f] / all, f }' \
  "$out" | sort -rn | head -"${TOP:-25}"
