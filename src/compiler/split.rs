//! Data once, words per language.
//!
//! Quiz, scar and treatment content is written in two files: a data file
//! beside `site.toml` (ids, effects, follow-ups, prices, ratings, diagram
//! sizes, source ids: the same in every language) and a words file in each
//! locale folder (what visitors read). A translation therefore cannot change
//! what an answer means or what a treatment costs.
//!
//! Both files' schemas come from the one compiled type: its fields marked
//! `#[schemars(extend("x-words" = true))]` are words, the rest data. In a
//! words file, a list of items with ids (`[[question]]`) becomes a table
//! keyed by those ids (`[question.pregnancy]`), so words never depend on the
//! order of a list they do not hold.
//!
//! The compiler merges the two into the compiled type's shape, checks the
//! merged value with the same checks as ever, and [`Merged::locate`] takes
//! each finding back to the file and line it came from.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::compiler::checks::{Issue, child_pointer, did_you_mean};

/// Budget answers have no words in a language folder: the guide writes
/// them from their amount, in each visitor's money format.
fn words_are_written_by_the_guide(item: &Value) -> bool {
    ["/profile/budget", "/profile/budget_over"]
        .iter()
        .any(|pointer| item.pointer(pointer).is_some())
}

/// The schema extension that marks a field as words.
const WORDS: &str = "x-words";

/// Which of the two files a field lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Data,
    Words,
}

/// A full schema's fields, sorted into data and words.
pub struct Split<'a> {
    full: &'a Value,
}

impl<'a> Split<'a> {
    pub fn new(full: &'a Value) -> Self {
        Split { full }
    }

    /// The data file's schema: every field that is not words.
    pub fn data_schema(&self, description: &str) -> Value {
        self.schema(Part::Data, description)
    }

    /// A words file's schema: words, the tables that hold them, and lists of
    /// items with ids as tables keyed by id.
    pub fn words_schema(&self, description: &str) -> Value {
        self.schema(Part::Words, description)
    }

    /// Every field name marked as words, for telling a missing field's file.
    pub fn word_fields(&self) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        for object in self.objects() {
            for (name, field) in properties(object) {
                if is_words(field) {
                    names.insert(name.clone());
                }
            }
        }
        for def in self.words_defs() {
            let fields = self.full.pointer(&format!("/$defs/{def}"));
            names.extend(
                fields
                    .into_iter()
                    .flat_map(properties)
                    .map(|(name, _)| name.clone()),
            );
        }
        names
    }

    /// Field names that belong only to `part` wherever they appear, to
    /// explain one found in the other kind of file.
    pub fn names_only_in(&self, part: Part) -> BTreeSet<String> {
        let mut only = BTreeSet::new();
        let mut elsewhere = BTreeSet::new();
        for object in self.objects() {
            for (name, field) in properties(object) {
                if self.part_of(field) == Some(part) {
                    only.insert(name.clone());
                } else {
                    elsewhere.insert(name.clone());
                }
            }
        }
        &only - &elsewhere
    }

    /// The root and every definition whose fields are sorted one by one
    /// (not those inside a words field, which are words whole).
    fn objects(&self) -> impl Iterator<Item = &'a Value> {
        let whole = self.words_defs();
        let defs = self
            .full
            .get("$defs")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(move |(name, _)| !whole.contains(*name))
            .map(|(_, def)| def);
        std::iter::once(self.full).chain(defs)
    }

    /// Definitions used under a words field (such as `outcomes`): words whole.
    fn words_defs(&self) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut stack: Vec<&Value> = Vec::new();
        let all_defs = self.full.get("$defs").and_then(Value::as_object);
        for object in
            std::iter::once(self.full).chain(all_defs.into_iter().flat_map(|d| d.values()))
        {
            stack.extend(properties(object).map(|(_, f)| f).filter(|f| is_words(f)));
        }
        while let Some(schema) = stack.pop() {
            if let Some(reference) = schema.get("$ref").and_then(Value::as_str)
                && let Some(name) = reference.strip_prefix("#/$defs/")
                && found.insert(name.to_owned())
                && let Some(target) = self.resolve(reference)
            {
                stack.push(target);
            }
            stack.extend(properties(schema).map(|(_, f)| f));
            stack.extend(schema.get("items"));
            stack.extend(schema.get("additionalProperties"));
            for key in ["anyOf", "oneOf"] {
                stack.extend(
                    schema
                        .get(key)
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten(),
                );
            }
        }
        found
    }

    /// `Some(part)` for a field wholly in one file, `None` for a table or
    /// list that holds both (it appears in both files).
    fn part_of(&self, field: &Value) -> Option<Part> {
        if is_words(field) {
            return Some(Part::Words);
        }
        if self.holds_words(field, &mut BTreeSet::new()) {
            None
        } else {
            Some(Part::Data)
        }
    }

    /// Whether any field reachable from `schema` is words.
    fn holds_words(&self, schema: &Value, seen: &mut BTreeSet<String>) -> bool {
        if is_words(schema) {
            return true;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            if !seen.insert(reference.to_owned()) {
                return false;
            }
            if let Some(target) = self.resolve(reference)
                && self.holds_words(target, seen)
            {
                return true;
            }
        }
        let children = properties(schema)
            .map(|(_, field)| field)
            .chain(schema.get("items"))
            .chain(schema.get("additionalProperties"))
            .chain(
                ["anyOf", "oneOf"]
                    .iter()
                    .filter_map(|key| schema.get(*key)?.as_array())
                    .flatten(),
            );
        for child in children {
            if self.holds_words(child, seen) {
                return true;
            }
        }
        false
    }

    fn resolve(&self, reference: &str) -> Option<&'a Value> {
        self.full.pointer(reference.strip_prefix('#')?)
    }

    fn schema(&self, part: Part, description: &str) -> Value {
        let mut schema = self.full.clone();
        self.keep(&mut schema, part);
        let whole = self.words_defs();
        if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
            for (_, def) in defs.iter_mut().filter(|(name, _)| !whole.contains(*name)) {
                self.keep(def, part);
            }
        }
        schema["description"] = Value::String(description.to_owned());
        prune_unused_defs(&mut schema);
        schema
    }

    /// Removes from one object schema the fields that belong to the other file.
    fn keep(&self, object: &mut Value, part: Part) {
        let Some(fields) = object.get("properties").and_then(Value::as_object) else {
            return;
        };
        let mut kept = Map::new();
        // Tables keyed by id need not be written out when empty: the merge
        // names any item whose words are missing, which says more.
        let mut optional = Vec::new();
        for (name, field) in fields {
            match self.part_of(field) {
                Some(own) if own != part => continue,
                None if part == Part::Words => {
                    let keyed = self.keyed_by_id(field);
                    if keyed != *field {
                        optional.push(name.clone());
                    }
                    kept.insert(name.clone(), keyed);
                }
                _ => {
                    kept.insert(name.clone(), field.clone());
                }
            }
        }
        if let Some(required) = object.get_mut("required").and_then(Value::as_array_mut) {
            required.retain(|name| {
                name.as_str().is_some_and(|name| {
                    kept.contains_key(name) && !optional.iter().any(|o| o == name)
                })
            });
        }
        object["properties"] = Value::Object(kept);
    }

    /// A list of items with ids, as a table keyed by id (words files only).
    fn keyed_by_id(&self, field: &Value) -> Value {
        let Some(items) = field.get("items") else {
            return field.clone();
        };
        let has_id = items
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| self.resolve(reference))
            .is_some_and(|item| item.pointer("/properties/id").is_some());
        if !has_id {
            return field.clone();
        }
        let mut table = Map::new();
        if let Some(description) = field.get("description") {
            table.insert("description".into(), description.clone());
        }
        table.insert("type".into(), "object".into());
        table.insert("additionalProperties".into(), items.clone());
        Value::Object(table)
    }
}

fn is_words(field: &Value) -> bool {
    field.get(WORDS).and_then(Value::as_bool) == Some(true)
}

fn properties(schema: &Value) -> impl Iterator<Item = (&String, &Value)> {
    schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

/// Drops definitions nothing refers to any more, so that editors show only
/// what the file can hold.
fn prune_unused_defs(schema: &mut Value) {
    loop {
        let Some(defs) = schema.get("$defs").and_then(Value::as_object) else {
            return;
        };
        let mut root = schema.clone();
        if let Some(root) = root.as_object_mut() {
            root.remove("$defs");
        }
        let root = root.to_string();
        let unused: Vec<String> = defs
            .keys()
            .filter(|name| {
                let reference = format!("\"#/$defs/{name}\"");
                let used_by_def = defs
                    .iter()
                    .any(|(other, def)| other != *name && def.to_string().contains(&reference));
                !root.contains(&reference) && !used_by_def
            })
            .cloned()
            .collect();
        if unused.is_empty() {
            return;
        }
        if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
            for name in unused {
                defs.remove(&name);
            }
        }
    }
}

/// One locale's view of a split file: the data, its words, and the two
/// merged into the compiled type's shape.
pub struct Merged {
    pub data_file: String,
    pub words_file: String,
    pub data: Value,
    pub words: Value,
    pub value: Value,
    word_fields: BTreeSet<String>,
}

impl Merged {
    /// Merges `words` into `data`. Words for an id the data lacks, and ids
    /// the words lack, are reported against the words file.
    pub fn new(
        data_file: &str,
        data: &Value,
        words_file: &str,
        words: &Value,
        word_fields: BTreeSet<String>,
        issues: &mut Vec<Issue>,
    ) -> Merged {
        let mut merged = Merged {
            data_file: data_file.to_owned(),
            words_file: words_file.to_owned(),
            data: data.clone(),
            words: words.clone(),
            value: Value::Null,
            word_fields,
        };
        merged.value = merged.merge(data, words, "", issues);
        merged
    }

    fn merge(&self, data: &Value, words: &Value, pointer: &str, issues: &mut Vec<Issue>) -> Value {
        let (Value::Object(data_fields), Value::Object(word_fields)) = (data, words) else {
            return data.clone();
        };
        let mut merged = data_fields.clone();
        for (name, words_value) in word_fields {
            let here = child_pointer(pointer, name);
            let value = match data_fields.get(name) {
                Some(Value::Array(items)) if items.iter().all(|item| item.get("id").is_some()) => {
                    Value::Array(self.merge_keyed(name, items, words_value, &here, issues))
                }
                Some(data_value) => self.merge(data_value, words_value, &here, issues),
                None => words_value.clone(),
            };
            merged.insert(name.clone(), value);
        }
        Value::Object(merged)
    }

    /// `items` from the data file, each merged with the words under its id.
    fn merge_keyed(
        &self,
        list: &str,
        items: &[Value],
        words: &Value,
        pointer: &str,
        issues: &mut Vec<Issue>,
    ) -> Vec<Value> {
        let empty = Map::new();
        let words = words.as_object().unwrap_or(&empty);
        let ids: Vec<&str> = items
            .iter()
            .filter_map(|item| item.get("id")?.as_str())
            .collect();
        // A misspelt id in the words is one mistake: told at the misspelt
        // table ("did you mean"), not also as the id it meant left without
        // words.
        let mut meant: Vec<&str> = Vec::new();
        for id in words.keys().filter(|id| !ids.contains(&id.as_str())) {
            let issue = Issue::new(
                &self.words_file,
                child_pointer(pointer, id),
                format!("there is no {list} \"{id}\" in {}", self.data_file),
            )
            .at_key();
            let close = did_you_mean(id, ids.iter().copied());
            meant.extend(close);
            issues.push(match close {
                Some(close) => issue.help(format!(
                    "did you mean \"{close}\"? The ids are in {}",
                    self.data_file
                )),
                None => issue.help(format!(
                    "add it to {} first, or use one of: {}",
                    self.data_file,
                    ids.join(", ")
                )),
            });
        }
        items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let id = item.get("id").and_then(Value::as_str).unwrap_or("");
                match words.get(id) {
                    Some(item_words) => {
                        let here = format!("{pointer}/{index}");
                        self.merge(item, item_words, &here, issues)
                    }
                    None if words_are_written_by_the_guide(item) => item.clone(),
                    None if meant.contains(&id) => item.clone(),
                    None => {
                        issues.push(
                            Issue::new(
                                &self.words_file,
                                pointer,
                                format!("the {list} \"{id}\" has no words here"),
                            )
                            .help(format!(
                                "add a [{list}.{id}] table with its words; the default language's file shows which"
                            )),
                        );
                        item.clone()
                    }
                }
            })
            .collect()
    }

    /// The file and pointer a pointer into the merged value came from. A
    /// field that is missing is placed by its name: words in the words file,
    /// anything else in the data file (at the nearest table that exists).
    pub fn locate(&self, pointer: &str) -> (String, String) {
        let mut node = &self.value;
        let mut words_pointer = String::new();
        let mut last = "";
        for part in pointer.split('/').skip(1) {
            last = part;
            let unescaped = part.replace("~1", "/").replace("~0", "~");
            let child = match node {
                Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
                Value::Object(fields) => fields.get(&unescaped),
                _ => None,
            };
            let key = match (node, child) {
                (Value::Array(_), Some(item)) => item
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or(&unescaped)
                    .to_owned(),
                _ => unescaped,
            };
            words_pointer = child_pointer(&words_pointer, &key);
            match child {
                Some(child) => node = child,
                None => node = &Value::Null,
            }
        }
        if self.words.pointer(&words_pointer).is_some() {
            return (self.words_file.clone(), words_pointer);
        }
        if self.data.pointer(pointer).is_some() {
            return (self.data_file.clone(), pointer.to_owned());
        }
        if self.word_fields.contains(last) {
            (self.words_file.clone(), words_pointer)
        } else {
            (self.data_file.clone(), pointer.to_owned())
        }
    }
}

#[cfg(test)]
mod tests;
