#!/usr/bin/env bash
# HTTP load on loopback with wrk, bounded in time and connections: upsim serve's token endpoint
# and an authorized API GET, beside a minimal Pekko HTTP constant-body route in the same run.
#
#   bench/http.sh
#
# Needs `./upsim serve` (not there yet: the script says so and exits 3). The addresses are
# settings, since serve's ports are its own: UPSIM_PROXY_URL (a container's proxy, default
# http://127.0.0.1:8200), UPSIM_API_URL (default http://127.0.0.1:8100, upsim.api.base-url),
# UPSIM_API_PATH (default /projects/project/environments/main), SERVE_ARGS (what serve is given,
# default scenarios/configs/shop). DURATION (default 10s), CONNECTIONS (default 16), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x ./upsim ]] || ! ./upsim serve --help >/dev/null 2>&1; then
  echo "not measurable yet: ./upsim serve does not exist in this tree" >&2
  exit 3
fi
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
bench/build.sh

proxy="${UPSIM_PROXY_URL:-http://127.0.0.1:8200}"
api="${UPSIM_API_URL:-http://127.0.0.1:8100}"
path="${UPSIM_API_PATH:-/projects/project/environments/main}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
constant_port="${CONSTANT_PORT:-8399}"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

java -cp benchmarks/target/benchmarks.jar dev.upsim.bench.http.ConstantRoute "$constant_port" &
pids+=($!)
# shellcheck disable=SC2086
./upsim serve ${SERVE_ARGS:-scenarios/configs/shop} &
pids+=($!)
for url in "http://127.0.0.1:$constant_port/" "$proxy/oauth2/token"; do
  for _ in $(seq 1 60); do curl -s -o /dev/null "$url" && break; sleep 0.5; done
done

token="$(curl -s -X POST -d grant_type=client_credentials "$proxy/oauth2/token" \
  | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
post="$(mktemp --suffix=.lua)"
cat > "$post" <<'LUA'
wrk.method = "POST"
wrk.body = "grant_type=client_credentials"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run() { echo "== $1"; shift; wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@"; }
run "constant route (baseline)" "http://127.0.0.1:$constant_port/"
run "token endpoint" -s "$post" "$proxy/oauth2/token"
run "authorized GET" -H "Authorization: Bearer $token" "$api$path"
run "constant route again (baseline drift)" "http://127.0.0.1:$constant_port/"
rm -f "$post"
