//! Events on the host element that a site can forward to its analytics.
//!
//! They say where the visitor got to, never what they answered: a journey
//! opened, a main question reached (its number, and how many there are), the
//! result reached, a booking link followed. The result's outcome level is
//! inferred health data, so it is added only when the host asks for it with
//! `data-events="outcome"`. EMBED.md documents every key; the frame option
//! (public/embed/frame.js, widget.js) forwards exactly these.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Dispatches `scarguide:<name>` on the host, bubbling out of the shadow
/// root, with `detail` holding exactly the given keys.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&format!("scarguide:{name}"), &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Whether the host opted in to sharing `what` (a word in `data-events`).
pub fn host_shares(host: &HtmlElement, what: &str) -> bool {
    host.get_attribute("data-events")
        .is_some_and(|list| list.split_whitespace().any(|word| word == what))
}
