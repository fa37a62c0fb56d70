//! Reads a TOML file into a JSON value plus the span of every key and value,
//! so that any mistake found later, by pointer, can be shown at its line and
//! column. Syntax errors are collected, not just the first.

use std::collections::HashMap;
use std::ops::Range;

use serde_json::{Map, Number, Value};
use toml::de::{DeTable, DeValue};

use crate::compiler::checks::child_pointer;

/// Where a key and its value sit in the file, in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Spans {
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
}

/// A parsed file: the value, and spans by JSON pointer ("" is the root).
#[derive(Clone, Debug)]
pub struct Located {
    pub value: Value,
    pub spans: HashMap<String, Spans>,
}

impl Located {
    /// The span to show for `pointer`: its key or its value, or failing that
    /// the nearest enclosing item that has a span.
    pub fn span_of(&self, pointer: &str, at_key: bool) -> Range<usize> {
        let mut pointer = pointer;
        loop {
            if let Some(spans) = self.spans.get(pointer) {
                return match (&spans.key, at_key) {
                    (Some(key), true) => key.clone(),
                    _ => spans.value.clone(),
                };
            }
            match pointer.rfind('/') {
                Some(slash) => pointer = &pointer[..slash],
                None => return 0..0,
            }
        }
    }
}

/// A syntax error: where and what the TOML parser said.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
}

pub fn parse(text: &str) -> (Located, Vec<SyntaxError>) {
    let (root, errors) = DeTable::parse_recoverable(text);
    let mut spans = HashMap::new();
    spans.insert(
        String::new(),
        Spans {
            key: None,
            value: root.span(),
        },
    );
    let value = table_to_json(root.get_ref(), "", &mut spans);
    let errors = errors
        .into_iter()
        .map(|error| SyntaxError {
            span: error.span().unwrap_or(0..0),
            message: error.message().trim().to_owned(),
        })
        .collect();
    (Located { value, spans }, errors)
}

fn table_to_json(table: &DeTable<'_>, pointer: &str, spans: &mut HashMap<String, Spans>) -> Value {
    let mut object = Map::new();
    for (key, value) in table.iter() {
        let here = child_pointer(pointer, key.get_ref());
        spans.insert(
            here.clone(),
            Spans {
                key: Some(key.span()),
                value: value.span(),
            },
        );
        object.insert(
            key.get_ref().to_string(),
            value_to_json(value.get_ref(), &here, spans),
        );
    }
    Value::Object(object)
}

fn value_to_json(value: &DeValue<'_>, pointer: &str, spans: &mut HashMap<String, Spans>) -> Value {
    match value {
        DeValue::String(text) => Value::String(text.to_string()),
        DeValue::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix())
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(integer.to_string())),
        DeValue::Float(float) => float
            .as_str()
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(float.to_string())),
        DeValue::Boolean(flag) => Value::Bool(*flag),
        // Dates travel as text ("2026-11-01"); the checks read them.
        DeValue::Datetime(datetime) => Value::String(datetime.to_string()),
        DeValue::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let here = child_pointer(pointer, &index.to_string());
                    spans.insert(
                        here.clone(),
                        Spans {
                            key: None,
                            value: item.span(),
                        },
                    );
                    value_to_json(item.get_ref(), &here, spans)
                })
                .collect(),
        ),
        DeValue::Table(table) => table_to_json(table, pointer, spans),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_spans() {
        let text = "title = \"Hi\"\n[brand]\nradius = 12\n\n[[source]]\nid = \"a\"\n";
        let (located, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(located.value["brand"]["radius"], 12);
        assert_eq!(located.value["source"][0]["id"], "a");
        let key = located.span_of("/brand/radius", true);
        assert_eq!(&text[key], "radius");
        let value = located.span_of("/brand/radius", false);
        assert_eq!(&text[value], "12");
        let id = located.span_of("/source/0/id", false);
        assert_eq!(&text[id], "\"a\"");
    }

    #[test]
    fn dates_become_text() {
        let (located, _) = parse("on = 2026-11-01\n");
        assert_eq!(located.value["on"], "2026-11-01");
    }

    #[test]
    fn every_syntax_error_is_reported() {
        let (_, errors) = parse("a = \nb = \"unterminated\nc = 3\nd = ]\n");
        assert!(errors.len() >= 2, "{errors:?}");
    }

    #[test]
    fn unknown_pointers_fall_back_to_the_nearest_parent() {
        let text = "[brand]\nradius = 12\n";
        let (located, _) = parse(text);
        let span = located.span_of("/brand/missing", false);
        assert_eq!(span, located.span_of("/brand", false));
    }
}
