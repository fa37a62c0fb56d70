#!/usr/bin/env bash
# Runs every test, installing whatever is missing first. Stops at the first
# failing step and exits non-zero. Steps, in order:
#   format (rustfmt, and leptosfmt for view! bodies), clippy (native and wasm32), core unit tests, component tests in
#   headless Chromium, the release build and its zip (installed and updated
#   by EMBED.md's commands), the serve command in a fresh clone,
#   end-to-end tests in headless Chromium (visitor journeys, axe-core audits,
#   first-load size budget, the Content Studio), the Content Studio in
#   headless Firefox and in WebKit, and the WordPress plugin on a real WordPress.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_test
cd "${SCARGUIDE_ROOT}"

step() {
  local name="$1"
  shift
  say "${name}"
  local started=${SECONDS}
  "$@"
  printf '    %s took %ss\n' "${name}" "$((SECONDS - started))"
}

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
step "Format check" cargo fmt --all -- --check
step "View format check (leptosfmt)" leptosfmt --check src
step "Clippy (native)" cargo clippy --all-targets --locked -- -D warnings
step "Clippy (wasm32)" cargo clippy --all-targets --all-features --locked --target wasm32-unknown-unknown -- -D warnings
step "Core unit tests (native)" cargo test --locked

# wasm-bindgen-test-runner drives the system's Chromium through its driver.
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
step "Component tests (headless Chromium)" cargo test --locked --target wasm32-unknown-unknown

step "Release build" trunk build --release
step "Release zips; the web one installed and updated as EMBED.md says" sh -c \
  'rm -rf target/release-check && node scripts/package-release.mjs dist target/release-check &&
   node tests/release/check-release.mjs target/release-check/scarguide-[0-9]*.zip'
step "The WordPress plugin: PHP syntax" sh -c 'for f in $(find wordpress tests/wordpress -name "*.php"); do php -l "$f" >/dev/null || exit 1; done'
step "The README's serve command in a fresh clone" scripts/check-fresh-clone.sh
step "End-to-end tests (headless Chromium)" npx playwright test --config tests/e2e/playwright.config.mjs
node tests/e2e/summary.mjs
step "The Content Studio in Firefox" node tests/browsers/firefox-studio.mjs
step "The Content Studio and the widget in WebKit (Safari's engine)" xvfb-run -a node tests/browsers/webkit-studio.mjs
step "The WordPress plugin on a real WordPress" tests/wordpress/run.sh target/release-check/scarguide-wordpress-*.zip
