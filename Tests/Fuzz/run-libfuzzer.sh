# Sourced by run-fuzzer.sh and JSON/run-json-fuzzer.sh: runs a built libFuzzer binary for a bounded
# time and exits non-zero on a crash, a hang (over 5 s for one input) or a memory blow-up (over 2 GB).
# Usage: run_libfuzzer BINARY DICTIONARY SECONDS BUILD_FOLDER SEED_FOLDER...
run_libfuzzer() {
    local binary="$1" dictionary="$2" seconds="$3" build="$4"
    shift 4
    echo "fuzz: running for ${seconds}s"
    set +e
    # Leak checking is off: the Swift runtime keeps caches alive until exit, which LeakSanitizer
    # would report on every run; leaks are not what this looks for. Swift's own backtracer is off
    # too: on a failed precondition it races ASan and hangs, while libFuzzer already reports the
    # crash (the "Fatal error" line names the broken promise) and saves the input.
    SWIFT_BACKTRACE="enable=no" ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$build/corpus" "$@" \
        -dict="$dictionary" -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
        -max_total_time="$seconds" -artifact_prefix="$build/artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
        2>&1 | tee "$build/last-run.log" | grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)|Fatal error|deadly signal|timeout|out-of-memory'
    local status="${PIPESTATUS[0]}"
    set -e
    if [[ "$status" != 0 ]]; then
        echo "fuzz: FAILED (exit $status); full log: $build/last-run.log; inputs: $build/artifacts/"
        exit 1
    fi
    echo "fuzz: no crash in ${seconds}s"
}

# ProviderRuntimeCore imports swift-http-types' HTTPTypes: builds it once, uninstrumented, from the
# checkout SwiftPM resolves, into BUILD_FOLDER/http-types (HTTPTypes.swiftmodule and HTTPTypes.o).
# Usage: build_http_types ROOT BUILD_FOLDER
build_http_types() {
    local root="$1" out="$2/http-types"
    if [[ -f "$out/HTTPTypes.o" ]]; then return; fi
    (cd "$root" && swift package resolve >/dev/null)
    local sources=()
    while IFS= read -r file; do
        sources+=("$file")
    done < <(find "$root/.build/checkouts/swift-http-types/Sources/HTTPTypes" -name '*.swift' | sort)
    mkdir -p "$out"
    swiftc -O -wmo -parse-as-library -module-name HTTPTypes -module-cache-path "$2/module-cache" \
        -emit-module -emit-module-path "$out/HTTPTypes.swiftmodule" -c "${sources[@]}" -o "$out/HTTPTypes.o"
}
