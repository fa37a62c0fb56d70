//! Fetching the compiled content: from the folder beside the widget's own
//! files, or the one the host names with `data-content`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response, Url};

use crate::core::content::locale::{best_available, first_choice};
use crate::core::content::{Content, DecodeError};
use crate::ui::intl;

#[wasm_bindgen(inline_js = "export function scarguide_module_url() { return import.meta.url; }")]
extern "C" {
    /// The URL of a small module wasm-bindgen places at
    /// `<bundle>/snippets/<crate>/inline0.js`: our anchor for finding our own files.
    fn scarguide_module_url() -> String;
}

/// Why content could not be loaded, for the console.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0} was not found (404)")]
    NotFound(String),
    #[error("{0} could not be fetched: {1}")]
    Unreachable(String, String),
    #[error("{0} answered HTTP {1}")]
    Http(String, u16),
    #[error("{0} is not compiled content, or is cut short")]
    Malformed(String),
    // The widget and the clinic's content/ are updated separately: say
    // exactly which studio makes content this widget reads.
    #[error(
        "{0} is content format {1}, but this widget (Scarguide {RELEASE}) reads format {format}. \
         Open the content in the Content Studio of Scarguide {RELEASE} (studio.html from the same \
         release as this widget.js), choose Export for website, and upload its content/ folder. \
         CHANGELOG.md lists each release's content format",
        format = Content::FORMAT
    )]
    WrongFormat(String, u32),
}

/// This widget's release (Cargo.toml's version, the release zip's name).
pub const RELEASE: &str = env!("CARGO_PKG_VERSION");

/// The content folder's URL, ending in "/".
pub fn content_base(host: &HtmlElement) -> String {
    let named = host
        .get_attribute("data-content")
        .filter(|url| !url.trim().is_empty());
    let resolved = match named {
        Some(url) => {
            let url = if url.ends_with('/') {
                url
            } else {
                format!("{url}/")
            };
            let page = host.base_uri().ok().flatten().unwrap_or_default();
            Url::new_with_base(&url, &page)
        }
        // The bundle's root is two folders above the snippet module.
        None => Url::new_with_base("../../content/", &scarguide_module_url()),
    };
    resolved
        .map(|url| url.href())
        .unwrap_or_else(|_| "content/".to_owned())
}

/// Loads the content in the best language for this host and page.
///
/// Every compiled file lists the locales its folder holds, so nothing is
/// probed: the first request is the file the loader (widget.js) already
/// chose from the list it was built with, or else `index.bin`, which always
/// exists. If that file names a better language, the widget asks for it. A
/// language that fails for any reason gives way to the default language.
/// A language the visitor chose in the guide (`chosen`, kept for the tab)
/// beats the host's.
pub async fn load_content(
    host: &HtmlElement,
    base: &str,
    chosen: Option<&str>,
) -> Result<Content, LoadError> {
    let page_lang = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let host_locale = host.get_attribute("data-locale");
    intl::set_page_locale(first_choice(host_locale.as_deref(), page_lang.as_deref()));
    let wanted = first_choice(chosen.or(host_locale.as_deref()), page_lang.as_deref());
    let index = format!("{base}index.bin");
    let (first_url, early) = match early_download(host, base) {
        Some((url, download)) => (url, Some(download)),
        None => (index.clone(), None),
    };
    let content = match fetch_content(&first_url, early).await {
        Ok(content) => content,
        Err(error) if first_url != index => {
            warn(&error);
            fetch_content(&index, None).await?
        }
        Err(error) => return Err(error),
    };
    let best = best_available(
        wanted.as_deref(),
        &content.locales,
        &content.site.default_locale,
    );
    let better = format!("{base}{best}.bin");
    if best == content.locale || better == first_url {
        return Ok(content);
    }
    match fetch_content(&better, None).await {
        Ok(better) => Ok(better),
        Err(error) => {
            warn(&error);
            Ok(content)
        }
    }
}

pub async fn fetch_content(
    url: &str,
    early: Option<js_sys::Promise>,
) -> Result<Content, LoadError> {
    let bytes = fetch_bytes(url, early).await?;
    let content = Content::from_bytes(&bytes).map_err(|error| match error {
        DecodeError::Format(format) => LoadError::WrongFormat(url.to_owned(), format),
        DecodeError::Malformed => LoadError::Malformed(url.to_owned()),
    })?;
    Ok(intl::localised(content))
}

fn warn(error: &LoadError) {
    web_sys::console::warn_1(
        &format!("Scarguide will show its default language instead: {error}").into(),
    );
}

/// The download the loader (widget.js) started before the widget's code
/// ran, as `{ url, response }` on the host element, if it is a file of this
/// content folder. Taken once.
fn early_download(host: &HtmlElement, base: &str) -> Option<(String, js_sys::Promise)> {
    let key = JsValue::from_str("scarguideEarlyContent");
    let early = js_sys::Reflect::get(host, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(host, &key);
    let url = js_sys::Reflect::get(&early, &"url".into())
        .ok()?
        .as_string()
        .filter(|url| {
            url.strip_prefix(base)
                .is_some_and(|file| !file.contains('/'))
        })?;
    let response = js_sys::Reflect::get(&early, &"response".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((url, response))
}

/// Fetches `url`, or waits for the download already under way (`early`).
async fn fetch_bytes(url: &str, early: Option<js_sys::Promise>) -> Result<Vec<u8>, LoadError> {
    let unreachable = |error: JsValue| LoadError::Unreachable(url.to_owned(), describe(&error));
    let request = match early {
        Some(download) => download,
        None => web_sys::window()
            .ok_or_else(|| unreachable(JsValue::from_str("no window")))?
            .fetch_with_str(url),
    };
    let response: Response = JsFuture::from(request)
        .await
        .map_err(unreachable)?
        .unchecked_into();
    match response.status() {
        404 => return Err(LoadError::NotFound(url.to_owned())),
        status if !response.ok() => return Err(LoadError::Http(url.to_owned(), status)),
        _ => {}
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
