//! The binary Trunk compiles to WebAssembly: it mounts every widget on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    scarguide::ui::mount_all();
}

/// Mounts widgets into host elements added after the page loaded (pages that
/// build themselves with JavaScript); the loader calls it when the page
/// changes. Elements that already have a widget are left alone.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountAll)]
pub fn mount_added() {
    scarguide::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Scarguide runs in the browser. Build and serve it with `scripts/serve.sh` (see README.md)."
    );
    std::process::exit(2);
}
