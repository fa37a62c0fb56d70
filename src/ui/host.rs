//! Finding the host page's placeholder elements and mounting a widget into
//! each, inside a shadow root that carries the widget's own stylesheet.
//!
//! The widget owns nothing outside its shadow root: no `<head>` changes, no
//! global CSS, no URL or history changes.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::core::candidacy;
use crate::core::content::{Content, builtin};
use crate::core::navigation::{SavedSession, Screen, first_screen};
use crate::ui::app::{Loaded, Widget};
use crate::ui::guide::quiz_key;
use crate::ui::{crash, loader, storage, theme};

/// Host elements the widget mounts into: `<div data-scarguide></div>`. Those
/// with `data-frame` get the widget in an iframe from the loader instead.
pub const HOST_SELECTOR: &str = "[data-scarguide]:not([data-frame])";

/// The live root, as opposed to the start screen drawn before the code
/// arrived (`compiler::prerender`), which has `data-early`.
const LIVE_ROOT: &str = ".root:not([data-early])";

/// Mounts a widget into every host element on the page that has none yet.
pub fn mount_all() {
    crash::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        let Some(host) = hosts
            .item(index)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let mounted = host
            .shadow_root()
            .and_then(|shadow| shadow.query_selector(LIVE_ROOT).ok().flatten());
        if mounted.is_some() {
            continue; // already mounted (the script ran twice)
        }
        if let Err(error) = mount(&host, index) {
            web_sys::console::error_2(&"Scarguide could not start in".into(), &host);
            web_sys::console::error_1(&error);
        }
    }
}

/// Mounts one widget into `host` and loads its content. `index` tells
/// instances on one page apart when their hosts have no `id`.
pub fn mount(host: &HtmlElement, index: u32) -> Result<(), JsValue> {
    let base = loader::content_base(host);
    let (instance, mounted) = Instance::mount(host, index, base.clone())?;
    mounted.keep();
    let host = host.clone();
    let chosen: Option<String> = storage::load(&language_key(&instance.storage_key));
    leptos::task::spawn_local(async move {
        match loader::load_content(&host, &base, chosen.as_deref()).await {
            Ok(content) => instance.show(content),
            Err(error) => {
                web_sys::console::error_1(
                    &format!("Scarguide could not load its content: {error}").into(),
                );
                instance.fail();
            }
        }
    });
    Ok(())
}

/// Mounts one widget with content already in hand (tests, previews).
pub fn mount_with_content(
    host: &HtmlElement,
    index: u32,
    content: Content,
) -> Result<Mounted, JsValue> {
    let (instance, mounted) = Instance::mount(host, index, String::new())?;
    instance.show(crate::ui::intl::localised(content));
    Ok(mounted)
}

/// A mounted widget: dropping it unmounts the widget (component tests do,
/// so that each starts clean); `keep` leaves it for the page's lifetime.
#[must_use = "dropping it unmounts the widget; call `keep` to leave it"]
pub struct Mounted {
    /// Leptos's mount handle, which unmounts when dropped.
    _handle: Box<dyn std::any::Any>,
}

impl Mounted {
    pub fn keep(self) {
        std::mem::forget(self);
    }
}

/// What a visitor did on the start screen drawn before the code arrived:
/// the journey they opened, the first question's answer, whether they
/// pressed Next, and whether focus was in it.
struct EarlyState {
    opened: Option<Screen>,
    chosen: Option<String>,
    advanced: bool,
    focused: Option<web_sys::Element>,
}

impl EarlyState {
    fn read(early: &HtmlElement, shadow: &ShadowRoot) -> EarlyState {
        let chosen = early
            .query_selector("input:checked")
            .ok()
            .flatten()
            .and_then(|input| input.get_attribute("value"));
        let focused = shadow
            .active_element()
            .filter(|active| early.contains(Some(active)));
        EarlyState {
            opened: early
                .get_attribute("data-opened")
                .as_deref()
                .and_then(Screen::from_key),
            chosen,
            advanced: early.has_attribute("data-advanced"),
            focused,
        }
    }

    /// Leaves the visitor's place where the widget restores it from (the
    /// tab's storage), so that it opens where they are.
    /// Whether the visitor did something on the early screen since `earlier`.
    fn acted_since(&self, earlier: &EarlyState) -> bool {
        (&self.opened, &self.chosen, self.advanced)
            != (&earlier.opened, &earlier.chosen, earlier.advanced)
    }

    fn hand_over(&self, content: &Content, storage_key: &str) {
        let Some(screen) = self.opened else {
            return;
        };
        storage::save(storage_key, &SavedSession::new(screen));
        if screen == Screen::Quiz {
            let progress =
                candidacy::answered_ahead(&content.quiz, self.chosen.as_deref(), self.advanced);
            if !progress.answers.is_empty() {
                storage::save(&quiz_key(storage_key), &progress);
            }
        }
    }

    /// Where focus goes in the live widget: where it was.
    fn focus_target(&self, root: &HtmlElement) -> Option<web_sys::Element> {
        let focused = self.focused.as_ref()?;
        let selector = match focused.get_attribute("data-journey") {
            Some(journey) if self.opened.is_none() => format!("[data-journey=\"{journey}\"]"),
            _ if focused.tag_name() == "SELECT" => "select".to_owned(),
            _ => "h2".to_owned(),
        };
        root.query_selector(&selector).ok().flatten()
    }
}

/// Where the language the visitor chose in this tab is kept.
fn language_key(storage_key: &str) -> String {
    format!("{storage_key}:language")
}

/// A mounted widget: its root element, its loading state, and where its
/// content and the visitor's place are.
#[derive(Clone)]
struct Instance {
    root: HtmlElement,
    loaded: RwSignal<Loaded>,
    storage_key: String,
    /// The content folder's URL; empty when the content was handed over
    /// (the studio's preview), which has no other languages to fetch.
    base: String,
    /// The start screen drawn before the code arrived, shown until the
    /// live root has drawn (`take_over`).
    early: Option<HtmlElement>,
}

/// Lets the guide's language menu swap the content for another language
/// of the same folder, keeping the visitor's place and answers.
#[derive(Clone, Copy)]
pub struct LanguageSwitch {
    instance: StoredValue<Instance, LocalStorage>,
    /// Set while a new language draws, so that focus returns to the menu.
    pub switched: StoredValue<bool>,
}

impl LanguageSwitch {
    pub fn switch(&self, locale: String) {
        let instance = self.instance.get_value();
        let switched = self.switched;
        leptos::task::spawn_local(async move {
            let url = format!("{}{locale}.bin", instance.base);
            match loader::fetch_content(&url, None).await {
                Ok(content) => {
                    storage::save(&language_key(&instance.storage_key), &locale);
                    switched.set_value(true);
                    instance.show(content);
                }
                Err(error) => web_sys::console::warn_1(
                    &format!("Scarguide could not switch language: {error}").into(),
                ),
            }
        });
    }
}

impl Instance {
    fn mount(
        host: &HtmlElement,
        index: u32,
        asset_base: String,
    ) -> Result<(Instance, Mounted), JsValue> {
        let document = host.owner_document().ok_or("host is not in a document")?;
        // The loader may have drawn the start screen already, or the page
        // carried it (a declarative shadow root): the widget joins it.
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        adopt_stylesheet(host, &shadow, &document)?;
        let early: Option<HtmlElement> = shadow
            .query_selector(".root[data-early]")?
            .map(JsCast::unchecked_into);

        let root: HtmlElement = document.create_element("div")?.unchecked_into();
        root.set_class_name("root");
        if early.is_some() {
            // Drawn out of sight until it can take the early screen's place.
            root.style().set_property("display", "none")?;
        }
        shadow.append_child(&root)?;

        let instance_id = host.id();
        let storage_key = if instance_id.is_empty() {
            format!("scarguide:{index}")
        } else {
            format!("scarguide:{instance_id}")
        };
        let initial = first_screen(
            storage::load(&storage_key),
            host.get_attribute("data-start-view").as_deref(),
        );
        // The loader's words in the page's language, for the time before
        // (or instead of) the content.
        let unavailable = loader_word(host, "unavailable")
            .unwrap_or_else(|| builtin::CONTENT_UNAVAILABLE.to_owned());
        if let Some(crash) = loader_word(host, "crash") {
            crash::prepare_notice(&document, &crash);
        }
        let loaded = RwSignal::new(Loaded::Pending);
        let instance = Instance {
            root: root.clone(),
            loaded,
            storage_key: storage_key.clone(),
            base: asset_base.clone(),
            early,
        };
        let asset_base: Arc<str> = asset_base.into();
        let host = host.clone();
        let for_switch = instance.clone();
        let handle = leptos::mount::mount_to(root, move || {
            if !for_switch.base.is_empty() {
                provide_context(LanguageSwitch {
                    instance: StoredValue::new_local(for_switch),
                    switched: StoredValue::new(false),
                });
            }
            let host = StoredValue::new_local(host);
            view! { <Widget loaded host initial storage_key asset_base unavailable /> }
        });
        Ok((
            instance,
            Mounted {
                _handle: Box::new(handle),
            },
        ))
    }

    fn show(&self, content: Content) {
        theme::apply_brand(&self.root, &content.site.brand);
        theme::apply_texts(&self.root, &content.ui.navigation.new_tab);
        theme::check_host_colours(&self.root);
        if let Some(document) = self.root.owner_document() {
            crash::prepare_notice(&document, &content.ui.errors.crash);
        }
        let early = self.early_state();
        if let Some(early) = &early {
            early.hand_over(&content, &self.storage_key);
        }
        self.loaded.set(Loaded::Ready(Arc::new(content)));
        self.take_over(early);
    }

    fn fail(&self) {
        let early = self.early_state();
        self.loaded.set(Loaded::Failed);
        self.take_over(early);
    }

    /// What the visitor did on the early screen, while it is still up.
    fn early_state(&self) -> Option<EarlyState> {
        let early = self.early.as_ref().filter(|early| early.is_connected())?;
        let shadow = early.get_root_node().dyn_into::<ShadowRoot>().ok()?;
        Some(EarlyState::read(early, &shadow))
    }

    /// Swaps the early screen for the live widget in one frame, once the
    /// live one has drawn: the same size, so nothing on the page moves; no
    /// fade-in a second time; focus where it was.
    fn take_over(&self, early: Option<EarlyState>) {
        let Some(state) = early else {
            return;
        };
        let (root, early_root) = (self.root.clone(), self.early.clone());
        let instance = self.clone();
        let swap = wasm_bindgen::closure::Closure::once_into_js(move || {
            // The early screen answered clicks until now: what the visitor
            // did since it was read is carried over, and the swap waits a
            // frame for the widget to draw it.
            if let (Some(late), Loaded::Ready(content)) =
                (instance.early_state(), instance.loaded.get_untracked())
                && late.acted_since(&state)
            {
                late.hand_over(&content, &instance.storage_key);
                instance.loaded.set(Loaded::Ready(content));
                instance.take_over(Some(late));
                return;
            }
            if let Ok(screens) = root.query_selector_all(".screen") {
                for index in 0..screens.length() {
                    if let Some(screen) = screens
                        .item(index)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = screen.set_attribute("data-quiet", "");
                    }
                }
            }
            if let Some(early_root) = early_root {
                early_root.remove();
            }
            let _ = root.style().remove_property("display");
            if let Some(target) = state.focus_target(&root)
                && let Ok(target) = target.dyn_into::<HtmlElement>()
            {
                let _ = target.focus();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(swap.unchecked_ref());
        }
    }
}

/// One of the words the loader (widget.js) left on the host element in the
/// page's language (`scarguideWords`), if it left them.
fn loader_word(host: &HtmlElement, name: &str) -> Option<String> {
    let words = js_sys::Reflect::get(host, &"scarguideWords".into()).ok()?;
    js_sys::Reflect::get(&words, &name.into())
        .ok()?
        .as_string()
        .filter(|word| !word.trim().is_empty())
}

/// Gives the shadow root the widget's stylesheet, which the loader fetched
/// and left on the host (`scarguideStyle`): one file for the early screen
/// and the widget, not a copy in the code. It joins the sheets already
/// there (the early screen's, until it goes). Constructed stylesheets are
/// CSP-safe; browsers without them (pre-2023 Safari) get a `<style>` element.
fn adopt_stylesheet(
    host: &HtmlElement,
    shadow: &ShadowRoot,
    document: &web_sys::Document,
) -> Result<(), JsValue> {
    // Parsed once by the loader for every guide, and adopted already where
    // it drew the start screen.
    let shared = js_sys::Reflect::get(host, &"scarguideSheet".into())?;
    if let Ok(sheet) = shared.dyn_into::<web_sys::CssStyleSheet>() {
        let sheets = shadow.adopted_style_sheets();
        if !sheets.includes(&sheet, 0) {
            sheets.push(&sheet);
            shadow.set_adopted_style_sheets(&sheets);
        }
        return Ok(());
    }
    let Some(css) = js_sys::Reflect::get(host, &"scarguideStyle".into())?.as_string() else {
        // Started without the loader: unstyled, but usable.
        web_sys::console::warn_1(&"Scarguide was started without widget.js: no stylesheet".into());
        return Ok(());
    };
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        sheet.replace_sync(&css)?;
        let sheets = shadow.adopted_style_sheets();
        sheets.push(&sheet);
        shadow.set_adopted_style_sheets(&sheets);
        return Ok(());
    }
    let style = document.create_element("style")?;
    style.set_text_content(Some(&css));
    shadow.append_child(&style)?;
    Ok(())
}
