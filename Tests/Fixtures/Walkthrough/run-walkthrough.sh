#!/usr/bin/env bash
# Follows the README's "Walkthrough: adding a provider" literally, in a copy of this repository:
# writes the README's schemas/acme.yaml, runs `swift run providergen generate`, adds "Acme" to
# `generatedModules` in Package.swift, builds the new module and type-checks the README's
# "Using the new module" code against it. Exits non-zero at the first step that does not do what
# the README says. Builds only the generator and the Acme target (not the whole package), so CI
# stays short. Called from .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
readme="$root/README.md"
# Under .build (ignored by git), so a second run reuses the copy's own build folder.
copy="$root/.build/walkthrough/providergen"
mkdir -p "$copy"
find "$copy" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
tar -C "$root" --exclude=./.git --exclude=./.build --exclude='*/.build' -cf - . | tar -C "$copy" -xf -
cd "$copy"

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

echo "walkthrough: step 4, swift build (the Acme target)"
swift build --target Acme

echo "walkthrough: step 5, the README's code using the new module compiles, and Generated/ is up to date"
block_after 'Using the new module' '```swift' > "$copy/.build/walkthrough-usage.swift"
grep -q 'import Acme' "$copy/.build/walkthrough-usage.swift"
swiftc -typecheck -swift-version 6 -I .build/debug/Modules "$copy/.build/walkthrough-usage.swift"
swift run providergen generate --check
echo "walkthrough: every step did what the README says"
