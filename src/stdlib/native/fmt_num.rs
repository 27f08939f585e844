//! The leaves of `fmt`'s printing: padding to a width (spaces, or zeros after the
//! sign), integers in every base with `#`, `+`, space and precision, floats in `%e %f
//! %g` forms, strings (`%s %q %x`) and pointers.

use super::fmt::Printer;
use super::numfmt::{format_e, format_f, format_g, quote, quote_rune};

impl Printer<'_> {
    /// Pads `b` to the width (in runes) with spaces, or zeros when the 0 flag is set.
    pub(super) fn pad_str(&mut self, b: &[u8]) {
        let Some(wid) = self.f.wid else {
            self.buf.extend_from_slice(b);
            return;
        };
        let n = String::from_utf8_lossy(b).chars().count();
        if n >= wid {
            self.buf.extend_from_slice(b);
            return;
        }
        let pad = wid - n;
        let c = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        if self.f.minus {
            self.buf.extend_from_slice(b);
            self.buf.extend(std::iter::repeat_n(b' ', pad));
        } else {
            self.buf.extend(std::iter::repeat_n(c, pad));
            self.buf.extend_from_slice(b);
        }
    }

    /// Pads a number: zero padding goes after the sign.
    pub(super) fn pad_num(&mut self, sign: &[u8], digits: &[u8]) {
        if self.f.zero && !self.f.minus && self.f.wid.is_some() {
            let wid = self.f.wid.unwrap_or(0);
            let n = sign.len() + digits.len();
            self.buf.extend_from_slice(sign);
            if n < wid {
                self.buf.extend(std::iter::repeat_n(b'0', wid - n));
            }
            self.buf.extend_from_slice(digits);
            return;
        }
        let mut all = sign.to_vec();
        all.extend_from_slice(digits);
        self.pad_str(&all);
    }

    pub(super) fn fmt_string(&mut self, s: &[u8], verb: char) {
        let s = match self.f.prec {
            Some(p) if matches!(verb, 'v' | 's' | 'q') => {
                let st = String::from_utf8_lossy(s);
                st.chars().take(p).collect::<String>().into_bytes()
            }
            _ => s.to_vec(),
        };
        match verb {
            'q' => {
                let q = if self.f.sharp && !s.contains(&b'`') {
                    let mut v = b"`".to_vec();
                    v.extend_from_slice(&s);
                    v.push(b'`');
                    v
                } else if self.f.plus {
                    super::numfmt::quote_ascii(&s).into_bytes()
                } else {
                    quote(&s).into_bytes()
                };
                self.pad_str(&q);
            }
            'x' | 'X' => self.fmt_sbx(&s, verb),
            _ => self.pad_str(&s),
        }
    }

    /// Go's `fmtSbx`: hex of a string's or byte slice's bytes (at most the precision),
    /// with `#` (0x prefixes) and space (between bytes); the width pads the whole.
    fn fmt_sbx(&mut self, s: &[u8], verb: char) {
        let mut length = s.len();
        if let Some(p) = self.f.prec {
            length = length.min(p);
        }
        let mut width = 2 * length;
        if width == 0 {
            if let Some(w) = self.f.wid {
                self.write_padding(w);
            }
            return;
        }
        if self.f.space {
            if self.f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.f.sharp {
            width += 2;
        }
        let wid = self.f.wid.unwrap_or(0);
        if wid > width && !self.f.minus {
            self.write_padding(wid - width);
        }
        let x = if verb == 'X' { b'X' } else { b'x' };
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', x]);
        }
        for (i, c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', x]);
                }
            }
            let h = if verb == 'X' {
                format!("{c:02X}")
            } else {
                format!("{c:02x}")
            };
            self.buf.extend_from_slice(h.as_bytes());
        }
        if wid > width && self.f.minus {
            self.write_padding(wid - width);
        }
    }

    /// Go's `writePadding`: n bytes of '0' (zero flag, not left-justified) or ' '.
    fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.extend(std::iter::repeat_n(c, n));
    }

    /// A pointer printed as an address (Go's `fmtPointer` through `printValue`).
    pub(super) fn print_pointer(&mut self, name: &str, w0: u64, verb: char) {
        if self.f.sharp_v && verb == 'v' {
            // (*T)(nil) or (*T)(0xc000012345).
            self.buf.push(b'(');
            self.buf.extend_from_slice(name.as_bytes());
            self.buf.extend_from_slice(b")(");
            if w0 == 0 {
                self.buf.extend_from_slice(b"nil");
            } else {
                let saved = self.f;
                self.f = Default::default();
                self.fmt_pointer(w0, 'p');
                self.f = saved;
            }
            self.buf.push(b')');
            return;
        }
        self.fmt_pointer(w0, verb);
    }

    pub(super) fn fmt_pointer(&mut self, w: u64, verb: char) {
        match verb {
            'v' | 'p' => {
                if w == 0 && verb == 'v' {
                    self.pad_str(b"<nil>");
                } else if w == 0 {
                    self.pad_str(b"0x0");
                } else {
                    let s = format!(
                        "0x{:x}",
                        0xc000000000u64 + (w & 0xffff_ffff_ffff) % 0x10000000
                    );
                    self.pad_str(s.as_bytes());
                }
            }
            _ => {
                let s = format!("%!{verb}(ptr)");
                self.buf.extend_from_slice(s.as_bytes());
            }
        }
    }

    pub(super) fn fmt_integer(
        &mut self,
        w: u64,
        signed: bool,
        verb: char,
        tid: u64,
        words: &[u64],
    ) {
        let neg = signed && (w as i64) < 0;
        let u = if neg { (w as i64).unsigned_abs() } else { w };
        if verb == 'v' && self.f.sharp_v && !signed {
            // Go's fmt0x64(v, true): %#v of an unsigned integer is 0x-hex.
            let saved = self.f.sharp;
            self.f.sharp = true;
            self.fmt_integer(w, false, 'x', tid, words);
            self.f.sharp = saved;
            return;
        }
        let (base, upper) = match verb {
            'v' | 'd' => (10, false),
            'b' => (2, false),
            'o' | 'O' => (8, false),
            'x' => (16, false),
            'X' => (16, true),
            'c' => {
                let c = char::from_u32(w as u32).unwrap_or('\u{FFFD}');
                self.pad_str(c.to_string().as_bytes());
                return;
            }
            'q' => {
                let c = u32::try_from(w)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                let q = if self.f.plus {
                    super::numfmt::quote_rune_ascii(c)
                } else {
                    quote_rune(c)
                };
                self.pad_str(q.as_bytes());
                return;
            }
            'U' => {
                // Go's fmtUnicode: at least the precision's digits, never zero-padded.
                let digits = self.f.prec.unwrap_or(4).max(4);
                let mut s = format!("U+{:0digits$X}", w);
                if self.f.sharp {
                    if let Some(c) = u32::try_from(w).ok().and_then(char::from_u32) {
                        if super::numfmt::is_print(c) {
                            s.push_str(&format!(" '{c}'"));
                        }
                    }
                }
                let saved = self.f.zero;
                self.f.zero = false;
                self.pad_str(s.as_bytes());
                self.f.zero = saved;
                return;
            }
            _ => {
                self.bad_verb(tid, words, verb);
                return;
            }
        };
        let mut digits = match base {
            2 => format!("{u:b}"),
            8 => format!("{u:o}"),
            16 if upper => format!("{u:X}"),
            16 => format!("{u:x}"),
            _ => u.to_string(),
        };
        if let Some(p) = self.f.prec {
            if p == 0 && u == 0 {
                digits.clear();
            }
            while digits.len() < p {
                digits.insert(0, '0');
            }
        }
        // Go's fmtInteger: zero padding to the width is done like a precision, on the
        // digits alone, so a `0x` prefix comes on top (`%#016x` of 0 is 18 bytes).
        let zero_pad = self.f.prec.is_none() && self.f.zero && !self.f.minus;
        if let (true, Some(wid)) = (zero_pad, self.f.wid) {
            let p = if neg || self.f.plus || self.f.space {
                wid.saturating_sub(1)
            } else {
                wid
            };
            while digits.len() < p {
                digits.insert(0, '0');
            }
        }
        let mut prefix = String::new();
        if neg {
            prefix.push('-');
        } else if self.f.plus {
            prefix.push('+');
        } else if self.f.space {
            prefix.push(' ');
        }
        if self.f.sharp {
            match base {
                2 => prefix.push_str("0b"),
                8 if !digits.starts_with('0') => prefix.push('0'),
                16 if upper => prefix.push_str("0X"),
                16 => prefix.push_str("0x"),
                _ => {}
            }
        }
        if verb == 'O' {
            prefix.push_str("0o");
        }
        if self.f.prec.is_some() || zero_pad {
            let saved = self.f.zero;
            self.f.zero = false;
            self.pad_num(prefix.as_bytes(), digits.as_bytes());
            self.f.zero = saved;
        } else {
            self.pad_num(prefix.as_bytes(), digits.as_bytes());
        }
    }

    /// Go's `fmtComplex`: `(re±imi)`, each part as `fmtFloat` with the verb, width and
    /// precision; the imaginary part always signed.
    pub(super) fn fmt_complex(&mut self, words: &[u64], bits: u8, verb: char, tid: u64) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            self.bad_verb(tid, words, verb);
            return;
        }
        let part = |i: usize| crate::vm::value::f(words.get(i).copied().unwrap_or(0));
        let old_plus = self.f.plus;
        self.buf.push(b'(');
        self.fmt_float(part(0), bits / 2, verb, tid, words);
        self.f.plus = true;
        self.fmt_float(part(1), bits / 2, verb, tid, words);
        self.buf.extend_from_slice(b"i)");
        self.f.plus = old_plus;
    }

    pub(super) fn fmt_float(&mut self, x: f64, bits: u8, verb: char, tid: u64, words: &[u64]) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            self.bad_verb(tid, words, verb);
            return;
        }
        if !x.is_finite() {
            // Go's fmtFloat: Inf and NaN are never zero-padded; +Inf keeps its sign
            // unless the space flag replaces it; NaN is signed only when asked.
            let sign = if x.is_nan() {
                if self.f.plus {
                    "+"
                } else if self.f.space {
                    " "
                } else {
                    ""
                }
            } else if x < 0.0 {
                "-"
            } else if self.f.space && !self.f.plus {
                " "
            } else {
                "+"
            };
            let digits = if x.is_nan() { "NaN" } else { "Inf" };
            let saved = self.f.zero;
            self.f.zero = false;
            self.pad_num(sign.as_bytes(), digits.as_bytes());
            self.f.zero = saved;
            return;
        }
        let body = match verb {
            'v' | 'g' | 'G' => format_g(x, bits, self.f.prec, false),
            'f' | 'F' => format_f(x, self.f.prec.unwrap_or(6)),
            'e' | 'E' => format_e(x, self.f.prec.unwrap_or(6)),
            'b' => binary_float(x, bits),
            _ => hex_float(x, bits, self.f.prec, verb == 'X'),
        };
        let body = if matches!(verb, 'E' | 'G') {
            body.to_uppercase()
        } else {
            body
        };
        let body = if self.f.sharp && verb != 'b' {
            sharp_float(&body, verb, self.f.prec)
        } else {
            body
        };
        let (sign, digits) = match body.strip_prefix('-') {
            Some(rest) => ("-".to_string(), rest.to_string()),
            None => {
                let s = if self.f.plus {
                    "+"
                } else if self.f.space {
                    " "
                } else {
                    ""
                };
                (s.to_string(), body.clone())
            }
        };
        self.pad_num(sign.as_bytes(), digits.as_bytes());
    }
}

/// The fields of `x` as a float of `bits` (32 or 64), as strconv reads them: (sign,
/// biased exponent, mantissa, mantissa bits, exponent bias).
fn float_parts(x: f64, bits: u8) -> (bool, i64, u64, i64, i64) {
    if bits == 32 {
        let b = (x as f32).to_bits() as u64;
        (
            b >> 31 != 0,
            ((b >> 23) & 0xff) as i64,
            b & ((1 << 23) - 1),
            23,
            -127,
        )
    } else {
        let b = x.to_bits();
        (
            b >> 63 != 0,
            ((b >> 52) & 0x7ff) as i64,
            b & ((1 << 52) - 1),
            52,
            -1023,
        )
    }
}

/// strconv's `'b'` format of a finite float: `4503599627370496p-52` (mantissa, binary
/// exponent), from float32's bits when `bits` is 32.
pub(super) fn binary_float(x: f64, bits: u8) -> String {
    let (neg, mut exp, mut mant, mantbits, bias) = float_parts(x, bits);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias - mantbits;
    let sign = if neg { "-" } else { "" };
    let esign = if exp >= 0 { "+" } else { "" };
    format!("{sign}{mant}p{esign}{exp}")
}

/// Go's `#` flag on a formatted float (`fmtFloat`): always a decimal point, and for
/// `%g`/`%x` trailing zeros up to the precision (6 when none is given).
fn sharp_float(body: &str, verb: char, prec: Option<usize>) -> String {
    let (sign, num) = match body.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", body),
    };
    let mut digits: i64 = match verb {
        'v' | 'g' | 'G' | 'x' => prec.map_or(6, |p| p as i64),
        _ => 0,
    };
    let hex = matches!(verb, 'x' | 'X');
    let cut = num
        .find(|c: char| matches!(c, 'p' | 'P') || (!hex && matches!(c, 'e' | 'E')))
        .unwrap_or(num.len());
    let (mut mant, tail) = (num[..cut].to_string(), &num[cut..]);
    let mut has_point = false;
    let mut nonzero = false;
    for c in mant.chars() {
        if c == '.' {
            has_point = true;
            continue;
        }
        if c != '0' {
            nonzero = true;
        }
        if nonzero {
            digits -= 1;
        }
    }
    if !has_point {
        if mant == "0" {
            digits -= 1;
        }
        mant.push('.');
    }
    while digits > 0 {
        mant.push('0');
        digits -= 1;
    }
    format!("{sign}{mant}{tail}")
}

/// strconv's `%x` of a float (`fmtX`): `-0x1.cp+01`, the mantissa rounded to `prec`
/// hex digits (half to even) when a precision is given, else shortest.
pub(super) fn hex_float(x: f64, bits: u8, prec: Option<usize>, upper: bool) -> String {
    let (neg, mut exp, mut mant, mantbits, bias) = float_parts(x, bits);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if let Some(p) = prec.filter(|&p| p < 15) {
        let shift = p as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(if upper { 'X' } else { 'x' });
    out.push(if (mant >> 60) & 1 == 1 { '1' } else { '0' });
    mant <<= 4;
    match prec {
        None if mant != 0 => {
            out.push('.');
            while mant != 0 {
                out.push(hex[((mant >> 60) & 15) as usize] as char);
                mant <<= 4;
            }
        }
        Some(p) if p > 0 => {
            out.push('.');
            for _ in 0..p {
                out.push(hex[((mant >> 60) & 15) as usize] as char);
                mant <<= 4;
            }
        }
        _ => {}
    }
    out.push(if upper { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}
