//! The start screen written ahead of time, from the content, so that a
//! visitor sees it (at its final size, so the host page never shifts) before
//! the widget's code has arrived: `<locale>.start.html`, which the loader
//! draws into the guide's shadow root, and `<locale>.snippet.html`, the same
//! as a declarative shadow root that a host page (or the WordPress plugin)
//! prints inside its `<div data-scarguide>`.
//!
//! It repeats the live start screen's markup (`ui::start`, `ui::notes`) and,
//! when the quiz's first question is a plain one, that question too
//! (`ui::quiz`): a visitor can open the quiz and answer it before the code
//! runs, and the widget carries on from their answer (`host::take_over`).
//! The e2e test `first-screen.spec.mjs` checks that the two draw alike.
//!
//! Everything taken from the content is escaped: a marketer's `<` is text.

use std::fmt::Write;

use crate::core::candidacy;
use crate::core::content::locale::direction;
use crate::core::content::{Block, Content, Inline, RichText};
// Text safe in HTML text and in double-quoted attributes: the diagrams' own.
use crate::core::diagram::svg::escape;
use crate::core::icons;
use crate::core::template::fill;

/// The widget's stylesheet, for the snippet.
const STYLESHEET: &str = include_str!("../../style/widget.css");

/// Marks the attribute every early root carries: the widget and the loader
/// tell it from the live one by it.
pub const EARLY: &str = "data-early";

/// The early screen the loader draws: its own rules (the clinic's brand),
/// then its root. The loader adds the widget's stylesheet, a file of the
/// widget's bundle that the live widget uses too.
pub fn start_screen(content: &Content) -> String {
    format!("<style>{}</style>{}", early_rules(content), root(content))
}

/// The early screen as a declarative shadow root, to print inside the
/// host's `<div data-scarguide>`: drawn with the page's first paint, so it
/// carries the whole stylesheet.
pub fn snippet(content: &Content) -> String {
    format!(
        "<template shadowrootmode=\"open\"><style>{}{}</style>{}</template>",
        STYLESHEET.trim(),
        early_rules(content),
        root(content)
    )
}

/// What the live widget sets through the CSSOM (`ui::theme`), and the
/// progress bar's width, which the live quiz sets as a style: no `style`
/// attributes, which a strict Content-Security-Policy would refuse.
fn early_rules(content: &Content) -> String {
    let brand = &content.site.brand;
    let mut rules = format!(
        ".root[{EARLY}]{{--brand-accent:{};--brand-accent-text:{};--brand-radius:{}px;--new-tab-note:\" {}\"",
        css_value(&brand.accent),
        css_value(&brand.accent_text),
        brand.corner_radius,
        css_value(&content.ui.navigation.new_tab.replace('"', "'"))
    );
    for (name, font) in [
        ("--brand-font", &brand.font),
        ("--brand-heading-font", &brand.heading_font),
    ] {
        if let Some(font) = font {
            let _ = write!(rules, ";{name}:{}", css_value(font));
        }
    }
    rules.push('}');
    if let Some(question) = candidacy::first_question_ahead(&content.quiz) {
        let (step, total) =
            candidacy::step(&content.quiz, &candidacy::Answers::new(), &question.id);
        let _ = write!(
            rules,
            ".root[{EARLY}] .progress-fill{{width:{}%}}",
            step * 100 / total.max(1)
        );
    }
    rules
}

/// A value that cannot end its rule or the `<style>` element.
fn css_value(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, '<' | '>' | '{' | '}' | ';' | '\\'))
        .collect()
}

fn root(content: &Content) -> String {
    let lang = escape(&content.locale);
    let mut html = format!(
        "<div class=\"root\" {EARLY}><section class=\"widget\" aria-label=\"{}\" lang=\"{lang}\" dir=\"{}\">",
        escape(&content.ui.label),
        direction(&content.locale)
    );
    html.push_str(&language_menu(content));
    html.push_str(&start(content));
    if let Some(quiz) = first_question(content) {
        html.push_str(&quiz);
    }
    html.push_str("</section></div>");
    html
}

/// The language menu, as the live widget draws it; it works once the code
/// has arrived (until then it is disabled).
fn language_menu(content: &Content) -> String {
    if content.locales.len() < 2 {
        return String::new();
    }
    let options: String = content
        .locales
        .iter()
        .zip(&content.language_names)
        .map(|(locale, name)| {
            let selected = if *locale == content.locale {
                " selected"
            } else {
                ""
            };
            format!(
                "<option value=\"{0}\" lang=\"{0}\"{selected}>{1}</option>",
                escape(locale),
                escape(name)
            )
        })
        .collect();
    format!(
        "<div class=\"language-menu\"><select aria-label=\"{}\" disabled>{options}</select></div>",
        escape(&content.ui.language_label)
    )
}

fn start(content: &Content) -> String {
    let ui = &content.ui;
    let clinic = &content.site.clinic;
    let logo = match &clinic.logo {
        // The loader points it at the content folder (relative URLs in a
        // shadow root resolve against the host page).
        Some(file) => format!(
            "<img class=\"brand-logo\" data-src=\"{}\" alt=\"\">",
            escape(file)
        ),
        None => icons::svg("brand-mark", icons::BRAND_MARK),
    };
    let journeys: String = ui
        .journeys
        .in_order()
        .into_iter()
        .map(|(screen, journey)| {
            format!(
                "<li><button type=\"button\" class=\"journey\" data-journey=\"{}\"><span class=\"journey-icon\">{}</span>\
                 <span class=\"journey-text\"><span class=\"journey-title\">{}</span><span class=\"journey-summary\">{}</span>\
                 <span class=\"journey-duration\">{}</span></span>{}</button></li>",
                screen.key(),
                icons::svg("icon", icons::journey(screen)),
                escape(&journey.title),
                escape(&journey.summary),
                escape(&journey.duration),
                icons::svg("icon chevron", icons::CHEVRON),
            )
        })
        .collect();
    format!(
        "<div class=\"screen start\"><p class=\"brand\">{logo}<span>{}</span></p><p class=\"eyebrow\">{}</p>\
         <h2 class=\"title\" tabindex=\"-1\">{}</h2><p class=\"lead\">{}</p><ul class=\"journeys\">{journeys}</ul>{}</div>",
        escape(&clinic.name),
        escape(&ui.start.eyebrow),
        escape(&ui.start.title),
        escape(&ui.start.lead),
        notes(content)
    )
}

/// The quiz's first question, hidden until the visitor opens the quiz; only
/// when it is a plain one (`candidacy::first_question_ahead`).
fn first_question(content: &Content) -> Option<String> {
    let quiz = &content.quiz;
    let question = candidacy::first_question_ahead(quiz)?;
    let texts = &content.ui.quiz;
    let no_answers = candidacy::Answers::new();
    let (step, total) = candidacy::step(quiz, &no_answers, &question.id);
    // Latin digits: the loader writes them in the page's own numerals.
    let step_text = fill(
        &texts.progress,
        &[("step", &step.to_string()), ("total", &total.to_string())],
    );
    // The live widget's rule for the button's words: with the first answer
    // chosen, is there a question after this one?
    let first_answer = question.answer.iter().take(1).map(|a| a.id.clone());
    let answered: candidacy::Answers =
        std::iter::once((question.id.clone(), first_answer.collect())).collect();
    let submit = if candidacy::after(quiz, &answered, &question.id).is_none() {
        &texts.finish
    } else {
        &texts.next
    };
    let options: String = question
        .answer
        .iter()
        .map(|answer| {
            format!(
                "<label class=\"option\"><input type=\"radio\" name=\"q-{}\" value=\"{}\"><span>{}</span></label>",
                escape(&question.id),
                escape(&answer.id),
                escape(&answer.text)
            )
        })
        .collect();
    let help = question
        .help
        .as_ref()
        .map(|help| rich_text(help, "question-help"))
        .unwrap_or_default();
    let back_icon = icons::svg("icon", icons::BACK);
    Some(format!(
        "<div class=\"screen quiz-screen\" data-screen=\"quiz\" hidden>\
         <button type=\"button\" class=\"back\">{back_icon}<span>{}</span></button>\
         <form class=\"question\" data-question=\"{}\"><div class=\"progress\"><p class=\"progress-label\">{}</p>\
         <div class=\"progress-bar\" aria-hidden=\"true\"><span class=\"progress-fill\"></span></div></div>\
         <fieldset><legend><h2 class=\"title question-title\" tabindex=\"-1\">{}</h2></legend>{help}\
         <p class=\"hint\">{}</p><div class=\"options\">{options}</div></fieldset>\
         <div class=\"actions\"><button type=\"button\" class=\"button secondary\">{back_icon}<span>{}</span></button>\
         <button type=\"submit\" class=\"button primary\" disabled>{}</button></div></form>\
         <p class=\"visually-hidden\" role=\"status\"></p>{}</div>",
        escape(&content.ui.navigation.back),
        escape(&question.id),
        escape(&step_text),
        escape(&question.text),
        escape(&texts.choose_one),
        escape(&texts.back),
        escape(submit),
        notes(content)
    ))
}

/// The privacy note, disclaimer and review line (`ui::notes`). Dates are
/// left as `<time>` in ISO form: the loader writes them as the visitor's
/// language does, through the browser's Intl, as the live widget does.
fn notes(content: &Content) -> String {
    let notes = &content.ui.notes;
    let author = escape(&content.about.author);
    let date = |iso: &str| format!("<time datetime=\"{0}\">{0}</time>", escape(iso));
    let review = match &content.about.review {
        Some(review) => fill(
            &escape(&notes.reviewed),
            &[
                ("author", &author),
                ("reviewer", &escape(&review.reviewer)),
                ("date", &date(&review.reviewed_on)),
                ("next", &date(&review.next_review)),
            ],
        ),
        None => fill(&escape(&notes.not_reviewed), &[("author", &author)]),
    };
    format!(
        "<footer class=\"notes\"><p class=\"privacy\">{}<span>{}</span></p><div class=\"fine-print\">{}<p class=\"review\">{review}</p></div></footer>",
        icons::svg("icon", icons::LOCK),
        escape(&notes.privacy),
        rich_text(&notes.disclaimer, "disclaimer"),
    )
}

/// Rich text as `ui::rich_text` draws it.
fn rich_text(text: &RichText, class: &str) -> String {
    let items = |items: &[Vec<Inline>]| -> String {
        items
            .iter()
            .map(|item| format!("<li>{}</li>", inlines(item)))
            .collect()
    };
    let blocks: String = text
        .0
        .iter()
        .map(|block| match block {
            Block::Paragraph(line) => format!("<p>{}</p>", inlines(line)),
            Block::Bullets(list) => format!("<ul>{}</ul>", items(list)),
            Block::Numbered(list) => format!("<ol>{}</ol>", items(list)),
        })
        .collect();
    format!("<div class=\"{class}\">{blocks}</div>")
}

fn inlines(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => escape(text),
            Inline::Emphasis(inner) => format!("<em>{}</em>", self::inlines(inner)),
            Inline::Strong(inner) => format!("<strong>{}</strong>", self::inlines(inner)),
            Inline::Link { href, text } => format!(
                "<a class=\"new-tab\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
                escape(href),
                self::inlines(text)
            ),
            Inline::Break => "<br>".to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        crate::fixture::content()
    }

    #[test]
    fn the_start_screen_carries_every_journey_and_the_first_question() {
        let content = content();
        let html = start_screen(&content);
        assert!(html.starts_with("<style>.root[data-early]{--brand-accent:"));
        for (screen, journey) in content.ui.journeys.in_order() {
            assert!(html.contains(&format!("data-journey=\"{}\"", screen.key())));
            assert!(html.contains(&escape(&journey.title)));
        }
        let first = &content.quiz.question[0];
        assert!(html.contains(&format!("data-question=\"{}\"", first.id)));
        assert!(html.contains(&escape(&first.text)));
        assert!(html.contains(".progress-fill{width:"));
        // No style attributes (a strict CSP refuses them), no scripts.
        assert!(!html.contains(" style="));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn content_text_is_escaped_everywhere() {
        let mut content = content();
        let hostile = "<img src=x onerror=alert(1)> \"quoted\" & 'single'";
        content.site.clinic.name = hostile.into();
        content.ui.label = hostile.into();
        content.ui.start.title = hostile.into();
        content.quiz.question[0].answer[0].text = hostile.into();
        content.site.brand.font = Some("x}</style><script>alert(1)</script>".into());
        let html = start_screen(&content);
        assert!(!html.contains("<img src=x"));
        assert!(!html.contains("<script>"));
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(html.contains(
            "&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;"
        ));
    }

    #[test]
    fn a_first_question_the_loader_cannot_ask_is_left_to_the_code() {
        let mut content = content();
        content.quiz.question[0].multiple = true;
        let html = start_screen(&content);
        assert!(!html.contains("data-question"));
        assert!(!html.contains("] .progress-fill{width:"));
    }

    #[test]
    fn dates_are_left_for_the_visitor_s_language() {
        let content = content();
        let review = content
            .about
            .review
            .as_ref()
            .expect("the fixture is reviewed");
        assert!(start_screen(&content).contains(&format!(
            "<time datetime=\"{0}\">{0}</time>",
            review.reviewed_on
        )));
    }

    #[test]
    fn the_snippet_is_a_declarative_shadow_root_with_its_styles() {
        let html = snippet(&content());
        assert!(html.starts_with("<template shadowrootmode=\"open\"><style>"));
        assert!(html.contains(STYLESHEET.trim()));
        assert!(html.ends_with("</template>"));
    }
}
