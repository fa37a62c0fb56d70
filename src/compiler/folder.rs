//! A content folder's files, read into memory: the command line reads a
//! folder from disk, the Content Studio fills one from the browser, and
//! the checks never touch a file system.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use super::report::Diagnostic;

/// Folders inside the content folder that are not locales.
pub(super) const NOT_LOCALES: [&str; 1] = ["schema"];
/// A content folder's files in memory, by their path inside the folder
/// ("site.toml", "en/quiz.toml", "logo.svg"). The checks never touch a file
/// system: the command line reads a folder into one of these, and the
/// Content Studio fills one from the browser.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    /// Put before each file's path in messages: the folder as the user
    /// named it ("public/content"), or nothing.
    pub root: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Folder {
    /// Reads every file under `dir`, except hidden ones and `schema/`.
    pub fn read(dir: &Path) -> io::Result<Folder> {
        let mut folder = Folder {
            root: display(dir),
            files: BTreeMap::new(),
        };
        folder.read_into(dir, "")?;
        Ok(folder)
    }

    fn read_into(&mut self, dir: &Path, prefix: &str) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if name.starts_with('.') || (prefix.is_empty() && NOT_LOCALES.contains(&name.as_str()))
            {
                continue;
            }
            let path = format!("{prefix}{name}");
            if entry.file_type()?.is_dir() {
                self.read_into(&entry.path(), &format!("{path}/"))?;
            } else {
                self.files.insert(path, fs::read(entry.path())?);
            }
        }
        Ok(())
    }

    /// How messages name a file of the folder.
    pub(super) fn display(&self, name: &str) -> String {
        if self.root.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.root.trim_end_matches('/'))
        }
    }

    /// Sub-folders by name, except `schema/`: one per locale.
    pub(super) fn locales(&self) -> Vec<String> {
        let mut locales: Vec<String> = self
            .files
            .keys()
            .filter_map(|path| path.split_once('/').map(|(folder, _)| folder.to_owned()))
            .filter(|name| !name.starts_with('.') && !NOT_LOCALES.contains(&name.as_str()))
            .collect();
        locales.dedup();
        locales
    }
}

/// A file's text. Files must be UTF-8 (a byte-order mark is allowed); one
/// saved in another encoding is named at the line of its first unreadable
/// character, with how to save it again.
pub(super) fn text_of(bytes: &[u8]) -> Result<String, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let readable = &bytes[..error.valid_up_to()];
            let line = readable.iter().filter(|b| **b == b'\n').count() + 1;
            // What can be read, so the report can show the line.
            let text = String::from_utf8_lossy(bytes).into_owned();
            Err(FileProblem { text, line })
        }
    }
}

/// A file that is not UTF-8: its text as well as it reads, and the line of
/// the first character that does not.
pub(super) struct FileProblem {
    text: String,
    line: usize,
}

impl FileProblem {
    pub(super) fn in_file(self, display_path: &str) -> Diagnostic {
        let start: usize = self
            .text
            .split_inclusive('\n')
            .take(self.line - 1)
            .map(str::len)
            .sum();
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        Diagnostic::at(
            display_path,
            &self.text,
            start..end,
            String::new(),
            "this file is not saved as UTF-8, so a character on this line cannot be read".into(),
            Some("save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and check this line".into()),
        )
    }
}

/// A path as messages show it.
pub(super) fn display(path: &Path) -> String {
    path.display().to_string()
}
