//! Component tests: the real widget mounted into a host element in headless
//! Chromium (wasm-bindgen-test). Run by `scripts/test.sh`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::ops::Deref;

use leptos::task::tick;
use scarguide::core::content::Content;
use scarguide::ui::{Mounted, mount, mount_with_content, show_crash_message};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element in the test page and the widgets mounted into it. When
/// the test ends they unmount, and the element and whatever its guides
/// stored go with them: no test sees another's leftovers.
struct TestHost {
    element: HtmlElement,
    widgets: RefCell<Vec<Mounted>>,
}

impl TestHost {
    fn keep(&self, widget: Mounted) {
        self.widgets.borrow_mut().push(widget);
    }
}

impl Deref for TestHost {
    type Target = HtmlElement;
    fn deref(&self) -> &HtmlElement {
        &self.element
    }
}

impl Drop for TestHost {
    fn drop(&mut self) {
        self.widgets.borrow_mut().clear();
        self.element.remove();
        let window = web_sys::window().unwrap();
        let prefix = format!("scarguide:{}", self.element.id());
        for storage in [window.session_storage(), window.local_storage()] {
            let storage = storage.unwrap().unwrap();
            let keys: Vec<String> = (0..storage.length().unwrap())
                .filter_map(|index| storage.key(index).unwrap())
                .filter(|key| key.starts_with(&prefix))
                .collect();
            for key in keys {
                storage.remove_item(&key).unwrap();
            }
        }
    }
}

/// A fresh host element with a unique id (so that session storage keys differ).
fn new_host(id: &str, start_view: Option<&str>) -> TestHost {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_id(id);
    host.set_attribute("data-scarguide", "").unwrap();
    // What the loader (widget.js) hands the widget: its stylesheet.
    js_sys::Reflect::set(
        &host,
        &"scarguideStyle".into(),
        &include_str!("../style/widget.css").into(),
    )
    .unwrap();
    if let Some(view) = start_view {
        host.set_attribute("data-start-view", view).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    TestHost {
        element: host,
        widgets: RefCell::new(Vec::new()),
    }
}

/// A fixed content fixture (not the shipped content, which marketers edit).
fn content() -> Content {
    scarguide::fixture::content()
}

/// Mounts a widget with the fixture content and lets it render.
async fn mount_ready(host: &TestHost) {
    host.keep(mount_with_content(host, 0, content()).unwrap());
    tick().await;
}

/// Waits (up to five seconds) until `condition` holds, yielding to the browser between checks.
async fn wait_until(mut condition: impl FnMut() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        let next = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(next).await.unwrap();
    }
    panic!("the condition did not hold within five seconds");
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
    mount_ready(&host).await;
    assert_eq!(count(&host, "button.journey"), 3);
    assert_eq!(text(&host, "h2"), "Is microneedling right for your scars?");
    assert!(text(&host, "[data-journey=quiz]").contains("Am I a good candidate?"));
}

#[wasm_bindgen_test]
async fn the_stylesheet_lives_in_the_shadow_root() {
    let host = new_host("styles", None);
    mount_ready(&host).await;
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
    mount_ready(&host).await;

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
    mount_ready(&host).await;
    assert!(find(&host, "[data-screen=compare]").is_some());
    assert!(shadow(&host).active_element().is_none());
}

#[wasm_bindgen_test]
async fn the_visitors_place_survives_a_remount() {
    let first = new_host("remount", None);
    mount_ready(&first).await;
    click(&first, "[data-journey=quiz]");
    tick().await;
    first.remove();

    let second = new_host("remount", None);
    mount_ready(&second).await;
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
    mount_ready(&host).await;
    assert!(find(&host, "[data-screen=scars]").is_some());
}

#[wasm_bindgen_test]
async fn instances_on_one_page_are_independent() {
    let left = new_host("left", None);
    let right = new_host("right", None);
    mount_ready(&left).await;
    mount_ready(&right).await;
    click(&left, "[data-journey=compare]");
    tick().await;
    assert!(find(&left, "[data-screen=compare]").is_some());
    assert_eq!(count(&right, "button.journey"), 3);
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_friendly_message_in_place_of_the_widget() {
    let host = new_host("crash", None);
    mount_ready(&host).await;
    // The notice prepared when content arrived, in its words, is what appears.
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

#[wasm_bindgen_test]
async fn the_brand_colours_reach_the_widget() {
    let host = new_host("brand", None);
    mount_ready(&host).await;
    let root: HtmlElement = find(&host, ".root").unwrap().unchecked_into();
    assert_eq!(
        root.style().get_property_value("--brand-accent").unwrap(),
        "#1f4e79"
    );
    let icon = find(&host, ".journey-icon").unwrap();
    let colour = web_sys::window()
        .unwrap()
        .get_computed_style(&icon)
        .unwrap()
        .unwrap()
        .get_property_value("color")
        .unwrap();
    assert_eq!(colour, "rgb(31, 78, 121)");
}

#[wasm_bindgen_test]
async fn rich_text_links_open_safely() {
    let host = new_host("links", None);
    mount_ready(&host).await;
    let link = find(&host, ".disclaimer a").expect("the disclaimer's link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/more")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(link.text_content().as_deref(), Some("Read more"));
    // It opens a new tab, and says so to screen readers after the link text,
    // in the content's words.
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    let after = web_sys::window()
        .unwrap()
        .get_computed_style_with_pseudo_elt(&link, "::after")
        .unwrap()
        .unwrap()
        .get_property_value("content")
        .unwrap();
    assert_eq!(after, "\" (opens in a new tab)\"");
}

#[wasm_bindgen_test]
async fn the_review_line_names_the_reviewer_and_date() {
    let host = new_host("review", None);
    mount_ready(&host).await;
    assert_eq!(
        text(&host, ".review"),
        "Written by the test content team. Medical content reviewed by Dr. Test Reviewer, MD on November 1, 2026. Next review due by November 1, 2028."
    );
}

#[wasm_bindgen_test]
async fn content_that_cannot_load_leaves_a_message_and_the_hosts_fallback() {
    let host = new_host("missing-content", None);
    host.set_attribute("data-content", "/no-such-folder/")
        .unwrap();
    host.set_inner_html("<a href=\"tel:+15550100199\">Call us to book</a>");
    mount(&host, 0).unwrap();
    wait_until(|| find(&host, ".unavailable").is_some()).await;
    assert!(text(&host, "[role=alert]").contains("could not be loaded"));
    // The host's own fallback (its booking link) shows through the slot.
    let slot = find(&host, ".unavailable slot").expect("a slot for the host's fallback");
    let assigned = slot
        .unchecked_into::<web_sys::HtmlSlotElement>()
        .assigned_nodes()
        .length();
    assert_eq!(assigned, 1);
}

/// The compiler refuses a question without answers, but the widget must not
/// rely on that (content from an older compiler, a hand-made file): the
/// question shows without choices, and nothing panics.
#[wasm_bindgen_test]
async fn a_question_without_answers_does_not_crash_the_widget() {
    let host = new_host("no-answers", Some("quiz"));
    let mut content = content();
    content.quiz.question[0].answer.clear();
    host.keep(mount_with_content(&host, 0, content).unwrap());
    tick().await;
    wait_until(|| count(&host, "form.question") == 1).await;
    assert_eq!(count(&host, "form.question input"), 0);
    assert_eq!(count(&host, "[role=alert]"), 0);
}

/// A journey opened on the start screen drawn before the code arrived, in
/// the moment between the widget reading that screen and taking its place,
/// still opens (a fresh-clone CI run once lost such a click).
#[wasm_bindgen_test]
async fn a_journey_opened_during_the_takeover_still_opens() {
    let host = new_host("late-click", None);
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    shadow.set_inner_html(
        r#"<div class="root" data-early><div class="screen start">
            <button class="journey" data-journey="quiz">Quiz</button></div></div>"#,
    );
    host.keep(mount_with_content(&host, 0, content()).unwrap());
    // The widget has read the early screen and swaps it out on the next frame.
    find(&host, ".root[data-early]")
        .expect("the early screen is still up")
        .set_attribute("data-opened", "quiz")
        .unwrap();
    wait_until(|| find(&host, ".root[data-early]").is_none()).await;
    wait_until(|| find(&host, "[data-screen=quiz]").is_some()).await;
}
