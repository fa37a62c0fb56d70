#!/usr/bin/env bash
# Runs the README's serve command in a fresh clone of HEAD (no target/, no
# node_modules, no test results: what a new developer has), waits until the
# demo page and the widget's wasm are served on loopback, then stops it.
# A green CI in a working tree can hide a path that only that tree has.
#
# The clone builds into target/fresh-clone/ of this checkout (outside the
# clone, so the clone itself starts without target/): kept between runs on a
# developer's machine, and never mixed with this checkout's own binaries.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
port="${SCARGUIDE_FRESH_PORT:-18080}"
work="$(mktemp -d)"
server=""
stop() {
  [ -n "${server}" ] && kill -- "-${server}" 2>/dev/null || true
  rm -rf "${work}"
}
trap stop EXIT

git clone --quiet "${SCARGUIDE_ROOT}" "${work}/scarguide"
cd "${work}/scarguide"
for absent in target dist node_modules tests/e2e/results; do
  [ ! -e "${absent}" ] || fail "a fresh clone should not have ${absent}"
done

# Its own process group, so that stopping it stops Trunk and cargo too.
CARGO_TARGET_DIR="${SCARGUIDE_ROOT}/target/fresh-clone" setsid scripts/serve.sh --port "${port}" >"${work}/serve.log" 2>&1 &
server=$!

served() { curl --silent --fail --max-time 5 "http://127.0.0.1:${port}/$1"; }
deadline=$((SECONDS + 900))
until served "" 2>/dev/null | grep -q 'data-scarguide'; do
  if ! kill -0 "${server}" 2>/dev/null; then
    cat "${work}/serve.log" >&2
    fail "the README's serve command stopped on a fresh clone (its output is above)"
  fi
  [ "${SECONDS}" -lt "${deadline}" ] || { cat "${work}/serve.log" >&2; fail "the demo page was not served within 15 minutes"; }
  sleep 1
done
wasm="$(served widget.js | grep -o 'scarguide-[0-9a-f]*_bg\.wasm' | head -n 1)"
[ -n "${wasm}" ] || fail "the served loader names no wasm file"
served "${wasm}" >"${work}/widget.wasm" || fail "${wasm} is not served"
[ "$(head -c 4 "${work}/widget.wasm" | od -An -tx1 | tr -d ' ')" = "0061736d" ] || fail "${wasm} is not WebAssembly"
say "A fresh clone serves the demo page and ${wasm} on port ${port}"
