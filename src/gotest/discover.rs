//! Finding a package's tests, benchmarks and examples (`go test`'s `load.TestPackage`
//! step) and writing the generated `_testmain.go` that hands them to `testing.Main`.
//!
//! A function counts as Go's `isTest` says: its name is the prefix (`Test`,
//! `Benchmark`, `Example`) alone or followed by a character that is not a lower-case
//! letter, it has no receiver and no type parameters. An example runs only with an
//! output comment: the last comment group of its body, read as `go/ast`'s
//! `CommentGroup.Text` reads it, starting with `Output:` or `Unordered output:`
//! (in any case).

use crate::source::SourceMap;
use crate::syntax::{self, ast, IdGen};

/// The generated function the program's entry calls.
pub const TESTMAIN: &str = "_testmain";

/// What the test files declare, in file then source order.
#[derive(Debug, Default)]
pub struct Found {
    pkg: String,
    tests: Vec<String>,
    benchmarks: Vec<String>,
    /// Name, wanted output, unordered.
    examples: Vec<(String, String, bool)>,
}

/// Scans `sources` (name, text); `Ok(None)` if there is no `_test.go` file; an error
/// (a message ending in a newline) for mixed packages or a wrong signature. Files that
/// do not parse are left for the compiler to report.
pub fn discover(sources: &[(String, Vec<u8>)]) -> Result<Option<Found>, String> {
    let mut found = Found::default();
    let mut any_test = false;
    let mut pkg_of: Option<(String, String)> = None;
    let mut errors = String::new();
    for (name, bytes) in sources {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut sm = SourceMap::new();
        let file = sm.add(name.clone(), text.clone());
        let ids = IdGen::new();
        let (ast, _) = syntax::parse_file(&file, &ids);
        let Some(ast) = ast else { continue };
        let is_test = name.ends_with("_test.go");
        any_test |= is_test;
        let pkg = ast.package.name.clone();
        if is_test && pkg.ends_with("_test") {
            return Err(format!(
                "{name}: minigo: unsupported: external test package (package {pkg})\n"
            ));
        }
        match &pkg_of {
            None => pkg_of = Some((pkg.clone(), name.clone())),
            Some((p, first)) if *p != pkg => {
                return Err(format!(
                    "found packages {p} ({}) and {pkg} ({}) in this directory\n",
                    base(first),
                    base(name)
                ));
            }
            _ => {}
        }
        found.pkg = pkg;
        if !is_test {
            continue;
        }
        let testing = testing_name(&ast);
        for d in &ast.decls {
            let ast::Decl::Func(fd) = d else { continue };
            if fd.recv.is_some() || fd.tparams.is_some() {
                continue;
            }
            let n = &fd.name.name;
            let at = || {
                sm.position(fd.name.span.lo)
                    .map(|p| format!("{name}:{}:{}", p.line, p.col))
                    .unwrap_or_else(|| name.clone())
            };
            if n == "TestMain" && takes(fd, testing.as_deref(), "M") {
                errors.push_str(&format!(
                    "{}: minigo: unsupported: TestMain (func TestMain(m *testing.M))\n",
                    at()
                ));
            } else if is_named(n, "Test") {
                if !takes(fd, testing.as_deref(), "T") {
                    errors.push_str(&format!(
                        "{}: wrong signature for {n}, must be: func {n}(t *testing.T)\n",
                        at()
                    ));
                }
                found.tests.push(n.clone());
            } else if is_named(n, "Benchmark") {
                if !takes(fd, testing.as_deref(), "B") {
                    errors.push_str(&format!(
                        "{}: wrong signature for {n}, must be: func {n}(b *testing.B)\n",
                        at()
                    ));
                }
                found.benchmarks.push(n.clone());
            } else if is_named(n, "Example") {
                if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                    errors.push_str(&format!("{}: {n} should be niladic\n", at()));
                    continue;
                }
                let Some(body) = &fd.body else { continue };
                let lo = (body.lbrace.hi - file.base) as usize;
                let hi = (body.rbrace.lo - file.base) as usize;
                if let Some((out, unordered)) = text.get(lo..hi).and_then(example_output) {
                    found.examples.push((n.clone(), out, unordered));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(any_test.then_some(found))
}

fn base(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// Go's `isTest`: `name` is `prefix` alone or followed by a non-lower-case character.
fn is_named(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        None => false,
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
    }
}

/// The name the file imports `testing` as.
fn testing_name(f: &ast::File) -> Option<String> {
    f.imports.iter().find_map(|i| {
        (i.path.raw.trim_matches(|c| c == '"' || c == '`') == "testing").then(|| {
            i.name
                .as_ref()
                .map(|n| n.name.clone())
                .unwrap_or_else(|| "testing".into())
        })
    })
}

/// Whether `fd` is `func(x *testing.TYPE)` with no results.
fn takes(fd: &ast::FuncDecl, testing: Option<&str>, ty: &str) -> bool {
    let [p] = fd.sig.params.as_slice() else {
        return false;
    };
    if p.names.len() > 1 || !fd.sig.results.is_empty() {
        return false;
    }
    let ast::ExprKind::Star(x) = &p.ty.kind else {
        return false;
    };
    match &x.kind {
        ast::ExprKind::Selector { x, sel } => {
            matches!(&x.kind, ast::ExprKind::Ident(i) if Some(i.name.as_str()) == testing)
                && sel.name == ty
        }
        ast::ExprKind::Ident(i) => testing == Some(".") && i.name == ty,
        _ => false,
    }
}

/// The output an example's body (the text between its braces) wants, if its last
/// comment group is an output comment; and whether it is unordered.
fn example_output(body: &str) -> Option<(String, bool)> {
    let groups = comment_groups(body);
    let text = groups.last().map(|g| comment_text(g))?;
    let trimmed = text.trim_start();
    let lower = trimmed.to_lowercase();
    let (rest, unordered) = if lower.starts_with("output:") {
        (&trimmed["output:".len()..], false)
    } else if lower.starts_with("unordered output:") {
        (&trimmed["unordered output:".len()..], true)
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    Some((rest.to_string(), unordered))
}

/// The comments of `src`, grouped as `go/parser` groups them: adjacent comments with
/// at most one line break between them and nothing else.
fn comment_groups(src: &str) -> Vec<Vec<&str>> {
    let b = src.as_bytes();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = src[i..].find('\n').map(|k| i + k).unwrap_or(b.len());
                push_comment(&mut groups, &mut last_end, src, start, end);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..]
                    .find("*/")
                    .map(|k| i + 2 + k + 2)
                    .unwrap_or(b.len());
                push_comment(&mut groups, &mut last_end, src, start, end);
                i = end;
            }
            b'"' | b'\'' => {
                i += 1;
                while i < b.len() && b[i] != c && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                last_end = None;
            }
            b'`' => {
                i += 1;
                while i < b.len() && b[i] != b'`' {
                    i += 1;
                }
                i += 1;
                last_end = None;
            }
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            _ => {
                i += 1;
                last_end = None;
            }
        }
    }
    groups
}

fn push_comment<'a>(
    groups: &mut Vec<Vec<&'a str>>,
    last_end: &mut Option<usize>,
    src: &'a str,
    start: usize,
    end: usize,
) {
    let adjacent = last_end.is_some_and(|e| src[e..start].matches('\n').count() <= 1);
    match groups.last_mut() {
        Some(g) if adjacent => g.push(&src[start..end]),
        _ => groups.push(vec![&src[start..end]]),
    }
    *last_end = Some(end);
}

/// `go/ast`'s `CommentGroup.Text`: markers and a line comment's first space removed,
/// trailing spaces trimmed, leading and trailing blank lines dropped, runs of blank
/// lines made one.
fn comment_text(group: &[&str]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for c in group {
        let body = if let Some(l) = c.strip_prefix("//") {
            if l.starts_with("go:") || l.starts_with("line ") {
                continue;
            }
            l.strip_prefix(' ').unwrap_or(l)
        } else {
            c.strip_prefix("/*")
                .and_then(|x| x.strip_suffix("*/"))
                .unwrap_or(c)
        };
        for l in body.split('\n') {
            lines.push(l.trim_end().to_string());
        }
    }
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        if l.is_empty() && out.last().is_none_or(|p: &String| p.is_empty()) {
            continue;
        }
        out.push(l);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    let mut s = out.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

/// `s` as a Go interpreted string literal.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Found {
    /// The generated `_testmain.go`.
    pub fn testmain(&self) -> String {
        let mut s = format!(
            "package {}\n\nimport _testing \"testing\"\n\nfunc {TESTMAIN}() {{\n\t_testing.Main(nil,\n\t\t[]_testing.InternalTest{{\n",
            self.pkg
        );
        for t in &self.tests {
            s.push_str(&format!("\t\t\t{{{}, {t}}},\n", go_quote(t)));
        }
        s.push_str("\t\t},\n\t\t[]_testing.InternalBenchmark{\n");
        for b in &self.benchmarks {
            s.push_str(&format!("\t\t\t{{{}, {b}}},\n", go_quote(b)));
        }
        s.push_str("\t\t},\n\t\t[]_testing.InternalExample{\n");
        for (e, out, unordered) in &self.examples {
            s.push_str(&format!(
                "\t\t\t{{{}, {e}, {}, {unordered}}},\n",
                go_quote(e),
                go_quote(out)
            ));
        }
        s.push_str("\t\t},\n\t)\n}\n");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_go_is_test() {
        assert!(is_named("Test", "Test"));
        assert!(is_named("TestX", "Test"));
        assert!(is_named("Test_x", "Test"));
        assert!(!is_named("Testx", "Test"));
        assert!(!is_named("Tes", "Test"));
    }

    #[test]
    fn example_output_comments() {
        let body = "\n\tfmt.Println(\"// not a comment\")\n\t// Output: 3\n";
        assert_eq!(example_output(body), Some(("3\n".into(), false)));
        let body = "\n\tf()\n\t// Unordered output:\n\t// a\n\t//   b\n";
        assert_eq!(example_output(body), Some(("a\n  b\n".into(), true)));
        // Only the last group counts.
        let body = "\n\t// Output: 1\n\n\tf()\n\t// just a note\n";
        assert_eq!(example_output(body), None);
        let body = "\n\t/* Output:\n\tx */\n";
        assert_eq!(example_output(body), Some(("\tx\n".into(), false)));
    }

    #[test]
    fn quoting() {
        assert_eq!(go_quote("a\"b\\\n\u{1}é"), "\"a\\\"b\\\\\\n\\x01é\"");
    }
}
