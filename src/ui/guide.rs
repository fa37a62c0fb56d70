//! What every screen of one guide shares, provided once by `App` as context
//! rather than handed down screen by screen: the content, navigation, the
//! host element, the scar type on show, and the visitor's quiz progress.
//! The progress has this one owner; browser storage only keeps a copy.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::core::candidacy::{self, Progress, VisitorProfile};
use crate::core::content::Content;
use crate::core::content::quiz::QuizFile;
use crate::core::navigation::Screen;
use crate::ui::storage::{self, Place};

#[derive(Clone)]
pub struct Guide {
    pub content: Arc<Content>,
    pub go_to: Callback<Screen>,
    pub host: StoredValue<HtmlElement, LocalStorage>,
    pub quiz: QuizProgress,
    /// The scar type the scar guide shows (`None`: the first); the quiz
    /// result opens the guide at one of the visitor's types.
    pub chosen_scar: RwSignal<Option<String>>,
}

impl Guide {
    /// The guide the current screen is part of (every screen is, in `App`).
    pub fn get() -> Guide {
        expect_context()
    }
}

/// The visitor's answers and place in the quiz.
#[derive(Clone, Copy)]
pub struct QuizProgress {
    pub progress: RwSignal<Progress>,
    /// Whether the visitor asked to be remembered on this device.
    pub remember: RwSignal<bool>,
    key: StoredValue<String>,
}

/// The storage key of the quiz progress of the guide whose key is `storage_key`.
pub fn quiz_key(storage_key: &str) -> String {
    format!("{storage_key}:quiz")
}

impl QuizProgress {
    /// The progress kept for this guide: on the device if the visitor chose
    /// to be remembered, else in the tab; checked against this quiz
    /// (`Progress::restore`).
    pub fn restore(storage_key: &str, quiz: &QuizFile) -> QuizProgress {
        let key = quiz_key(storage_key);
        let on_device: Option<Progress> = storage::load_from(Place::Device, &key);
        let remember = on_device.is_some();
        let stored = on_device.or_else(|| storage::load_from(Place::Tab, &key));
        QuizProgress {
            progress: RwSignal::new(Progress::restore(stored, quiz)),
            remember: RwSignal::new(remember),
            key: StoredValue::new(key),
        }
    }

    /// Copies the progress to storage whenever it changes.
    pub fn keep_in_storage(self) {
        Effect::new(move |_| self.save());
    }

    /// What the comparison learns from the quiz, once it is finished.
    pub fn profile(self, quiz: &QuizFile) -> Option<VisitorProfile> {
        self.progress
            .with_untracked(|progress| candidacy::finished_profile(quiz, progress))
    }

    /// Whether booking links may show for the answers so far (never once
    /// the visitor said they are under 18).
    pub fn offers_booking(self, quiz: &QuizFile) -> bool {
        self.progress
            .with_untracked(|progress| candidacy::offers_booking(quiz, &progress.answers))
    }

    /// Removes every trace of the answers, from both storages, and starts over.
    pub fn forget(self, quiz: &QuizFile) {
        self.remove_stored();
        self.remember.set(false);
        self.progress.set(Progress::restore(None, quiz));
    }

    fn remove_stored(self) {
        self.key.with_value(|key| {
            storage::remove_from(Place::Tab, key);
            storage::remove_from(Place::Device, key);
        });
    }

    /// Keeps the progress in the tab, and on the device if asked; with no
    /// answers there is nothing to keep, so nothing is stored at all.
    fn save(self) {
        let progress = self.progress.get();
        let remember = self.remember.get();
        if progress.answers.is_empty() {
            self.remove_stored();
            return;
        }
        self.key.with_value(|key| {
            storage::save_to(Place::Tab, key, &progress);
            if remember {
                storage::save_to(Place::Device, key, &progress);
            } else {
                storage::remove_from(Place::Device, key);
            }
        });
    }
}
