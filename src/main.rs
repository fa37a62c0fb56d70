//! The binary Trunk compiles to WebAssembly: it mounts every widget on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    scarguide::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Scarguide runs in the browser. Build and serve it with `scripts/serve.sh` (see README.md)."
    );
    std::process::exit(2);
}
