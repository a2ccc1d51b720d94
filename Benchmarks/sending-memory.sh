#!/usr/bin/env bash
# Resident memory per in-flight call, each caller in a process of its own (memory a previous run
# freed stays resident and would hide growth).
# Usage: Benchmarks/sending-memory.sh [PENDING]
set -euo pipefail
cd "$(dirname "$0")"

pending="${1:-500}"
swift build -c release --product sending-benchmarks >&2
binary="$(swift build -c release --show-bin-path)/sending-benchmarks"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for transport in urlsession asynchttpclient; do
    for caller in bare client; do
        "$binary" memory "$transport" "$caller" "$pending"
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
