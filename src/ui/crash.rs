//! What the visitor sees if the widget panics: a friendly message in place of
//! the widget (never a blank box), with the details in the console.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use crate::core::content::builtin::CRASH as DEFAULT_CRASH_MESSAGE;
use crate::ui::host::HOST_SELECTOR;

thread_local! {
    /// The notice, built while the page still works and kept outside the
    /// reactive system, so the panic hook only has to clone it: a panic may
    /// come from a page where creating elements itself fails.
    static NOTICE: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Prepares the notice the panic hook shows, in the content's language.
pub fn prepare_notice(document: &Document, message: &str) {
    let notice = crash_notice(document, message);
    NOTICE.with(|stored| {
        if let Ok(mut stored) = stored.try_borrow_mut() {
            *stored = notice;
        }
    });
}

/// Replaces the default "unreachable executed" with a message in every
/// mounted widget and the panic's details in the console.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Scarguide stopped: {info}").into());
        show_crash_message(DEFAULT_CRASH_MESSAGE);
    }));
}

/// Puts the prepared notice (or, if none was prepared, `fallback`) in place
/// of every mounted widget on the page.
pub fn show_crash_message(fallback: &str) {
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
        let Some(shadow) = shadow else { continue };
        match prepared_notice().or_else(|| crash_notice(&document, fallback).map(Node::from)) {
            Some(notice) => {
                shadow.set_inner_html("");
                let _ = shadow.append_child(&notice);
            }
            // Nothing could be built: plain text still reads.
            None => shadow.set_text_content(Some(fallback)),
        }
    }
}

fn prepared_notice() -> Option<Node> {
    NOTICE.with(|stored| {
        let stored = stored.try_borrow().ok()?;
        stored.as_ref()?.clone_node_with_deep(true).ok()
    })
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
