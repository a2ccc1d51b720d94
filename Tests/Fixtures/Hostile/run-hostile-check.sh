#!/usr/bin/env bash
# Injection check for code generation. Generates the schemas in this folder (hostile.yaml: every
# string tries to break out of the Swift it becomes; hostile-bare.yaml: a client with nothing in
# it), compiles the modules with warnings as errors in a throwaway SwiftPM package that depends
# on this repository by path, and runs HostileCheck, which compares every wire name, default,
# enum value, pattern and rule message with the values expected-values.py reads from the YAML.
# Exits non-zero on a schema error, a compiler error or warning, or any mismatch.
# Called from .ci/run. PROVIDERGEN_SCRATCH names the root package's build folder (default .build,
# where CI has already built providergen). HOSTILE_CHECK_WORK keeps the throwaway package in that
# folder instead of a temporary one, for looking at the generated code and faster reruns.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
scratch="${PROVIDERGEN_SCRATCH:-$root/.build}"
if [[ -n "${HOSTILE_CHECK_WORK:-}" ]]; then
    work="$HOSTILE_CHECK_WORK"
    rm -rf "$work/Sources"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/hostile-check.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
fi

swift build --package-path "$root" --scratch-path "$scratch" --product providergen
providergen="$(swift build --package-path "$root" --scratch-path "$scratch" --show-bin-path)/providergen"

# Only the generated modules and the check program are ours to hold to warnings as errors;
# `-Xswiftc -warnings-as-errors` would also reach swift-http-types, which SwiftPM builds with
# warnings suppressed.
cat >"$work/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]
let runtime = Target.Dependency.product(name: "ProviderRuntime", package: "providergen")

let package = Package(
    name: "HostileCheck",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "providergen", path: "$root")],
    targets: [
        .target(name: "Hostile", dependencies: [runtime], swiftSettings: strict),
        .target(name: "HostileBare", dependencies: [runtime], swiftSettings: strict),
        .executableTarget(name: "HostileCheck", dependencies: ["Hostile", "HostileBare", runtime], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
EOF
mkdir -p "$work/Sources/HostileCheck"
cp "$here/HostileCheck.swift" "$work/Sources/HostileCheck/main.swift"

# From inside the package, so the CLI finds both modules listed in its Package.swift.
(cd "$work" && "$providergen" generate --schemas "$here" --output Sources)
python3 "$here/expected-values.py" "$here/hostile.yaml" >"$work/expected.json"

swift build --package-path "$work" --scratch-path "$work/.build" --product HostileCheck
"$(swift build --package-path "$work" --scratch-path "$work/.build" --show-bin-path)/HostileCheck" "$work/expected.json"
