#!/usr/bin/env bash
# HTTP load on loopback with wrk, bounded in time and connections: upsim serve's token endpoint
# (HS256, the default, then Ed25519) and an authorized API GET, beside two yardsticks measured in
# the same run: a minimal Pekko HTTP constant-body route (ConstantRoute) and a bare Pekko HTTP
# token route that signs the same upsim tokens on its HTTP threads, without the proxy actor
# (SigningRoute, started per signing). Per signing it alternates constant / signing-route /
# token-endpoint runs; the signing route's ratio is what upsim could reach without the actor hop.
#
#   bench/http.sh
#
# Settings (environment): DURATION of each measured run (default 10s), WARMUP before the first
# run of each server (default 20s: the token path needs it to reach full speed), CONNECTIONS
# (default 50), THREADS of wrk (default 2), REPEAT (alternations per signing, default 3),
# SIGNINGS (default "hs256 ed25519"), SERVE_CONFIG (default scenarios/configs/shop), JAVA_OPTS
# for every server (default: both compilers and ZGC with a soft heap limit of 256 MB, as ./upsim
# starts serve), JFR=1 (a flight recording of the HS256 serve in bench/results/), ports
# CONSTANT_PORT (8399), SIGNING_PORT (8398), API_PORT (8100) and PROXY_PORT (8200), which must be
# free: the script stops rather than load another's server.
# Prints, per run, rps, p50, p99, errors, the ratio to the constant run just before, and the
# server's CPU per request (user + system time of its whole process over the run, from
# /proc/PID/stat, divided by the requests wrk made); then the medians of all these per name.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
bench/build.sh
jars=(orchestrator/target/orchestrator-*-all.jar)
jar="${jars[0]}"

duration="${DURATION:-10s}"
warmup="${WARMUP:-20s}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
config="${SERVE_CONFIG:-scenarios/configs/shop}"
java_opts="${JAVA_OPTS:--XX:+UseZGC -XX:SoftMaxHeapSize=256m}" # what ./upsim gives serve
constant_port="${CONSTANT_PORT:-8399}"
signing_port="${SIGNING_PORT:-8398}"
api_port="${API_PORT:-8100}"
proxy_port="${PROXY_PORT:-8200}"
constant="http://127.0.0.1:$constant_port/"
signing_route="http://127.0.0.1:$signing_port/oauth2/token"
proxy="http://127.0.0.2:$proxy_port/oauth2/token"
api="http://127.0.0.1:$api_port/projects/project/environments/main"
clock_ticks="$(getconf CLK_TCK)"
results=bench/results
mkdir -p "$results"
stamp="$(date +%Y%m%d-%H%M%S)"

pids=()
stop() { # pid: stops a server started here, waits for it to exit and forgets it
  local pid kept=()
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for pid in "${pids[@]}"; do [[ "$pid" == "$1" ]] || kept+=("$pid"); done
  pids=("${kept[@]}")
}
# Stops every server still running and waits for it to exit, so that none outlives the script.
cleanup() { for pid in "${pids[@]}"; do stop "$pid"; done; }
trap cleanup EXIT
work="$(mktemp -d)"
post="$work/post.lua"
cat > "$post" <<'LUA'
wrk.method = "POST"
wrk.body = "grant_type=client_credentials"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
names=() # every measured name, in the order first measured

wait_for() { # url [curl args...]: waits up to 30 s for a 2xx
  local url="$1"; shift
  for _ in $(seq 1 60); do curl -sf -o /dev/null "$@" "$url" && return 0; sleep 0.5; done
  echo "no answer from $url" >&2; exit 1
}

require_free() { # host port: stops when something already listens there
  if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then
    echo "$1:$2 is taken (another measurement?): free it or set the port's variable" >&2; exit 1
  fi
}

# User plus system time of process pid so far, in clock ticks: fields 14 and 15 of
# /proc/PID/stat, counted after the command name, which is in parentheses and may hold spaces.
cpu_ticks() {
  local stat fields
  stat="$(< "/proc/$1/stat")"
  read -r -a fields <<< "${stat##*) }"
  echo $(( fields[11] + fields[12] ))
}

# A token of the first container's proxy for the GET runs, asked for the longest lifetime (900 s):
# one of the default minute would expire during a warm-up of a minute or more.
fresh_token() {
  curl -s -X POST -d grant_type=client_credentials -d x-token-ttl=900 "$proxy" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# wrk's output as "rps p50 p99 errors requests": errors are socket errors plus non-2xx answers.
summary() {
  awk '/Requests\/sec/ {rps=$2}
       / requests in / {reqs=$1}
       /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Socket errors/ {gsub(",", ""); errs+=$4+$6+$8+$10}
       /Non-2xx/ {errs+=$5}
       END {printf "%s %s %s %d %d\n", rps, p50, p99, errs, reqs}'
}

# load name server-pid url [wrk args...]: one measured run, its summary and the server's CPU per
# request in microseconds appended to $work/<name>, its ratio to the last constant run to
# $work/pairs-<name>.
load() {
  local name="$1" pid="$2" url="$3"; shift 3
  local line before after rps p50 p99 errs reqs cpu ratio=""
  [[ -f "$work/$name" ]] || names+=("$name")
  before="$(cpu_ticks "$pid")"
  line="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" | summary)"
  after="$(cpu_ticks "$pid")"
  read -r rps p50 p99 errs reqs <<< "$line"
  cpu="$(awk -v t=$((after - before)) -v hz="$clock_ticks" -v n="$reqs" \
    'BEGIN {printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0)}')"
  echo "$rps $p50 $p99 $errs $cpu" >> "$work/$name"
  if [[ "$name" == constant ]]; then
    last_constant="$rps"
  else
    ratio="$(awk -v a="$rps" -v b="$last_constant" 'BEGIN {printf "%.2f", a / b}')"
    echo "$ratio" >> "$work/pairs-$name"
    ratio="ratio $ratio"
  fi
  printf '  %-16s %9s rps  p50 %-8s p99 %-8s errors %-3s cpu %6s us/req  %s\n' \
    "$name" "$rps" "$p50" "$p99" "$errs" "$cpu" "$ratio"
}

warm() { wrk -t"$threads" -c"$connections" -d"$warmup" "$@" >/dev/null; }

for port in "$constant_port" "$signing_port" "$api_port"; do require_free 127.0.0.1 "$port"; done
require_free 127.0.0.2 "$proxy_port"

# shellcheck disable=SC2086 # java_opts is a list of options, split on purpose.
java $java_opts -cp benchmarks/target/benchmarks.jar dev.upsim.bench.http.ConstantRoute \
  "$constant_port" >/dev/null &
constant_pid=$!
pids+=("$constant_pid")
wait_for "$constant"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== wrk -t$threads -c$connections -d$duration, warm-up $warmup, JVM: $java_opts"
warm "$constant"

for signing in ${SIGNINGS:-hs256 ed25519}; do
  # shellcheck disable=SC2086
  java $java_opts -cp benchmarks/target/benchmarks.jar dev.upsim.bench.http.SigningRoute \
    "$signing_port" "$signing" >"$work/signing-$signing.log" 2>&1 &
  signer=$!
  pids+=("$signer")
  jfr=""
  if [[ -n "${JFR:-}" && "$signing" == hs256 ]]; then
    jfr="-XX:StartFlightRecording=filename=$results/http-$stamp.jfr,settings=profile"
  fi
  # shellcheck disable=SC2086
  java $java_opts $jfr -jar "$jar" serve --signing "$signing" --api-port "$api_port" \
    --proxy-port "$proxy_port" "$config" >"$work/serve-$signing.log" 2>&1 &
  serve=$!
  pids+=("$serve")
  wait_for "$signing_route" -X POST -d grant_type=client_credentials
  wait_for "$proxy" -X POST -d grant_type=client_credentials
  echo "== $signing: signing route and token endpoint against the constant route, $repeat times"
  warm -s "$post" "$signing_route"
  warm -s "$post" "$proxy"
  for _ in $(seq 1 "$repeat"); do
    load constant "$constant_pid" "$constant"
    load "signing-$signing" "$signer" "$signing_route" -s "$post"
    load "token-$signing" "$serve" "$proxy" -s "$post"
  done
  stop "$signer"
  if [[ -z "${get_done:-}" ]]; then
    get_done=1
    echo "== $signing: authorized GET of the environment"
    warm -H "Authorization: Bearer $(fresh_token)" "$api"
    load constant "$constant_pid" "$constant"
    load "get-$signing" "$serve" "$api" -H "Authorization: Bearer $(fresh_token)"
  fi
  stop "$serve"
done

# Per name: the median of its rps over runs (with that run's latencies), the median of its ratios
# to the constant run just before it (the side-by-side figure to believe; the constant route's
# rate drifts), and the median of its CPU per request.
echo "== medians (ratio: of each run's rps to the constant run just before it)"
for name in "${names[@]}"; do
  file="$work/$name"
  ratio=1
  if [[ -f "$work/pairs-$name" ]]; then ratio="$(median < "$work/pairs-$name")"; fi
  cpu="$(cut -d' ' -f5 "$file" | median)"
  sort -g "$file" | awk -v name="$name" -v base="$ratio" -v cpu="$cpu" '
    {rps[NR]=$1; p50[NR]=$2; p99[NR]=$3; errs+=$4}
    END {m=int((NR+1)/2)
      printf "  %-16s %7.0f rps  ratio %4.2f  cpu %6.1f us/req  (median run: p50 %s, p99 %s)" \
        "  errors %d, %d runs\n", name, rps[m], base, cpu, p50[m], p99[m], errs, NR}'
done
rm -rf "$work"
