//! The treatment comparison: every option in the order the core's ranking
//! gives for the visitor's quiz answers (or a neutral order), each with its
//! reasons; a table on wide screens that becomes cards on phones; and up to
//! three options side by side.
//!
//! Every cell is put into words by `core::compare_table` (tested natively);
//! the views here only lay out strings.

use std::sync::Arc;

use leptos::html::H3;
use leptos::prelude::*;

use crate::core::compare_table::{self, Row};
use crate::core::comparison::{self, MAX_PICKS};
use crate::core::content::Content;
use crate::core::locale_format::LocaleFormat;
use crate::core::navigation::Screen;
use crate::core::template::fill;
use crate::ui::citations::citations;
use crate::ui::guide::Guide;
use crate::ui::intl::format_for;
use crate::ui::notes::Notes;
use crate::ui::screen::ScreenIntro;

#[component]
pub fn CompareScreen(autofocus: bool) -> impl IntoView {
    let Guide {
        content,
        go_to,
        quiz,
        ..
    } = Guide::get();
    let texts = &content.ui.compare;
    let format = format_for(&content);
    let profile = quiz.profile(&content.quiz);
    let offers_booking = quiz.offers_booking(&content.quiz);
    let table = compare_table::table(&content, profile.as_ref(), offers_booking, &*format);
    let picks = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(String::new());
    let side_heading = NodeRef::<H3>::new();

    let personalised = table.personalised;
    let (order_note, order_button) = if personalised {
        (texts.personalised.clone(), texts.change_answers.clone())
    } else {
        (texts.neutral.clone(), texts.take_quiz.clone())
    };
    let reasons_heading = table.reasons_heading.clone();
    let max_count = u32::try_from(MAX_PICKS).unwrap_or(u32::MAX);
    let max = format.number(max_count);
    let max_form = format.plural(max_count);
    let headings: Arc<[String]> = table.figure_headings.clone().into();

    let picking = Picking {
        picks,
        status,
        full: fill(texts.picks_full.form(max_form), &[("max", &max)]).into(),
    };
    let body = table
        .rows
        .into_iter()
        .map(|row| {
            view! {
                <OptionRow
                    row
                    reasons_heading=reasons_heading.clone()
                    pick_label=texts.side_by_side.clone()
                    pick_template=texts.pick.clone()
                    headings=headings.clone()
                    picking=picking.clone()
                />
            }
        })
        .collect_view();

    let side_by_side = {
        let content = content.clone();
        move || {
            let chosen = picks.get();
            (!chosen.is_empty()).then(|| {
                view! { <SideBySide content=content.clone() chosen picks heading=side_heading /> }
            })
        }
    };
    let count_template = texts.side_by_side_count.clone();
    let count_text = {
        let (content, max) = (content.clone(), max.clone());
        move || {
            let count = picks.with(|p| u32::try_from(p.len()).unwrap_or(u32::MAX));
            let count = format_for(&content).number(count);
            fill(&count_template, &[("count", &count), ("max", &max)])
        }
    };
    let show_side_by_side = move |_| {
        if let Some(heading) = side_heading.get() {
            let _ = heading.focus();
            heading.scroll_into_view();
        }
    };
    let quiz_button = move |_| go_to.run(Screen::Quiz);

    view! {
        <div class="screen compare-screen" data-screen="compare">
            <ScreenIntro
                back=content.ui.navigation.back.clone()
                go_to
                title=content.ui.journeys.compare.title.clone()
                lead=texts.lead.clone()
                autofocus
            />
            <div class=if personalised { "order-note personalised" } else { "order-note" }>
                <p>{order_note}</p>
                <button type="button" class="button secondary" on:click=quiz_button>
                    {order_button}
                </button>
            </div>
            <p class="pick-hint">{fill(texts.pick_hint.form(max_form), &[("max", &max)])}</p>
            <table class="compare-table">
                <caption class="visually-hidden">{texts.caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.option.clone()}</th>
                        <th scope="col">{reasons_heading.clone()}</th>
                        {headings
                            .iter()
                            .map(|h| view! { <th scope="col">{h.clone()}</th> })
                            .collect_view()}
                        <th scope="col">{texts.side_by_side.clone()}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            <div class="pick-bar" class:visible=move || picks.with(|p| !p.is_empty())>
                <p role="status">{move || status.get()}</p>
                <button type="button" class="button primary" on:click=show_side_by_side>
                    {count_text}
                </button>
            </div>
            {side_by_side}
            <Notes content=content.clone() />
        </div>
    }
}

/// The visitor's picks for the side-by-side view, and the message when a
/// pick is refused.
#[derive(Clone)]
struct Picking {
    picks: RwSignal<Vec<String>>,
    status: RwSignal<String>,
    full: Arc<str>,
}

impl Picking {
    fn is_picked(&self, id: &str) -> bool {
        self.picks.with(|p| p.iter().any(|picked| picked == id))
    }

    /// Ticks or unticks `id`; a fourth tick is undone, with the reason.
    fn toggle(&self, id: &str, checkbox: web_sys::HtmlInputElement) {
        let added = self.picks.try_update(|p| comparison::toggle_pick(p, id));
        if added == Some(false) {
            checkbox.set_checked(false);
            self.status.set(self.full.to_string());
        } else {
            self.status.set(String::new());
        }
    }
}

/// One option: a table row on wide screens, a card on phones.
#[component]
fn OptionRow(
    row: Row,
    reasons_heading: String,
    pick_label: String,
    pick_template: String,
    headings: Arc<[String]>,
    picking: Picking,
) -> impl IntoView {
    let (id, id_for_toggle) = (row.id.clone(), row.id.clone());
    let checked = {
        let picking = picking.clone();
        move || picking.is_picked(&id)
    };
    let toggle = move |event: leptos::ev::Event| {
        picking.toggle(&id_for_toggle, event_target(&event));
    };
    let reasons = row
        .reasons
        .iter()
        .map(|reason| view! { <li>{reason.clone()}</li> })
        .collect_view();
    let cells = headings
        .iter()
        .zip(&row.figures)
        .map(|(heading, value)| {
            view! {
                <td>
                    <span class="cell-label">{heading.clone()}</span>
                    <span>{value.clone()}</span>
                </td>
            }
        })
        .collect_view();
    view! {
        <tr data-treatment=row.id.clone()>
            <th scope="row">
                <span class="option-name">{row.name.clone()}</span>
                {row
                    .badge
                    .clone()
                    .map(|(fit, text)| {
                        view! { <span class=format!("badge fit-{fit}")>{text}</span> }
                    })}
                <span class="option-summary">{row.summary.clone()}</span>
                {row
                    .booking
                    .clone()
                    .map(|link| {
                        view! {
                            <a
                                class="book-link"
                                href=link.url
                                target="_blank"
                                rel="noopener noreferrer"
                                data-booking
                            >
                                {link.text}
                            </a>
                        }
                    })}
            </th>
            <td class="reasons">
                <span class="cell-label">{reasons_heading}</span>
                <ul>{reasons}</ul>
            </td>
            {cells}
            <td class="pick">
                <label>
                    <input type="checkbox" prop:checked=checked on:change=toggle />
                    <span class="visually-hidden">
                        {fill(&pick_template, &[("name", &row.name)])}
                    </span>
                    <span aria-hidden="true">{pick_label}</span>
                </label>
            </td>
        </tr>
    }
}

/// The picked options in columns, with every fact in rows.
#[component]
fn SideBySide(
    content: Arc<Content>,
    chosen: Vec<String>,
    picks: RwSignal<Vec<String>>,
    heading: NodeRef<H3>,
) -> impl IntoView {
    let texts = &content.ui.compare;
    let treatments = compare_table::picked(&content, &chosen);
    let facts = compare_table::side_by_side(&content, &treatments, &*format_for(&content));
    let names: Vec<String> = treatments.iter().map(|t| t.name.clone()).collect();
    let columns = names
        .iter()
        .map(|name| view! { <th scope="col">{name.clone()}</th> })
        .collect_view();
    // On phones each row stacks its values, each under its option's name.
    let body = facts
        .into_iter()
        .map(|fact| {
            let cells = fact
                .values
                .into_iter()
                .zip(&names)
                .map(|(value, name)| {
                    view! {
                        <td>
                            <span class="cell-label">{name.clone()}</span>
                            <span>{value}</span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{fact.label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    // Sources are links, so their row is built as views, not text.
    let source_cells = treatments
        .iter()
        .zip(&names)
        .map(|(t, name)| {
            view! {
                <td>
                    <span class="cell-label">{name.clone()}</span>
                    {citations(&content, &t.sources)}
                </td>
            }
        })
        .collect_view();
    view! {
        <div class="side-by-side">
            <div class="side-by-side-head">
                <h3 id="side-by-side-heading" tabindex="-1" node_ref=heading>
                    {texts.side_by_side.clone()}
                </h3>
                <button type="button" class="link-button" on:click=move |_| picks.set(Vec::new())>
                    {texts.clear.clone()}
                </button>
            </div>
            <div
                class="table-scroll"
                role="region"
                aria-labelledby="side-by-side-heading"
                tabindex="0"
            >
                <table class="side-table">
                    <thead>
                        <tr>
                            <td></td>
                            {columns}
                        </tr>
                    </thead>
                    <tbody>
                        {body} <tr class="sources-row">
                            <th scope="row">{texts.sources.clone()}</th>
                            {source_cells}
                        </tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
