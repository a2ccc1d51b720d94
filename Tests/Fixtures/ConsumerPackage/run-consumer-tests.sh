#!/usr/bin/env bash
# Builds and tests the consumer fixture: a package that depends on providergen by path and
# generates its client at build time with ProviderGenPlugin. Exits non-zero when the plugin,
# the generated code or the fixture's tests are broken. Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

# Its own build folder (ignored by the root .gitignore's `.build/`), so it never shares state
# with the root package's build.
swift build --scratch-path .build
swift test --scratch-path .build
