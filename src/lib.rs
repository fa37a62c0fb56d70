//! Scarguide: an embeddable guide to microneedling for acne scars.
//!
//! The crate has two halves with a hard line between them:
//! - [`core`] is plain Rust (no browser types). Rules, content and state
//!   live here and are tested natively with `cargo test`.
//! - `ui` (wasm32 only) renders the core's state with Leptos and forwards
//!   the visitor's events back to it. It holds no logic worth testing alone.

pub mod core;

#[doc(hidden)]
pub mod fixture;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The content compiler: run natively at build time, and in the browser by
/// the Content Studio (feature `studio`); never in the visitors' widget.
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub mod compiler;

/// The Content Studio's bridge to the compiler (wasm32 with `studio` only).
#[cfg(all(target_arch = "wasm32", feature = "studio"))]
pub mod studio;
