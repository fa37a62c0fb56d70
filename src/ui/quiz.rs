//! The candidacy quiz: one question at a time, then the result. The rules
//! (next question, outcome) are in `core::candidacy`; this renders them.

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::candidacy::{self, Progress};
use crate::core::content::Content;
use crate::core::content::quiz::Question;
use crate::core::locale_format::LocaleFormat;
use crate::core::navigation::Screen;
use crate::core::template::fill;
use crate::ui::guide::Guide;
use crate::ui::intl::format_for;
use crate::ui::notes::Notes;
use crate::ui::quiz_result::QuizResultView;
use crate::ui::rich_text::RichTextView;
use crate::ui::scars::thumbnail;
use crate::ui::screen::{BackToGuides, focus_when_mounted};
use crate::ui::{events, icons::BackIcon, summary};

/// Everything the quiz's views share: its content, state and actions.
#[derive(Clone)]
pub struct QuizState {
    pub content: Arc<Content>,
    pub progress: RwSignal<Progress>,
    pub remember: RwSignal<bool>,
    /// A short message for screen readers (e.g. "Your answers have been forgotten").
    pub status: RwSignal<String>,
    /// Whether the next view takes focus: only after the visitor acts.
    pub take_focus: StoredValue<bool>,
    guide: Guide,
}

impl QuizState {
    fn question(&self, id: &str) -> Option<&Question> {
        self.content.quiz.question.iter().find(|q| q.id == id)
    }

    /// Opens the scar guide at one of the visitor's scar types.
    pub fn show_scar(&self, id: &str) {
        self.guide.chosen_scar.set(Some(id.to_owned()));
        self.show(Screen::Scars);
    }

    /// Leaves the quiz for another journey.
    pub fn show(&self, screen: Screen) {
        self.guide.go_to.run(screen);
    }

    pub fn choose(&self, question_id: &str, answer_id: &str) {
        let Some(question) = self.question(question_id) else {
            return;
        };
        self.progress
            .update(|p| candidacy::choose(&mut p.answers, question, answer_id));
    }

    pub fn next(&self) {
        self.take_focus.set_value(true);
        let quiz = &self.content.quiz;
        let mut finished = false;
        self.progress.update(|p| {
            let Some(current) = p.current.clone() else {
                return;
            };
            match candidacy::after(quiz, &p.answers, &current) {
                Some(next) => p.current = Some(next.id.clone()),
                None => {
                    p.current = None;
                    p.finished = true;
                    finished = true;
                }
            }
        });
        if finished {
            let outcome = self
                .progress
                .with(|p| candidacy::result(quiz, &p.answers).outcome);
            self.guide.host.with_value(|host| {
                let shared =
                    events::host_shares(host, "outcome").then(|| ("outcome", outcome.key().into()));
                events::dispatch(host, "result", shared.as_slice());
            });
        }
    }

    pub fn back(&self) {
        self.take_focus.set_value(true);
        let previous = self.progress.with(|p| {
            let current = p.current.as_deref()?;
            candidacy::before(&self.content.quiz, &p.answers, current).map(|q| q.id.clone())
        });
        match previous {
            Some(id) => self.progress.update(|p| p.current = Some(id)),
            None => self.guide.go_to.run(Screen::Start),
        }
    }

    /// Goes back to one question from the result, to change its answer.
    pub fn change(&self, question_id: &str) {
        self.take_focus.set_value(true);
        self.progress.update(|p| {
            p.current = Some(question_id.to_owned());
            p.finished = false;
        });
    }

    pub fn start_over(&self) {
        self.take_focus.set_value(true);
        self.progress
            .set(Progress::restore(None, &self.content.quiz));
    }

    /// Removes every trace of the answers, from both storages.
    pub fn forget(&self) {
        self.take_focus.set_value(true);
        self.guide.quiz.forget(&self.content.quiz);
        self.status.set(self.content.ui.quiz.forgotten.clone());
    }

    /// Prints the consult summary from a frame inside this widget.
    pub fn print_summary(&self) {
        let answers = self.progress.get_untracked().answers;
        self.guide.host.with_value(|host| {
            if let Some(shadow) = host.shadow_root() {
                summary::print(&shadow, &self.content, &answers);
            }
        });
    }
}

#[component]
pub fn QuizScreen(autofocus: bool) -> impl IntoView {
    let guide = Guide::get();
    let state = QuizState {
        content: guide.content.clone(),
        progress: guide.quiz.progress,
        remember: guide.quiz.remember,
        status: RwSignal::new(String::new()),
        take_focus: StoredValue::new(autofocus),
        guide: guide.clone(),
    };
    let progress = state.progress;

    // Views change only when the question (or the result) changes, not on
    // every choice: focus stays where the visitor is.
    let place = Memo::new(move |_| progress.with(|p| (p.finished, p.current.clone())));
    let view_state = state.clone();
    let view = move || {
        let state = view_state.clone();
        let autofocus = state.take_focus.get_value();
        match place.get() {
            (true, _) => view! { <QuizResultView state autofocus /> }.into_any(),
            (false, Some(id)) => {
                view! { <QuestionView state question_id=id autofocus /> }.into_any()
            }
            (false, None) => ().into_any(),
        }
    };
    let status = state.status;
    let back_label = state.content.ui.navigation.back.clone();
    view! {
        <div class="screen quiz-screen" data-screen="quiz">
            <BackToGuides label=back_label go_to=guide.go_to />
            {view}
            <p class="visually-hidden" role="status">
                {move || status.get()}
            </p>
            <Notes content=state.content.clone() />
        </div>
    }
}

#[component]
fn QuestionView(state: QuizState, question_id: String, autofocus: bool) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    let content = state.content.clone();
    let Some(question) = state.question(&question_id).cloned() else {
        return ().into_any();
    };
    let texts = &content.ui.quiz;
    if let Some((number, of)) = candidacy::milestone(&content.quiz, &question_id) {
        let detail = [
            ("number", (number as u32).into()),
            ("of", (of as u32).into()),
        ];
        state
            .guide
            .host
            .with_value(|host| events::dispatch(host, "question", &detail));
    }
    let progress = state.progress;
    let (step, total) =
        progress.with_untracked(|p| candidacy::step(&content.quiz, &p.answers, &question_id));
    let format = format_for(&content);
    let count = |n: usize| format.number(u32::try_from(n).unwrap_or(u32::MAX));
    let step_text = fill(
        &texts.progress,
        &[("step", &count(step)), ("total", &count(total))],
    );
    let percent = format!("{}%", step * 100 / total.max(1));
    // "See my result" on the last question: which one is last depends on
    // the answer (it may call for a follow-up).
    let is_last = {
        let (content, id) = (content.clone(), question_id.clone());
        move || progress.with(|p| candidacy::is_last(&content.quiz, &p.answers, &id))
    };
    let (next_text, finish_text) = (texts.next.clone(), texts.finish.clone());
    let answered = {
        let id = question_id.clone();
        move || progress.with(|p| p.answers.contains_key(&id))
    };
    let input_type = if question.multiple {
        "checkbox"
    } else {
        "radio"
    };
    let hint = if question.multiple {
        texts.choose_any.clone()
    } else {
        texts.choose_one.clone()
    };
    let options = question
        .answer
        .iter()
        .map(|answer| {
            let (q, a) = (question_id.clone(), answer.id.clone());
            let checked = {
                let (q, a) = (q.clone(), a.clone());
                move || {
                    progress.with(|p| p.answers.get(&q).is_some_and(|chosen| chosen.contains(&a)))
                }
            };
            let chooser = state.clone();
            // Answers naming a scar type show its small cross-section.
            let figure = answer
                .profile
                .as_ref()
                .and_then(|hint| hint.scar.as_ref())
                .and_then(|id| content.scars.scar.iter().find(|s| &s.id == id))
                .map(|scar| {
                    view! { <span class="scar-figure" inner_html=thumbnail(&content, scar, None)></span> }
                });
            let with_figure = figure.is_some();
            view! {
                <label class="option" class:with-figure=with_figure>
                    <input
                        type=input_type
                        name=format!("q-{q}")
                        value=a.clone()
                        prop:checked=checked
                        on:change=move |_| chooser.choose(&q, &a)
                    />
                    {figure}
                    <span>{answer.text.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let (next, back) = (state.clone(), state.clone());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        next.next();
    };
    view! {
        <form class="question" data-question=question_id.clone() on:submit=submit>
            <div class="progress">
                <p class="progress-label">{step_text}</p>
                <div class="progress-bar" aria-hidden="true">
                    <span class="progress-fill" style:width=percent></span>
                </div>
            </div>
            <fieldset>
                <legend>
                    <h2 class="title question-title" tabindex="-1" node_ref=heading>
                        {question.text.clone()}
                    </h2>
                </legend>
                {question
                    .help
                    .clone()
                    .map(|help| view! { <RichTextView text=help class="question-help" /> })}
                <p class="hint">{hint}</p>
                <div class="options">{options}</div>
            </fieldset>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| back.back()>
                    <BackIcon />
                    <span>{texts.back.clone()}</span>
                </button>
                <button type="submit" class="button primary" disabled=move || !answered()>
                    {move || if is_last() { finish_text.clone() } else { next_text.clone() }}
                </button>
            </div>
        </form>
    }
    .into_any()
}
