use serde_json::json;

use super::*;
use crate::core::content::FileKind;

fn quiz_schema() -> Value {
    FileKind::Quiz.json_schema().as_value().clone()
}

#[test]
fn data_and_words_schemas_share_nothing_but_their_tables() {
    let full = quiz_schema();
    let split = Split::new(&full);
    let data = split.data_schema("data");
    let words = split.words_schema("words");
    let answer_data = data.pointer("/$defs/Answer/properties").unwrap();
    assert!(answer_data.get("effect").is_some());
    assert!(answer_data.get("id").is_some());
    assert!(answer_data.get("reason").is_none());
    let answer_words = words.pointer("/$defs/Answer/properties").unwrap();
    assert!(answer_words.get("reason").is_some());
    assert!(answer_words.get("effect").is_none());
    assert!(answer_words.get("id").is_none());
    // Lists with ids are tables keyed by id in words files.
    assert_eq!(
        words.pointer("/properties/question/type"),
        Some(&json!("object"))
    );
    assert!(data.pointer("/properties/outcomes").is_none());
    // Nothing of the other file's left behind.
    assert!(data.pointer("/$defs/Outcomes").is_none());
    assert!(words.pointer("/$defs/ProfileHint").is_none());
    assert!(split.names_only_in(Part::Data).contains("effect"));
    assert!(split.names_only_in(Part::Words).contains("reason"));
    assert!(!split.names_only_in(Part::Data).contains("question"));
}

fn merged(issues: &mut Vec<Issue>) -> Merged {
    let data = json!({"question": [
        {"id": "pregnancy", "answer": [{"id": "no"}, {"id": "yes", "effect": "doctor"}]}
    ]});
    let words = json!({"outcomes": {"fine": "…"}, "question": {
        "pregnancy": {"text": "Pregnant?", "answer": {"no": {"text": "No"}, "yes": {"text": "Yes"}}},
        "pregnant": {"text": "stray"}
    }});
    let full = quiz_schema();
    let fields = Split::new(&full).word_fields();
    Merged::new("quiz.toml", &data, "en/quiz.toml", &words, fields, issues)
}

#[test]
fn words_join_their_items_by_id() {
    let mut issues = Vec::new();
    let merged = merged(&mut issues);
    assert_eq!(
        merged.value.pointer("/question/0/answer/1"),
        Some(&json!({"id": "yes", "effect": "doctor", "text": "Yes"}))
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].file, "en/quiz.toml");
    assert_eq!(issues[0].pointer, "/question/pregnant");
    assert!(issues[0].help.as_deref().unwrap().contains("\"pregnancy\""));
}

#[test]
fn findings_go_back_to_their_own_file() {
    let merged = merged(&mut Vec::new());
    let at = |pointer: &str| merged.locate(pointer);
    assert_eq!(
        at("/question/0/answer/1/effect"),
        ("quiz.toml".into(), "/question/0/answer/1/effect".into())
    );
    assert_eq!(
        at("/question/0/answer/1/text"),
        (
            "en/quiz.toml".into(),
            "/question/pregnancy/answer/yes/text".into()
        )
    );
    // Missing: a reason is words, sources are data.
    assert_eq!(
        at("/question/0/answer/1/reason").0,
        "en/quiz.toml".to_owned()
    );
    assert_eq!(
        at("/question/0/answer/1/sources"),
        ("quiz.toml".into(), "/question/0/answer/1/sources".into())
    );
}

#[test]
fn an_item_without_words_is_reported() {
    let mut issues = Vec::new();
    let data = json!({"question": [{"id": "a", "answer": []}, {"id": "b", "answer": []}]});
    let words = json!({"question": {"a": {"text": "A", "answer": {}}}});
    let merged = Merged::new(
        "quiz.toml",
        &data,
        "en/quiz.toml",
        &words,
        BTreeSet::new(),
        &mut issues,
    );
    assert_eq!(merged.value.pointer("/question/1/id"), Some(&json!("b")));
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].message, "the question \"b\" has no words here");
}
