//! Choosing the content's language for a visitor.

/// The locale to ask for first: the host's `data-locale` if set, otherwise
/// the page's own language (`<html lang="en-GB">` asks for "en-gb").
/// Locale folder names are lower case.
pub fn first_choice(host_locale: Option<&str>, page_lang: Option<&str>) -> Option<String> {
    host_locale
        .or(page_lang)
        .map(|tag| tag.trim().to_ascii_lowercase().replace('_', "-"))
        .filter(|tag| !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// Picks from the `available` locales: the wanted one, else its language
/// without the region ("en-gb" → "en"), else the default.
pub fn best_available<'a>(
    wanted: Option<&str>,
    available: &'a [String],
    default: &'a str,
) -> &'a str {
    let Some(wanted) = wanted else { return default };
    let language = wanted.split('-').next().unwrap_or(wanted);
    available
        .iter()
        .find(|locale| *locale == wanted)
        .or_else(|| available.iter().find(|locale| *locale == language))
        .map(String::as_str)
        .unwrap_or(default)
}

/// The locale numbers and money are written for: the page's own tag when it
/// is the content's language in a region (Spanish content on an `es-MX`
/// page writes "USD 1,000" as Mexico does, on an `es-ES` page "1000 US$"),
/// else the content's own locale.
pub fn formatting_locale(content_locale: &str, page_tag: Option<&str>) -> String {
    let language = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    page_tag
        .filter(|tag| language(tag) == language(content_locale))
        .map_or_else(|| content_locale.to_owned(), str::to_owned)
}

/// Languages written right to left, by their language subtag.
const RIGHT_TO_LEFT: [&str; 10] = ["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

/// "rtl" for a locale whose language is written right to left ("ar-eg"),
/// else "ltr": the `dir` the guide's root takes.
pub fn direction(locale: &str) -> &'static str {
    let language = locale.split('-').next().unwrap_or(locale);
    if RIGHT_TO_LEFT.contains(&language.to_ascii_lowercase().as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_follows_the_page_s_region_in_the_content_s_language() {
        assert_eq!(formatting_locale("es", Some("es-mx")), "es-mx");
        assert_eq!(formatting_locale("es", Some("es-es")), "es-es");
        assert_eq!(formatting_locale("en", Some("en-gb")), "en-gb");
        // A page in another language keeps the content's own conventions.
        assert_eq!(formatting_locale("en", Some("pt-br")), "en");
        assert_eq!(formatting_locale("es", None), "es");
    }

    #[test]
    fn host_attribute_beats_page_language() {
        assert_eq!(first_choice(Some("fr"), Some("en")), Some("fr".into()));
        assert_eq!(first_choice(None, Some("en-GB")), Some("en-gb".into()));
        assert_eq!(first_choice(None, None), None);
    }

    #[test]
    fn odd_tags_are_ignored() {
        assert_eq!(first_choice(Some("../x"), None), None);
        assert_eq!(first_choice(Some("  "), None), None);
    }

    #[test]
    fn region_falls_back_to_language_then_default() {
        let available = vec!["en".to_string(), "fr".to_string()];
        assert_eq!(best_available(Some("fr"), &available, "en"), "fr");
        assert_eq!(best_available(Some("fr-ca"), &available, "en"), "fr");
        assert_eq!(best_available(Some("de"), &available, "en"), "en");
        assert_eq!(best_available(None, &available, "en"), "en");
    }

    #[test]
    fn arabic_and_hebrew_read_right_to_left() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he-IL"), "rtl");
        assert_eq!(direction("ar-xb"), "rtl");
        assert_eq!(direction("es"), "ltr");
        assert_eq!(direction("en-xa"), "ltr");
    }
}
