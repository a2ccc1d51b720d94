#!/usr/bin/env bash
# Load-tests providergen-sandbox with wrk: validated Razorpay creates until at least REQUESTS
# requests were answered, then prints throughput, latency percentiles and the server's resident
# memory. Usage: Benchmarks/sandbox/run-sandbox-benchmark.sh [REQUESTS] [CONNECTIONS] [THREADS]
# SCRATCH_PATH picks the build folder (default .build), e.g. a release-only one beside a debug build.
set -euo pipefail
cd "$(dirname "$0")/../.."

requests="${1:-1000000}"
connections="${2:-32}"
threads="${3:-1}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

scratch=(--scratch-path "${SCRATCH_PATH:-.build}")
swift build -c release "${scratch[@]}" --product providergen-sandbox >&2
binary="$(swift build -c release "${scratch[@]}" --show-bin-path)/providergen-sandbox"
output="$(mktemp)"
"$binary" --port 0 >"$output" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$output"' EXIT
for _ in $(seq 100); do grep -q listening "$output" && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' "$output")"
echo "sandbox: $url (pid $server)"
echo "rss before: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"

# Warm up, then run in rounds of 10 s until the total passes the target.
wrk -t "$threads" -c "$connections" -d 3s -s Benchmarks/sandbox/razorpay-create.lua "$url" >/dev/null
total=0
round=0
while [ "$total" -lt "$requests" ]; do
    round=$((round + 1))
    report="$(wrk -t "$threads" -c "$connections" -d 10s --latency -s Benchmarks/sandbox/razorpay-create.lua "$url")"
    done_now="$(echo "$report" | awk '/requests in/ {print $1}')"
    total=$((total + done_now))
    echo "round $round: $(echo "$report" | awk '/Requests\/sec/ {print $2}') req/s, $(echo "$report" | grep -E '^p50') ($done_now requests; $(echo "$report" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' '))"
done
echo "total: $total requests"
echo "rss after: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
