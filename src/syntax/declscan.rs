//! A byte-level scan of a gofmt'd Go file into its top-level declarations, with the
//! names each declares and the identifiers each mentions (issue #3: start-up time).
//!
//! The standard library is pruned to what a program can reach before anything is
//! parsed (`types::prune`): `build.rs` scans every embedded file with this module (it
//! includes this file by path, so it uses nothing but `std`), and `minigo run` scans the
//! program's own files to find what they use of each import.
//!
//! A declaration starts with `func`, `type`, `var`, `const` or `import` in column 0, as
//! gofmt places every top-level declaration; it runs to the next such keyword (comments
//! between declarations ride along, which the lexer skips). What a declaration mentions
//! is over-approximated by its identifier tokens: a local variable or field named like a
//! package-level declaration pulls that declaration in too, never the reverse. `X.Y`
//! also counts as a use of `Y` in the package imported as `X`. A function's body is kept
//! apart from its signature, since a native's body is never compiled.

/// What a top-level declaration declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Func,
    Method,
    Type,
    Var,
    Const,
}

/// One top-level declaration other than an import.
#[derive(Debug)]
pub struct Decl<'a> {
    pub kind: Kind,
    /// Byte range in the file, `[lo, hi)`.
    pub lo: usize,
    pub hi: usize,
    /// The names declared (a method's own name for `Method`).
    pub names: Vec<&'a str>,
    /// A method's receiver base type, and whether the receiver is a pointer.
    pub recv: Option<(&'a str, bool)>,
    /// Identifiers outside a function body, and `X.Y` pairs there.
    pub refs: Vec<&'a str>,
    pub quals: Vec<(&'a str, &'a str)>,
    /// The same, inside a function body.
    pub body_refs: Vec<&'a str>,
    pub body_quals: Vec<(&'a str, &'a str)>,
}

/// One file: where its header (package clause and imports) ends, its imports (local
/// name, path; the name is the path's last element unless given) and declarations.
#[derive(Debug, Default)]
pub struct File<'a> {
    /// The deepest nesting of brackets (`(`, `[`, `{`) in the file.
    pub depth: usize,
    /// Every `X.Y` pair in the file, wherever it stands (a program's own file need not
    /// be gofmt'd, so its declarations need not start in column 0).
    pub quals: Vec<(&'a str, &'a str)>,
    pub header_hi: usize,
    pub imports: Vec<(&'a str, &'a str)>,
    pub decls: Vec<Decl<'a>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    Ident,
    Str,
    Punct(u8),
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    t: T,
    text: &'a str,
    lo: usize,
    /// First token of its line, in column 0.
    col0: bool,
    /// First token of its line.
    line_start: bool,
}

/// Go's keywords (the REPL completes them too).
pub const KEYWORDS: [&str; 25] = [
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn tokens(src: &str) -> Vec<Tok<'_>> {
    let s = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    let mut col0 = true;
    while i < s.len() {
        let c = s[i];
        let lo = i;
        let t = match c {
            b'\n' => {
                i += 1;
                line_start = true;
                col0 = true;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                col0 = false;
                continue;
            }
            b'/' if s.get(i + 1) == Some(&b'/') => {
                while i < s.len() && s[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if s.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < s.len() && !(s[i] == b'*' && s[i + 1] == b'/') {
                    if s[i] == b'\n' {
                        line_start = true;
                    }
                    i += 1;
                }
                i = (i + 2).min(s.len());
                col0 = false;
                continue;
            }
            b'"' | b'\'' => {
                i += 1;
                while i < s.len() && s[i] != c && s[i] != b'\n' {
                    i += if s[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(s.len());
                if c == b'"' {
                    T::Str
                } else {
                    T::Other
                }
            }
            b'`' => {
                i += 1;
                while i < s.len() && s[i] != b'`' {
                    i += 1;
                }
                i = (i + 1).min(s.len());
                T::Str
            }
            _ if c.is_ascii_digit() => {
                while i < s.len() && (is_ident_byte(s[i]) || s[i] == b'.') {
                    i += 1;
                }
                T::Other
            }
            _ if is_ident_byte(c) => {
                while i < s.len() && is_ident_byte(s[i]) {
                    i += 1;
                }
                T::Ident
            }
            _ => {
                i += 1;
                T::Punct(c)
            }
        };
        out.push(Tok {
            t,
            text: &src[lo..i],
            lo,
            col0,
            line_start,
        });
        line_start = false;
        col0 = false;
    }
    out
}

/// `package` and `import` (keywords found nowhere else) start a declaration wherever
/// they stand; the other declarations in column 0.
fn is_decl_start(t: &Tok<'_>) -> bool {
    t.t == T::Ident
        && (matches!(t.text, "package" | "import")
            || t.col0 && matches!(t.text, "func" | "type" | "var" | "const"))
}

/// Scans a file. Never fails: text that is not gofmt'd Go gives declarations that
/// `types::prune`'s callers then fail to parse, and they fall back to the whole file.
pub fn scan(src: &str) -> File<'_> {
    let toks = tokens(src);
    let starts: Vec<usize> = (0..toks.len())
        .filter(|&k| is_decl_start(&toks[k]))
        .collect();
    let mut file = File::default();
    uses(&toks, &mut Vec::new(), &mut file.quals);
    let mut depth = 0usize;
    for t in &toks {
        match t.t {
            T::Punct(b'(' | b'[' | b'{') => {
                depth += 1;
                file.depth = file.depth.max(depth);
            }
            T::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    for (n, &k) in starts.iter().enumerate() {
        let end_tok = starts.get(n + 1).copied().unwrap_or(toks.len());
        let lo = toks[k].lo;
        let hi = toks.get(end_tok).map(|t| t.lo).unwrap_or(src.len());
        let body = &toks[k..end_tok];
        match toks[k].text {
            "package" => file.header_hi = hi,
            "import" => {
                imports(body, &mut file.imports);
                file.header_hi = hi;
            }
            kw => file.decls.push(decl(kw, body, lo, hi)),
        }
    }
    file
}

fn imports<'a>(toks: &[Tok<'a>], out: &mut Vec<(&'a str, &'a str)>) {
    let mut name = None;
    for t in &toks[1..] {
        match t.t {
            T::Ident => name = Some(t.text),
            T::Punct(b'.') => name = Some("."),
            T::Str => {
                let path = t.text.trim_matches(|c| c == '"' || c == '`');
                let local = name
                    .take()
                    .unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path));
                out.push((local, path));
            }
            _ => {}
        }
    }
}

fn decl<'a>(kw: &str, toks: &[Tok<'a>], lo: usize, hi: usize) -> Decl<'a> {
    let mut d = Decl {
        kind: Kind::Var,
        lo,
        hi,
        names: Vec::new(),
        recv: None,
        refs: Vec::new(),
        quals: Vec::new(),
        body_refs: Vec::new(),
        body_quals: Vec::new(),
    };
    let mut body_at = toks.len();
    match kw {
        "func" => {
            d.kind = Kind::Func;
            let mut k = 1;
            if toks.get(1).map(|t| t.t) == Some(T::Punct(b'(')) {
                d.kind = Kind::Method;
                let close = matching(toks, 1).unwrap_or(toks.len() - 1);
                let mut depth = 0;
                let mut base = None;
                let mut ptr = false;
                for t in &toks[2..close] {
                    match t.t {
                        T::Punct(b'[' | b'(') => depth += 1,
                        T::Punct(b']' | b')') => depth -= 1,
                        T::Punct(b'*') if depth == 0 => ptr = true,
                        T::Ident if depth == 0 => base = Some(t.text),
                        _ => {}
                    }
                }
                d.recv = base.map(|b| (b, ptr));
                k = close + 1;
            }
            if let Some(t) = toks.get(k).filter(|t| t.t == T::Ident) {
                d.names.push(t.text);
            }
            body_at = body_start(toks, k).unwrap_or(toks.len());
        }
        _ => {
            d.kind = match kw {
                "type" => Kind::Type,
                "const" => Kind::Const,
                _ => Kind::Var,
            };
            if toks.get(1).map(|t| t.t) == Some(T::Punct(b'(')) {
                let close = matching(toks, 1).unwrap_or(toks.len());
                let mut depth = 0;
                let mut spec_start = true;
                let mut k = 2;
                while k < close {
                    let t = toks[k];
                    if depth == 0 && (spec_start || t.line_start) {
                        spec_start = false;
                        let next = spec_names(toks, k, kw == "type", &mut d.names);
                        if next > k {
                            k = next;
                            continue;
                        }
                    }
                    match t.t {
                        T::Punct(b'(' | b'[' | b'{') => depth += 1,
                        T::Punct(b')' | b']' | b'}') => depth -= 1,
                        T::Punct(b';') if depth == 0 => spec_start = true,
                        _ => {}
                    }
                    k += 1;
                }
            } else {
                spec_names(toks, 1, kw == "type", &mut d.names);
            }
        }
    }
    uses(&toks[1..body_at], &mut d.refs, &mut d.quals);
    if body_at < toks.len() {
        uses(&toks[body_at..], &mut d.body_refs, &mut d.body_quals);
    }
    d
}

/// The names of the spec starting at `k` (`a, b T = ...`; one name for a type spec);
/// returns the index after them.
fn spec_names<'a>(toks: &[Tok<'a>], mut k: usize, one: bool, out: &mut Vec<&'a str>) -> usize {
    while let Some(t) = toks.get(k).filter(|t| t.t == T::Ident) {
        out.push(t.text);
        k += 1;
        if one || toks.get(k).map(|t| t.t) != Some(T::Punct(b',')) {
            break;
        }
        k += 1;
    }
    k
}

/// The index of the bracket closing the one at `open`.
fn matching(toks: &[Tok<'_>], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.t {
            T::Punct(b'(' | b'[' | b'{') => depth += 1,
            T::Punct(b')' | b']' | b'}') => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// The `{` opening a function's body: the first at bracket depth 0 after `from` that
/// does not open a `struct` or `interface` type.
fn body_start(toks: &[Tok<'_>], from: usize) -> Option<usize> {
    let mut k = from;
    while k < toks.len() {
        match toks[k].t {
            T::Punct(b'(' | b'[') => k = matching(toks, k)?,
            T::Punct(b'{') => {
                let lit = k > 0 && matches!(toks[k - 1].text, "struct" | "interface");
                if !lit {
                    return Some(k);
                }
                k = matching(toks, k)?;
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// The identifiers in `toks` (not keywords, not selected names) and the `X.Y` pairs.
fn uses<'a>(toks: &[Tok<'a>], refs: &mut Vec<&'a str>, quals: &mut Vec<(&'a str, &'a str)>) {
    for (k, t) in toks.iter().enumerate() {
        if t.t != T::Ident || KEYWORDS.contains(&t.text) {
            continue;
        }
        let selected = k >= 1 && toks[k - 1].t == T::Punct(b'.');
        if !selected {
            refs.push(t.text);
        } else if k >= 2 && toks[k - 2].t == T::Ident {
            quals.push((toks[k - 2].text, t.text));
        }
    }
    refs.sort_unstable();
    refs.dedup();
    quals.sort_unstable();
    quals.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_names_and_uses() {
        let src = "package p\n\nimport (\n\t\"io\"\n\tx \"math/rand\"\n)\n\n\
            // A doc comment.\nfunc F(w io.Writer) T {\n\treturn g(x.Intn(2))\n}\n\n\
            func (p *T) M() struct{ a int } { return h }\n\n\
            type (\n\tT int\n\tU struct {\n\t\tf V\n\t}\n)\n\n\
            const (\n\tA, B = iota, 2\n\tC\n)\n\nvar s = \"func x\" + `\nfunc y`\n";
        let f = scan(src);
        assert_eq!(f.depth, 3);
        assert_eq!(f.imports, vec![("io", "io"), ("x", "math/rand")]);
        assert!(src[..f.header_hi].ends_with(")\n\n// A doc comment.\n"));
        let names: Vec<_> = f.decls.iter().map(|d| (d.kind, d.names.clone())).collect();
        assert_eq!(
            names,
            vec![
                (Kind::Func, vec!["F"]),
                (Kind::Method, vec!["M"]),
                (Kind::Type, vec!["T", "U"]),
                (Kind::Const, vec!["A", "B", "C"]),
                (Kind::Var, vec!["s"]),
            ]
        );
        let f0 = &f.decls[0];
        assert_eq!(f0.refs, vec!["F", "T", "io", "w"]);
        assert_eq!(f0.quals, vec![("io", "Writer")]);
        assert_eq!(f0.body_refs, vec!["g", "x"]);
        assert_eq!(f0.body_quals, vec![("x", "Intn")]);
        let m = &f.decls[1];
        assert_eq!(m.recv, Some(("T", true)));
        assert_eq!(m.refs, vec!["M", "T", "a", "int", "p"]);
        assert_eq!(m.body_refs, vec!["h"]);
        assert_eq!(f.decls[2].refs, vec!["T", "U", "V", "f", "int"]);
        assert_eq!(
            &src[f.decls[4].lo..f.decls[4].hi],
            "var s = \"func x\" + `\nfunc y`\n"
        );
    }
}
