#!/usr/bin/env bash
# Builds and tests the consumer fixture: a package that depends on providergen by path and
# generates its client at build time with ProviderGenPlugin. Exits non-zero when the plugin, the
# generated code or the fixture's tests are broken. Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

# Its own build folder (ignored by the root .gitignore's `.build/`), never shared with the root
# package's. `swift test` builds the plugin's tool, runs the plugin and compiles its output.
swift test --scratch-path .build "$@"
