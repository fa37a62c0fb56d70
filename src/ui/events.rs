//! Events on the host element that a spa can hook for analytics. They carry
//! no answers: only that the quiz started, and the outcome's level.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Dispatches `scarguide:<name>` on the host, bubbling, with an optional
/// `detail.outcome`.
pub fn dispatch(host: &HtmlElement, name: &str, outcome: Option<&str>) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = js_sys::Object::new();
    if let Some(outcome) = outcome {
        let _ = js_sys::Reflect::set(&detail, &"outcome".into(), &JsValue::from_str(outcome));
    }
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&format!("scarguide:{name}"), &init) {
        let _ = host.dispatch_event(&event);
    }
}
