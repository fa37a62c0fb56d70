//! TOML syntax errors in a marketer's words. The parser speaks of "basic
//! strings" and "literal strings"; a marketer typed curly quotes in a word
//! processor, or a price with its currency sign. Each error is matched to
//! what was most likely typed, with what to write instead.

use std::ops::Range;

/// A syntax error explained: what is wrong, and what to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    pub message: String,
    pub help: String,
}

const CURLY_QUOTES: [char; 8] = ['“', '”', '„', '‟', '‘', '’', '«', '»'];
const CURRENCY_SIGNS: [char; 6] = ['$', '€', '£', '¥', '₹', '₩'];

/// Explains the parser's `message` about `text` at `span`.
pub fn explain(text: &str, span: &Range<usize>, message: &str) -> Explained {
    let line = line_at(text, span.start);
    if line.contains(CURLY_QUOTES) {
        let straight: String = line
            .trim()
            .chars()
            .map(|c| match c {
                '“' | '”' | '„' | '‟' | '«' | '»' => '"',
                '‘' | '’' => '\'',
                other => other,
            })
            .collect();
        return Explained {
            message: "this line has curly quotes (“ ”), as word processors type them; the file needs straight ones (\")".into(),
            help: format!("write {straight}, or type the quotes in a plain text editor"),
        };
    }
    // A currency sign before a number anywhere on the line: the parser may
    // stumble on the sign or on a thousands comma after it.
    let price = line.match_indices(CURRENCY_SIGNS).find_map(|(at, sign)| {
        let rest = &line[at + sign.len()..];
        let number = rest
            .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .next()
            .unwrap_or("");
        number
            .starts_with(|c: char| c.is_ascii_digit())
            .then_some(number)
    });
    if let Some(number) = price {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        return Explained {
            message: "a price is a plain number, without a currency sign".into(),
            help: format!(
                "write {digits} (no sign, no commas); the currency is set once, by `currency` in site.toml"
            ),
        };
    }
    let lower = message.to_ascii_lowercase();
    let (message, help) = if lower.contains("duplicate key") {
        (
            "this name is already used above, in the same table",
            "each setting appears once per [table]: remove one, or rename it",
        )
    } else if lower.contains("unclosed") || lower.contains("invalid basic string") {
        (
            "this text is missing its closing quote",
            "end the text with \" on the same line",
        )
    } else if lower.contains("must be quoted") || lower.contains("expected literal string") {
        (
            "this text needs quotes around it",
            "write it between straight double quotes, \"like this\"; numbers, true, false and dates go without quotes",
        )
    } else if lower.contains("invalid unquoted key") || lower.contains("invalid table header") {
        (
            "a name before = or in [brackets] can only have letters, digits, - and _",
            "check the spelling against the comments above, or CONTENT.md",
        )
    } else if lower.contains("expected newline") || lower.contains("extra assignment") {
        (
            "something follows the value on this line",
            "put each setting on its own line; a comment starts with #",
        )
    } else if lower.contains("expected `=`") || lower.contains("expected '='") {
        (
            "a setting needs = between its name and its value",
            "write it as name = value, e.g. phone = \"+1 555 010 0199\"",
        )
    } else {
        (
            "this line does not follow the file's format",
            "compare it with the lines around it: text goes in straight double quotes, lists in [brackets], each setting on its own line",
        )
    };
    Explained {
        message: message.into(),
        help: help.into(),
    }
}

/// The whole line that holds byte `at`.
fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::toml_tree;

    /// The explanation of the first syntax error in `text`.
    fn explained(text: &str) -> Explained {
        let (_, errors) = toml_tree::parse(text);
        let error = errors.first().expect("a syntax error");
        explain(text, &error.span, &error.message)
    }

    #[test]
    fn curly_quotes_are_named_and_straightened() {
        let found = explained("name = “Lumen Skin Studio”\n");
        assert!(found.message.contains("curly quotes"), "{found:?}");
        assert_eq!(
            found.help,
            "write name = \"Lumen Skin Studio\", or type the quotes in a plain text editor"
        );
    }

    #[test]
    fn a_currency_sign_asks_for_the_number_alone() {
        let found = explained("price = { min = $250, max = 700, per = \"session\" }\n");
        assert_eq!(
            found.message,
            "a price is a plain number, without a currency sign"
        );
        assert!(found.help.starts_with("write 250 "), "{found:?}");
        let found = explained("max = €1,500\n");
        assert!(found.help.starts_with("write 1500 "), "{found:?}");
    }

    #[test]
    fn no_parser_jargon_reaches_the_marketer() {
        for text in [
            "name = Lumen\n",
            "name = \"Lumen\n",
            "name = \"a\"\nname = \"b\"\n",
            "na me = \"a\"\n",
            "name = \"a\" phone = \"b\"\n",
            "[brand\naccent = \"#000000\"\n",
            "name \"a\"\n",
        ] {
            let found = explained(text);
            let said = format!("{} {}", found.message, found.help).to_lowercase();
            for jargon in ["basic string", "literal string", "unquoted", "expected"] {
                assert!(!said.contains(jargon), "{text:?} gave {found:?}");
            }
        }
        assert_eq!(
            explained("name = \"a\"\nname = \"b\"\n").message,
            "this name is already used above, in the same table"
        );
        assert_eq!(
            explained("name = Lumen\n").message,
            "this text needs quotes around it"
        );
    }
}
