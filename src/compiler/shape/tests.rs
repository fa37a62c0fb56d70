use super::*;
use crate::core::content::{FileKind, SiteFile};
use serde_json::json;

fn site_schema() -> Value {
    FileKind::Site.json_schema().as_value().clone()
}

fn valid_site() -> Value {
    json!({
        "default_locale": "en",
        "currency": "USD",
        "clinic": { "name": "Lumen" },
        "brand": { "accent": "#2b6a5d", "accent_text": "#ffffff", "corner_radius": 14 },
    })
}

#[test]
fn a_valid_file_has_no_issues_and_deserializes() {
    assert_eq!(
        check_shape("site.toml", &site_schema(), &valid_site()).issues,
        vec![]
    );
    serde_json::from_value::<SiteFile>(valid_site()).unwrap();
}

#[test]
fn every_mistake_in_one_run() {
    let mut site = valid_site();
    site["brand"]["acent"] = json!("#000000");
    site["brand"]["corner_radius"] = json!("14");
    site["clinic"].as_object_mut().unwrap().remove("name");
    site["clinic"]["phone"] = json!(3);
    let issues = check_shape("site.toml", &site_schema(), &site).issues;
    let summary: Vec<(&str, &str)> = issues
        .iter()
        .map(|i| (i.pointer.as_str(), i.message.as_str()))
        .collect();
    assert!(
        summary.contains(&("/brand/acent", "unknown field `acent`")),
        "{summary:#?}"
    );
    assert!(
        summary.contains(&(
            "/brand/corner_radius",
            "`corner_radius` should be a whole number (no quotes), not the text \"14\""
        )),
        "{summary:#?}"
    );
    assert!(
        summary.contains(&("/clinic", "`name` is missing in [clinic]")),
        "{summary:#?}"
    );
    assert!(
        summary.contains(&(
            "/clinic/phone",
            "`phone` should be text in quotes, not the number 3"
        )),
        "{summary:#?}"
    );
    assert_eq!(issues.len(), 4, "{summary:#?}");
    let unknown = issues.iter().find(|i| i.pointer == "/brand/acent").unwrap();
    assert!(unknown.at_key);
    assert!(
        unknown
            .help
            .as_deref()
            .unwrap()
            .starts_with("did you mean `accent`?")
    );
}

#[test]
fn content_of_the_previous_format_is_told_what_to_write() {
    let schema = FileKind::Ui.json_schema().as_value().clone();
    let text: Value = serde_json::to_value(
        toml::from_str::<toml::Value>(include_str!("../../../public/content/en/ui.toml")).unwrap(),
    )
    .unwrap();
    let mut old = text.clone();
    old["compare"]["days"] = json!("{range} days");
    old["compare"]["price"] = json!("${range}");
    let issues = check_shape("ui.toml", &schema, &old).issues;
    let said: Vec<(&str, &str, &str)> = issues
        .iter()
        .map(|i| {
            (
                i.pointer.as_str(),
                i.message.as_str(),
                i.help.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "/compare/days",
                "`days` has a form for each number now, not one text",
                "write days = { one = \"…\", other = \"{range} days\" }: `one` for exactly 1, `other` for every other number"
            ),
            (
                "/compare/price",
                "`price` is no longer used: the browser writes prices in the visitor's language and the currency of site.toml (format 10)",
                "delete this line"
            ),
        ]
    );
}

#[test]
fn finds_the_rich_text_fields() {
    let schema = FileKind::Ui.json_schema().as_value().clone();
    let value = json!({ "notes": { "disclaimer": "Hi *there*" } });
    assert_eq!(
        check_shape("ui.toml", &schema, &value).rich_text,
        ["/notes/disclaimer"]
    );
}

#[test]
fn out_of_range_numbers() {
    let mut site = valid_site();
    site["brand"]["corner_radius"] = json!(99);
    let issues = check_shape("site.toml", &site_schema(), &site).issues;
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues[0].help.as_deref(),
        Some("write a number from 0 to 32")
    );
}
