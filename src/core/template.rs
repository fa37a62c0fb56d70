//! Texts with `{name}` placeholders, such as "Question {step} of {total}".

/// The names of the placeholders in `template`, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// Replaces each `{name}` in `template` with its value; unknown names stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The text before and after `{name}` in `template`, so that a view can put
/// a link or an emphasis there while the words and their order stay the
/// content's. Without the placeholder, all of it comes before.
pub fn split_at<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let placeholder = format!("{{{name}}}");
    match template.find(&placeholder) {
        Some(at) => (&template[..at], &template[at + placeholder.len()..]),
        None => (template, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_fills_placeholders() {
        let template = "Question {step} of {total}";
        assert_eq!(placeholders(template), ["step", "total"]);
        assert_eq!(
            fill(template, &[("step", "3"), ("total", "19")]),
            "Question 3 of 19"
        );
        assert_eq!(placeholders("no braces"), Vec::<&str>::new());
        assert_eq!(fill("{odd}", &[("step", "1")]), "{odd}");
        assert_eq!(
            split_at("Or call us on {phone}.", "phone"),
            ("Or call us on ", ".")
        );
        assert_eq!(split_at("{phone}", "phone"), ("", ""));
        assert_eq!(split_at("No number", "phone"), ("No number", ""));
    }
}
