#!/usr/bin/env bash
# Builds the release web admins download: release/scarguide-<version>.zip
# (version from Cargo.toml) and release/scarguide-<version>.zip.sha256.
# Installs what the build needs first, like scripts/serve.sh.
#
#   scripts/release.sh
#
# What is inside, and why: scripts/package-release.mjs. Publishing the same
# folder to npm: unzip, then `npm publish` inside scarguide/.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "${SCARGUIDE_ROOT}"
say "Building the widget, its content and the Content Studio"
trunk build --release
say "Packing the release"
node scripts/package-release.mjs dist release
# Last, where it cannot scroll away: example prices and contact details still
# in the content (rule example-values in CONTENT.md), listed loudly.
cargo run --quiet --locked --bin scarguide-content -- check --release public/content >/dev/null
