//! Number and string formatting shared by the `fmt` natives: Go's `%e`, `%f`, `%g`
//! (strconv's shortest-digit `'g'` form included) and `strconv.Quote`'s escapes.

/// Decimal digits and exponent of the shortest representation of `x` (`bits` 32 or
/// 64): x = 0.d1d2... × 10^(exp+1), i.e. `exp` is the exponent of d1.
pub fn shortest(x: f64, bits: u8) -> (String, i32) {
    let s = if bits == 32 {
        format!("{:e}", x.abs() as f32)
    } else {
        format!("{:e}", x.abs())
    };
    split_e(&s)
}

pub fn split_e(s: &str) -> (String, i32) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, e.parse().unwrap_or(0))
}

/// `%e` form from digits: d.ddde±XX.
pub fn e_form(neg: bool, digits: &str, exp: i32, min_frac: usize) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let mut ds = digits.to_string();
    while ds.len() < 1 + min_frac {
        ds.push('0');
    }
    s.push_str(&ds[..1]);
    if ds.len() > 1 {
        s.push('.');
        s.push_str(&ds[1..]);
    }
    s.push('e');
    s.push(if exp < 0 { '-' } else { '+' });
    s.push_str(&format!("{:02}", exp.abs()));
    s
}

/// `%f` form from digits with exactly the digits given (no padding).
pub fn f_form(neg: bool, digits: &str, exp: i32) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let nd = digits.len() as i32;
    if exp < 0 {
        s.push_str("0.");
        for _ in 0..(-exp - 1) {
            s.push('0');
        }
        s.push_str(digits);
    } else if nd <= exp + 1 {
        s.push_str(digits);
        for _ in 0..(exp + 1 - nd) {
            s.push('0');
        }
    } else {
        s.push_str(&digits[..(exp + 1) as usize]);
        s.push('.');
        s.push_str(&digits[(exp + 1) as usize..]);
    }
    s
}

/// Go's `%g`/`%v` for floats.
pub fn format_g(x: f64, bits: u8, prec: Option<usize>, sharp: bool) -> String {
    if x == 0.0 {
        let z = if x.is_sign_negative() { "-0" } else { "0" };
        return z.to_string();
    }
    let neg = x.is_sign_negative();
    let (digits, exp, eprec) = match prec {
        None => {
            let (d, e) = shortest(x, bits);
            (d, e, if sharp { 6 } else { 21 }.min(21))
        }
        Some(p) => {
            let p = p.max(1);
            let s = format!("{:.*e}", p - 1, x.abs());
            let (mut d, e) = split_e(&s);
            if !sharp {
                while d.len() > 1 && d.ends_with('0') {
                    d.pop();
                }
            }
            let mut eprec = p as i32;
            if eprec > d.len() as i32 && d.len() as i32 > e {
                eprec = d.len() as i32;
            }
            (d, e, eprec)
        }
    };
    let eprec = if prec.is_none() {
        go_shortest_eprec()
    } else {
        eprec
    };
    if exp < -4 || exp >= eprec {
        e_form(neg, &digits, exp, 0)
    } else {
        f_form(neg, &digits, exp)
    }
}

/// strconv's `'g'` with the shortest precision uses `%e` from exponent 6 on.
fn go_shortest_eprec() -> i32 {
    6
}

pub fn format_f(x: f64, prec: usize) -> String {
    format!("{:.*}", prec, x)
}

pub fn format_e(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, x.abs());
    let (d, e) = split_e(&s);
    e_form(x.is_sign_negative(), &d, e, prec)
}

pub fn parse_num(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut n = 0usize;
    while i < b.len() && b[i].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add((b[i] - b'0') as usize);
        i += 1;
    }
    (n, i)
}

pub fn decode_char(b: &[u8]) -> (char, usize) {
    let (r, n) = crate::vm::strings::decode_rune(b);
    (char::from_u32(r).unwrap_or('\u{FFFD}'), n.max(1))
}

/// Go's `strconv.Quote`.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, n) = crate::vm::strings::decode_rune(&s[i..]);
        if r == 0xFFFD && n == 1 && !s[i..].starts_with("\u{FFFD}".as_bytes()) {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        push_escaped(&mut out, c, '"');
        i += n.max(1);
    }
    out.push('"');
    out
}

pub fn quote_rune(c: char) -> String {
    let mut out = String::from("'");
    push_escaped(&mut out, c, '\'');
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, c: char, q: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == q => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if is_print(c) => out.push(c),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// Go's `strconv.IsPrint`, approximately: graphic runes and the ASCII space.
pub fn is_print(c: char) -> bool {
    if (c as u32) < 0x80 {
        return (0x20..0x7f).contains(&(c as u32));
    }
    !c.is_control()
        && !matches!(
            c as u32,
            0x80..=0xa0 | 0xad | 0x2028 | 0x2029 | 0xfffe | 0xffff
        )
}

/// Go's `strconv.QuoteToASCII` (`%+q`).
pub fn quote_ascii(s: &[u8]) -> String {
    ascii_escaped(&quote(s))
}

/// Go's `strconv.QuoteRuneToASCII` (`%+q` of a rune).
pub fn quote_rune_ascii(c: char) -> String {
    ascii_escaped(&quote_rune(c))
}

/// A quoted literal with its non-ASCII runes escaped as `\u` or `\U`.
fn ascii_escaped(q: &str) -> String {
    let mut out = String::new();
    for c in q.chars() {
        if (c as u32) < 0x80 {
            out.push(c);
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}
