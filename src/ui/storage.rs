//! The tab's session storage, used so that a reload keeps the visitor's place.
//!
//! Storage is hostile ground: it may be missing, throw on access (private
//! mode, a blocked third-party frame), be full, or hold garbage written by
//! anyone. Every failure here means "nothing saved", never a panic. This is
//! why we call web-sys directly rather than gloo-storage, whose accessors
//! panic when the browser refuses access to storage.

use serde::{Serialize, de::DeserializeOwned};
use web_sys::Storage;

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The value saved under `key`, or `None` when there is none, storage is
/// unavailable, or what is there does not decode.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let raw = session_storage()?.get_item(key).ok()??;
    serde_json::from_str(&raw).ok()
}

/// Saves `value` under `key` if the browser lets us; a refusal is only logged.
pub fn save<T: Serialize>(key: &str, value: &T) {
    let (Some(storage), Ok(json)) = (session_storage(), serde_json::to_string(value)) else {
        return;
    };
    if storage.set_item(key, &json).is_err() {
        web_sys::console::warn_1(&"Scarguide: could not save progress in this tab.".into());
    }
}
