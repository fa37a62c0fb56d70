#!/usr/bin/env bash
# Installs what building and testing Scarguide needs, skipping whatever is
# already present. Sourced by scripts/serve.sh and scripts/test.sh; run it on
# its own (`scripts/setup.sh build|test`) to install without doing anything else.
#
# Everything comes from the Rust toolchain, crates.io, npm and Debian's
# packages: no tool downloads a prebuilt binary of its own.

set -euo pipefail

SCARGUIDE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mSet-up stopped: %s\033[0m\n' "$*" >&2; exit 1; }

ensure_wasm_target() {
  command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup first."
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
    say "Installing Trunk ${TRUNK_VERSION} (about 10 minutes, once)"
    cargo install trunk --version "${TRUNK_VERSION}" --locked
  fi
}

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate
# in Cargo.lock. Not `--locked`: its locked dependencies are not all served.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "${SCARGUIDE_ROOT}/Cargo.lock"
}

ensure_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_version)"
  [ -n "${version}" ] || fail "Cargo.lock names no wasm-bindgen version."
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${version}\$"; then
    say "Installing wasm-bindgen-cli ${version} (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "${version}"
  fi
}

# Formats the `view!` bodies, which rustfmt leaves alone (test command only).
LEPTOSFMT_VERSION="0.1.33"
ensure_leptosfmt() {
  if ! leptosfmt --version 2>/dev/null | grep -q " ${LEPTOSFMT_VERSION}\$"; then
    say "Installing leptosfmt ${LEPTOSFMT_VERSION} (a few minutes, once)"
    cargo install leptosfmt --version "${LEPTOSFMT_VERSION}" --locked
  fi
}

# npm packages: wasm-opt (binaryen), Playwright and axe-core, pinned by package-lock.json.
ensure_node_modules() {
  command -v npm >/dev/null || fail "npm is missing: install Node.js 20 or newer."
  local stamp="${SCARGUIDE_ROOT}/node_modules/.package-lock.json"
  if [ ! -f "${stamp}" ] || [ "${SCARGUIDE_ROOT}/package-lock.json" -nt "${stamp}" ]; then
    say "Installing npm packages from package-lock.json"
    (cd "${SCARGUIDE_ROOT}" && npm ci --no-audit --no-fund)
  fi
  export PATH="${SCARGUIDE_ROOT}/node_modules/.bin:${PATH}"
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "Chromium and its driver are missing and installing them needs root. Run:
    sudo apt-get update && sudo apt-get install -y chromium chromium-driver
then run this command again."
  fi
  say "Installing Chromium and ChromeDriver from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
}

# Firefox, for the Content Studio's check in a second engine (driven over
# WebDriver BiDi by puppeteer-core; Playwright's own Firefox cannot be
# downloaded here).
ensure_firefox() {
  if command -v firefox-esr >/dev/null || command -v firefox >/dev/null; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "Firefox is missing and installing it needs root. Run:
    sudo apt-get update && sudo apt-get install -y firefox-esr
then run this command again."
  fi
  say "Installing Firefox ESR from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr
}

# WebKit, Safari's engine: Debian's WebKitGTK with its WebDriver, in a
# virtual display (Xvfb), for the studio's and the widget's check in WebKit.
ensure_webkit() {
  if command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "WebKitGTK's driver or Xvfb is missing and installing them needs root. Run:
    sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb xauth
then run this command again."
  fi
  say "Installing WebKitGTK's WebDriver and Xvfb from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb xauth
}

# unzip, for the test that runs EMBED.md's commands on the release zip.
ensure_unzip() {
  command -v unzip >/dev/null && return
  if [ "$(id -u)" -ne 0 ]; then
    fail "unzip is missing and installing it needs root. Run:
    sudo apt-get update && sudo apt-get install -y unzip
then run this command again."
  fi
  say "Installing unzip from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip
}

# A real WordPress for the plugin's tests: Debian's WordPress (6.1), PHP and
# MariaDB, run from a temporary folder by tests/wordpress/run.sh.
ensure_wordpress() {
  if [ -d /usr/share/wordpress ] && command -v php >/dev/null && command -v mariadbd >/dev/null; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "WordPress, PHP or MariaDB is missing and installing them needs root. Run:
    sudo apt-get update && sudo apt-get install -y wordpress php-cli php-mysql mariadb-server
then run this command again."
  fi
  say "Installing WordPress, PHP and MariaDB from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordpress php-cli php-mysql mariadb-server
}

# What `trunk serve` and `trunk build` need.
setup_build() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_modules
}

# Everything the test command needs.
setup_test() {
  setup_build
  ensure_leptosfmt
  ensure_chromium
  ensure_firefox
  ensure_webkit
  ensure_unzip
  ensure_wordpress
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-test}" in
    build) setup_build ;;
    test) setup_test ;;
    *) fail "usage: scripts/setup.sh [build|test]" ;;
  esac
  say "Set-up complete"
fi
