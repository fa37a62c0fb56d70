//! The consult summary: the visitor's answers, what was raised and questions
//! to ask, printed (or saved as PDF from the print dialog) without the host
//! page around it. It is written into a hidden frame inside the widget and
//! that frame alone is printed. Built from DOM nodes, styled by a constructed
//! stylesheet (allowed under a strict CSP). Nothing is sent anywhere.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlIFrameElement, ShadowRoot};

use crate::core::candidacy::{self, Answers};
use crate::core::content::Content;
use crate::core::content::locale::direction;
use crate::core::locale_format::LocaleFormat;
use crate::core::template::fill;
use crate::ui::intl::format_for;

const SUMMARY_CSS: &str = "
body { font: 15px/1.5 system-ui, sans-serif; color: #111; margin: 32px; max-width: 720px; }
h1 { font: 600 24px/1.2 Georgia, serif; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
.meta, .disclaimer { color: #444; font-size: 13px; }
dt { font-weight: 600; margin-top: 8px; }
dd { margin: 0 0 0 16px; }
li { margin-bottom: 6px; }
@media print { body { margin: 0; } }
";

/// Writes the summary into the widget's print frame and opens the browser's
/// print dialog for that frame alone.
pub fn print(shadow: &ShadowRoot, content: &Content, answers: &Answers) {
    let Some(frame) = print_frame(shadow, &content.ui.quiz.summary_title) else {
        return;
    };
    let (Some(document), Some(window)) = (frame.content_document(), frame.content_window()) else {
        return;
    };
    if write_summary(&document, content, answers).is_some() {
        let _ = window.print();
    }
}

/// The hidden frame the summary is printed from, made on first use.
fn print_frame(shadow: &ShadowRoot, title: &str) -> Option<HtmlIFrameElement> {
    if let Some(existing) = shadow.query_selector("iframe.print-frame").ok().flatten() {
        return existing.dyn_into().ok();
    }
    let document = web_sys::window()?.document()?;
    let frame: HtmlIFrameElement = document.create_element("iframe").ok()?.dyn_into().ok()?;
    frame.set_class_name("print-frame");
    frame.set_title(title);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    shadow.append_child(&frame).ok()?;
    Some(frame)
}

/// Styles the summary with a stylesheet constructed by the frame's own
/// window: a document may only adopt sheets made in its own realm.
fn adopt_summary_style(document: &Document) {
    let Some(window) = document.default_view() else {
        return;
    };
    let constructor = js_sys::Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
    let Some(constructor) = constructor else {
        return;
    };
    let Ok(sheet) = js_sys::Reflect::construct(&constructor, &js_sys::Array::new()) else {
        return;
    };
    let sheet: web_sys::CssStyleSheet = sheet.unchecked_into();
    if sheet.replace_sync(SUMMARY_CSS).is_ok() {
        document.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
}

fn element(document: &Document, tag: &str, text: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if let Some(text) = text {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// Fills `document` with the summary.
pub fn write_summary(document: &Document, content: &Content, answers: &Answers) -> Option<()> {
    let texts = &content.ui.quiz;
    let body = document.body()?;
    body.set_inner_html("");
    // The printed page speaks the content's language, to screen readers too.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", &content.locale);
        let _ = html.set_attribute("dir", direction(&content.locale));
    }
    document.set_title(&texts.summary_title);
    adopt_summary_style(document);
    let append = |parent: &Element, tag: &str, text: Option<&str>| -> Option<Element> {
        let child = element(document, tag, text)?;
        parent.append_child(&child).ok()?;
        Some(child)
    };
    let root: Element = body.clone().unchecked_into();
    append(&root, "h1", Some(&texts.summary_title))?;
    append(&root, "p", Some(&content.site.clinic.name))?.set_class_name("meta");

    let result = candidacy::result(&content.quiz, answers);
    let outcome = content.quiz.outcomes.for_effect(result.outcome);
    append(&root, "h2", Some(&outcome.title))?;
    if result.flags.is_empty() {
        append(&root, "p", Some(&texts.no_flags))?;
    } else {
        append(&root, "p", Some(&texts.flags_heading))?;
        let list = append(&root, "dl", None)?;
        for flag in &result.flags {
            append(
                &list,
                "dt",
                Some(&fill(
                    &texts.summary_flag,
                    &[
                        ("question", &flag.question.text),
                        ("answer", &flag.answer.text),
                    ],
                )),
            )?;
            for line in [
                &flag.answer.reason,
                &flag.answer.what_to_do,
                &flag.answer.wait_until,
            ]
            .into_iter()
            .flatten()
            {
                append(&list, "dd", Some(line))?;
            }
            for source in content.citations(&flag.answer.sources) {
                let line = match &source.url {
                    Some(url) => format!("{} {url}", source.citation),
                    None => source.citation.clone(),
                };
                append(&list, "dd", Some(&line))?.set_class_name("meta");
            }
        }
    }

    append(&root, "h2", Some(&texts.summary_answers))?;
    let list = append(&root, "dl", None)?;
    for question in candidacy::path(&content.quiz, answers) {
        let chosen: Vec<&str> = candidacy::chosen_answers(question, answers)
            .iter()
            .map(|a| a.text.as_str())
            .collect();
        if chosen.is_empty() {
            continue;
        }
        append(&list, "dt", Some(&question.text))?;
        append(&list, "dd", Some(&format_for(content).list(&chosen)))?;
    }

    append(&root, "h2", Some(&texts.questions_heading))?;
    let questions = append(&root, "ul", None)?;
    for question in &texts.questions_to_ask {
        append(&questions, "li", Some(question))?;
    }
    let disclaimer = content.ui.notes.disclaimer.plain_text();
    append(&root, "p", Some(&disclaimer))?.set_class_name("disclaimer");
    Some(())
}
