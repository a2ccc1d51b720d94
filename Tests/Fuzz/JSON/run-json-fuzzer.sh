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
source "$here/../run-libfuzzer.sh"

sources=()
while IFS= read -r file; do
    sources+=("$file")
done < <( (find "$root/Sources/ProviderRuntimeCore" -name '*.swift'; find "$here" -name '*.swift') | sort)

# Rebuilt only when a source is newer than the binary: an optimised build takes minutes.
if [[ ! -x "$binary" ]] || [[ -n "$(find "${sources[@]}" -newer "$binary" | head -1)" ]]; then
    echo "fuzz: building $binary"
    # lld, as gold warns about every ASan helper symbol it cannot export. Run from the build
    # folder: a one-step build with -g leaves the module's .swiftmodule in the working folder.
    build_http_types "$root" "$build"
    cd "$build"
    swiftc -O -g -wmo -parse-as-library -swift-version 6 -sanitize=fuzzer,address -use-ld=lld \
        -module-cache-path "$build/module-cache" -module-name ProviderRuntimeCore -package-name providergen \
        -I "$build/http-types" "${sources[@]}" "$build/http-types/HTTPTypes.o" -o "$binary"
fi

run_libfuzzer "$binary" "$here/json.dict" "$seconds" "$build" "$here/corpus"
