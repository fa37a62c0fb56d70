//! The thin UI layer: Leptos components that render the core's state and
//! forward the visitor's events. Only compiled for wasm32.

mod app;
mod citations;
mod compare;
mod crash;
mod events;
mod guide;
mod host;
mod icons;
mod intl;
mod loader;
mod notes;
mod quiz;
mod quiz_result;
mod rich_text;
mod scars;
mod screen;
mod start;
mod storage;
mod summary;
mod theme;

pub use crash::{install_panic_hook, show_crash_message};
pub use host::{HOST_SELECTOR, Mounted, mount, mount_all, mount_with_content};
