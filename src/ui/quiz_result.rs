//! The quiz's result: the outcome, every answer that raised something with
//! its reason and what to do, the booking call to action, and the tools
//! (change, start over, remember, forget, print).

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::candidacy;
use crate::core::content::Content;
use crate::core::content::quiz::{CallToAction, OutcomeText};
use crate::core::navigation::Screen;
use crate::core::template::split_at;
use crate::ui::citations::citations;
use crate::ui::quiz::QuizState;
use crate::ui::rich_text::RichTextView;
use crate::ui::screen::focus_when_mounted;

#[component]
pub fn QuizResultView(state: QuizState, autofocus: bool) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    let content = state.content.clone();
    let texts = &content.ui.quiz;
    let answers = state.progress.get_untracked().answers;
    let result = candidacy::result(&content.quiz, &answers);
    let outcome = content.quiz.outcomes.for_effect(result.outcome);

    let flags = if result.flags.is_empty() {
        view! { <p class="no-flags">{texts.no_flags.clone()}</p> }.into_any()
    } else {
        let items = result
            .flags
            .iter()
            .map(|flag| {
                let (question_id, answer_id) = (flag.question.id.clone(), flag.answer.id.clone());
                view! { <FlagItem state=state.clone() question_id answer_id /> }
            })
            .collect_view();
        view! { <ol class="flags">{items}</ol> }.into_any()
    };

    // Where to go next: the comparison in this visitor's order, and the
    // guide's page on each scar type they chose.
    let compare = {
        let state = state.clone();
        move |_| state.show(Screen::Compare)
    };
    let scar_links = (!result.profile.scars.is_empty()).then(|| {
        let links = result
            .profile
            .scars
            .iter()
            .filter_map(|id| content.scars.scar.iter().find(|s| &s.id == id))
            .map(|scar| {
                let (state, id) = (state.clone(), scar.id.clone());
                view! {
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| state.show_scar(&id)
                        >
                            {scar.name.clone()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="scar-links" aria-labelledby="scar-links-heading">
                <h3 id="scar-links-heading">{texts.your_scar_types.clone()}</h3>
                <ul>{links}</ul>
            </section>
        }
    });
    let next_steps = view! {
        <div class="next-steps">
            {scar_links} <button type="button" class="button secondary" on:click=compare>
                {texts.compare_for_you.clone()}
            </button>
        </div>
    };

    let booking = booking_section(&content, outcome, result.call_to_action);
    let all_answers = candidacy::path(&content.quiz, &answers)
        .into_iter()
        .map(|question| {
            let chosen: Vec<String> = candidacy::chosen_answers(question, &answers)
                .iter()
                .map(|a| a.text.clone())
                .collect();
            let (changer, id) = (state.clone(), question.id.clone());
            view! {
                <li>
                    <span class="answer-question">{question.text.clone()}</span>
                    <span class="answer-chosen">{chosen.join("; ")}</span>
                    <button type="button" class="link-button" on:click=move |_| changer.change(&id)>
                        {texts.change.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();

    let (start_over, forget, print) = (state.clone(), state.clone(), state.clone());
    let remember = state.remember;
    view! {
        <div class=format!("result outcome-{}", result.outcome.key())>
            <h2 class="title" tabindex="-1" node_ref=heading>
                {outcome.title.clone()}
            </h2>
            <RichTextView text=outcome.text.clone() class="lead" />
            <section class="flags-section" aria-labelledby="flags-heading">
                <h3 id="flags-heading">{texts.flags_heading.clone()}</h3>
                {flags}
            </section>
            {next_steps}
            {booking}
            <details class="all-answers">
                <summary>{texts.summary_answers.clone()}</summary>
                <ol>{all_answers}</ol>
            </details>
            <section class="tools">
                <label class="remember">
                    <input
                        type="checkbox"
                        prop:checked=move || remember.get()
                        on:change=move |_| remember.update(|r| *r = !*r)
                    />
                    <span>
                        {texts.remember.clone()}
                        <span class="remember-hint">{texts.remember_hint.clone()}</span>
                    </span>
                </label>
                <div class="tool-buttons">
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| print.print_summary()
                    >
                        {texts.print.clone()}
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| start_over.start_over()
                    >
                        {texts.start_over.clone()}
                    </button>
                    <button type="button" class="button quiet" on:click=move |_| forget.forget()>
                        {texts.forget.clone()}
                    </button>
                </div>
            </section>
        </div>
    }
}

#[component]
fn FlagItem(state: QuizState, question_id: String, answer_id: String) -> impl IntoView {
    let content = state.content.clone();
    let texts = &content.ui.quiz;
    let Some(question) = content.quiz.question.iter().find(|q| q.id == question_id) else {
        return ().into_any();
    };
    let Some(answer) = question.answer.iter().find(|a| a.id == answer_id) else {
        return ().into_any();
    };
    view! {
        <li class=format!("flag effect-{}", answer.effect.key())>
            <h4>{question.text.clone()}</h4>
            {labelled(&texts.you_answered, "answer", Some(answer.text.clone()))}
            {labelled(&texts.why, "text", answer.reason.clone())}
            {labelled(&texts.what_to_do, "text", answer.what_to_do.clone())}
            {labelled(&texts.wait, "until", answer.wait_until.clone())}
            <details class="sources">
                <summary>{texts.sources.clone()}</summary>
                {citations(&content, &answer.sources)}
            </details>
            <button type="button" class="link-button" on:click=move |_| state.change(&question_id)>
                {texts.change.clone()}
            </button>
        </li>
    }
    .into_any()
}

/// A line whose template ("Why it matters: {text}") puts `value` in its
/// place, with the words before it in bold; nothing when there is no value.
fn labelled(template: &str, name: &str, value: Option<String>) -> impl IntoView + use<> {
    let (before, after) = split_at(template, name);
    let (before, after) = (before.to_owned(), after.to_owned());
    value.map(|value| {
        view! {
            <p>
                <strong>{before}</strong>
                {value}
                {after}
            </p>
        }
    })
}

/// What the result offers next, as the outcome's call to action says:
/// booking and the phone first ("book"); the doctor first, with booking as a
/// quieter second step ("after-doctor"); or nothing at all ("none", always
/// for a visitor under 18).
fn booking_section(
    content: &Content,
    outcome: &OutcomeText,
    call_to_action: CallToAction,
) -> Option<impl IntoView + use<>> {
    let texts = &content.ui.quiz;
    let after_doctor = match call_to_action {
        CallToAction::None => return None,
        CallToAction::Book => false,
        CallToAction::AfterDoctor => true,
    };
    let heading = outcome
        .book_heading
        .clone()
        .filter(|_| after_doctor)
        .unwrap_or_else(|| texts.book_heading.clone());
    let lead = outcome
        .book_text
        .clone()
        .filter(|_| after_doctor)
        .map(|text| view! { <RichTextView text class="book-lead" /> });
    let button_class = if after_doctor {
        "button secondary"
    } else {
        "button primary"
    };
    let booking = content.result_booking_url().map(|url| {
        view! {
            <a
                class=button_class
                href=url.to_owned()
                target="_blank"
                rel="noopener noreferrer"
                data-booking
            >
                {texts.book.clone()}
            </a>
        }
    });
    let phone = content.site.clinic.phone.clone().map(|phone| {
        let call = split_at(&texts.call, "phone");
        let dial: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        view! {
            <p class="call">
                {call.0.to_owned()} <a href=format!("tel:{dial}")>{phone}</a> {call.1.to_owned()}
            </p>
        }
    });
    Some(view! {
        <section
            class=if after_doctor { "book after-doctor" } else { "book" }
            aria-labelledby="book-heading"
        >
            <h3 id="book-heading">{heading}</h3>
            {lead}
            {booking}
            {phone}
        </section>
    })
}
