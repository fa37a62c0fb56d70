//! The Content Studio's WebAssembly: the content compiler for the studio
//! page (see scripts/build-studio.sh). The functions live in
//! `scarguide::studio`; they are exported here, from the binary itself, so
//! that the linker keeps them.

#[cfg(all(target_arch = "wasm32", feature = "studio"))]
mod exports {
    use wasm_bindgen::prelude::*;

    /// See `scarguide::studio::compile`.
    #[wasm_bindgen]
    pub fn compile(files: &js_sys::Object, today: &str) -> Result<JsValue, JsValue> {
        scarguide::studio::compile(files, today)
    }

    /// See `scarguide::studio::fields`.
    #[wasm_bindgen]
    pub fn fields(text: &str) -> String {
        scarguide::studio::fields(text)
    }
}

fn main() {}
