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
    /// Where to show it when that is not where the parser stopped: a list
    /// left open is shown where it opens, not at the next line the parser
    /// could not read.
    pub span: Option<Range<usize>>,
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
            span: None,
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
            span: None,
        };
    }
    if let Some(explained) = unclosed(text, span.start) {
        return explained;
    }
    let code = code_of(line);
    if let Some(number) = number_with_commas(&code) {
        return Explained {
            message: "a number is written without commas".into(),
            help: format!("write {}", number.replace(',', "")),
            span: None,
        };
    }
    let header = code.trim();
    if header.starts_with('[') {
        let name = header.trim_matches(|c| c == '[' || c == ']').trim();
        let (open, close) = if header.starts_with("[[") {
            ("[[", "]]")
        } else {
            ("[", "]")
        };
        let closed = header.ends_with(close) && !header.ends_with(&format!("{close}]"));
        if !closed {
            let message = if header.ends_with(']') {
                format!("a table header is written between {open} and {close}")
            } else {
                format!("this table header is missing its closing {close}")
            };
            let at = span.start.min(text.len());
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let indent = line.len() - line.trim_start().len();
            return Explained {
                message,
                help: format!("write {open}{name}{close}"),
                span: Some(start + indent..start + indent + header.len()),
            };
        }
    }
    let lower = message.to_ascii_lowercase();
    let (message, help) = if lower.contains("missing comma between array") {
        (
            "the items of this list need a comma between them",
            "write a comma after each item but the last, e.g. sources = [\"alam-2014\", \"chu-2021\"]",
        )
    } else if lower.contains("missing comma between key-value") {
        (
            "the settings inside { } need a comma between them",
            "write a comma after each but the last, e.g. { min = 200, max = 700 }",
        )
    } else if lower.contains("duplicate key") {
        (
            "this name is already used above, in the same table",
            "each setting appears once per [table]: remove one, or rename it",
        )
    } else if lower.contains("invalid basic string")
        || (lower.contains("unclosed") && !lower.contains("table") && !lower.contains("array"))
    {
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
        span: None,
    }
}

/// A list `[` or a `{ }` opened on a line before `at` and never closed
/// there, which makes the parser stumble on a later line: said where it
/// opens, with the line as it should end.
fn unclosed(text: &str, at: usize) -> Option<Explained> {
    let at = at.min(text.len());
    let mut open: Vec<usize> = Vec::new();
    let mut line_start = 0;
    for line in text[..at].split_inclusive('\n') {
        let code = code_of(line);
        // A table header outside any list is not a value's bracket.
        if !(open.is_empty() && code.trim_start().starts_with('[')) {
            for (offset, c) in code.char_indices() {
                match c {
                    '[' | '{' => open.push(line_start + offset),
                    ']' | '}' => {
                        open.pop();
                    }
                    _ => {}
                }
            }
        }
        line_start += line.len();
    }
    let opener = *open.first()?;
    let opener_line_start = text[..opener].rfind('\n').map_or(0, |i| i + 1);
    let opener_line_end = text[opener..].find('\n').map_or(text.len(), |i| opener + i);
    let opener_line = &text[opener_line_start..opener_line_end];
    let code = code_of(opener_line);
    let code = code.trim_end();
    let after = &code[opener - opener_line_start + 1..];
    let error_line = line_at(text, at);
    let error_code = code_of(error_line);
    let error_code = error_code.trim_start();
    // A list written over several lines stays open on purpose; it was left
    // open by mistake if a table or a setting follows.
    let open_by_mistake = if after.trim().is_empty() {
        at > opener_line_end
            && (error_code.starts_with('[') || error_code.contains('=') || error_code.is_empty())
    } else {
        at >= opener_line_end
    };
    if !open_by_mistake {
        return None;
    }
    let (message, close) = if text[opener..].starts_with('[') {
        ("this list is missing its closing ]", "]")
    } else {
        ("this { … } is missing its closing }", " }")
    };
    let help = if after.trim().is_empty() {
        format!(
            "end the list with {} on a line of its own after its last item",
            close.trim()
        )
    } else {
        format!(
            "end it on the same line: {}{close}",
            opener_line[..code.len()].trim()
        )
    };
    Some(Explained {
        message: message.into(),
        help,
        span: Some(opener..opener_line_start + code.len()),
    })
}

/// The code of a line: its quoted texts blanked (same length, so offsets
/// hold) and its comment cut off.
fn code_of(line: &str) -> String {
    let mut code = String::with_capacity(line.len());
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in line.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                    code.push(c);
                    continue;
                }
                code.extend(std::iter::repeat_n(' ', c.len_utf8()));
                continue;
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' => break,
            None => {}
        }
        code.push(c);
    }
    code
}

/// A number written with thousands commas, such as 1,500.
fn number_with_commas(code: &str) -> Option<&str> {
    let bytes = code.as_bytes();
    let start = (0..bytes.len()).find(|&i| {
        bytes[i] == b','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.len() >= i + 4
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    })?;
    let begin = code[..start]
        .rfind(|c: char| !(c.is_ascii_digit() || c == ','))
        .map_or(0, |i| i + 1);
    let end = code[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .map_or(code.len(), |i| start + i);
    Some(&code[begin..end])
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

    #[test]
    fn an_unclosed_list_or_header_is_told_where_it_opens() {
        let text = "a = 1\nsources = [\"x\"\n\n[[question]]\nid = \"b\"\n";
        let found = explained(text);
        assert_eq!(found.message, "this list is missing its closing ]");
        assert_eq!(found.help, "end it on the same line: sources = [\"x\"]");
        assert_eq!(found.span, Some(16..20));
        let found = explained("[clinic\nname = \"x\"\n");
        assert_eq!(found.message, "this table header is missing its closing ]");
        assert_eq!(found.help, "write [clinic]");
        assert_eq!(
            explained("[[source]\nid = \"x\"\n").help,
            "write [[source]]"
        );
        let found = explained("x = { min = 1, max = 2\ny = 3\n");
        assert_eq!(found.message, "this { … } is missing its closing }");
        assert_eq!(
            explained("max = 1,500\n").message,
            "a number is written without commas"
        );
        // A list over several lines is not open by mistake.
        assert_eq!(
            explained("sources = [\n  \"a\"\n  \"b\",\n]\n").message,
            "the items of this list need a comma between them"
        );
    }
}
