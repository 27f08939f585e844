//! Diagnostics: what every phase returns instead of failing, and how they are shown.
//!
//! Phases collect `Diagnostic`s and go on; only `main.rs` and the REPL print them.
//! Messages use gc's wording, lowercase and without a full stop, so that the
//! `// ERROR "regexp"` annotations of Go's own test files match ours.
//!
//! Two renderings: Go's one-line `file.go:LINE:COL: message` (piped output, `--plain`,
//! the conformance harness), and miette's fancy report with the source line and a label
//! (a terminal).

use crate::source::{SourceMap, Span};
use std::fmt::Write as _;

/// gc stops after this many errors and says `too many errors`.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// A secondary remark attached after an error (`other declaration of x`).
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    /// A short text for miette's label under the source (defaults to none).
    pub label: Option<String>,
    pub severity: Severity,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            label: None,
            severity: Severity::Error,
        }
    }

    /// `minigo: unsupported: what` — a Go feature minigo does not implement (yet).
    pub fn unsupported(span: Span, what: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::error(span, format!("minigo: unsupported: {what}"))
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
}

/// Sorts by position and keeps gc's limit: at most `MAX_ERRORS` errors, then a
/// `too many errors` line. Duplicates on the same line with the same text are dropped.
pub fn sort_and_limit(diags: &mut Vec<Diagnostic>) -> bool {
    diags.sort_by_key(|d| (d.span.lo, d.span.hi));
    diags.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
    if diags.len() > MAX_ERRORS {
        diags.truncate(MAX_ERRORS);
        return true;
    }
    false
}

/// Go's form: one `file.go:LINE:COL: message` line per diagnostic.
pub fn render_plain(sm: &SourceMap, diags: &[Diagnostic], too_many: bool) -> String {
    let mut out = String::new();
    for d in diags {
        match sm.position(d.span.lo) {
            Some(p) => writeln!(out, "{p}: {}", d.message).unwrap(),
            None => writeln!(out, "{}", d.message).unwrap(),
        }
    }
    if too_many {
        if let Some(p) = diags.last().and_then(|d| sm.position(d.span.lo)) {
            writeln!(out, "{p}: too many errors").unwrap();
        } else {
            out.push_str("too many errors\n");
        }
    }
    out
}

/// miette's report: a header in Go's form, then the source line with a label.
pub fn render_fancy(sm: &SourceMap, diags: &[Diagnostic], too_many: bool) -> String {
    use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic};
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode());
    let mut out = String::new();
    for d in diags {
        let Some(file) = sm.file(d.span.lo) else {
            writeln!(out, "{}", d.message).unwrap();
            continue;
        };
        let pos = sm
            .position(d.span.lo)
            .expect("position of a span in its file");
        let lo = (d.span.lo - file.base) as usize;
        let len = (d.span.len() as usize).min(file.text.len().saturating_sub(lo));
        let label = d.label.clone().unwrap_or_else(|| "here".to_string());
        let diag = MietteDiagnostic::new(format!("{pos}: {}", d.message))
            .with_label(LabeledSpan::new(Some(label), lo, len));
        let report = miette::Report::new(diag)
            .with_source_code(miette::NamedSource::new(&file.name, file.text.to_string()));
        let _ = handler.render_report(&mut out, report.as_ref());
    }
    if too_many {
        out.push_str("too many errors\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_is_gos_one_line_form() {
        let mut sm = SourceMap::new();
        let f = sm.add("x.go", "package main\nfunc main() { x := 1 }\n");
        let lo = f.base + 27;
        let d = Diagnostic::error(Span::new(lo, lo + 1), "declared and not used: x");
        assert_eq!(
            render_plain(&sm, &[d], false),
            "x.go:2:15: declared and not used: x\n"
        );
    }

    #[test]
    fn limit_keeps_ten_sorted() {
        let mut ds: Vec<_> = (0..12)
            .rev()
            .map(|i| Diagnostic::error(Span::new(i, i + 1), format!("e{i}")))
            .collect();
        assert!(sort_and_limit(&mut ds));
        assert_eq!(ds.len(), MAX_ERRORS);
        assert_eq!(ds[0].message, "e0");
    }
}
