//! site.toml (the brand colours and their contrast, the booking link) and
//! each locale's about.toml (the medical review's dates).

use serde_json::Value;

use super::*;

/// Checks site.toml: colours and their contrast, links, and that the default
/// locale is one of `locales`. Works on the file's value, so it runs even
/// when other parts of the file have mistakes.
pub fn check_site(site: &Value, locales: &[String]) -> Vec<Issue> {
    const FILE: &str = "site.toml";
    let mut issues = Vec::new();
    if let Some(default) = text_at(site, "/default_locale")
        && !locales.iter().any(|locale| locale == default)
    {
        issues.push(
            Issue::new(
                FILE,
                "/default_locale",
                format!("there is no locale folder \"{default}\""),
            )
            .help(format!(
                "use one of the folders beside site.toml: {}",
                locales.join(", ")
            )),
        );
    }
    if let Some(currency) = text_at(site, "/currency") {
        issues.extend(check_currency(FILE, "/currency", currency));
    }
    let accent = text_at(site, "/brand/accent")
        .and_then(|t| check_colour(FILE, "/brand/accent", t, &mut issues));
    let accent_text = text_at(site, "/brand/accent_text")
        .and_then(|t| check_colour(FILE, "/brand/accent_text", t, &mut issues));
    if let Some(mut accent) = accent {
        let mut replaced = false;
        let ratio = accent.contrast(WHITE);
        if ratio < AA_NORMAL_TEXT {
            let fixed = accent.nearest_with_contrast(WHITE, AA_NORMAL_TEXT);
            // The text colour is judged against the accent the marketer
            // will write, so that both suggestions work together.
            accent = fixed;
            replaced = true;
            issues.push(
                Issue::new(
                    FILE,
                    "/brand/accent",
                    format!("the brand colour is too light to read on white ({ratio}; WCAG AA needs 4.5:1)"),
                )
                .help(format!("a darker shade such as \"{}\" passes", fixed.hex())),
            );
        }
        if let Some(text) = accent_text {
            let ratio = accent.contrast(text);
            if ratio < AA_NORMAL_TEXT {
                let fixed = text.nearest_with_contrast(accent, AA_NORMAL_TEXT);
                let on = if replaced {
                    format!("the suggested brand colour \"{}\"", accent.hex())
                } else {
                    "the brand colour".to_owned()
                };
                issues.push(
                    Issue::new(
                        FILE,
                        "/brand/accent_text",
                        format!("text in this colour is hard to read on {on} ({ratio}; WCAG AA needs 4.5:1)"),
                    )
                    .help(format!("try \"{}\"", fixed.hex())),
                );
            }
        }
    }
    if let Some(url) = text_at(site, "/clinic/booking_url") {
        issues.extend(check_url(FILE, "/clinic/booking_url", url));
    }
    issues
}

/// Checks a locale's about.toml: a clinician's review is dated, and due
/// again within three years; once that date has passed, every build says so
/// until someone reviews again. `today` ("2026-12-01") tells a review that is
/// past due.
pub fn check_about(file: &str, about: &Value, today: &str) -> Vec<Issue> {
    let mut issues = Vec::new();
    let site = about;
    let date = |field: &str, issues: &mut Vec<Issue>| {
        let pointer = format!("/review/{field}");
        let text = text_at(site, &pointer)?;
        if is_date(text) {
            return Some(text);
        }
        issues.push(
            Issue::new(file, pointer, format!("\"{text}\" is not a date"))
                .help("write the date as 2026-11-01, without quotes"),
        );
        None
    };
    if let Some(reviewer) = text_at(site, "/review/reviewer")
        && let Some(problem) = super::compliance::reviewer_problem(reviewer)
    {
        let rule = super::compliance::Rule::named("real-reviewer");
        issues.push(
            Issue::new(file, "/review/reviewer", format!("{problem} [real-reviewer]"))
                .help(format!(
                    "write the clinician's name and credentials, e.g. reviewer = \"Dr. Ana Ruiz, MD, FAAD\", or remove [review] until a clinician has reviewed the content. Why: {}",
                    rule.why()
                )),
        );
    }
    let reviewed = date("reviewed_on", &mut issues);
    let next = date("next_review", &mut issues);
    if let (Some(reviewed), Some(next)) = (reviewed, next) {
        // ISO dates compare as text; three years on is the same day, three
        // years later.
        let year: u32 = reviewed[..4].parse().unwrap_or(0);
        let limit = format!("{}{}", year + 3, &reviewed[4..]);
        if next <= reviewed {
            issues.push(
                Issue::new(
                    file,
                    "/review/next_review",
                    "the next review comes before the last one",
                )
                .help(format!("write a date after {reviewed}")),
            );
        } else if next > limit.as_str() {
            issues.push(
                Issue::new(
                    file,
                    "/review/next_review",
                    "medical content must be reviewed again within three years",
                )
                .help(format!("write {limit} or earlier")),
            );
        } else if next < today {
            issues.push(
                Issue::new(file, "/review/next_review", format!("the medical review was due again on {next}"))
                    .help("ask your clinician to review the content again, then update reviewed_on and next_review")
                    .warning(),
            );
        }
    }
    issues
}

/// ISO 4217's active currency codes (2026).
const CURRENCIES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

/// A currency is one of ISO 4217's codes; a sign or a name gets its code.
fn check_currency(file: &str, pointer: &str, currency: &str) -> Option<Issue> {
    if CURRENCIES.split(' ').any(|code| code == currency) {
        return None;
    }
    let upper = currency.trim().to_ascii_uppercase();
    let by_sign = match currency.trim() {
        "$" | "US$" | "DOLLAR" | "dollar" | "dollars" => Some("USD"),
        "€" | "euro" | "euros" | "EURO" => Some("EUR"),
        "£" | "pound" | "pounds" => Some("GBP"),
        "MX$" | "peso" | "pesos" => Some("MXN"),
        _ => None,
    };
    let suggestion = by_sign
        .or_else(|| CURRENCIES.split(' ').find(|code| *code == upper))
        .or_else(|| did_you_mean(&upper, CURRENCIES.split(' ')));
    let help = match suggestion {
        Some(code) => format!("write currency = \"{code}\" (three capital letters, ISO 4217)"),
        None => "write the three-letter ISO 4217 code in capitals, such as \"USD\", \"MXN\", \"EUR\" or \"GBP\"".into(),
    };
    Some(
        Issue::new(
            file,
            pointer,
            format!("\"{currency}\" is not a currency code"),
        )
        .help(help),
    )
}
