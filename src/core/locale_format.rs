//! Numbers, plurals and lists as the visitor's language writes them.
//!
//! The rules themselves come from the browser's `Intl` (the UI's
//! `intl::IntlFormat`): the wasm carries no locale data, and a clinic's
//! Polish or Arabic content gets Polish or Arabic plurals without a line of
//! code here. The core only says which number a text is about; `Plain`
//! stands in for `Intl` in native tests.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::decode::Decode;

/// CLDR's plural categories, as `Intl.PluralRules` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// `Intl.PluralRules.select`'s answer; anything unknown is "other".
    pub fn from_name(name: &str) -> Self {
        match name {
            "zero" => PluralCategory::Zero,
            "one" => PluralCategory::One,
            "two" => PluralCategory::Two,
            "few" => PluralCategory::Few,
            "many" => PluralCategory::Many,
            _ => PluralCategory::Other,
        }
    }
}

/// How one language writes numbers and chooses plural forms.
pub trait LocaleFormat {
    /// The plural category of a count: 1 → One in English.
    fn plural(&self, count: u32) -> PluralCategory;
    /// The category of a range: "1–3" is Other in English and Spanish.
    fn plural_range(&self, min: u32, max: u32) -> PluralCategory;
    /// "1–3", "2" when both ends are equal, "1,000–2,500".
    fn number_range(&self, min: u32, max: u32) -> String;
    /// "0.5", "0,5": a decimal such as a depth in millimetres.
    fn decimal(&self, number: f32) -> String;
    /// "$200–700", "200-700 US$": a price range in `currency` ("USD").
    fn money_range(&self, min: u32, max: u32, currency: &str) -> String;
    /// "Boxcar scars and rolling scars".
    fn list(&self, items: &[&str]) -> String;

    fn number(&self, number: u32) -> String {
        self.number_range(number, number)
    }
}

/// A text with a form for each plural category the language needs; only
/// `other` is required (a language without plurals writes just that).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plural {
    /// For 0 in languages that say it differently (Arabic, Latvian).
    pub zero: Option<String>,
    /// For 1 in English and Spanish ("1 day", "1 día").
    pub one: Option<String>,
    /// For 2 in languages with a dual (Arabic, Slovenian).
    pub two: Option<String>,
    /// For small numbers in some languages (Polish "2–4 dni").
    pub few: Option<String>,
    /// For large numbers in some languages (Polish "5 dni").
    pub many: Option<String>,
    /// Every other number: "{range} days".
    pub other: String,
}

impl Plural {
    /// The form for `category`, or `other` when the content has none.
    pub fn form(&self, category: PluralCategory) -> &str {
        let form = match category {
            PluralCategory::Zero => &self.zero,
            PluralCategory::One => &self.one,
            PluralCategory::Two => &self.two,
            PluralCategory::Few => &self.few,
            PluralCategory::Many => &self.many,
            PluralCategory::Other => return &self.other,
        };
        form.as_deref().unwrap_or(&self.other)
    }

    /// Every form the content gives, `other` last.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        [&self.zero, &self.one, &self.two, &self.few, &self.many]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain([self.other.as_str()])
    }
}

/// English-like rules without `Intl`, for native tests and tools: one for 1,
/// other otherwise; "," between thousands; the currency code for USD "$".
pub struct Plain;

impl Plain {
    fn grouped(number: u32) -> String {
        let digits = number.to_string();
        let mut out = String::with_capacity(digits.len() + 4);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        out
    }
}

impl LocaleFormat for Plain {
    fn plural(&self, count: u32) -> PluralCategory {
        if count == 1 {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }

    fn plural_range(&self, min: u32, max: u32) -> PluralCategory {
        if min == max {
            self.plural(min)
        } else {
            PluralCategory::Other
        }
    }

    fn number_range(&self, min: u32, max: u32) -> String {
        if min == max {
            Self::grouped(min)
        } else {
            format!("{}–{}", Self::grouped(min), Self::grouped(max))
        }
    }

    fn decimal(&self, number: f32) -> String {
        let text = format!("{number:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }

    fn money_range(&self, min: u32, max: u32, currency: &str) -> String {
        let sign = if currency == "USD" { "$" } else { currency };
        format!("{sign}{}", self.number_range(min, max))
    }

    fn list(&self, items: &[&str]) -> String {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_falls_back_to_other() {
        let days = Plural {
            zero: None,
            one: Some("{range} day".into()),
            two: None,
            few: None,
            many: None,
            other: "{range} days".into(),
        };
        assert_eq!(days.form(PluralCategory::One), "{range} day");
        assert_eq!(days.form(PluralCategory::Few), "{range} days");
        assert_eq!(
            days.forms().collect::<Vec<_>>(),
            ["{range} day", "{range} days"]
        );
        assert_eq!(PluralCategory::from_name("many"), PluralCategory::Many);
        assert_eq!(PluralCategory::from_name("?"), PluralCategory::Other);
    }

    #[test]
    fn plain_numbers_read_like_english() {
        assert_eq!(Plain.number_range(1000, 2500), "1,000–2,500");
        assert_eq!(Plain.number_range(2, 2), "2");
        assert_eq!(Plain.number(1234567), "1,234,567");
        assert_eq!(Plain.decimal(0.5), "0.5");
        assert_eq!(Plain.decimal(2.0), "2");
        assert_eq!(Plain.decimal(0.25), "0.25");
        assert_eq!(Plain.money_range(200, 700, "USD"), "$200–700");
        assert_eq!(Plain.plural_range(1, 1), PluralCategory::One);
        assert_eq!(Plain.plural_range(0, 1), PluralCategory::Other);
    }
}
