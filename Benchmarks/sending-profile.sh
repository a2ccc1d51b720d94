#!/usr/bin/env bash
# What sending-benchmarks' timings cannot say on a shared machine: instructions per call, counted
# by valgrind's callgrind (every thread of the process, the in-process loopback server included,
# so only differences between callers are the client's own), and resident memory per in-flight
# call, each caller in a process of its own.
# Usage: Benchmarks/sending-profile.sh [SMALL] [LARGE] [PENDING]
# Instructions per call = (instructions for LARGE calls - for SMALL calls) / (LARGE - SMALL), which
# leaves out start-up and warm-up.
set -euo pipefail
cd "$(dirname "$0")"

small="${1:-50}"
large="${2:-250}"
pending="${3:-500}"
command -v valgrind >/dev/null || { echo "valgrind is missing: apt-get install -y valgrind" >&2; exit 2; }

swift build -c release --product sending-benchmarks >&2
binary="$(swift build -c release --show-bin-path)/sending-benchmarks"

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" calls "$@" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for transport in urlsession asynchttpclient; do
    for caller in bare client bare+json; do
        low="$(instructions "$transport" "$caller" "$small")"
        high="$(instructions "$transport" "$caller" "$large")"
        echo "$transport $caller: $(((high - low) / (large - small))) instructions per call"
    done
done
for transport in urlsession asynchttpclient; do
    for caller in bare client; do
        "$binary" memory "$transport" "$caller" "$pending"
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
