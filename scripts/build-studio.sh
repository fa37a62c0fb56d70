#!/bin/sh
# Builds the Content Studio into OUT (default dist/): studio.html, studio.js
# (the editor, with the content compiler's WebAssembly inside it, so that the
# page also works opened from disk), studio.css, and the preview page that
# runs the visitors' widget from the same folder.
#
#   scripts/build-studio.sh [OUT]
#
# Trunk runs it after every release build (Trunk.toml), so dist/ and the
# release always carry the studio that matches the widget.
set -eu
cd "$(dirname "$0")/.."
out="${1:-dist}"
work=target/studio-build
mkdir -p "$work/compiler" "$out"

# The compiler, for the browser: the same code as scarguide-content.
cargo build --quiet --locked --release --target wasm32-unknown-unknown \
  --bin scarguide-studio --features studio
wasm-bindgen --target web --no-typescript --out-dir "$work/compiler" \
  target/wasm32-unknown-unknown/release/scarguide-studio.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  "$work/compiler/scarguide-studio_bg.wasm" -o "$work/compiler/scarguide-studio_bg.wasm"

# The default content's source files, which the studio opens first.
node -e '
  const fs = require("fs"), path = require("path");
  const root = "public/content", files = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name), rel = path.relative(root, full).split(path.sep).join("/");
      if (entry.name.startsWith(".") || rel === "schema") continue;
      if (entry.isDirectory()) walk(full); else if (rel.endsWith(".toml")) files[rel] = fs.readFileSync(full, "utf8");
    }
  };
  walk(root);
  fs.writeFileSync(process.argv[1], JSON.stringify(files));
' "$work/default-content.json"

cp studio/main.js "$work/main.js"
node_modules/.bin/esbuild "$work/main.js" --bundle --minify --format=iife \
  --loader:.wasm=binary --target=es2020 --log-level=warning --define:import.meta.url='""' --outfile="$out/studio.js"
node_modules/.bin/esbuild studio/preview.js --minify --log-level=warning --outfile="$out/studio-preview.js"

# The visitors' widget for the preview: the same glue and wasm that Trunk
# built into OUT, in one classic script with the wasm inside, so that the
# preview also runs from disk (browsers load neither modules nor wasm files
# from file://). Its own URL stands in for the module URL the widget asks for.
glue=$(ls "$out"/scarguide-*.js | grep -v _bg | head -n 1)
wasm=$(ls "$out"/scarguide-*_bg.wasm | head -n 1)
# The widget takes its stylesheet from whoever starts it (widget.js does so
# on the web): here, packed in too.
cat > "$work/widget-entry.js" <<ENTRY
import { initSync } from '$(realpath "$glue")';
import code from '$(realpath "$wasm")';
import css from '$(realpath style/widget.css)';
for (const host of document.querySelectorAll('[data-scarguide]')) host.scarguideStyle = css;
initSync({ module: code });
ENTRY
node_modules/.bin/esbuild "$work/widget-entry.js" --bundle --minify --format=iife \
  --loader:.wasm=binary --loader:.css=text --target=es2020 --log-level=warning \
  --define:import.meta.url=document.baseURI --outfile="$out/studio-widget.js"
cp studio/studio.html "$out/studio.html"
cp studio/studio.css "$out/studio.css"
cp studio/preview.html "$out/studio-preview.html"
