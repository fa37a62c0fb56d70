//! The browser's `Intl` as the core's `LocaleFormat`: plural rules, number,
//! money and list formats for the content's language, with no locale data
//! in the wasm. Each formatter is made once per language and kept.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::content::Content;
use crate::core::content::locale::formatting_locale;
use crate::core::locale_format::{LocaleFormat, Plain, PluralCategory};

thread_local! {
    /// The formatters of the languages shown so far, by locale and currency.
    static MADE: RefCell<Vec<(String, String, Rc<IntlFormat>)>> = const { RefCell::new(Vec::new()) };
    /// The language tag the host page asked for ("es-mx"), if any.
    static PAGE_LOCALE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers the tag the host page asked for, so that numbers and money
/// follow its region (`formatting_locale`).
pub fn set_page_locale(tag: Option<String>) {
    PAGE_LOCALE.with(|page| *page.borrow_mut() = tag);
}

/// Content as it arrives, with the texts it leaves to the visitor's
/// language written: the budget answers, from their amounts.
pub fn localised(mut content: Content) -> Content {
    let format = format_for(&content);
    content.write_budget_answers(&*format);
    content
}

/// The formatters for `content`'s language (in the page's region) and currency.
pub fn format_for(content: &Content) -> Rc<IntlFormat> {
    let page = PAGE_LOCALE.with(|page| page.borrow().clone());
    let locale = &formatting_locale(&content.locale, page.as_deref());
    let currency = &content.site.currency;
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        if let Some((_, _, format)) = made.iter().find(|(l, c, _)| l == locale && c == currency) {
            return format.clone();
        }
        let format = Rc::new(IntlFormat::new(locale, currency));
        made.push((locale.clone(), currency.clone(), format.clone()));
        format
    })
}

/// `Intl`'s formatters for one language and currency.
pub struct IntlFormat {
    plurals: Intl::PluralRules,
    numbers: Intl::NumberFormat,
    decimals: Intl::NumberFormat,
    money: Intl::NumberFormat,
    /// `Intl.ListFormat` (2021 browsers); lists fall back to commas without it.
    lists: Option<JsValue>,
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

impl IntlFormat {
    pub fn new(locale: &str, currency: &str) -> IntlFormat {
        let locales = Array::of1(&locale.into());
        let whole = [("maximumFractionDigits", JsValue::from(0))];
        let money = [
            ("style", JsValue::from("currency")),
            ("currency", currency.into()),
            ("minimumFractionDigits", 0.into()),
            ("maximumFractionDigits", 0.into()),
        ];
        let lists = Reflect::get(&js_sys::global(), &"Intl".into())
            .and_then(|intl| Reflect::get(&intl, &"ListFormat".into()))
            .ok()
            .and_then(|constructor| constructor.dyn_into::<Function>().ok())
            .and_then(|constructor| {
                let args = Array::of2(&locales, &options(&[("type", "conjunction".into())]));
                Reflect::construct(&constructor, &args).ok()
            });
        IntlFormat {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            numbers: Intl::NumberFormat::new(&locales, &options(&whole)),
            decimals: Intl::NumberFormat::new(
                &locales,
                &options(&[("maximumFractionDigits", 2.into())]),
            ),
            money: Intl::NumberFormat::new(&locales, &options(&money)),
            lists,
        }
    }

    fn format(format: &Intl::NumberFormat, number: f64) -> String {
        format
            .format()
            .call1(format, &number.into())
            .ok()
            .and_then(|text| text.as_string())
            // Never Rust's own float formatting: it would add ~13 KB of
            // code to every visitor's download for a path Intl never takes.
            .unwrap_or_default()
    }

    /// `formatRange` (2023 browsers), else both ends with an en dash.
    fn format_range(format: &Intl::NumberFormat, min: u32, max: u32) -> String {
        if min == max {
            return Self::format(format, min.into());
        }
        let has_range = Reflect::has(format, &"formatRange".into()).unwrap_or(false);
        let ranged = has_range
            .then(|| {
                format
                    .format_range(&min.to_string().into(), &max.to_string().into())
                    .ok()
            })
            .flatten()
            .and_then(|text| text.as_string());
        ranged.unwrap_or_else(|| {
            format!(
                "{}–{}",
                Self::format(format, min.into()),
                Self::format(format, max.into())
            )
        })
    }
}

impl LocaleFormat for IntlFormat {
    fn plural(&self, count: u32) -> PluralCategory {
        PluralCategory::from_name(&String::from(self.plurals.select(count.into())))
    }

    fn plural_range(&self, min: u32, max: u32) -> PluralCategory {
        if min == max {
            return self.plural(min);
        }
        // selectRange arrived in 2023 browsers; without it, a range takes
        // the form of its upper end, as it does in most languages.
        if Reflect::has(&self.plurals, &"selectRange".into()).unwrap_or(false) {
            return PluralCategory::from_name(&String::from(
                self.plurals.select_range(min.into(), max.into()),
            ));
        }
        match self.plural(max) {
            PluralCategory::One => PluralCategory::Other,
            category => category,
        }
    }

    fn number_range(&self, min: u32, max: u32) -> String {
        Self::format_range(&self.numbers, min, max)
    }

    fn decimal(&self, number: f32) -> String {
        Self::format(&self.decimals, number.into())
    }

    fn money_range(&self, min: u32, max: u32, _currency: &str) -> String {
        Self::format_range(&self.money, min, max)
    }

    fn list(&self, items: &[&str]) -> String {
        let Some(lists) = &self.lists else {
            return Plain.list(items);
        };
        let array: Array = items.iter().map(|item| JsValue::from(*item)).collect();
        Reflect::get(lists, &"format".into())
            .ok()
            .and_then(|format| format.dyn_into::<Function>().ok())
            .and_then(|format| format.call1(lists, &array).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| Plain.list(items))
    }
}
