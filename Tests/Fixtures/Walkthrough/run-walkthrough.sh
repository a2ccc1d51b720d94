#!/usr/bin/env bash
# Follows the README's "Walkthrough: adding a provider" literally, in this checkout: writes the
# README's schemas/acme.yaml, runs `swift run providergen generate`, adds "Acme" to
# `generatedModules` in Package.swift, runs `swift build` and `swift test`, and type-checks the
# README's "Using the new module" code against the built module. Exits non-zero at the first step
# that does not do what the README says. Called from .ci/run.
#
# It works in place rather than in a copy so that the second build is incremental (a copy would
# rebuild SwiftNIO and everything else from nothing). Whatever happens, it puts the checkout back:
# Package.swift from a backup taken first, schemas/acme.yaml and Generated/Acme removed; and it
# refuses to start when either already exists, so it never deletes a user's own Acme.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
readme="$root/README.md"
cd "$root"

if [[ -e schemas/acme.yaml || -e Generated/Acme ]]; then
    echo "walkthrough: schemas/acme.yaml or Generated/Acme exists already; move it away to run the walkthrough" >&2
    exit 1
fi
scratch="$(mktemp -d)"
cp Package.swift "$scratch/Package.swift"
put_back() {
    cp "$scratch/Package.swift" Package.swift
    rm -rf schemas/acme.yaml Generated/Acme "$scratch"
}
trap put_back EXIT

# The fenced block after `$1` (a phrase of the README), with the list item's indentation removed.
block_after() {
    awk -v phrase="$1" -v fence="$2" '
        index($0, phrase) { found = 1; next }
        found && !open && index($0, fence) { open = 1; next }
        open && $0 ~ /^ *```$/ { exit }
        open { sub(/^   /, ""); print }
    ' "$readme"
}

echo "walkthrough: step 1, schemas/acme.yaml from the README"
block_after '1. Write `schemas/acme.yaml`' '```yaml' > schemas/acme.yaml
test -s schemas/acme.yaml

echo "walkthrough: step 2, swift run providergen generate"
swift run providergen generate
for file in Client.swift Operations/CreateWidget.swift Models/CreateWidgetRequest.swift Models/Widget.swift; do
    test -f "Generated/Acme/$file" || { echo "walkthrough: step 2 did not write Generated/Acme/$file" >&2; exit 1; }
done

echo "walkthrough: step 3, \"Acme\" added to generatedModules"
grep -q '^let generatedModules = \[' Package.swift
sed -i 's/^let generatedModules = \[/let generatedModules = ["Acme", /' Package.swift

echo "walkthrough: step 4, swift build"
swift build

echo "walkthrough: step 5, swift test (and the README's code using the new module type-checks)"
block_after 'Using the new module' '```swift' > "$scratch/walkthrough-usage.swift"
grep -q 'import Acme' "$scratch/walkthrough-usage.swift"
swiftc -typecheck -swift-version 6 -I "$(swift build --show-bin-path)/Modules" "$scratch/walkthrough-usage.swift"
swift test

put_back
trap - EXIT
echo "walkthrough: the checkout is as before"
swift run providergen generate --check
echo "walkthrough: every step did what the README says"
