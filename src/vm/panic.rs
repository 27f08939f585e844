//! Go panics and fatal errors as the VM raises them, with Go's exact texts, and the
//! report printed when a panic is not recovered (`panic: …`, `goroutine 1 [running]:`,
//! the call stack).
//!
//! # Invariants
//! 1. Every message here is byte-for-byte what Go 1.27 prints (checked against the real
//!    toolchain when written; the tests in `tests/vm_panics.rs` pin them).
//! 2. A `Fatal` error never runs deferred calls and cannot be recovered (Go's `throw`).

use crate::runtime::types::{RtKind, TypeTable};
use crate::vm::value;

/// A panic or fatal error raised by an instruction or a native.
#[derive(Clone, Debug, PartialEq)]
pub enum GoPanic {
    /// A run-time error (Go's `runtime.Error`): the full message, and whether Go reports
    /// it as a signal (nil dereference: `[signal SIGSEGV: ...]`).
    Runtime { msg: String, sigsegv: bool },
    /// `panic(v)` with the interface value `v` = (type id, data).
    Value { tid: u64, data: u64 },
    /// A fatal error (`concurrent map writes`): exits 2 at once, no defers.
    Fatal(String),
    /// The stack exceeded its limit (`fatal error: stack overflow`).
    StackOverflow { limit: usize },
    /// `runtime.Goexit`: unwinds like a panic, running every deferred call, but cannot be
    /// recovered and ends only its goroutine (Go's `_panic` with `goexit` set).
    Goexit,
}

/// Builds a run-time error.
pub fn runtime(msg: impl Into<String>) -> GoPanic {
    GoPanic::Runtime {
        msg: msg.into(),
        sigsegv: false,
    }
}

pub fn index_out_of_range(i: i64, len: usize) -> GoPanic {
    if i < 0 {
        return runtime(format!("runtime error: index out of range [{i}]"));
    }
    runtime(format!(
        "runtime error: index out of range [{i}] with length {len}"
    ))
}

/// A slice to array (pointer) conversion of a slice shorter than the array (Go's
/// `panicSliceConvert`).
pub fn slice_to_array(len: usize, n: u64) -> GoPanic {
    runtime(format!(
        "runtime error: cannot convert slice with length {len} to array or pointer to array with length {n}"
    ))
}

pub fn nil_deref() -> GoPanic {
    GoPanic::Runtime {
        msg: "runtime error: invalid memory address or nil pointer dereference".into(),
        sigsegv: true,
    }
}

pub fn divide_by_zero() -> GoPanic {
    runtime("runtime error: integer divide by zero")
}

pub fn negative_shift() -> GoPanic {
    runtime("runtime error: negative shift amount")
}

pub fn nil_map_write() -> GoPanic {
    runtime("assignment to entry in nil map")
}

/// Slice-expression bound failures, in the order Go checks them. `cap_name` is
/// "capacity" for slices and "length" for strings; `three` marks `s[i:j:k]`.
pub fn check_slice_bounds(
    i: i64,
    j: i64,
    k: i64,
    cap: usize,
    three: bool,
    cap_name: &str,
) -> Result<(), GoPanic> {
    let capi = cap as i64;
    if three {
        if k < 0 || k > capi {
            return Err(runtime(format!(
                "runtime error: slice bounds out of range [::{k}] with {cap_name} {cap}"
            )));
        }
        if j < 0 || j > k {
            return Err(runtime(format!(
                "runtime error: slice bounds out of range [:{j}:{k}]"
            )));
        }
        if i < 0 || i > j {
            return Err(runtime(format!(
                "runtime error: slice bounds out of range [{i}:{j}:]"
            )));
        }
        return Ok(());
    }
    if j < 0 || j > capi {
        return Err(runtime(format!(
            "runtime error: slice bounds out of range [:{j}] with {cap_name} {cap}"
        )));
    }
    if i < 0 || i > j {
        return Err(runtime(format!(
            "runtime error: slice bounds out of range [{i}:{j}]"
        )));
    }
    Ok(())
}

/// One panic of a goroutine's panic chain (Go's `_panic`).
#[derive(Clone, Debug)]
pub struct PanicRec {
    pub panic: GoPanic,
    /// A deferred call has recovered it (its frame has not resumed yet).
    pub recovered: bool,
    /// A later panic unwound the deferred call that was running for it.
    pub aborted: bool,
    /// It is `panic(recover())` of the previous, recovered panic (Go prints `[recovered,
    /// repanicked]` on one line).
    pub repanicked: bool,
}

/// A dead goroutine's report: what Go prints on stderr before exiting 2.
#[derive(Clone, Debug)]
pub struct PanicReport {
    /// The panic chain, oldest first.
    pub chain: Vec<PanicRec>,
    /// The call stack at the panic, innermost first: (`main.f(...)`, `/abs/f.go:12`).
    pub stack: Vec<(String, String)>,
    pub goroutine: u64,
    /// `created by main.main in goroutine 1` and its position line, for goroutines
    /// started by `go`.
    pub created_by: Option<String>,
}

impl PanicReport {
    /// Go's text: `panic: …` lines, the signal line, then the goroutine's stack.
    pub fn render(&self, types: &TypeTable) -> String {
        self.render_with(types, &mut |_| None)
    }

    /// Like `render`, with `method_text` giving the text of values whose `Error()` or
    /// `String()` method Go would call (see `Vm::render_panic`).
    pub fn render_with(
        &self,
        types: &TypeTable,
        method_text: &mut dyn FnMut(&GoPanic) -> Option<String>,
    ) -> String {
        let mut out = String::new();
        let mut first = true;
        let mut sigsegv = false;
        for (n, p) in self.chain.iter().enumerate() {
            // Go's `printpanics` skips the record of a Goexit a panic interrupted.
            if p.repanicked || p.panic == GoPanic::Goexit {
                continue;
            }
            if !first {
                out.push_str("\tpanic: ");
            } else {
                out.push_str("panic: ");
            }
            first = false;
            let text = method_text(&p.panic).unwrap_or_else(|| panic_value_text(&p.panic, types));
            out.push_str(&text);
            let next_repanics = self.chain.get(n + 1).is_some_and(|q| q.repanicked);
            if next_repanics {
                out.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                out.push_str(" [recovered]");
            }
            if let GoPanic::Runtime { sigsegv: true, .. } = p.panic {
                sigsegv = true;
            }
            out.push('\n');
        }
        if sigsegv {
            out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        out.push_str(&format!("\ngoroutine {} [running]:\n", self.goroutine));
        for (name, at) in &self.stack {
            out.push_str(&format!("{name}\n\t{at}\n"));
        }
        if let Some(c) = &self.created_by {
            out.push_str(c);
        }
        out
    }
}

/// How Go prints a panic value after `panic: ` (errors and Stringers are the
/// compiler's business: it calls their method before the panic reaches the VM).
pub fn panic_value_text(p: &GoPanic, types: &TypeTable) -> String {
    match p {
        GoPanic::Runtime { msg, .. } => msg.clone(),
        GoPanic::Fatal(m) => m.clone(),
        GoPanic::StackOverflow { .. } => "stack overflow".into(),
        GoPanic::Goexit => "runtime.Goexit".into(),
        GoPanic::Value { tid, data } => {
            let Some(t) = types.get(*tid) else {
                return "nil".into();
            };
            if *tid == 0 {
                return "runtime error: panic called with nil argument".into();
            }
            if *tid == crate::vm::builder::RUNTIME_ERROR_TID as u64 && t.name == "runtime.Error" {
                // A recovered run-time error panicked again: its message.
                let mut m = [0u64; 2];
                types.unbox(*tid, *data, &mut m);
                return String::from_utf8_lossy(value::str_bytes(m[0], m[1])).into_owned();
            }
            let mut words = vec![0; t.width as usize];
            types.unbox(*tid, *data, &mut words);
            let w = words.first().copied().unwrap_or(0);
            let text = match t.kind {
                RtKind::Bool => (if w != 0 { "true" } else { "false" }).to_string(),
                RtKind::Int => (w as i64).to_string(),
                RtKind::Uint => w.to_string(),
                RtKind::Float => format_float_v(value::f(w), false),
                RtKind::Float32 => format_float_v(value::f(w), true),
                RtKind::Complex | RtKind::Complex64 => print_complex(
                    value::f(w),
                    value::f(words.get(1).copied().unwrap_or(0)),
                    t.kind == RtKind::Complex64,
                ),
                RtKind::String if words.len() == 2 => {
                    let s = value::str_bytes(w, words[1]);
                    let s = String::from_utf8_lossy(s).into_owned();
                    if t.named {
                        format!("{:?}", s)
                    } else {
                        s
                    }
                }
                RtKind::String | RtKind::Other => {
                    return format!("({}) {:#x}", t.name, data & 0xffff_ffff_ffff)
                }
            };
            if t.named && matches!(t.kind, RtKind::Complex | RtKind::Complex64) {
                // Already parenthesised: `main.C(1+2i)`.
                format!("{}{}", t.name, text)
            } else if t.named && t.kind != RtKind::Other {
                format!("{}({})", t.name, text)
            } else {
                text
            }
        }
    }
}

/// Formats a float as Go's `%v` (`strconv.FormatFloat(x, 'g', -1, bits)`): the shortest
/// digits that round-trip; Go's shortest `%g` switches to exponent form below -4 and at
/// 6 and above (`1e+06`, `1.23456789e+08`, `1e-07`), as
/// Go 1.27 prints `panic(1e20)` as `1e+20` and `panic(123456789.0)` as `1.23456789e+08`.
pub fn format_float_v(x: f64, bits32: bool) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let e = if bits32 {
        format!("{:e}", x as f32)
    } else {
        format!("{:e}", x)
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    // Plain notation with the same digits.
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let point = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if point <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-point) as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.push_str(&"0".repeat(point as usize - digits.len()));
    } else {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    }
    out
}

/// The runtime's `printcomplex128`/`printcomplex64` (the builtin `print` and panics of
/// complex values): strconv's `FormatComplex(c, 'g', -1, bits)`, `(1.5-2i)`, `(+Inf+NaNi)`.
pub fn print_complex(re: f64, im: f64, complex64: bool) -> String {
    let im = format_float_v(im, complex64);
    let sign = if im.starts_with(['+', '-']) { "" } else { "+" };
    format!("({}{sign}{im}i)", format_float_v(re, complex64))
}
