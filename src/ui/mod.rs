//! The thin UI layer: Leptos components that render the core's state and
//! forward the visitor's events. Only compiled for wasm32.

mod app;
mod crash;
mod host;
mod icons;
mod journey;
mod notes;
mod start;
mod storage;

pub use crash::{install_panic_hook, show_crash_message};
pub use host::{HOST_SELECTOR, mount, mount_all};
