//! The lexer: every token kind, Go's semicolon rule, literals, and gc's error messages.

use crate::syntax::lexer::{scan_number, tokenize};
use crate::syntax::token::{SemiKind, Tok};

/// The tokens of `src`, each as gc would describe it.
fn toks(src: &str) -> Vec<String> {
    let (ts, diags) = tokenize(src, 0);
    assert!(diags.is_empty(), "{src:?}: {diags:?}");
    ts.iter().map(|t| t.1.describe()).collect()
}

/// The lexer's errors as `offset: message`.
fn errs(src: &str) -> Vec<String> {
    let (_, diags) = tokenize(src, 0);
    diags
        .iter()
        .map(|d| format!("{}: {}", d.span.lo, d.message))
        .collect()
}

#[test]
fn keywords_and_names() {
    let src = "break case chan const continue default defer else fallthrough for func go \
               goto if import interface map package range return select struct switch type var";
    let ts = toks(src);
    assert_eq!(ts.len(), 25, "{ts:?}"); // no semicolon after `var`
    assert!(ts[..25].iter().all(|t| t.starts_with("keyword ")));
    assert_eq!(
        toks("x _y héllo 世界 x1"),
        [
            "name x",
            "name _y",
            "name héllo",
            "name 世界",
            "name x1",
            "EOF"
        ]
    );
}

#[test]
fn every_operator() {
    let ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- \
               == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :";
    let ts = toks(ops);
    let want: Vec<&str> = ops.split(' ').collect();
    let got: Vec<&str> = ts.iter().map(|s| s.as_str()).collect();
    let got: Vec<&str> = got
        .into_iter()
        .map(|s| match s {
            "semicolon" => ";",
            "comma" => ",",
            s => s,
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn literals() {
    let (ts, diags) = tokenize(
        r#"42 0x_1F 0o17 017 0b101 1_000 1.5 .5 1. 1e9 1E-3 0x1p-2 0x1.8P3 2i 1.5i 0x1p1i 'a' '\n' '\x41' '\u4e16' '\U0001F600' '\377' "s\t\"" `raw
line`"#,
        0,
    );
    assert!(diags.is_empty(), "{diags:?}");
    let kinds: Vec<&str> = ts
        .iter()
        .map(|t| match t.1 {
            Tok::Int(_) => "int",
            Tok::Float(_) => "float",
            Tok::Imag(_) => "imag",
            Tok::Char(_) => "char",
            Tok::String(_) => "string",
            Tok::Semi(_) => ";",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "int", "int", "int", "int", "int", "int", "float", "float", "float", "float", "float",
            "float", "float", "imag", "imag", "imag", "char", "char", "char", "char", "char",
            "char", "string", "string", ";"
        ]
    );
    assert_eq!(ts[23].1, Tok::String("`raw\nline`"));
}

#[test]
fn semicolons_follow_gos_rule() {
    assert_eq!(
        toks("x\ny++\nreturn\n)\n]\n}\n1\n'a'\n\"s\"\nbreak\ncontinue\nfallthrough\n--\n"),
        [
            "name x",
            "newline",
            "name y",
            "++",
            "newline",
            "keyword return",
            "newline",
            ")",
            "newline",
            "]",
            "newline",
            "}",
            "newline",
            "literal 1",
            "newline",
            "literal 'a'",
            "newline",
            "literal \"s\"",
            "newline",
            "keyword break",
            "newline",
            "keyword continue",
            "newline",
            "keyword fallthrough",
            "newline",
            "--",
            "newline"
        ]
    );
    // No semicolon after operators, opening brackets or keywords like `func`.
    assert_eq!(toks("a +\nb"), ["name a", "+", "name b", "EOF"]);
    assert_eq!(toks("f(\n)"), ["name f", "(", ")", "EOF"]);
    assert_eq!(toks("func\nx"), ["keyword func", "name x", "EOF"]);
    // Comments: a line comment keeps its newline; a block comment spanning lines is one.
    assert_eq!(toks("x // c\ny"), ["name x", "newline", "name y", "EOF"]);
    assert_eq!(
        toks("x /* a\nb */ y"),
        ["name x", "newline", "name y", "EOF"]
    );
    assert_eq!(toks("x /* a */ y"), ["name x", "name y", "EOF"]);
    // EOF after a name is a semicolon; positions are global.
    let (ts, _) = tokenize("x", 100);
    assert_eq!(ts[0], (100, Tok::Ident("x"), 101));
    assert_eq!(ts[1], (101, Tok::Semi(SemiKind::Eof), 101));
}

#[test]
fn string_and_rune_errors_use_gcs_wording() {
    assert_eq!(errs("\"abc\nx"), ["4: newline in string"]);
    assert_eq!(errs("\"abc"), ["0: string not terminated"]);
    assert_eq!(errs("`abc"), ["0: string not terminated"]);
    assert_eq!(errs("'ab'"), ["0: more than one character in rune literal"]);
    assert_eq!(
        errs("''"),
        ["1: empty rune literal or unescaped ' in rune literal"]
    );
    assert_eq!(errs("'a\n"), ["2: newline in rune literal"]);
    assert_eq!(errs("'a"), ["0: rune literal not terminated"]);
    assert_eq!(errs("/* abc"), ["0: comment not terminated"]);
    assert_eq!(errs(r#""\q""#), ["2: unknown escape"]);
    assert_eq!(
        errs(r#""\x4""#),
        ["4: invalid character '\"' in hexadecimal escape"]
    );
    assert_eq!(errs(r"'\400'"), ["5: octal escape value 256 > 255"]);
    assert_eq!(
        errs(r#""\uD800""#),
        ["7: escape is invalid Unicode code point U+D800"]
    );
}

#[test]
fn character_errors() {
    assert_eq!(errs("a @ b"), ["2: invalid character U+0040 '@'"]);
    assert_eq!(errs("a # b"), ["2: invalid character U+0023 '#'"]);
    assert_eq!(errs("x \u{FFFD}\u{FFFD} y"), ["2: invalid UTF-8 encoding"]);
    assert_eq!(
        errs("a€b"),
        ["1: invalid character U+20AC '€' in identifier"]
    );
    assert_eq!(toks("\u{FEFF}x"), ["name x", "EOF"]);
    assert_eq!(
        errs("x\u{FEFF}"),
        ["1: invalid BOM in the middle of the file"]
    );
    // Lexing goes on after an error.
    let (ts, _) = tokenize("a @ b", 0);
    assert_eq!(ts.len(), 3);
}

#[test]
fn number_errors_use_gcs_wording() {
    let e = |s: &str| {
        let (_, es) = scan_number(s);
        es.into_iter()
            .map(|(o, m)| format!("{o}: {m}"))
            .collect::<Vec<_>>()
    };
    assert_eq!(e("0128"), ["3: invalid digit '8' in octal literal"]);
    assert_eq!(e("0x"), ["2: hexadecimal literal has no digits"]);
    assert_eq!(e("0b12"), ["3: invalid digit '2' in binary literal"]);
    assert_eq!(e("1e"), ["2: exponent has no digits"]);
    assert_eq!(e("0o9"), ["2: invalid digit '9' in octal literal"]);
    assert_eq!(e("1_000_"), ["5: '_' must separate successive digits"]);
    assert_eq!(e("1__0"), ["2: '_' must separate successive digits"]);
    assert_eq!(
        e("0x1.0"),
        ["5: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(e("0b1.0"), ["3: invalid radix point in binary literal"]);
    assert_eq!(e("0x1e3"), Vec::<String>::new()); // hex digits, not an exponent
    assert_eq!(e("1p3"), ["1: 'p' exponent requires hexadecimal mantissa"]);
    assert_eq!(e("09.5"), Vec::<String>::new()); // a float, not octal
    assert_eq!(e("09i"), Vec::<String>::new()); // imaginary: decimal
    assert_eq!(scan_number("123abc").0, 3);
}
