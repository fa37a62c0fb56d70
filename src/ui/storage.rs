//! The browser's storage: the tab's session storage by default, the device's
//! local storage only when the visitor chooses "remember on this device".
//!
//! Storage is hostile ground: it may be missing, throw on access (private
//! mode, a blocked third-party frame), be full, or hold garbage written by
//! anyone. Every failure here means "nothing saved", never a panic. This is
//! why we call web-sys directly rather than gloo-storage, whose accessors
//! panic when the browser refuses access to storage.
//!
//! Values are stored as postcard bytes written in hex, the same compact form
//! as the content: a JSON codec would add ~8 KB to every visitor's
//! download. Each stored type carries its own version.

use std::cell::{Cell, RefCell};

use serde::{Serialize, de::DeserializeOwned};
use web_sys::Storage;

thread_local! {
    /// What this page has written, kept in memory too. It is the newest
    /// copy, so reads prefer it: when the browser refuses a write (Safari's
    /// private mode reads fine but throws on `setItem`), storage still holds
    /// an older value, or none, and must not win. Gone on reload, as a
    /// refusing browser intends. A short list, not a hash map: the hash map
    /// code cost every visitor 2 KB of download for a handful of keys.
    static MEMORY: RefCell<Vec<Remembered>> = const { RefCell::new(Vec::new()) };
    /// Whether the visitor's console has been told that storage refuses writes.
    static WARNED: Cell<bool> = const { Cell::new(false) };
}

/// A value this page wrote (`None`: removed).
struct Remembered {
    place: Place,
    key: String,
    value: Option<String>,
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
    let remembered = MEMORY.with(|m| {
        m.borrow()
            .iter()
            .find(|r| r.place == place && r.key == key)
            .map(|r| r.value.clone())
    });
    let raw = match remembered {
        Some(raw) => raw?,
        None => storage(place)?.get_item(key).ok()??,
    };
    crate::core::hex::decode_value(&raw)
}

/// Saves `value` under `key`: in memory always, in the browser's storage if
/// it lets us (a refusal is only logged).
pub fn save_to<T: Serialize>(place: Place, key: &str, value: &T) {
    let Some(encoded) = crate::core::hex::encode_value(value) else {
        return;
    };
    remember(place, key, Some(encoded.clone()));
    let saved = storage(place).is_some_and(|storage| storage.set_item(key, &encoded).is_ok());
    if !saved && !WARNED.replace(true) {
        web_sys::console::warn_1(
            &"Scarguide: the browser refused to save progress; it is kept until the page is closed."
                .into(),
        );
    }
}

/// Keeps `value` (or a removal) for `key` in memory. A handful of keys at
/// most, so a list does: no hash map code in every visitor's download.
fn remember(place: Place, key: &str, value: Option<String>) {
    MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        match memory.iter_mut().find(|r| r.place == place && r.key == key) {
            Some(remembered) => remembered.value = value,
            None => memory.push(Remembered {
                place,
                key: key.to_owned(),
                value,
            }),
        }
    });
}

/// Removes `key` from memory and, if the browser lets us, from storage.
pub fn remove_from(place: Place, key: &str) {
    remember(place, key, None);
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
