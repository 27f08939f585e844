//! Source files and positions, like go/token's `FileSet`.
//!
//! Every file added to a `SourceMap` gets a base offset; a position (`Pos`) is a global
//! byte offset, so a `Span` names its file implicitly and AST nodes stay two words wide.
//! Columns are 1-based byte columns, as gc prints them.

use std::sync::Arc;

/// A global byte offset into a `SourceMap`.
pub type Pos = u32;

/// A half-open range of global byte offsets `[lo, hi)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.lo.min(other.lo), self.hi.max(other.hi))
    }

    pub fn len(self) -> u32 {
        self.hi - self.lo
    }

    pub fn is_empty(self) -> bool {
        self.hi <= self.lo
    }
}

/// A file's text: the embedded standard library's is used in place, never copied.
#[derive(Clone, Debug)]
pub enum Text {
    Static(&'static str),
    Shared(Arc<str>),
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Static(s) => s,
            Text::Shared(s) => s,
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Shared(s.into())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Shared(s.into())
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text::Shared(s)
    }
}

/// One source file: its name as the user gave it, its text, and where its lines start.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: Text,
    /// The global offset of the file's first byte.
    pub base: Pos,
    /// Byte offsets (file-relative) at which lines start; `line_starts[0] == 0`.
    /// Computed when first asked: most standard files never are.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    fn new(name: String, text: Text, base: Pos) -> SourceFile {
        SourceFile {
            name,
            text,
            base,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            for (i, b) in self.text.bytes().enumerate() {
                if b == b'\n' {
                    starts.push(i as u32 + 1);
                }
            }
            starts
        })
    }

    /// 1-based line and byte column of a file-relative offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let starts = self.line_starts();
        let line = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - starts[line] + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let starts = self.line_starts();
        let Some(&start) = starts.get(i) else {
            return "";
        };
        let end = starts
            .get(i + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.text.len());
        &self.text[start as usize..end.max(start as usize)]
    }

    pub fn end(&self) -> Pos {
        self.base + self.text.len() as u32
    }
}

/// A position turned into something a person reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// All files of a run (the program's and the embedded standard library's).
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<Arc<SourceFile>>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns it; its positions start one past the previous file's end
    /// so that an end-of-file position still belongs to its file.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Text>) -> Arc<SourceFile> {
        self.push(name.into(), text.into())
    }

    fn push(&mut self, name: String, text: Text) -> Arc<SourceFile> {
        let base = self.files.last().map(|f| f.end() + 1).unwrap_or(1);
        let file = Arc::new(SourceFile::new(name, text, base));
        self.files.push(file.clone());
        file
    }

    /// `add` for text that lives as long as the program (the embedded standard
    /// library): it is used in place, not copied.
    pub fn add_static(&mut self, name: impl Into<String>, text: &'static str) -> Arc<SourceFile> {
        self.push(name.into(), Text::Static(text))
    }

    /// The file containing a global position.
    pub fn file(&self, pos: Pos) -> Option<&Arc<SourceFile>> {
        let i = match self.files.binary_search_by(|f| f.base.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        let f = &self.files[i];
        (pos <= f.end()).then_some(f)
    }

    pub fn position(&self, pos: Pos) -> Option<Position> {
        let f = self.file(pos)?;
        let (line, col) = f.line_col(pos - f.base);
        Some(Position {
            file: f.name.clone(),
            line,
            col,
        })
    }

    pub fn files(&self) -> &[Arc<SourceFile>] {
        &self.files
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_byte_columns() {
        let mut sm = SourceMap::new();
        let a = sm.add("a.go", "package a\n\nvar x = 1\n");
        let b = sm.add("b.go", "package b");
        assert_eq!(
            sm.position(a.base + 15).unwrap().to_string(),
            "a.go:3:5",
            "offset of `x`"
        );
        assert_eq!(sm.position(b.base).unwrap().to_string(), "b.go:1:1");
        assert_eq!(sm.position(a.end()).unwrap().file, "a.go");
        assert_eq!(a.line_text(3), "var x = 1");
    }
}
