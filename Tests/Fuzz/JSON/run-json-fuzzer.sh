#!/usr/bin/env bash
# The json target of ../run-fuzzer.sh: the strict JSON reader and the response decoders
# (FuzzJSON.swift), with ProviderRuntimeCore and the harness built as one instrumented module.
# Run it through ../run-fuzzer.sh [seconds] json.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${FUZZ_BUILD:-$root/.build-fuzz}/json"
binary="$build/fuzz-json"
mkdir -p "$build/corpus" "$build/artifacts"

sources=()
while IFS= read -r file; do
    sources+=("$file")
done < <( (find "$root/Sources/ProviderRuntimeCore" -name '*.swift'; find "$here" -name '*.swift') | sort)

# Rebuilt only when a source is newer than the binary: an optimised build takes minutes.
if [[ ! -x "$binary" ]] || [[ -n "$(find "${sources[@]}" -newer "$binary" | head -1)" ]]; then
    echo "fuzz: building $binary"
    # lld, as gold warns about every ASan helper symbol it cannot export. Run from the build
    # folder: a one-step build with -g leaves the module's .swiftmodule in the working folder.
    cd "$build"
    swiftc -O -g -wmo -parse-as-library -swift-version 6 -sanitize=fuzzer,address -use-ld=lld \
        -module-cache-path "$build/module-cache" -module-name ProviderRuntimeCore -package-name providergen "${sources[@]}" -o "$binary"
fi

echo "fuzz: running for ${seconds}s"
set +e
# Leak checking and Swift's backtracer are off, as in ../run-fuzzer.sh (same reasons).
SWIFT_BACKTRACE="enable=no" ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$build/corpus" "$here/corpus" \
    -dict="$here/json.dict" -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -artifact_prefix="$build/artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
    2>&1 | tee "$build/last-run.log" | grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)|Fatal error|deadly signal|timeout|out-of-memory'
status="${PIPESTATUS[0]}"
set -e
if [[ "$status" != 0 ]]; then
    echo "fuzz: FAILED (exit $status); full log: $build/last-run.log; inputs: $build/artifacts/"
    exit 1
fi
echo "fuzz: no crash in ${seconds}s"
