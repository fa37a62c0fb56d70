//! The Content Studio's bridge to the content compiler: the same checks and
//! the same words as the command line, called from the studio page
//! (`studio/`). Built only for wasm32 with the `studio` feature, into its own
//! WebAssembly file (`src/bin/scarguide-studio.rs` exports these functions):
//! visitors never download it.

use js_sys::{Object, Reflect, Uint8Array};
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};

use crate::compiler::{self, Folder, report::Diagnostic, report::Severity};

/// Compiles a content folder given as a JS object of path → Uint8Array
/// ("site.toml", "en/quiz.toml", "logo.svg"). `today` is "2026-12-01".
///
/// Returns `{ diagnostics: string, examples: string, files: object | null }`:
/// the diagnostics as JSON (errors and warnings, each with its rendered
/// text), the example values still in the content (prices marked
/// `example = true`, example contacts) in the same form, and when there is
/// no error, every file the widget loads, by name.
pub fn compile(files: &Object, today: &str) -> Result<JsValue, JsValue> {
    let mut folder = Folder::default();
    for entry in Object::entries(files).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let (Some(path), bytes) = (pair.get(0).as_string(), pair.get(1)) else {
            continue;
        };
        let bytes: Uint8Array = bytes.dyn_into()?;
        folder.files.insert(path, bytes.to_vec());
    }
    let result = Object::new();
    let (diagnostics, examples, outputs) = match compiler::compile_folder(&folder, today) {
        Ok(compiled) => (
            compiled.warnings.clone(),
            compiled.examples.clone(),
            Some(compiler::outputs(&compiled)),
        ),
        Err(diagnostics) => (diagnostics, Vec::new(), None),
    };
    // As the command prints them: errors first, and beside errors only the
    // first few warnings.
    let (shown, _) = compiler::shown(&diagnostics);
    let as_json = |list: Vec<&Diagnostic>| -> JsValue {
        Value::Array(list.into_iter().map(described).collect())
            .to_string()
            .into()
    };
    Reflect::set(&result, &"diagnostics".into(), &as_json(shown))?;
    // Example values still in the content: the export lists them loudly.
    Reflect::set(
        &result,
        &"examples".into(),
        &as_json(examples.iter().collect()),
    )?;
    let files = match outputs {
        Some(outputs) => {
            let object = Object::new();
            for (name, bytes) in outputs {
                Reflect::set(&object, &name.into(), &Uint8Array::from(&bytes[..]))?;
            }
            JsValue::from(object)
        }
        None => JsValue::NULL,
    };
    Reflect::set(&result, &"files".into(), &files)?;
    Ok(result.into())
}

/// Every value in a TOML text by a readable label ("treatment[microneedling].price.min"),
/// as JSON `[[label, value], …]`: what "What changed" compares. Items of a
/// list are named by their id where they have one.
pub fn fields(text: &str) -> String {
    let (located, _) = compiler::toml_tree::parse(text);
    let mut out = Vec::new();
    flatten(&located.value, String::new(), &mut out);
    Value::Array(out).to_string()
}

fn flatten(value: &Value, label: String, out: &mut Vec<Value>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                let here = if label.is_empty() {
                    key.clone()
                } else {
                    format!("{label}.{key}")
                };
                flatten(field, here, out);
            }
        }
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            for (index, item) in items.iter().enumerate() {
                let name = item
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or_else(|| (index + 1).to_string(), str::to_owned);
                flatten(item, format!("{label}[{name}]"), out);
            }
        }
        other => out.push(json!([label, display(other)])),
    }
}

/// A value as a marketer wrote it: text without quotes, lists joined.
fn display(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(display).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn described(diagnostic: &Diagnostic) -> Value {
    json!({
        "path": diagnostic.path,
        "line": diagnostic.line,
        "column": diagnostic.column,
        "width": diagnostic.width,
        "severity": match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        "field": diagnostic.field,
        "message": diagnostic.message,
        "help": diagnostic.help,
        "rendered": diagnostic.to_string(),
    })
}
