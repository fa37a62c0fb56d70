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
