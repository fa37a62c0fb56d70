//! The words the visitor reads.
//!
//! These defaults are the English text of the first screens. They move into
//! the marketer-edited content files (TOML, compiled for the browser) once the
//! content schema exists; the UI already reads every word from here, never
//! from a literal of its own.

use crate::core::navigation::Screen;

/// Shown if the widget fails before any content says otherwise.
pub const DEFAULT_CRASH_MESSAGE: &str =
    "Sorry, this guide stopped working. Please reload the page to try again.";

/// Everything the start screen and the journey screens say.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteCopy {
    pub clinic_name: String,
    /// Names the widget for assistive technology ("Acne scar guide by …").
    pub widget_label: String,
    pub eyebrow: String,
    pub title: String,
    pub lead: String,
    pub journeys: Vec<Journey>,
    pub privacy_note: String,
    pub disclaimer: String,
    pub back_label: String,
    /// Shown in place of the widget when it fails; never empty.
    pub crash_message: String,
}

/// One of the three journeys the start screen offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub screen: Screen,
    pub title: String,
    pub summary: String,
    pub duration: String,
    /// What the journey's own screen says while it is being written.
    pub coming_soon: String,
}

impl SiteCopy {
    pub fn journey(&self, screen: Screen) -> Option<&Journey> {
        self.journeys
            .iter()
            .find(|journey| journey.screen == screen)
    }

    /// The default English text.
    pub fn english() -> Self {
        let journey =
            |screen, title: &str, summary: &str, duration: &str, coming_soon: &str| Journey {
                screen,
                title: title.into(),
                summary: summary.into(),
                duration: duration.into(),
                coming_soon: coming_soon.into(),
            };
        SiteCopy {
            clinic_name: "Lumen Skin Studio".into(),
            widget_label: "Acne scar and microneedling guide".into(),
            eyebrow: "Acne scar guide".into(),
            title: "Is microneedling right for your scars?".into(),
            lead: "Three short guides to help you prepare for a consultation. \
                   Take them in any order; your answers stay on this device."
                .into(),
            journeys: vec![
                journey(
                    Screen::Quiz,
                    "Am I a good candidate?",
                    "A few questions about your skin and health, with the reason \
                     behind every answer that matters.",
                    "About 2 minutes",
                    "The candidacy questions are being reviewed by our clinical team. \
                     Until they are ready, your provider can go through them with you \
                     at a consultation.",
                ),
                journey(
                    Screen::Scars,
                    "Which scars do I have?",
                    "Ice pick, boxcar, rolling and raised scars drawn in cross-section, \
                     with a mirror check for each.",
                    "About 3 minutes",
                    "The scar guide and its diagrams are being reviewed by our clinical \
                     team and will appear here soon.",
                ),
                journey(
                    Screen::Compare,
                    "How do treatments compare?",
                    "Microneedling next to lasers, peels, fillers and subcision: \
                     downtime, sessions, cost and evidence.",
                    "About 3 minutes",
                    "The treatment comparison is being reviewed by our clinical team \
                     and will appear here soon.",
                ),
            ],
            privacy_note: "Private by design: nothing you choose leaves this device.".into(),
            disclaimer: "Educational information, not a diagnosis. \
                         A qualified provider decides what is right for you."
                .into(),
            back_label: "Back to all guides".into(),
            crash_message: DEFAULT_CRASH_MESSAGE.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_screen_offers_the_three_journeys_in_order() {
        let copy = SiteCopy::english();
        let screens: Vec<Screen> = copy.journeys.iter().map(|j| j.screen).collect();
        assert_eq!(screens, [Screen::Quiz, Screen::Scars, Screen::Compare]);
    }

    #[test]
    fn every_journey_screen_has_its_words() {
        let copy = SiteCopy::english();
        for screen in [Screen::Quiz, Screen::Scars, Screen::Compare] {
            let journey = copy.journey(screen).expect("journey copy");
            for text in [
                &journey.title,
                &journey.summary,
                &journey.duration,
                &journey.coming_soon,
            ] {
                assert!(!text.trim().is_empty(), "{screen:?} has empty text");
            }
        }
        assert!(copy.journey(Screen::Start).is_none());
    }

    #[test]
    fn no_text_makes_a_banned_claim() {
        // CLINICAL.md: treatments improve scars; none removes them.
        let copy = SiteCopy::english();
        let mut all = vec![
            &copy.title,
            &copy.lead,
            &copy.disclaimer,
            &copy.privacy_note,
        ];
        for journey in &copy.journeys {
            all.extend([&journey.title, &journey.summary, &journey.coming_soon]);
        }
        for text in all {
            let lower = text.to_lowercase();
            for banned in [
                "removes scar",
                "scar-free",
                "no downtime",
                "safe for all skin",
            ] {
                assert!(!lower.contains(banned), "{text:?} claims {banned:?}");
            }
        }
    }
}
