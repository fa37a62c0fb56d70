//! Finding the host page's placeholder elements and mounting a widget into
//! each, inside a shadow root that carries the widget's own stylesheet.
//!
//! The widget owns nothing outside its shadow root: no `<head>` changes, no
//! global CSS, no URL or history changes.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::core::content::{Content, builtin};
use crate::core::navigation::first_screen;
use crate::ui::app::{Loaded, Widget};
use crate::ui::{crash, loader, storage, theme};

/// Host elements the widget mounts into: `<div data-scarguide></div>`. Those
/// with `data-frame` get the widget in an iframe from the loader instead.
pub const HOST_SELECTOR: &str = "[data-scarguide]:not([data-frame])";

/// Compiled into the binary and adopted by each shadow root: no extra request,
/// no flash of unstyled content, and CSP-safe (constructed stylesheets are not
/// inline `<style>` elements).
const STYLESHEET: &str = include_str!("../../style/widget.css");

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
        if host.shadow_root().is_some() {
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
    let instance = Instance::mount(host, index, base.clone())?;
    let host = host.clone();
    let chosen: Option<String> = storage::load(&language_key(&instance.storage_key));
    leptos::task::spawn_local(async move {
        match loader::load_content(&host, &base, chosen.as_deref()).await {
            Ok(content) => instance.show(content),
            Err(error) => {
                web_sys::console::error_1(
                    &format!("Scarguide could not load its content: {error}").into(),
                );
                instance.loaded.set(Loaded::Failed);
            }
        }
    });
    Ok(())
}

/// Mounts one widget with content already in hand (tests, previews).
pub fn mount_with_content(host: &HtmlElement, index: u32, content: Content) -> Result<(), JsValue> {
    Instance::mount(host, index, String::new())?.show(content);
    Ok(())
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
    fn mount(host: &HtmlElement, index: u32, asset_base: String) -> Result<Instance, JsValue> {
        let document = host.owner_document().ok_or("host is not in a document")?;
        let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
        adopt_stylesheet(&shadow, &document)?;

        let root: HtmlElement = document.create_element("div")?.unchecked_into();
        root.set_class_name("root");
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
        };
        let asset_base: Arc<str> = asset_base.into();
        let host = host.clone();
        let for_switch = instance.clone();
        leptos::mount::mount_to(root, move || {
            if !for_switch.base.is_empty() {
                provide_context(LanguageSwitch {
                    instance: StoredValue::new_local(for_switch),
                    switched: StoredValue::new(false),
                });
            }
            let host = StoredValue::new_local(host);
            view! { <Widget loaded host initial storage_key asset_base unavailable /> }
        })
        .forget();
        Ok(instance)
    }

    fn show(&self, content: Content) {
        theme::apply_brand(&self.root, &content.site.brand);
        theme::apply_texts(&self.root, &content.ui.navigation.new_tab);
        theme::check_host_colours(&self.root);
        if let Some(document) = self.root.owner_document() {
            crash::prepare_notice(&document, &content.ui.errors.crash);
        }
        self.loaded.set(Loaded::Ready(Arc::new(content)));
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

/// Gives the shadow root its stylesheet. Browsers without constructable
/// stylesheets (pre-2023 Safari) get a `<style>` element instead.
fn adopt_stylesheet(shadow: &ShadowRoot, document: &web_sys::Document) -> Result<(), JsValue> {
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        sheet.replace_sync(STYLESHEET)?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        return Ok(());
    }
    let style = document.create_element("style")?;
    style.set_text_content(Some(STYLESHEET));
    shadow.append_child(&style)?;
    Ok(())
}
