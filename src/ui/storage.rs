//! The browser's storage: the tab's session storage by default, the device's
//! local storage only when the visitor chooses "remember on this device".
//!
//! Storage is hostile ground: it may be missing, throw on access (private
//! mode, a blocked third-party frame), be full, or hold garbage written by
//! anyone. Every failure here means "nothing saved", never a panic. This is
//! why we call web-sys directly rather than gloo-storage, whose accessors
//! panic when the browser refuses access to storage.
//!
//! Values are stored as postcard bytes written in hex: the widget already
//! carries postcard for its content, and a JSON codec would add ~8 KB to
//! every visitor's download. Each stored type carries its own version.

use std::cell::RefCell;
use std::collections::HashMap;

use serde::{Serialize, de::DeserializeOwned};
use web_sys::Storage;

thread_local! {
    /// The tab's values kept in memory as well, so that moving between
    /// screens keeps the visitor's answers even when the browser refuses
    /// storage; gone on reload, as a refusing browser intends.
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Which storage: the tab's (gone when it closes) or the device's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Tab,
    Device,
}

fn storage(place: Place) -> Option<Storage> {
    let window = web_sys::window()?;
    match place {
        Place::Tab => window.session_storage(),
        Place::Device => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// The value saved under `key`, or `None` when there is none, storage is
/// unavailable, or what is there does not decode.
pub fn load_from<T: DeserializeOwned>(place: Place, key: &str) -> Option<T> {
    let stored = storage(place).and_then(|s| s.get_item(key).ok());
    let raw = match (stored, place) {
        (Some(value), _) => value?,
        (None, Place::Tab) => MEMORY.with(|m| m.borrow().get(key).cloned())?,
        (None, Place::Device) => return None,
    };
    postcard::from_bytes(&crate::core::hex::decode(&raw)?).ok()
}

/// Saves `value` under `key` if the browser lets us; a refusal is only logged.
pub fn save_to<T: Serialize>(place: Place, key: &str, value: &T) {
    let Ok(bytes) = postcard::to_allocvec(value) else {
        return;
    };
    let encoded = crate::core::hex::encode(&bytes);
    if place == Place::Tab {
        MEMORY.with(|m| m.borrow_mut().insert(key.to_owned(), encoded.clone()));
    }
    let Some(storage) = storage(place) else {
        return;
    };
    if storage.set_item(key, &encoded).is_err() {
        web_sys::console::warn_1(&"Scarguide: the browser refused to save progress.".into());
    }
}

/// Removes `key`, if the browser lets us.
pub fn remove_from(place: Place, key: &str) {
    if place == Place::Tab {
        MEMORY.with(|m| m.borrow_mut().remove(key));
    }
    if let Some(storage) = storage(place) {
        let _ = storage.remove_item(key);
    }
}

/// The tab's session storage: where the visitor's place is kept by default.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    load_from(Place::Tab, key)
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    save_to(Place::Tab, key, value)
}
