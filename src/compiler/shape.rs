//! Checks a parsed file against the JSON Schema derived from its Rust type,
//! reporting every unknown, missing or mistyped field at once, in words a
//! marketer can act on ("did you mean", what is allowed, what to write).
//!
//! Handles the parts of JSON Schema that `schemars` emits for our types:
//! `$ref`/`$defs`, `type`, `properties`/`required`/`additionalProperties`,
//! `items`, `enum`/`const`, `anyOf`/`oneOf`, `minimum`/`maximum`.

use std::cell::RefCell;
use std::collections::BTreeSet;

use serde_json::Value;

use crate::compiler::checks::{Issue, child_pointer, did_you_mean};

/// What the walk found: the mistakes, and where the rich-text (Markdown)
/// fields are, for the checks that read Markdown.
#[derive(Debug, Default)]
pub struct Shape {
    pub issues: Vec<Issue>,
    pub rich_text: Vec<String>,
}

pub fn check_shape(file: &str, schema: &Value, value: &Value) -> Shape {
    check_shape_with(file, schema, value, None)
}

/// Fields that belong in another file (a price in a language folder, a
/// name in a data file), and what to say about them instead of "unknown".
pub struct Misplaced<'a> {
    pub names: &'a BTreeSet<String>,
    /// "is the same in every language, so it is not set here"
    pub why: &'a str,
    /// Where it goes instead.
    pub help: &'a str,
}

pub fn check_shape_with(
    file: &str,
    schema: &Value,
    value: &Value,
    misplaced: Option<&Misplaced>,
) -> Shape {
    let walker = Walker {
        file,
        root: schema,
        rich_text: RefCell::new(Vec::new()),
        misplaced,
    };
    let mut issues = Vec::new();
    walker.walk(schema, value, "", &mut issues);
    Shape {
        issues,
        rich_text: walker.rich_text.into_inner(),
    }
}

struct Walker<'a> {
    file: &'a str,
    root: &'a Value,
    rich_text: RefCell<Vec<String>>,
    misplaced: Option<&'a Misplaced<'a>>,
}

impl<'a> Walker<'a> {
    /// Follows `$ref: "#/$defs/Name"` to its definition.
    fn resolve(&self, mut schema: &'a Value) -> &'a Value {
        while let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = reference
                .strip_prefix('#')
                .and_then(|path| self.root.pointer(path));
            match target {
                Some(target) => schema = target,
                None => break,
            }
        }
        schema
    }

    fn walk(&self, schema: &'a Value, value: &Value, pointer: &str, issues: &mut Vec<Issue>) {
        let is_rich_text = schema.get("$ref").and_then(Value::as_str) == Some("#/$defs/RichText");
        if is_rich_text && value.is_string() {
            self.rich_text.borrow_mut().push(pointer.to_owned());
        }
        let schema = self.resolve(schema);
        if let Some(options) = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array)
        {
            self.walk_alternatives(options, value, pointer, issues);
            return;
        }
        if !self.type_matches(schema, value) {
            issues.push(self.wrong_type(schema, value, pointer));
            return;
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            self.check_enum(allowed, value, pointer, issues);
        }
        if let Some(constant) = schema.get("const") {
            self.check_enum(std::slice::from_ref(constant), value, pointer, issues);
        }
        match value {
            Value::Object(fields) => self.walk_object(schema, fields, pointer, issues),
            Value::Array(items) => {
                self.check_length(schema, items.len(), pointer, issues);
                if let Some(item_schema) = schema.get("items") {
                    for (index, item) in items.iter().enumerate() {
                        self.walk(
                            item_schema,
                            item,
                            &child_pointer(pointer, &index.to_string()),
                            issues,
                        );
                    }
                }
            }
            Value::Number(number) => {
                self.check_range(schema, number.as_f64().unwrap_or(0.0), pointer, issues)
            }
            _ => {}
        }
    }

    /// `Option<T>` and enums: fine if any alternative fits. Otherwise report
    /// against the alternative of the same JSON type, or list the choices.
    fn walk_alternatives(
        &self,
        options: &'a [Value],
        value: &Value,
        pointer: &str,
        issues: &mut Vec<Issue>,
    ) {
        let mut attempts = Vec::new();
        for option in options {
            let mut found = Vec::new();
            self.walk(option, value, pointer, &mut found);
            if found.is_empty() {
                return;
            }
            attempts.push((option, found));
        }
        // An enum whose variants are documented one by one comes as
        // alternatives of `const`s and `enum` lists: list all its choices.
        let choices: Option<Vec<Value>> = options
            .iter()
            .map(|o| {
                let o = self.resolve(o);
                match (o.get("const"), o.get("enum").and_then(Value::as_array)) {
                    (Some(constant), _) => Some(vec![constant.clone()]),
                    (None, Some(list)) => Some(list.clone()),
                    (None, None) => None,
                }
            })
            .collect::<Option<Vec<_>>>()
            .map(|lists| lists.concat());
        if let Some(choices) = choices {
            self.check_enum(&choices, value, pointer, issues);
            return;
        }
        let same_type = attempts
            .into_iter()
            .find(|(option, _)| self.type_matches(self.resolve(option), value));
        match same_type {
            Some((_, found)) => issues.extend(found),
            None => issues.push(self.wrong_type(self.resolve(&options[0]), value, pointer)),
        }
    }

    fn walk_object(
        &self,
        schema: &'a Value,
        fields: &serde_json::Map<String, Value>,
        pointer: &str,
        issues: &mut Vec<Issue>,
    ) {
        let empty = serde_json::Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let additional = schema.get("additionalProperties");

        // A misspelt name is one mistake: the unknown field says "did you
        // mean", so the field it meant is not also told missing.
        let allowed: Vec<&str> = properties.keys().map(String::as_str).collect();
        let meant: BTreeSet<&str> = fields
            .keys()
            .filter(|name| {
                !properties.contains_key(*name) && additional == Some(&Value::Bool(false))
            })
            .filter_map(|name| did_you_mean(name, allowed.iter().copied()))
            .collect();
        for name in &required {
            if !fields.contains_key(*name) && !meant.contains(name) {
                issues.push(self.missing_field(properties.get(*name), name, pointer));
            }
        }
        for (name, field) in fields {
            let here = child_pointer(pointer, name);
            match (properties.get(name), additional) {
                (Some(field_schema), _) => self.walk(field_schema, field, &here, issues),
                (None, Some(Value::Bool(false))) => {
                    issues.push(self.unknown_field(name, properties, &here))
                }
                (None, Some(extra @ Value::Object(_))) => self.walk(extra, field, &here, issues),
                (None, _) => {}
            }
        }
    }

    fn check_enum(&self, allowed: &[Value], value: &Value, pointer: &str, issues: &mut Vec<Issue>) {
        if allowed.contains(value) {
            return;
        }
        let names: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
        let found = value
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| value.to_string());
        let mut help = format!("write one of: {}", quoted_list(&names));
        if let Some(close) = did_you_mean(&found, names.iter().copied()) {
            help = format!("did you mean \"{close}\"? {help}");
        }
        issues.push(
            Issue::new(
                self.file,
                pointer,
                format!(
                    "\"{found}\" is not one of the choices for `{}`",
                    field_name(pointer)
                ),
            )
            .help(help),
        );
    }

    /// Lists the widget cannot do without, such as a question's answers.
    fn check_length(&self, schema: &Value, length: usize, pointer: &str, issues: &mut Vec<Issue>) {
        let Some(minimum) = schema.get("minItems").and_then(Value::as_u64) else {
            return;
        };
        if length as u64 >= minimum {
            return;
        }
        let name = field_name(pointer);
        let item = schema.get("items").map(|items| self.resolve(items));
        let help = if item.and_then(|i| i.get("type")).and_then(Value::as_str) == Some("object") {
            let table = dotted(pointer)
                .split('.')
                .map(|part| part.split('[').next().unwrap_or(part))
                .collect::<Vec<_>>()
                .join(".");
            format!("remove `{name} = []` and add at least {minimum} [[{table}]] table(s) below")
        } else {
            format!("list at least {minimum} value(s) in `{name}`")
        };
        issues.push(Issue::new(self.file, pointer, format!("`{name}` is empty")).help(help));
    }

    fn check_range(&self, schema: &Value, number: f64, pointer: &str, issues: &mut Vec<Issue>) {
        let minimum = schema.get("minimum").and_then(Value::as_f64);
        let maximum = schema.get("maximum").and_then(Value::as_f64);
        let outside =
            minimum.is_some_and(|min| number < min) || maximum.is_some_and(|max| number > max);
        if outside {
            let (min, max) = (minimum.unwrap_or(f64::MIN), maximum.unwrap_or(f64::MAX));
            issues.push(
                Issue::new(
                    self.file,
                    pointer,
                    format!("{number} is out of range for `{}`", field_name(pointer)),
                )
                .help(format!("write a number from {min} to {max}")),
            );
        }
    }

    fn type_matches(&self, schema: &Value, value: &Value) -> bool {
        let Some(expected) = schema.get("type") else {
            return true;
        };
        let names: Vec<&str> = match expected {
            Value::String(name) => vec![name.as_str()],
            Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
            _ => return true,
        };
        names.iter().any(|name| match *name {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            "null" => value.is_null(),
            _ => true,
        })
    }

    fn wrong_type(&self, schema: &Value, value: &Value, pointer: &str) -> Issue {
        let name = field_name(pointer);
        // A text that became a plural table (content format 10): say how to
        // write it, keeping the marketer's own words.
        let is_plural = schema.pointer("/properties/other").is_some()
            && schema.pointer("/properties/one").is_some();
        if let (true, Some(text)) = (is_plural, value.as_str()) {
            return Issue::new(
                self.file,
                pointer,
                format!("`{name}` has a form for each number now, not one text"),
            )
            .help(format!(
                "write {name} = {{ one = \"…\", other = {text:?} }}: `one` for exactly 1, `other` for every other number"
            ));
        }
        let expected = schema
            .get("type")
            .and_then(|t| {
                t.as_str().or_else(|| {
                    t.as_array()?
                        .iter()
                        .filter_map(Value::as_str)
                        .find(|n| *n != "null")
                })
            })
            .unwrap_or("something else");
        Issue::new(
            self.file,
            pointer,
            format!(
                "`{name}` should be {}, not {}",
                describe_type(expected),
                describe_value(value)
            ),
        )
        .help(format!(
            "write {}",
            example(name, schema, expected, pointer)
        ))
    }

    fn missing_field(&self, schema: Option<&Value>, name: &str, pointer: &str) -> Issue {
        let schema = schema.map(|s| self.resolve(s)).unwrap_or(&Value::Null);
        let expected = schema
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("string");
        let mut help = format!(
            "add {}",
            example(name, schema, expected, &child_pointer(pointer, name))
        );
        if let Some(description) = schema.get("description").and_then(Value::as_str) {
            help.push_str(&format!(": {}", description.replace('\n', " ")));
        }
        let place = if pointer.is_empty() {
            String::new()
        } else {
            format!(" in [{}]", dotted(pointer))
        };
        Issue::new(self.file, pointer, format!("`{name}` is missing{place}")).help(help)
    }

    fn unknown_field(
        &self,
        name: &str,
        properties: &serde_json::Map<String, Value>,
        pointer: &str,
    ) -> Issue {
        let retired = RETIRED_FIELDS
            .iter()
            .find(|(file, field, _)| self.file.ends_with(file) && *field == name);
        if let Some((_, _, why)) = retired {
            return Issue::new(
                self.file,
                pointer,
                format!("`{name}` is no longer used: {why}"),
            )
            .help("delete this line")
            .at_key();
        }
        if let Some(misplaced) = self.misplaced.filter(|m| m.names.contains(name)) {
            return Issue::new(self.file, pointer, format!("`{name}` {}", misplaced.why))
                .help(misplaced.help)
                .at_key();
        }
        let allowed: Vec<&str> = properties.keys().map(String::as_str).collect();
        let mut help = if allowed.is_empty() {
            "nothing else belongs here; delete it".to_owned()
        } else {
            format!("allowed here: {}", allowed.join(", "))
        };
        if let Some(close) = did_you_mean(name, allowed.iter().copied()) {
            help = format!("did you mean `{close}`? {help}");
        }
        Issue::new(self.file, pointer, format!("unknown field `{name}`"))
            .help(help)
            .at_key()
    }
}

/// Fields an older content format had, and why they went: content made for
/// an older release gets a reason and "delete this line", not "unknown".
const RETIRED_FIELDS: &[(&str, &str, &str)] = &[
    (
        "scars.toml",
        "microneedling",
        "the scar guide shows how well microneedling suits each type from treatments.toml, the `suits` of the quiz's treatment, so that the guide and the comparison always agree (format 10)",
    ),
    (
        "ui.toml",
        "price",
        "the browser writes prices in the visitor's language and the currency of site.toml (format 10)",
    ),
    (
        "treatments.toml",
        "currency",
        "the currency is set once for every price and budget, by `currency` in site.toml: move this line there (format 11)",
    ),
    (
        "ui.toml",
        "thousands_separator",
        "the browser writes numbers in the visitor's language (format 10)",
    ),
    (
        "ui.toml",
        "one_session",
        "`session_count` has a form for one session now (format 10)",
    ),
];

fn field_name(pointer: &str) -> &str {
    pointer
        .rsplit('/')
        .find(|part| part.parse::<usize>().is_err())
        .unwrap_or("value")
}

/// "/journeys/quiz" → "journeys.quiz"; list positions are left out.
fn dotted(pointer: &str) -> String {
    pointer
        .split('/')
        .filter(|part| !part.is_empty() && part.parse::<usize>().is_err())
        .collect::<Vec<_>>()
        .join(".")
}

fn describe_type(name: &str) -> &'static str {
    match name {
        "string" => "text in quotes",
        "integer" => "a whole number (no quotes)",
        "number" => "a number (no quotes)",
        "boolean" => "true or false (no quotes)",
        "array" => "a list in square brackets",
        "object" => "a table",
        _ => "something else",
    }
}

fn describe_value(value: &Value) -> String {
    match value {
        Value::String(text) => format!("the text \"{text}\""),
        Value::Number(number) => format!("the number {number}"),
        Value::Bool(flag) => format!("{flag}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a table".into(),
        Value::Null => "nothing".into(),
    }
}

/// What a correct line looks like, for help messages.
fn example(name: &str, schema: &Value, expected: &str, pointer: &str) -> String {
    let is_table_array = expected == "array"
        && schema
            .get("items")
            .is_some_and(|i| i.get("$ref").is_some() || i.get("properties").is_some());
    match expected {
        "string" => format!("{name} = \"…\""),
        "integer" => format!("{name} = 12"),
        "number" => format!("{name} = 1.5"),
        "boolean" => format!("{name} = true"),
        "array" if is_table_array => format!("[[{}]] tables", dotted(pointer)),
        "array" => format!("{name} = [\"…\", \"…\"]"),
        "object" => format!("a [{}] table", dotted(pointer)),
        _ => format!("{name} = …"),
    }
}

fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
