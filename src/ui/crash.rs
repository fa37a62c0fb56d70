//! What the visitor sees if the widget panics: a friendly message in place of
//! the widget (never a blank box), with the details in the console.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::core::copy::DEFAULT_CRASH_MESSAGE;
use crate::ui::host::HOST_SELECTOR;

thread_local! {
    /// The crash message in the content's language, kept outside the reactive
    /// system so that the panic hook can read it whatever state that is in.
    static CRASH_MESSAGE: RefCell<String> = RefCell::new(DEFAULT_CRASH_MESSAGE.to_owned());
}

/// Remembers the message the panic hook shows.
pub fn remember_message(message: &str) {
    CRASH_MESSAGE.with(|stored| {
        if let Ok(mut stored) = stored.try_borrow_mut() {
            message.clone_into(&mut stored);
        }
    });
}

/// Replaces the default "unreachable executed" with a message in every
/// mounted widget and the panic's details in the console.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Scarguide stopped: {info}").into());
        let message = CRASH_MESSAGE
            .with(|stored| stored.try_borrow().map(|m| m.clone()).ok())
            .unwrap_or_else(|| DEFAULT_CRASH_MESSAGE.to_owned());
        show_crash_message(&message);
    }));
}

/// Puts `message` in place of every mounted widget on the page.
pub fn show_crash_message(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        let shadow = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
            .and_then(|host| host.shadow_root());
        if let (Some(shadow), Some(notice)) = (shadow, crash_notice(&document, message)) {
            shadow.set_inner_html("");
            let _ = shadow.append_child(&notice);
        }
    }
}

/// `<div class="root"><div class="crash" role="alert"><p>…</p></div></div>`,
/// built from nodes so the message is text, never markup.
fn crash_notice(document: &Document, message: &str) -> Option<Element> {
    let root = document.create_element("div").ok()?;
    root.set_class_name("root");
    let alert = document.create_element("div").ok()?;
    alert.set_class_name("crash");
    alert.set_attribute("role", "alert").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(message));
    alert.append_child(&text).ok()?;
    root.append_child(&alert).ok()?;
    Some(root)
}
