//! The pure core: everything the widget decides, with no browser types.
//!
//! Nothing in here may depend on `leptos`, `web-sys` or `wasm-bindgen`; those
//! crates are only available on wasm32, so the native `cargo test` run fails
//! if anyone tries.

pub mod candidacy;
pub mod compare_table;
pub mod comparison;
pub mod content;
pub mod diagram;
pub mod hex;
pub mod icons;
pub mod locale_format;
pub mod navigation;
pub mod scar_text;
pub mod small_sort;
pub mod template;
pub mod treatment_text;
