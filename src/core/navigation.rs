//! Which screen the visitor is on, and how that survives a reload.

use serde::{Deserialize, Serialize};

/// The screens of the widget. The start screen offers the three journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Screen {
    Start,
    /// "Am I a candidate?": the candidacy quiz.
    Quiz,
    /// "Which scars do I have?": scar types explained with diagrams.
    Scars,
    /// "How do treatments compare?": the treatment comparison.
    Compare,
}

impl Screen {
    /// Every screen, in the order the start screen offers them.
    pub const ALL: [Screen; 4] = [Screen::Start, Screen::Quiz, Screen::Scars, Screen::Compare];

    /// The stable name used in host attributes (`data-start-view="quiz"`) and storage.
    pub fn key(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Quiz => "quiz",
            Screen::Scars => "scars",
            Screen::Compare => "compare",
        }
    }

    /// Reads a screen name as a web admin would type it: case and surrounding
    /// spaces do not matter. Unknown names give `None`.
    pub fn from_key(key: &str) -> Option<Screen> {
        let key = key.trim();
        Screen::ALL
            .into_iter()
            .find(|screen| screen.key().eq_ignore_ascii_case(key))
    }
}

/// What the widget keeps in the tab's session storage so that a reload
/// returns the visitor to where they were.
///
/// The version is bumped whenever the shape changes; anything stored under
/// another version is ignored rather than misread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSession {
    pub version: u32,
    pub screen: Screen,
}

impl SavedSession {
    pub const VERSION: u32 = 1;

    pub fn new(screen: Screen) -> Self {
        SavedSession {
            version: Self::VERSION,
            screen,
        }
    }
}

/// Decides the first screen: a session saved in this tab wins (the visitor
/// was already somewhere), then the host's `data-start-view`, then the start
/// screen. Saved data of another version counts as nothing saved.
pub fn first_screen(saved: Option<SavedSession>, host_start_view: Option<&str>) -> Screen {
    saved
        .filter(|session| session.version == SavedSession::VERSION)
        .map(|session| session.screen)
        .or_else(|| host_start_view.and_then(Screen::from_key))
        .unwrap_or(Screen::Start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for screen in Screen::ALL {
            assert_eq!(Screen::from_key(screen.key()), Some(screen));
        }
    }

    #[test]
    fn keys_forgive_case_and_spaces() {
        assert_eq!(Screen::from_key("  Quiz "), Some(Screen::Quiz));
        assert_eq!(Screen::from_key("COMPARE"), Some(Screen::Compare));
    }

    #[test]
    fn unknown_keys_are_none() {
        assert_eq!(Screen::from_key(""), None);
        assert_eq!(Screen::from_key("settings"), None);
    }

    #[test]
    fn nothing_saved_and_no_attribute_starts_at_start() {
        assert_eq!(first_screen(None, None), Screen::Start);
    }

    #[test]
    fn host_attribute_chooses_the_first_screen() {
        assert_eq!(first_screen(None, Some("scars")), Screen::Scars);
    }

    #[test]
    fn unknown_host_attribute_falls_back_to_start() {
        assert_eq!(first_screen(None, Some("pricing")), Screen::Start);
    }

    #[test]
    fn saved_session_wins_over_host_attribute() {
        let saved = SavedSession::new(Screen::Compare);
        assert_eq!(first_screen(Some(saved), Some("quiz")), Screen::Compare);
    }

    #[test]
    fn saved_session_of_another_version_is_ignored() {
        let old = SavedSession {
            version: 0,
            screen: Screen::Compare,
        };
        assert_eq!(first_screen(Some(old), Some("quiz")), Screen::Quiz);
    }

    /// Browsers keep these bytes between visits (postcard, written in hex
    /// by `ui::storage`): reordering the enum or the struct's fields would
    /// make a returning visitor's saved place mean another screen. Change
    /// them only with a new `SavedSession::VERSION`.
    #[test]
    fn stored_sessions_keep_their_bytes() {
        let golden = [
            (Screen::Start, "0100"),
            (Screen::Quiz, "0101"),
            (Screen::Scars, "0102"),
            (Screen::Compare, "0103"),
        ];
        for (screen, hex) in golden {
            let bytes = postcard::to_allocvec(&SavedSession::new(screen)).unwrap();
            assert_eq!(crate::core::hex::encode(&bytes), hex, "{screen:?}");
            let decoded: SavedSession =
                postcard::from_bytes(&crate::core::hex::decode(hex).unwrap()).unwrap();
            assert_eq!(decoded, SavedSession::new(screen));
        }
    }

    #[test]
    fn garbage_does_not_decode_as_a_session() {
        // Cut short, an unknown screen (9), and JSON as an older widget kept it.
        for garbage in ["", "01", "0109", "7b2276657273696f6e223a317d"] {
            let bytes = crate::core::hex::decode(garbage).unwrap();
            assert!(
                postcard::from_bytes::<SavedSession>(&bytes).is_err(),
                "{garbage}"
            );
        }
    }
}
