//! treatments.toml: ranges, a suitability for every scar type, and prices
//! still marked as examples.

use serde_json::Value;

use super::*;

/// Checks treatments.toml against the scar ids; gives the treatment ids.
pub fn check_treatments<'a>(
    file: &str,
    treatments: &'a Value,
    scar_ids: &[&str],
    issues: &mut Vec<Issue>,
) -> Vec<&'a str> {
    let list = items(treatments, "/treatment");
    let ids = check_ids(file, &list, "treatment", issues);
    for (pointer, treatment) in &list {
        if let Some(url) = treatment.get("booking_url").and_then(Value::as_str) {
            issues.extend(check_url(file, &format!("{pointer}/booking_url"), url));
        }
        for field in ["downtime_days", "sessions", "weeks_apart", "price"] {
            check_range(
                file,
                &format!("{pointer}/{field}"),
                treatment.get(field),
                issues,
            );
        }
        let Some(suits) = treatment.get("suits").and_then(Value::as_object) else {
            continue;
        };
        for scar in suits.keys() {
            if !scar_ids.contains(&scar.as_str()) {
                let at = child_pointer(&format!("{pointer}/suits"), scar);
                issues.push(
                    unknown_reference(file, at, scar, scar_ids, "scar type", "scars.toml").at_key(),
                );
            }
        }
        for scar in scar_ids.iter().filter(|scar| !suits.contains_key(**scar)) {
            issues.push(
                Issue::new(
                    file,
                    format!("{pointer}/suits"),
                    format!("`suits` does not say how it suits \"{scar}\""),
                )
                .help(format!(
                    "add {scar} = \"good\", \"fair\", \"limited\" or \"not-suitable\""
                )),
            );
        }
    }
    ids
}

/// Ends the message of every example-value finding, so that the compiler
/// can set them apart from other warnings (`Compiled::examples`).
pub const EXAMPLE_TAG: &str = "[example-values]";

/// Prices still marked `example = true` in treatments.toml (data file).
pub fn example_prices(treatments: &Value) -> Vec<Issue> {
    const FILE: &str = "treatments.toml";
    items(treatments, "/treatment")
        .into_iter()
        .filter(|(_, t)| t.pointer("/price/example").and_then(Value::as_bool) == Some(true))
        .map(|(pointer, treatment)| {
            let id = text_at(treatment, "/id").unwrap_or("this treatment");
            Issue::new(
                FILE,
                format!("{pointer}/price/example"),
                format!("the price of \"{id}\" is an example, not your clinic's {EXAMPLE_TAG}"),
            )
            .help("write your own min and max and delete example = true, or delete the price to show \"Ask us\"")
            .warning()
        })
        .collect()
}

/// A booking link or phone number reserved for examples in site.toml: a
/// domain ending in .example (or example.com) and 555-01xx numbers.
pub fn example_contacts(site: &Value) -> Vec<Issue> {
    const FILE: &str = "site.toml";
    let mut issues = Vec::new();
    if let Some(url) = text_at(site, "/clinic/booking_url") {
        let host = url
            .split("://")
            .nth(1)
            .unwrap_or("")
            .split(['/', '?', '#', ':'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let example = host.ends_with(".example")
            || ["example.com", "example.org", "example.net"]
                .iter()
                .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")));
        if example {
            issues.push(
                Issue::new(FILE, "/clinic/booking_url", format!("\"{url}\" is an example address, not your booking page {EXAMPLE_TAG}"))
                    .help("write your own booking page, e.g. booking_url = \"https://yourclinic.com/book\"")
                    .warning(),
            );
        }
    }
    if let Some(phone) = text_at(site, "/clinic/phone") {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        // 555-0100 to 555-0199 are reserved for fiction in North America.
        if digits.contains("55501") {
            issues.push(
                Issue::new(FILE, "/clinic/phone", format!("\"{phone}\" is a number reserved for examples, not your clinic's {EXAMPLE_TAG}"))
                    .help("write your clinic's number the way visitors should dial it")
                    .warning(),
            );
        }
    }
    issues
}
