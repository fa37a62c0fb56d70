//! Turns issues into located diagnostics and prints them the way compilers
//! do: file:line:column, the line itself, a caret under the spot, and help.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{Level, Renderer, Snippet};

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Stops publishing: the content would mislead or break.
    Error,
    /// Published anyway, but someone should act (a review past due).
    Warning,
}

/// One mistake, located in a file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file as the marketer would open it, e.g. "public/content/site.toml".
    pub path: String,
    /// 1-based line and column (in characters).
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    /// The field, dotted ("brand.accent"), or empty for the whole file.
    pub field: String,
    pub message: String,
    pub help: Option<String>,
    /// The text of the line, and how many characters to underline.
    pub source_line: String,
    pub width: usize,
}

impl Diagnostic {
    /// Locates `span` (bytes) in `text`.
    pub fn at(
        path: &str,
        text: &str,
        span: Range<usize>,
        field: String,
        message: String,
        help: Option<String>,
    ) -> Self {
        let start = span.start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let source_line = text[line_start..line_end].trim_end_matches('\r').to_owned();
        let column = text[line_start..start].chars().count() + 1;
        let end = span.end.clamp(start, line_end);
        Diagnostic {
            path: path.to_owned(),
            line: text[..start].matches('\n').count() + 1,
            column,
            severity: Severity::Error,
            field,
            message,
            help,
            width: text[start..end].chars().count().max(1),
            source_line,
        }
    }
}

impl fmt::Display for Diagnostic {
    /// Rendered by annotate-snippets, the renderer rustc's own messages use:
    /// the field and message, the file:line:column, the line with the
    /// mistake underlined, and the help.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let title = if self.field.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.field, self.message)
        };
        let mut message = level.title(&title);
        if self.source_line.is_empty() {
            message = message.snippet(Snippet::source("").origin(&self.path));
        } else {
            // Columns count characters; the renderer wants bytes.
            let start = byte_offset(&self.source_line, self.column - 1);
            let end = byte_offset(&self.source_line, self.column - 1 + self.width);
            message = message.snippet(
                Snippet::source(&self.source_line)
                    .line_start(self.line)
                    .origin(&self.path)
                    .annotation(level.span(start..end)),
            );
        }
        if let Some(help) = &self.help {
            message = message.footer(Level::Help.title(help));
        }
        writeln!(f, "{}", Renderer::plain().render(message))
    }
}

/// The byte offset of character `chars` in `text` (its end if shorter).
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_and_renders() {
        let text = "[brand]\naccent = \"#7fd1c0\"\n";
        let start = text.find("\"#7f").unwrap();
        let diagnostic = Diagnostic::at(
            "public/content/site.toml",
            text,
            start..start + 9,
            "brand.accent".into(),
            "too light".into(),
            Some("try \"#2b6a5d\"".into()),
        );
        assert_eq!((diagnostic.line, diagnostic.column), (2, 10));
        assert_eq!(
            diagnostic.to_string(),
            "error: brand.accent: too light\n --> public/content/site.toml:2:10\n  |\n2 | accent = \"#7fd1c0\"\n  |          ^^^^^^^^^\n  |\n  = help: try \"#2b6a5d\"\n"
        );
    }
}
