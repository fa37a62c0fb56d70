//! Turns issues into located diagnostics and prints them the way compilers
//! do: file:line:column, the line itself, a caret under the spot, and help.

use std::fmt;
use std::ops::Range;

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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.field.is_empty() {
            writeln!(f, "{kind}: {}", self.message)?;
        } else {
            writeln!(f, "{kind}: {}: {}", self.field, self.message)?;
        }
        let gutter = " ".repeat(self.line.to_string().len());
        writeln!(f, "{gutter}--> {}:{}:{}", self.path, self.line, self.column)?;
        if !self.source_line.is_empty() {
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{} | {}", self.line, self.source_line)?;
            writeln!(
                f,
                "{gutter} | {}{}",
                " ".repeat(self.column - 1),
                "^".repeat(self.width)
            )?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "{gutter} = help: {help}")?;
        }
        Ok(())
    }
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
            "error: brand.accent: too light\n --> public/content/site.toml:2:10\n  |\n2 | accent = \"#7fd1c0\"\n  |          ^^^^^^^^^\n  = help: try \"#2b6a5d\"\n"
        );
    }
}
