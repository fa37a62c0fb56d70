//! The treatment comparison: every option in the order the core's ranking
//! gives for the visitor's quiz answers (or a neutral order), each with its
//! reasons; a table on wide screens that becomes cards on phones; and up to
//! three options side by side.
//!
//! All figures are turned into words by `core::treatment_text`; the views
//! here only lay out strings, which keeps the screen small to download.

use std::sync::Arc;

use leptos::html::H3;
use leptos::prelude::*;

use crate::core::candidacy::{self, Progress};
use crate::core::comparison::{self, MAX_PICKS};
use crate::core::content::Content;
use crate::core::content::scars::Suitability;
use crate::core::content::treatments::Treatment;
use crate::core::content::ui_text::CompareText;
use crate::core::locale_format::LocaleFormat;
use crate::core::navigation::Screen;
use crate::core::template::fill;
use crate::core::treatment_text as words;
use crate::ui::citations::citations;
use crate::ui::intl::format_for;
use crate::ui::notes::Notes;
use crate::ui::quiz::saved_progress;
use crate::ui::screen::ScreenIntro;

/// One option as the table shows it: every cell already in words.
#[derive(Clone)]
struct Row {
    id: String,
    name: String,
    summary: String,
    /// The option's own booking page, with "Book {name}" in words.
    booking: Option<(String, String)>,
    badge: Option<(String, String)>,
    /// The visitor's reasons, or the scar types it helps most.
    reasons: Vec<String>,
    /// The figures, in the order of `figure_headings`.
    figures: [String; 6],
}

/// The headings of the figure columns, in the order `Row::figures` holds them.
fn figure_headings(texts: &CompareText) -> [String; 6] {
    [
        texts.downtime.clone(),
        texts.sessions.clone(),
        texts.cost.clone(),
        texts.discomfort.clone(),
        texts.darker_skin.clone(),
        texts.evidence.clone(),
    ]
}

fn rows(content: &Content, storage_key: &str) -> (bool, Vec<Row>) {
    let texts = &content.ui.compare;
    let format = &*format_for(content);
    let profile = saved_progress(storage_key)
        .map(|stored| Progress::restore(Some(stored), &content.quiz))
        .filter(|progress| progress.finished)
        .map(|progress| candidacy::result(&content.quiz, &progress.answers).profile);
    let ranked = comparison::rank(&content.treatments.treatment, profile.as_ref());
    let personalised = ranked.iter().any(|r| r.fit.is_some());
    let rows = ranked
        .into_iter()
        .map(|ranked| {
            let t = ranked.treatment;
            let reasons = if personalised {
                ranked
                    .reasons
                    .iter()
                    .filter_map(|reason| words::reason(content, reason, format))
                    .collect()
            } else {
                vec![words::helps_most(content, t, format)]
            };
            Row {
                id: t.id.clone(),
                name: t.name.clone(),
                summary: t.summary.plain_text(),
                booking: t
                    .booking_url
                    .clone()
                    .map(|url| (url, fill(&texts.book, &[("name", &t.name)]))),
                badge: ranked.fit.map(|fit| {
                    (
                        format!("badge fit-{}", fit.key()),
                        words::fit(fit, texts).to_owned(),
                    )
                }),
                reasons,
                figures: [
                    words::days(t.downtime_days, texts, format),
                    words::sessions(t, texts, format),
                    words::price(t, content, format),
                    words::level(t.discomfort, texts).to_owned(),
                    words::level(t.darker_skin_risk, texts).to_owned(),
                    words::evidence(t.evidence, texts).to_owned(),
                ],
            }
        })
        .collect();
    (personalised, rows)
}

#[component]
pub fn CompareScreen(
    content: Arc<Content>,
    storage_key: String,
    go_to: Callback<Screen>,
    autofocus: bool,
) -> impl IntoView {
    let texts = &content.ui.compare;
    let (personalised, rows) = rows(&content, &storage_key);
    let picks = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(String::new());
    let side_heading = NodeRef::<H3>::new();

    let (order_note, order_button) = if personalised {
        (texts.personalised.clone(), texts.change_answers.clone())
    } else {
        (texts.neutral.clone(), texts.take_quiz.clone())
    };
    let reasons_heading = if personalised {
        texts.for_you.clone()
    } else {
        texts.helps_most.clone()
    };
    let format = format_for(&content);
    let max_count = u32::try_from(MAX_PICKS).unwrap_or(u32::MAX);
    let max = format.number(max_count);
    let max_form = format.plural(max_count);
    let headings: Arc<[String; 6]> = Arc::new(figure_headings(texts));

    let picking = Picking {
        picks,
        status,
        full: fill(texts.picks_full.form(max_form), &[("max", &max)]).into(),
    };
    let body = rows
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
                        {headings.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}
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
    headings: Arc<[String; 6]>,
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
        .filter(|r| !r.is_empty())
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
                {row.badge.clone().map(|(class, text)| view! { <span class=class>{text}</span> })}
                <span class="option-summary">{row.summary.clone()}</span>
                {row.booking.clone().map(|(url, text)| view! {
                    <a class="book-link" href=url target="_blank" rel="noopener noreferrer" data-booking>{text}</a>
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
                    <span class="visually-hidden">{fill(&pick_template, &[("name", &row.name)])}</span>
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
    let format = &*format_for(&content);
    let treatments: Vec<_> = chosen
        .iter()
        .filter_map(|id| content.treatments.treatment.iter().find(|t| &t.id == id))
        .collect();
    let row = |label: &str, value: &dyn Fn(&Treatment) -> String| {
        (
            label.to_owned(),
            treatments.iter().map(|t| value(t)).collect::<Vec<_>>(),
        )
    };
    let mut facts = vec![row(&texts.what_it_is, &|t| t.summary.plain_text())];
    for scar in &content.scars.scar {
        facts.push(row(&scar.name, &|t| {
            let level = t
                .suits
                .get(&scar.id)
                .copied()
                .unwrap_or(Suitability::NotSuitable);
            words::rating(&content, level).to_owned()
        }));
    }
    facts.extend([
        row(&texts.downtime, &|t| {
            words::with_detail(
                &words::days(t.downtime_days, texts, format),
                &t.downtime,
                texts,
            )
        }),
        row(&texts.sessions, &|t| words::sessions(t, texts, format)),
        row(&texts.cost, &|t| words::price(t, &content, format)),
        row(&texts.results_last, &|t| t.results_last.clone()),
        row(&texts.discomfort, &|t| {
            words::level(t.discomfort, texts).to_owned()
        }),
        row(&texts.darker_skin, &|t| {
            words::with_detail(
                words::level(t.darker_skin_risk, texts),
                &t.darker_skin,
                texts,
            )
        }),
        row(&texts.main_risks, &|t| {
            words::with_detail(words::level(t.serious_risk, texts), &t.main_risks, texts)
        }),
        row(&texts.evidence, &|t| {
            words::evidence(t.evidence, texts).to_owned()
        }),
    ]);
    let names: Vec<String> = treatments.iter().map(|t| t.name.clone()).collect();
    let columns = names
        .iter()
        .map(|name| view! { <th scope="col">{name.clone()}</th> })
        .collect_view();
    // On phones each row stacks its values, each under its option's name.
    let body = facts
        .into_iter()
        .map(|(label, values)| {
            let cells = values
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
                    <th scope="row">{label}</th>
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
            <div class="table-scroll" role="region" aria-labelledby="side-by-side-heading" tabindex="0">
                <table class="side-table">
                    <thead>
                        <tr>
                            <td></td>
                            {columns}
                        </tr>
                    </thead>
                    <tbody>
                        {body}
                        <tr class="sources-row">
                            <th scope="row">{texts.sources.clone()}</th>
                            {source_cells}
                        </tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
