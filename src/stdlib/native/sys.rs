//! Natives of `os` (arguments, exit, environment, stdin/stdout/stderr), `math`
//! (through `math.rs`), `strconv` (shortest-digit float formatting
//! and parsing), `bytes` (search) and `errors` (the reflection `errors.As` needs).

use super::fmt::DescKind;
use super::numfmt::{e_form, f_form, format_e, format_f, format_g, shortest};
use super::{new_str, str_arg, NativeData};
use crate::runtime::heap::{Layout, ObjRef};
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::{NativeCtx, NativeFn, NativeRequest};
use crate::vm::{slice, value};
use std::sync::Mutex;

static ARGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Sets what `os.Args` holds (the program name first).
pub fn set_args(args: Vec<String>) {
    mono_nanos(); // the monotonic clock starts with the program
    *ARGS.lock().unwrap_or_else(|e| e.into_inner()) = args;
}

/// The monotonic clock of `time.Time` readings: nanoseconds since the program started
/// (Go's `nanotime() - startNano`, printed as `m=+0.000012019`).
pub fn mono_nanos() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as i64
}

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "os.sysArgs" => (3, os_args),
        "os.sysExit" => (1, os_exit),
        "os.sysErrnoString" => (2, os_errno_string),
        "os.sysGetenv" => (3, os_getenv),
        "os.sysRandom" => (1, |_, w| {
            w[0] = crate::runtime::types::random_u64() as u32 as u64;
            Ok(())
        }),
        "math/rand.runtimeRand" => (1, |_, w| {
            w[0] = crate::runtime::types::random_u64();
            Ok(())
        }),
        "os.sysGetpid" => (1, |_, w| {
            w[0] = std::process::id() as u64;
            Ok(())
        }),
        "time.now" => (3, |_, w| {
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            w[0] = d.as_secs();
            w[1] = d.subsec_nanos() as u64;
            w[2] = mono_nanos() as u64;
            Ok(())
        }),
        "strconv.formatFloat" => (5, strconv_format_float),
        "strconv.parseFloat" => (3, strconv_parse_float),
        "bytes.Index" => (6, bytes_index),
        "bytes.IndexByte" => (4, bytes_index_byte),
        "errors.isComparable" => (2, errors_is_comparable),
        "errors.checkAsTarget" => (2, errors_check_as_target),
        "errors.assignTo" => (4, errors_assign_to),
        _ => return super::math::lookup(name),
    };
    Some(r)
}

fn os_args(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = ARGS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    static STRS: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    let l = STRS.get_or_init(|| Layout::new("string", 2, vec![0]));
    let n = args.len();
    let arr = ctx.heap.alloc_words(l, 2 * n.max(1));
    for (i, a) in args.iter().enumerate() {
        let s = new_str(ctx, a.as_bytes());
        arr.set(2 * i, s[0]);
        arr.set(2 * i + 1, s[1]);
    }
    w[0] = arr.word();
    w[1] = 0;
    w[2] = value::slice_lencap(n, n);
    Ok(())
}

fn os_exit(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    super::flush();
    ctx.request = Some(NativeRequest::Exit(w[0] as i64 as i32));
    Ok(())
}

fn os_errno_string(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let e = std::io::Error::from_raw_os_error(w[0] as i32).to_string();
    let text = e.split(" (os error").next().unwrap_or("").to_lowercase();
    let s = new_str(ctx, text.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

fn os_getenv(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let key = String::from_utf8_lossy(&str_arg(w, 0)).into_owned();
    match std::env::var(&key) {
        Ok(v) => {
            let s = new_str(ctx, v.as_bytes());
            w[0] = s[0];
            w[1] = s[1];
            w[2] = 1;
        }
        Err(_) => {
            w[0] = 0;
            w[1] = 0;
            w[2] = 0;
        }
    }
    Ok(())
}

/// `formatFloat(f float64, fmt byte, prec, bitSize int) string`.
fn strconv_format_float(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let x = value::f(w[0]);
    let verb = w[1] as u8 as char;
    let prec = w[2] as i64;
    let bits = if w[3] == 32 { 32 } else { 64 };
    // bitSize 32: the value is a float32's (fixed-precision forms round that value).
    let x = if bits == 32 { x as f32 as f64 } else { x };
    let text = if x.is_nan() {
        "NaN".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "+Inf" } else { "-Inf" }.to_string()
    } else {
        let neg = x.is_sign_negative();
        match (verb, prec < 0) {
            ('b', _) => super::fmt_num::binary_float(x, bits),
            ('x' | 'X', _) => super::fmt_num::hex_float(
                x,
                bits,
                (prec >= 0).then_some(prec as usize),
                verb == 'X',
            ),
            ('g' | 'G', true) => format_g(x, bits, None, false),
            ('g' | 'G', false) => format_g(x, bits, Some(prec as usize), false),
            ('e' | 'E', true) => {
                let (d, e) = shortest(x, bits);
                if x == 0.0 {
                    e_form(neg, "0", 0, 0)
                } else {
                    e_form(neg, &d, e, 0)
                }
            }
            ('e' | 'E', false) => format_e(x, prec as usize),
            ('f' | 'F', true) => {
                if x == 0.0 {
                    if neg { "-0" } else { "0" }.to_string()
                } else {
                    let (d, e) = shortest(x, bits);
                    f_form(neg, &d, e)
                }
            }
            (_, false) => format_f(x, prec as usize),
            (_, true) => format_g(x, bits, None, false),
        }
    };
    let text = if verb.is_ascii_uppercase() {
        text.to_uppercase()
    } else {
        text
    };
    let s = new_str(ctx, text.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

/// `parseFloat(s string, bitSize int) (f float64, code int)`.
fn strconv_parse_float(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use super::atof::{parse_float, Parsed};
    let (f, code) = match parse_float(&str_arg(w, 0), w[2] == 32) {
        Parsed::Ok(f) => (f, 0),
        Parsed::Syntax => (0.0, 1),
        Parsed::Range(f) => (f, 2),
    };
    w[0] = f.to_bits();
    w[1] = code;
    Ok(())
}

fn bytes_index(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = crate::vm::strings::slice_bytes([w[0], w[1], w[2]]);
    let sep = crate::vm::strings::slice_bytes([w[3], w[4], w[5]]);
    w[0] = if sep.is_empty() {
        0
    } else {
        s.windows(sep.len())
            .position(|x| x == sep.as_slice())
            .map_or(-1, |p| p as i64) as u64
    };
    Ok(())
}

fn bytes_index_byte(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = crate::vm::strings::slice_bytes([w[0], w[1], w[2]]);
    let c = w[3] as u8;
    w[0] = s.iter().position(|&b| b == c).map_or(-1, |p| p as i64) as u64;
    Ok(())
}

fn errors_is_comparable(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = ctx.prog.types.get(w[0]).is_some_and(|t| t.eq.is_some()) as u64;
    Ok(())
}

/// The element type of a pointer target held in an interface.
fn target_elem(ctx: &NativeCtx, tid: u64) -> Option<u32> {
    let d = NativeData::of(ctx.prog)?
        .descs
        .get(tid as usize)?
        .as_ref()?;
    match d.kind {
        DescKind::Pointer(e) => Some(e),
        _ => None,
    }
}

fn errors_check_as_target(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (tid, data) = (w[0], w[1]);
    if tid == 0 {
        return Err(panic::runtime("errors: target cannot be nil"));
    }
    let mut p = [0u64];
    ctx.prog.types.unbox(tid, data, &mut p);
    if target_elem(ctx, tid).is_none() || p[0] == 0 {
        return Err(panic::runtime("errors: target must be a non-nil pointer"));
    }
    Ok(())
}

/// `assignTo(target any, err error) bool`: `*target = err` when err's dynamic type
/// fits target's element type.
fn errors_assign_to(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (ttid, tdata, etid, edata) = (w[0], w[1], w[2], w[3]);
    w[0] = 0;
    let Some(elem) = target_elem(ctx, ttid) else {
        return Ok(());
    };
    let mut p = [0u64];
    ctx.prog.types.unbox(ttid, tdata, &mut p);
    if p[0] == 0 || etid == 0 || p[0] & value::PTR_INDIRECT != 0 {
        return Ok(());
    }
    let Some(nd) = NativeData::of(ctx.prog) else {
        return Ok(());
    };
    let Some(ed) = nd.descs.get(elem as usize).and_then(|d| d.as_ref()) else {
        return Ok(());
    };
    let words: Vec<u64> = match &ed.kind {
        DescKind::Iface => {
            // An interface target: err's type must have all of its methods.
            let methods = nd.iface_methods.get(&elem).cloned().unwrap_or_default();
            let names = &ctx.prog.method_names;
            let ok = methods.iter().all(|m| {
                names
                    .iter()
                    .position(|n| n == m)
                    .is_some_and(|id| ctx.prog.types.method(etid, id as u32).is_some())
            });
            if !ok {
                return Ok(());
            }
            vec![etid, edata]
        }
        _ => {
            if etid != elem as u64 {
                return Ok(());
            }
            let wd = ctx.prog.types.get(etid).map_or(0, |t| t.width as usize);
            let mut v = vec![0; wd];
            ctx.prog.types.unbox(etid, edata, &mut v);
            v
        }
    };
    // SAFETY: value invariant 1: a pointer word is 0 or points into a live object.
    let Some(o) = (unsafe { ObjRef::from_word(value::ptr_obj(p[0])) }) else {
        return Ok(());
    };
    slice::write_at(o, value::ptr_off(p[0]) as usize, &words);
    w[0] = 1;
    Ok(())
}
