//! treatments.toml: the currency, ranges, and a suitability for every scar type.

use serde_json::Value;

use super::*;

/// Checks treatments.toml against the scar ids; gives the treatment ids.
pub fn check_treatments<'a>(
    file: &str,
    treatments: &'a Value,
    scar_ids: &[&str],
    issues: &mut Vec<Issue>,
) -> Vec<&'a str> {
    if let Some(currency) = text_at(treatments, "/currency")
        && !(currency.len() == 3 && currency.chars().all(|c| c.is_ascii_uppercase()))
    {
        issues.push(
            Issue::new(
                file,
                "/currency",
                format!("\"{currency}\" is not a currency code"),
            )
            .help("write the three-letter code in capitals, such as \"USD\", \"EUR\" or \"GBP\""),
        );
    }
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
