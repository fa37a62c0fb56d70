//! Component tests: the real widget mounted into a host element in headless
//! Chromium (wasm-bindgen-test). Run by `scripts/test.sh`.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use scarguide::ui::{mount, show_crash_message};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element with a unique id (so that session storage keys differ).
fn new_host(id: &str, start_view: Option<&str>) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_id(id);
    host.set_attribute("data-scarguide", "").unwrap();
    if let Some(view) = start_view {
        host.set_attribute("data-start-view", view).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget attached a shadow root")
}

fn find(host: &HtmlElement, selector: &str) -> Option<Element> {
    shadow(host).query_selector(selector).unwrap()
}

fn count(host: &HtmlElement, selector: &str) -> u32 {
    shadow(host).query_selector_all(selector).unwrap().length()
}

fn click(host: &HtmlElement, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector)
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_screen_offers_three_journeys() {
    let host = new_host("start", None);
    mount(&host, 0).unwrap();
    tick().await;
    assert_eq!(count(&host, "button.journey"), 3);
    assert_eq!(text(&host, "h2"), "Is microneedling right for your scars?");
    assert!(text(&host, "[data-journey=quiz]").contains("Am I a good candidate?"));
}

#[wasm_bindgen_test]
async fn the_stylesheet_lives_in_the_shadow_root() {
    let host = new_host("styles", None);
    mount(&host, 0).unwrap();
    assert_eq!(shadow(&host).adopted_style_sheets().length(), 1);
    let head = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .head()
        .unwrap();
    assert_eq!(head.query_selector_all("style").unwrap().length(), 0);
}

#[wasm_bindgen_test]
async fn picking_a_journey_switches_the_view_and_back_returns() {
    let host = new_host("switch", None);
    mount(&host, 0).unwrap();
    tick().await;

    click(&host, "[data-journey=scars]");
    tick().await;
    assert!(find(&host, "[data-screen=scars]").is_some());
    assert_eq!(text(&host, "h2"), "Which scars do I have?");
    let focused = shadow(&host).active_element().map(|el| el.tag_name());
    assert_eq!(
        focused.as_deref(),
        Some("H2"),
        "focus moves to the new heading"
    );

    click(&host, "button.back");
    tick().await;
    assert_eq!(count(&host, "button.journey"), 3);
}

#[wasm_bindgen_test]
async fn the_host_attribute_chooses_the_first_view_without_taking_focus() {
    let host = new_host("attribute", Some("compare"));
    mount(&host, 0).unwrap();
    tick().await;
    assert!(find(&host, "[data-screen=compare]").is_some());
    assert!(shadow(&host).active_element().is_none());
}

#[wasm_bindgen_test]
async fn the_visitors_place_survives_a_remount() {
    let first = new_host("remount", None);
    mount(&first, 0).unwrap();
    tick().await;
    click(&first, "[data-journey=quiz]");
    tick().await;
    first.remove();

    let second = new_host("remount", None);
    mount(&second, 0).unwrap();
    tick().await;
    assert!(find(&second, "[data-screen=quiz]").is_some());
}

#[wasm_bindgen_test]
async fn garbage_in_storage_gives_a_clean_start() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.set_item("scarguide:garbage", "{not json").unwrap();
    let host = new_host("garbage", Some("scars"));
    mount(&host, 0).unwrap();
    tick().await;
    assert!(find(&host, "[data-screen=scars]").is_some());
}

#[wasm_bindgen_test]
async fn instances_on_one_page_are_independent() {
    let left = new_host("left", None);
    let right = new_host("right", None);
    mount(&left, 0).unwrap();
    mount(&right, 1).unwrap();
    tick().await;
    click(&left, "[data-journey=compare]");
    tick().await;
    assert!(find(&left, "[data-screen=compare]").is_some());
    assert_eq!(count(&right, "button.journey"), 3);
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_friendly_message_in_place_of_the_widget() {
    let host = new_host("crash", None);
    mount(&host, 0).unwrap();
    tick().await;
    // The notice prepared at mount, in the content's words, is what appears.
    show_crash_message("fallback only");
    assert_eq!(count(&host, "button.journey"), 0);
    let alert = find(&host, "[role=alert]").expect("an alert replaces the widget");
    assert_eq!(
        alert.text_content().as_deref(),
        Some("Sorry, this guide stopped working. Please reload the page to try again.")
    );
    // Still styled: the stylesheet is adopted by the shadow root, not a child of it.
    assert_eq!(shadow(&host).adopted_style_sheets().length(), 1);
}
