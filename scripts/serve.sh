#!/usr/bin/env bash
# Builds the widget with its default content and serves the demo page at
# http://127.0.0.1:8080, rebuilding when a file changes. Installs what is missing.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "${SCARGUIDE_ROOT}"
say "Serving the demo page on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve "$@"
