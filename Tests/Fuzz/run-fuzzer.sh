#!/usr/bin/env bash
# Fuzzes with libFuzzer for a bounded time, then exits non-zero if it found a crash, a hang (over
# 5 s for one input) or a memory blow-up (over 2 GB). Two targets:
# - schema (default): YAML loading, schema checking and generation (FuzzSchema.swift);
# - json: the strict JSON reader and the response decoders (JSON/FuzzJSON.swift).
# Findings are written to $FUZZ_BUILD/artifacts/; run the fuzzer binary on one to reproduce it.
#
# Usage: Tests/Fuzz/run-fuzzer.sh [seconds] [schema|json]    (default 60 schema)
# FUZZ_FLAGS adds libFuzzer flags (e.g. "-use_value_profile=1"); FUZZ_BUILD moves the build,
# corpus and artifacts folder (default .build-fuzz, with one subfolder per target for json).
#
# Built with swiftc directly, since SwiftPM has no libFuzzer mode: ProviderRuntimeCore as a
# module, then ProviderGenCore and the harness as one module (so the harness may use internal
# API), all instrumented with -sanitize=fuzzer,address and linked against libyaml. The generator
# depends on ProviderRuntimeCore, which imports swift-http-types: built first from its checkout. The json target is
# ProviderRuntimeCore and its harness as one module, for the reader's package API.
set -euo pipefail
seconds="${1:-60}"
target="${2:-schema}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [[ "$target" == json ]]; then
    exec "$here/JSON/run-json-fuzzer.sh" "$seconds"
elif [[ "$target" != schema ]]; then
    echo "fuzz: unknown target '$target' (schema or json)" >&2
    exit 2
fi
build="${FUZZ_BUILD:-$root/.build-fuzz}"
binary="$build/fuzz-schema"
mkdir -p "$build/objects" "$build/corpus" "$build/artifacts"
source "$here/run-libfuzzer.sh"

runtime_sources=()
while IFS= read -r file; do
    runtime_sources+=("$file")
done < <(find "$root/Sources/ProviderRuntimeCore" -name '*.swift' | sort)
core_sources=()
while IFS= read -r file; do
    core_sources+=("$file")
done < <( (find "$root/Sources/ProviderGenCore" -name '*.swift'; find "$here" -maxdepth 1 -name '*.swift') | sort)

# Rebuilt only when a source is newer than the binary: an optimised build takes minutes.
if [[ ! -x "$binary" ]] || [[ -n "$(find "${runtime_sources[@]}" "${core_sources[@]}" -newer "$binary" | head -1)" ]]; then
    echo "fuzz: building $binary"
    flags=(-O -g -wmo -parse-as-library -swift-version 6 -sanitize=fuzzer,address -module-cache-path "$build/module-cache")
    build_http_types "$root" "$build"
    swiftc "${flags[@]}" -module-name ProviderRuntimeCore -package-name providergen -I "$build/http-types" \
        -emit-module -emit-module-path "$build/objects/ProviderRuntimeCore.swiftmodule" \
        -c "${runtime_sources[@]}" -o "$build/objects/ProviderRuntimeCore.o"
    swiftc "${flags[@]}" -module-name ProviderGenCore -package-name providergen -I "$build/objects" -I "$build/http-types" -I "$root/Sources/CYAML" \
        -c "${core_sources[@]}" -o "$build/objects/ProviderGenCore.o"
    # lld, as gold warns about every ASan helper symbol it cannot export.
    swiftc -sanitize=fuzzer,address -use-ld=lld "$build/objects/ProviderRuntimeCore.o" "$build/objects/ProviderGenCore.o" \
        "$build/http-types/HTTPTypes.o" -lyaml -o "$binary"
fi

# Seeds: the provider schemas and the hostile fixtures as they are now (copied, since libFuzzer
# takes folders and those folders hold other files), plus the small cases in corpus/. New
# inputs go to $build/corpus, which later runs start from.
rm -rf "$build/seeds"
mkdir -p "$build/seeds"
cp "$root"/schemas/*.yaml "$root"/Tests/Fixtures/Hostile/*.yaml "$build/seeds/"

run_libfuzzer "$binary" "$here/schema.dict" "$seconds" "$build" "$here/corpus" "$build/seeds"
