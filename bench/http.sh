#!/usr/bin/env bash
# HTTP load on loopback with wrk, bounded in time and connections: upsim serve's token endpoint
# (HS256, the default, then Ed25519) and an authorized API GET, beside a minimal Pekko HTTP
# constant-body route measured in the same run, alternating constant / token runs.
#
#   bench/http.sh
#
# Settings (environment): DURATION of each measured run (default 10s), WARMUP before the first
# run of each server (default 20s: the token path needs it to reach full speed), CONNECTIONS (default 50), THREADS of wrk (default 2), REPEAT
# (alternations of constant and token runs per signing, default 3), SIGNINGS (default
# "hs256 ed25519"), SERVE_CONFIG (default scenarios/configs/shop), JAVA_OPTS for both servers
# (default: full JIT, G1, -Xmx1g), JFR=1 (a flight recording of the HS256 serve in bench/results/).
# Prints, per run, rps, p50, p99 and errors; then the median token/constant ratio per signing.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
bench/build.sh
jar="$(ls orchestrator/target/orchestrator-*-all.jar | head -1)"

duration="${DURATION:-10s}"
warmup="${WARMUP:-20s}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
config="${SERVE_CONFIG:-scenarios/configs/shop}"
java_opts="${JAVA_OPTS:--XX:TieredStopAtLevel=4 -Xmx1g}"
constant_port="${CONSTANT_PORT:-8399}"
api_port="${API_PORT:-8100}"
proxy_port="${PROXY_PORT:-8200}"
constant="http://127.0.0.1:$constant_port/"
proxy="http://127.0.0.2:$proxy_port/oauth2/token"
api="http://127.0.0.1:$api_port/projects/project/environments/main"
results=bench/results
mkdir -p "$results"
stamp="$(date +%Y%m%d-%H%M%S)"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
work="$(mktemp -d)"
post="$work/post.lua"
cat > "$post" <<'LUA'
wrk.method = "POST"
wrk.body = "grant_type=client_credentials"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA

wait_for() { # url [curl args...]: waits up to 30 s for a 2xx
  local url="$1"; shift
  for _ in $(seq 1 60); do curl -sf -o /dev/null "$@" "$url" && return 0; sleep 0.5; done
  echo "no answer from $url" >&2; exit 1
}

# wrk's output as "rps p50 p99 errors": errors are socket errors plus non-2xx answers.
summary() {
  awk '/Requests\/sec/ {rps=$2}
       /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Socket errors/ {gsub(",", ""); errs+=$4+$6+$8+$10}
       /Non-2xx/ {errs+=$5}
       END {printf "%s %s %s %d\n", rps, p50, p99, errs}'
}

# load name url [wrk args...]: one measured run, its summary appended to $work/<name>.
load() {
  local name="$1" url="$2"; shift 2
  local line
  line="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" | summary)"
  echo "$line" >> "$work/$name"
  read -r rps p50 p99 errs <<< "$line"
  if [[ "$name" == constant ]]; then
    last_constant="$rps"
  else
    awk -v a="$rps" -v b="$last_constant" 'BEGIN {print a / b}' >> "$work/pairs-$name"
  fi
  printf '  %-22s %10s rps   p50 %-9s p99 %-9s errors %s\n' "$name" "$rps" "$p50" "$p99" "$errs"
}

warm() { wrk -t"$threads" -c"$connections" -d"$warmup" "$@" >/dev/null; }

# shellcheck disable=SC2086 # java_opts is a list of options, split on purpose.
java $java_opts -cp benchmarks/target/benchmarks.jar dev.upsim.bench.http.ConstantRoute \
  "$constant_port" >/dev/null &
pids+=($!)
wait_for "$constant"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== wrk -t$threads -c$connections -d$duration, warm-up $warmup, JVM: $java_opts"
warm "$constant"

for signing in ${SIGNINGS:-hs256 ed25519}; do
  jfr=""
  if [[ -n "${JFR:-}" && "$signing" == hs256 ]]; then
    jfr="-XX:StartFlightRecording=filename=$results/http-$stamp.jfr,settings=profile"
  fi
  # shellcheck disable=SC2086
  java $java_opts $jfr -jar "$jar" serve --signing "$signing" --api-port "$api_port" \
    --proxy-port "$proxy_port" "$config" >"$work/serve-$signing.log" 2>&1 &
  serve=$!
  pids+=($serve)
  wait_for "$proxy" -X POST -d grant_type=client_credentials
  echo "== $signing: token endpoint against the constant route, $repeat times"
  warm -s "$post" "$proxy"
  for _ in $(seq 1 "$repeat"); do
    load constant "$constant"
    load "token-$signing" "$proxy" -s "$post"
  done
  if [[ -z "${get_done:-}" ]]; then
    get_done=1
    token="$(curl -s -X POST -d grant_type=client_credentials "$proxy" \
      | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
    echo "== $signing: authorized GET of the environment"
    warm -H "Authorization: Bearer $token" "$api"
    load constant "$constant"
    load "get-$signing" "$api" -H "Authorization: Bearer $token"
  fi
  kill "$serve"; wait "$serve" 2>/dev/null || true
done

# Per name: the median of its rps over runs, and the median of its ratios to the constant run
# just before it (the side-by-side figure to believe; the constant route's rate drifts).
echo "== medians (ratio: median of each run's rps over the constant run just before it)"
for file in "$work"/*; do
  name="$(basename "$file")"
  [[ "$name" == *.lua || "$name" == *.log || "$name" == pairs-* ]] && continue
  ratio=1
  if [[ -f "$work/pairs-$name" ]]; then
    ratio="$(sort -g "$work/pairs-$name" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  fi
  sort -g "$file" | awk -v name="$name" -v base="$ratio" '
    {rps[NR]=$1; p50[NR]=$2; p99[NR]=$3; errs+=$4}
    END {m=int((NR+1)/2)
      printf "  %-22s %8.0f rps  ratio %4.2f  (median run: p50 %s, p99 %s)  errors %d, %d runs\n",
        name, rps[m], base, p50[m], p99[m], errs, NR}'
done
rm -rf "$work"
