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
            'x' | 'X' => {
                let mut h = String::new();
                for (i, b) in s.iter().enumerate() {
                    if self.f.space && i > 0 {
                        h.push(' ');
                    }
                    if verb == 'x' {
                        h.push_str(&format!("{b:02x}"));
                    } else {
                        h.push_str(&format!("{b:02X}"));
                    }
                }
                self.pad_str(h.as_bytes());
            }
            _ => self.pad_str(&s),
        }
    }

    pub(super) fn fmt_pointer(&mut self, w: u64, verb: char) {
        match verb {
            'v' | 'p' => {
                if w == 0 && verb == 'v' {
                    self.pad_str(b"<nil>");
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
                let c = char::from_u32(w as u32).unwrap_or('\u{FFFD}');
                let q = quote_rune(c);
                self.pad_str(q.as_bytes());
                return;
            }
            'U' => {
                let mut s = format!("U+{:04X}", w);
                if self.f.sharp {
                    if let Some(c) = char::from_u32(w as u32) {
                        s.push_str(&format!(" '{c}'"));
                    }
                }
                self.pad_str(s.as_bytes());
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
        if self.f.prec.is_some() {
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
            'v' | 'g' | 'G' => format_g(x, bits, self.f.prec, self.f.sharp),
            'f' | 'F' => format_f(x, self.f.prec.unwrap_or(6)),
            'e' | 'E' => format_e(x, self.f.prec.unwrap_or(6)),
            'b' => binary_float(x, bits),
            _ => {
                let h = hex_float(x);
                if verb == 'X' {
                    h.to_uppercase()
                } else {
                    h
                }
            }
        };
        let body = if matches!(verb, 'E' | 'G') {
            body.to_uppercase()
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

/// strconv's `'b'` format of a finite float: `4503599627370496p-52` (mantissa, binary
/// exponent), from float32's bits when `bits` is 32.
fn binary_float(x: f64, bits: u8) -> String {
    let (neg, mut exp, mut mant, mantbits, bias) = if bits == 32 {
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
    };
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

/// Go's `%x` of a float without precision: `-0x1.cp+01` (shortest hex mantissa).
fn hex_float(x: f64) -> String {
    let neg = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{neg}0x0p+00");
    }
    let bits = x.abs().to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    if exp == 0 {
        // Subnormal: normalise.
        let shift = mant.leading_zeros() as i64 - 11;
        mant = (mant << shift) & ((1 << 52) - 1);
        exp = 1 - shift;
    }
    let e = exp - 1023;
    let mut digits = format!("{mant:013x}");
    while digits.ends_with('0') {
        digits.pop();
    }
    let frac = if digits.is_empty() {
        String::new()
    } else {
        format!(".{digits}")
    };
    let sign = if e < 0 { '-' } else { '+' };
    format!("{neg}0x1{frac}p{sign}{:02}", e.abs())
}
