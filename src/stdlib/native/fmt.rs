//! `fmt`'s printers in Rust: `Print`, `Println`, `Printf`, `Sprint`, `Sprintln` and
//! `Sprintf` over the VM's values, following Go's `fmt` rules: operands are interface
//! values (`[]any`), printed from their run-time type's description (`TypeDesc`, made by
//! the compiler); `Error()` and then `String()` methods are called for `%v %s %q %x %X`
//! (also inside slices, maps and exported struct fields, as Go's `handleMethods`); map
//! keys are sorted as `internal/fmtsort` sorts them; floats use strconv's shortest `'g'`
//! form (`%v` is `%g` with the shortest precision: exponent form when the exponent is
//! below -4 or at least 6, `1e+06`); errors in the format are Go's `%!d(string=x)`,
//! `%!d(MISSING)`, `%!(EXTRA int=2)`.

use super::numfmt::decode_char;
use super::{write_stdout, NativeData};
use crate::runtime::heap::ObjRef;
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, Program};
use crate::vm::value;

/// What `fmt` needs to know about a run-time type.
#[derive(Clone, Debug)]
pub struct TypeDesc {
    /// Go's name (`main.T`, `[]int`).
    pub name: String,
    pub named: bool,
    pub kind: DescKind,
    pub width: u32,
}

/// The shape of a type; component types are run-time type ids.
#[derive(Clone, Debug)]
pub enum DescKind {
    Bool,
    Int(u8),
    Uint(u8),
    Float(u8),
    /// complex64 or complex128 (the bits of the whole value).
    Complex(u8),
    String,
    Pointer(u32),
    /// `unsafe.Pointer`: printed as an address, never dereferenced.
    UnsafePointer,
    /// Element type, and whether it is a byte slice.
    Slice(u32, bool),
    Array(u32, u32),
    Map(u32, u32),
    /// Fields: name, type id, word offset.
    Struct(Vec<(String, u32, u32)>),
    Iface,
    Func,
    Chan,
    Other,
}

#[derive(Clone, Copy, Default)]
pub(super) struct Flags {
    pub(super) minus: bool,
    pub(super) plus: bool,
    pub(super) sharp: bool,
    pub(super) space: bool,
    pub(super) zero: bool,
    pub(super) wid: Option<usize>,
    pub(super) prec: Option<usize>,
    pub(super) plus_v: bool,
    pub(super) sharp_v: bool,
}

pub(super) struct Printer<'a> {
    prog: &'a Program,
    ctx_heap: &'a crate::runtime::heap::Heap,
    nd: Option<&'a NativeData>,
    pub(super) buf: Vec<u8>,
    pub(super) f: Flags,
    /// `Errorf`: `%w` allowed; the indices of its operands.
    pub(super) wrap_errs: bool,
    pub(super) wrapped: Vec<usize>,
    /// `doPrintf`'s state: an `[n]` index was used; the current index is valid.
    reordered: bool,
    good_argn: bool,
}

/// The interface values of a `[]any` in `w[i..i+3]`.
pub(super) fn iface_args(w: &[u64], i: usize) -> Result<Vec<(u64, u64)>, GoPanic> {
    let s = [w[i], w[i + 1], w[i + 2]];
    let (elems, n) = crate::vm::slice::elements(s, 2)?;
    Ok((0..n).map(|k| (elems[2 * k], elems[2 * k + 1])).collect())
}

pub(super) fn printer<'a>(ctx: &'a NativeCtx) -> Printer<'a> {
    Printer {
        prog: ctx.prog,
        ctx_heap: ctx.heap,
        nd: NativeData::of(ctx.prog),
        buf: Vec::new(),
        f: Flags::default(),
        wrap_errs: false,
        wrapped: Vec::new(),
        reordered: false,
        good_argn: true,
    }
}

/// Writes `n int, err error` results (n bytes, nil error).
fn write_results(w: &mut [u64], n: usize) {
    w[0] = n as u64;
    w[1] = 0;
    w[2] = 0;
}

pub fn println(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 0)?;
    let mut p = printer(ctx);
    p.do_println(&args);
    write_stdout(&p.buf);
    write_results(w, p.buf.len());
    Ok(())
}

pub fn print(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 0)?;
    let mut p = printer(ctx);
    p.do_print(&args);
    write_stdout(&p.buf);
    write_results(w, p.buf.len());
    Ok(())
}

pub fn printf(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let format = super::str_arg(w, 0);
    let args = iface_args(w, 2)?;
    let mut p = printer(ctx);
    p.do_printf(&format, &args);
    write_stdout(&p.buf);
    write_results(w, p.buf.len());
    Ok(())
}

pub fn sprintf(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let format = super::str_arg(w, 0);
    let args = iface_args(w, 2)?;
    let mut p = printer(ctx);
    p.do_printf(&format, &args);
    let s = super::new_str(ctx, &p.buf);
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

pub fn sprint(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 0)?;
    let mut p = printer(ctx);
    p.do_print(&args);
    let s = super::new_str(ctx, &p.buf);
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

pub fn sprintln(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 0)?;
    let mut p = printer(ctx);
    p.do_println(&args);
    let s = super::new_str(ctx, &p.buf);
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

/// The builtin `print`'s format of one value (Go 1.27: floats as strconv's shortest `'g'`).
pub fn print_builtin_value(prog: &Program, tid: u64, data: u64) -> String {
    let Some(t) = prog.types.get(tid) else {
        return "nil".into();
    };
    if tid == 0 {
        return "(0x0,0x0)".into();
    }
    let mut words = vec![0; t.width as usize];
    prog.types.unbox(tid, data, &mut words);
    let w0 = words.first().copied().unwrap_or(0);
    use crate::runtime::types::RtKind;
    match t.kind {
        RtKind::Bool => (if w0 != 0 { "true" } else { "false" }).into(),
        RtKind::Int => (w0 as i64).to_string(),
        RtKind::Uint => w0.to_string(),
        RtKind::Float | RtKind::Float32 => {
            crate::vm::panic::format_float_v(value::f(w0), t.kind == RtKind::Float32)
        }
        RtKind::Complex | RtKind::Complex64 => crate::vm::panic::print_complex(
            value::f(w0),
            value::f(words.get(1).copied().unwrap_or(0)),
            t.kind == RtKind::Complex64,
        ),
        RtKind::String => {
            String::from_utf8_lossy(value::str_bytes(w0, words.get(1).copied().unwrap_or(0)))
                .into_owned()
        }
        RtKind::Other => format!("{:#x}", data & 0xffff_ffff_ffff),
    }
}

impl Printer<'_> {
    fn desc(&self, tid: u64) -> Option<&TypeDesc> {
        self.nd?.descs.get(tid as usize)?.as_ref()
    }

    fn type_name(&self, tid: u64) -> String {
        if tid == 0 {
            return "<nil>".into();
        }
        self.prog.types.name(tid).to_string()
    }

    fn unbox(&self, tid: u64, data: u64) -> Vec<u64> {
        let w = self.prog.types.get(tid).map_or(0, |t| t.width as usize);
        let mut words = vec![0; w];
        self.prog.types.unbox(tid, data, &mut words);
        words
    }

    pub(super) fn do_println(&mut self, args: &[(u64, u64)]) {
        for (i, &(tid, data)) in args.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.f = Flags::default();
            self.print_arg(tid, data, 'v');
        }
        self.buf.push(b'\n');
    }

    pub(super) fn do_print(&mut self, args: &[(u64, u64)]) {
        let mut prev_string = false;
        for (i, &(tid, data)) in args.iter().enumerate() {
            let is_string =
                tid != 0
                    && self.prog.types.get(tid).is_some_and(|t| {
                        t.kind == crate::runtime::types::RtKind::String && !t.named
                    })
                    && self.type_name(tid) == "string";
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.f = Flags::default();
            self.print_arg(tid, data, 'v');
            prev_string = is_string;
        }
    }

    /// Go's `(*pp).doPrintf`, step for step: flags, an optional `[n]` argument index
    /// before the width, the precision and the verb, `*` widths and precisions taken
    /// from int operands, and the `%!` notations (BADWIDTH, BADPREC, BADINDEX,
    /// MISSING, NOVERB, EXTRA — the last only when no index reordered the operands).
    pub(super) fn do_printf(&mut self, format: &[u8], args: &[(u64, u64)]) {
        let end = format.len();
        let mut argn = 0;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format: while i < end {
            self.good_argn = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.f = Flags::default();
            while i < end {
                match format[i] {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = true,
                    b'+' => self.f.plus = true,
                    b'-' => self.f.minus = true,
                    b' ' => self.f.space = true,
                    c if c.is_ascii_lowercase() && argn < args.len() => {
                        // Go's fast path: a simple verb right after the flags.
                        let (tid, data) = args[argn];
                        self.verb_arg(tid, data, c as char, argn);
                        argn += 1;
                        i += 1;
                        continue 'format;
                    }
                    _ => break,
                }
                i += 1;
            }
            (argn, i, after_index) = self.arg_number(argn, format, i, args.len());
            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                let (n, ok, na) = self.int_from_arg(args, argn);
                argn = na;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if n < 0 {
                    self.f.minus = true;
                    self.f.zero = false;
                }
                self.f.wid = ok.then_some(n.unsigned_abs() as usize);
                after_index = false;
            } else {
                let (n, ok, ni) = go_parsenum(format, i, end);
                i = ni;
                self.f.wid = ok.then_some(n);
                if after_index && ok {
                    self.good_argn = false;
                }
            }
            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_argn = false;
                }
                (argn, i, after_index) = self.arg_number(argn, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (n, ok, na) = self.int_from_arg(args, argn);
                    argn = na;
                    let ok = ok && n >= 0;
                    self.f.prec = ok.then_some(n as usize);
                    if !ok {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (n, ok, ni) = go_parsenum(format, i, end);
                    i = ni;
                    self.f.prec = Some(if ok { n } else { 0 });
                }
            }
            if !after_index {
                (argn, i, _) = self.arg_number(argn, format, i, args.len());
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (verb, size) = decode_char(&format[i..]);
            i += size;
            if verb == '%' {
                self.buf.push(b'%');
            } else if !self.good_argn {
                self.buf
                    .extend_from_slice(format!("%!{verb}(BADINDEX)").as_bytes());
            } else if argn >= args.len() {
                self.buf
                    .extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
            } else {
                let (tid, data) = args[argn];
                self.verb_arg(tid, data, verb, argn);
                argn += 1;
            }
        }
        if !self.reordered && argn < args.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, &(tid, data)) in args[argn..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                if tid == 0 {
                    self.buf.extend_from_slice(b"<nil>");
                    continue;
                }
                let name = self.type_name(tid);
                self.buf.extend_from_slice(name.as_bytes());
                self.buf.push(b'=');
                self.print_arg(tid, data, 'v');
            }
            self.buf.push(b')');
        }
    }

    /// Prints operand `argn` for `verb` (`%w` recorded for `Errorf`, `%v`'s `#` and `+`
    /// turned into its Go-syntax and field-name forms).
    fn verb_arg(&mut self, tid: u64, data: u64, verb: char, argn: usize) {
        let verb = if verb == 'w' {
            let is_err = tid != 0 && self.has_method(tid, "Error");
            if !is_err || !self.wrap_errs {
                self.wrapped.push(argn);
                if tid == 0 {
                    self.bad_verb_nil('w');
                } else {
                    self.bad_verb(tid, &self.unbox(tid, data), 'w');
                }
                return;
            }
            self.wrapped.push(argn);
            'v'
        } else {
            verb
        };
        if verb == 'v' {
            self.f.sharp_v = self.f.sharp;
            self.f.sharp = false;
            self.f.plus_v = self.f.plus;
            self.f.plus = false;
        }
        self.print_arg(tid, data, verb);
    }

    /// Go's `argNumber`: an explicit `[n]` index at `format[i..]`.
    fn arg_number(
        &mut self,
        argn: usize,
        format: &[u8],
        i: usize,
        nargs: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (argn, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < nargs {
            return (index as usize, i + wid, true);
        }
        self.good_argn = false;
        (argn, i + wid, ok)
    }

    /// Go's `intFromArg`: (value, is an int that fits, next operand).
    fn int_from_arg(&self, args: &[(u64, u64)], argn: usize) -> (i64, bool, usize) {
        let Some(&(tid, data)) = args.get(argn) else {
            return (0, false, argn);
        };
        let (n, ok) = match self.desc(tid).map(|d| d.kind.clone()) {
            Some(DescKind::Int(_)) => (self.unbox(tid, data)[0] as i64, true),
            Some(DescKind::Uint(_)) => {
                let u = self.unbox(tid, data)[0];
                ((u as i64), (u as i64) >= 0)
            }
            _ => (0, false),
        };
        if !(-1_000_000..=1_000_000).contains(&n) {
            return (0, false, argn + 1);
        }
        (n, ok, argn + 1)
    }

    /// Whether the dynamic type `tid` has a method called `name`.
    fn has_method(&self, tid: u64, name: &str) -> bool {
        self.prog
            .method_names
            .iter()
            .position(|m| m == name)
            .is_some_and(|m| self.prog.types.method(tid, m as u32).is_some())
    }

    fn print_arg(&mut self, tid: u64, data: u64, verb: char) {
        if tid == 0 {
            match verb {
                'T' | 'v' => self.pad_str(b"<nil>"),
                _ => self.bad_verb_nil(verb),
            }
            return;
        }
        if verb == 'T' {
            let n = self.type_name(tid);
            self.pad_str(n.as_bytes());
            return;
        }
        let words = self.unbox(tid, data);
        if verb == 'p' {
            let w0 = words.first().copied().unwrap_or(0);
            self.fmt_pointer(w0, verb);
            return;
        }
        self.print_value(tid, &words, verb, 0, true);
    }

    /// Calls `Error()` or `String()` when the verb allows it; true if printed.
    fn handle_methods(&mut self, tid: u64, words: &[u64], verb: char) -> bool {
        if self.f.sharp_v || !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        if tid == crate::vm::RUNTIME_ERROR_TID as u64 {
            let s = value::str_bytes(words[0], words.get(1).copied().unwrap_or(0)).to_vec();
            self.fmt_string(&s, verb);
            return true;
        }
        let Some(nd) = self.nd else { return false };
        let names = &self.prog.method_names;
        let find = |n: &str| names.iter().position(|m| m == n);
        let found = [("Error", find("Error")), ("String", find("String"))]
            .into_iter()
            .find_map(|(n, m)| Some((n, self.prog.types.method(tid, m? as u32)?)));
        let Some((method, fid)) = found else {
            return false;
        };
        let Some(t) = self.prog.types.get(tid) else {
            return false;
        };
        let is_ptr = matches!(self.desc(tid).map(|d| &d.kind), Some(DescKind::Pointer(_)));
        let w0 = words.first().copied().unwrap_or(0);
        let recv = if t.direct {
            w0
        } else {
            let bx = self.ctx_heap.alloc_words(t.layout, t.width.max(1) as usize);
            for (k, w) in words.iter().enumerate() {
                bx.set(k, *w);
            }
            bx.word()
        };
        match nd.call_method_catching(fid, &[recv]) {
            Ok(r) => {
                let s = value::str_bytes(r[0], r[1]).to_vec();
                self.fmt_string(&s, verb);
            }
            // Go's catchPanic: a nil pointer receiver prints <nil>; any other panic
            // prints %!v(PANIC=String method: value).
            Err(_) if is_ptr && w0 == 0 => self.pad_str(b"<nil>"),
            Err(Some(p)) => {
                let saved = self.f;
                self.f = Flags::default();
                self.buf
                    .extend_from_slice(format!("%!{verb}(PANIC={method} method: ").as_bytes());
                match p {
                    crate::vm::panic::GoPanic::Value { tid, data } => {
                        self.print_arg(tid, data, 'v')
                    }
                    crate::vm::panic::GoPanic::Runtime { msg, .. } => {
                        self.buf.extend_from_slice(msg.as_bytes())
                    }
                    _ => {}
                }
                self.buf.push(b')');
                self.f = saved;
            }
            Err(None) => return false,
        }
        true
    }

    fn print_value(&mut self, tid: u64, words: &[u64], verb: char, depth: u32, can_iface: bool) {
        if depth > 64 {
            self.buf.extend_from_slice(b"...");
            return;
        }
        if can_iface && self.handle_methods(tid, words, verb) {
            return;
        }
        let Some(d) = self.desc(tid).cloned() else {
            self.buf.extend_from_slice(b"?");
            return;
        };
        let w0 = words.first().copied().unwrap_or(0);
        match d.kind {
            DescKind::Bool => match verb {
                'v' | 't' => self.pad_str(if w0 != 0 { b"true" } else { b"false" }),
                _ => self.bad_verb(tid, words, verb),
            },
            DescKind::Int(_) => self.fmt_integer(w0, true, verb, tid, words),
            DescKind::Uint(_) => self.fmt_integer(w0, false, verb, tid, words),
            DescKind::Float(bits) => self.fmt_float(value::f(w0), bits, verb, tid, words),
            DescKind::Complex(bits) => self.fmt_complex(words, bits, verb, tid),
            DescKind::String => {
                let s = value::str_bytes(w0, words.get(1).copied().unwrap_or(0)).to_vec();
                match verb {
                    // %#v quotes strings, as Go syntax.
                    'v' if self.f.sharp_v => self.fmt_string(&s, 'q'),
                    'v' | 's' | 'q' | 'x' | 'X' => self.fmt_string(&s, verb),
                    _ => self.bad_verb(tid, words, verb),
                }
            }
            DescKind::Pointer(e) => {
                // Go's printValue: at depth 0 a pointer to an array, slice, struct or
                // map prints as &value, for every verb.
                if depth == 0 && w0 != 0 {
                    let ek = self.desc(e as u64).map(|d| d.kind.clone());
                    if matches!(
                        ek,
                        Some(
                            DescKind::Struct(_)
                                | DescKind::Array(..)
                                | DescKind::Slice(..)
                                | DescKind::Map(..)
                        )
                    ) {
                        if let Some(v) = self.deref(w0, e as u64) {
                            self.buf.push(b'&');
                            self.print_value(e as u64, &v, verb, depth + 1, can_iface);
                            return;
                        }
                    }
                }
                self.print_pointer(&d.name, w0, verb);
            }
            DescKind::UnsafePointer => self.print_pointer(&d.name, w0, verb),
            DescKind::Slice(e, bytes) => {
                let bytes = bytes || self.is_byte(e as u64);
                if bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let b = crate::vm::strings::slice_bytes([w0, words[1], words[2]]);
                    self.fmt_string(&b, verb);
                    return;
                }
                if bytes && self.f.sharp_v {
                    // Go's fmtBytes: []byte{0x1, 0x2}, named "[]byte" only at top level.
                    let name = if depth == 0 && d.name == "[]uint8" {
                        "[]byte"
                    } else {
                        d.name.as_str()
                    };
                    self.buf.extend_from_slice(name.as_bytes());
                    if w0 == 0 {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    let b = crate::vm::strings::slice_bytes([w0, words[1], words[2]]);
                    self.buf.push(b'{');
                    for (k, c) in b.iter().enumerate() {
                        if k > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.buf.extend_from_slice(format!("{c:#x}").as_bytes());
                    }
                    self.buf.push(b'}');
                    return;
                }
                let ew = self.width_of(e as u64);
                let ew_read = if bytes { 1 } else { ew };
                let (elems, n) = crate::vm::slice::elements([w0, words[1], words[2]], ew_read)
                    .unwrap_or((vec![], 0));
                if self.f.sharp_v {
                    self.buf.extend_from_slice(d.name.as_bytes());
                    if w0 == 0 {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.push(b'[');
                }
                for k in 0..n {
                    if k > 0 {
                        self.buf
                            .extend_from_slice(if self.f.sharp_v { b", " } else { b" " });
                    }
                    let v = &elems[k * ew_read..(k + 1) * ew_read];
                    self.print_elem(e as u64, v, verb, depth + 1, can_iface);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            DescKind::Array(len, e) => {
                let ew = self.width_of(e as u64);
                if self.is_byte(e as u64) && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let b: Vec<u8> = (0..len as usize)
                        .map(|k| words.get(k * ew).copied().unwrap_or(0) as u8)
                        .collect();
                    self.fmt_string(&b, verb);
                    return;
                }
                let sv = self.f.sharp_v;
                if sv {
                    self.buf.extend_from_slice(d.name.as_bytes());
                }
                self.buf.push(if sv { b'{' } else { b'[' });
                for k in 0..len as usize {
                    if k > 0 {
                        self.buf.extend_from_slice(if sv { b", " } else { b" " });
                    }
                    let v = words.get(k * ew..(k + 1) * ew).unwrap_or(&[]).to_vec();
                    self.print_elem(e as u64, &v, verb, depth + 1, can_iface);
                }
                self.buf.push(if sv { b'}' } else { b']' });
            }
            DescKind::Map(k, v) => {
                let mut entries = self.map_entries(w0, k as u64, v as u64);
                entries.sort_by(|a, b| self.compare(k as u64, &a.0, &b.0));
                let sv = self.f.sharp_v;
                if sv {
                    self.buf.extend_from_slice(d.name.as_bytes());
                    if w0 == 0 {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                for (i, (kw, vw)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.buf.extend_from_slice(if sv { b", " } else { b" " });
                    }
                    self.print_elem(k as u64, kw, verb, depth + 1, can_iface);
                    self.buf.push(b':');
                    self.print_elem(v as u64, vw, verb, depth + 1, can_iface);
                }
                self.buf.push(if sv { b'}' } else { b']' });
            }
            DescKind::Struct(fields) => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(d.name.as_bytes());
                }
                self.buf.push(b'{');
                for (i, (name, ft, off)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.buf
                            .extend_from_slice(if self.f.sharp_v { b", " } else { b" " });
                    }
                    if self.f.plus_v || self.f.sharp_v {
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.push(b':');
                    }
                    let fw = self.width_of(*ft as u64);
                    let v = words
                        .get(*off as usize..*off as usize + fw)
                        .unwrap_or(&[])
                        .to_vec();
                    let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
                    self.print_elem(*ft as u64, &v, verb, depth + 1, can_iface && exported);
                }
                self.buf.push(b'}');
            }
            DescKind::Iface => {
                let (t2, data) = (w0, words.get(1).copied().unwrap_or(0));
                if t2 == 0 {
                    self.pad_str(b"<nil>");
                } else {
                    let v = self.unbox(t2, data);
                    self.print_value(t2, &v, verb, depth + 1, can_iface);
                }
            }
            DescKind::Func | DescKind::Chan => {
                if w0 == 0 {
                    self.pad_str(b"<nil>");
                } else {
                    self.fmt_pointer(w0, verb);
                }
            }
            DescKind::Other => self.buf.extend_from_slice(b"?"),
        }
    }

    /// Whether `tid` is a byte type (uint8 or a type defined on it).
    fn is_byte(&self, tid: u64) -> bool {
        matches!(self.desc(tid).map(|d| &d.kind), Some(DescKind::Uint(8)))
    }

    /// An element of a composite: interface elements print their dynamic value.
    fn print_elem(&mut self, tid: u64, words: &[u64], verb: char, depth: u32, can_iface: bool) {
        if let Some(d) = self.desc(tid).filter(|d| matches!(d.kind, DescKind::Iface)) {
            let (t2, data) = (
                words.first().copied().unwrap_or(0),
                words.get(1).copied().unwrap_or(0),
            );
            if t2 == 0 {
                if self.f.sharp_v {
                    let s = format!("{}(nil)", d.name);
                    self.buf.extend_from_slice(s.as_bytes());
                } else {
                    self.pad_str(b"<nil>");
                }
                return;
            }
            let v = self.unbox(t2, data);
            self.print_value(t2, &v, verb, depth, can_iface);
            return;
        }
        self.print_value(tid, words, verb, depth, can_iface);
    }

    fn width_of(&self, tid: u64) -> usize {
        self.prog.types.get(tid).map_or(1, |t| t.width as usize)
    }

    fn deref(&self, p: u64, elem: u64) -> Option<Vec<u64>> {
        if p & value::PTR_INDIRECT != 0 {
            return None;
        }
        // SAFETY: value invariant 1: a pointer-typed word is 0 or a live object.
        let o = unsafe { ObjRef::from_word(value::ptr_obj(p)) }?;
        let mut v = vec![0; self.width_of(elem)];
        crate::vm::slice::read_at(o, value::ptr_off(p) as usize, &mut v).then_some(v)
    }

    fn map_entries(&self, m: u64, k: u64, v: u64) -> Vec<(Vec<u64>, Vec<u64>)> {
        let mut out = Vec::new();
        if m == 0 {
            return out;
        }
        // SAFETY: a map-typed word is 0 or a live map object (value invariant 1).
        let Some(o) = (unsafe { ObjRef::from_word(m) }) else {
            return out;
        };
        let Some(mp) = o.map_ptr() else { return out };
        // SAFETY: the map object owns its GoMap until swept, not before a safepoint.
        let gm = unsafe { &*mp.as_ptr() };
        let (kw, vw) = (self.width_of(k), self.width_of(v));
        let Ok((start, n)) = gm.iter_start() else {
            return out;
        };
        let mut pos = 0;
        loop {
            let mut kb = vec![0; kw];
            let mut vb = vec![0; vw];
            match gm.iter_next(start, n, pos, &mut kb, &mut vb) {
                Ok(Some(p)) => {
                    pos = p;
                    out.push((kb, vb));
                }
                _ => break,
            }
        }
        out
    }

    /// fmtsort's order for keys of type `tid`.
    fn compare(&self, tid: u64, a: &[u64], b: &[u64]) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let Some(d) = self.desc(tid) else {
            return Ordering::Equal;
        };
        let (x, y) = (
            a.first().copied().unwrap_or(0),
            b.first().copied().unwrap_or(0),
        );
        match &d.kind {
            DescKind::Int(_) => (x as i64).cmp(&(y as i64)),
            DescKind::Uint(_) | DescKind::Bool | DescKind::Pointer(_) | DescKind::Chan => x.cmp(&y),
            DescKind::Float(_) => float_order(value::f(x), value::f(y)),
            DescKind::Complex(_) => {
                let part = |v: &[u64], i: usize| value::f(v.get(i).copied().unwrap_or(0));
                float_order(part(a, 0), part(b, 0)).then(float_order(part(a, 1), part(b, 1)))
            }
            DescKind::String => {
                let s = value::str_bytes(x, a.get(1).copied().unwrap_or(0));
                let t = value::str_bytes(y, b.get(1).copied().unwrap_or(0));
                s.cmp(t)
            }
            DescKind::Struct(fields) => {
                for (_, ft, off) in fields {
                    let w = self.width_of(*ft as u64);
                    let o = *off as usize;
                    let c = self.compare(
                        *ft as u64,
                        a.get(o..o + w).unwrap_or(&[]),
                        b.get(o..o + w).unwrap_or(&[]),
                    );
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            DescKind::Array(len, e) => {
                let w = self.width_of(*e as u64);
                for k in 0..*len as usize {
                    let c = self.compare(
                        *e as u64,
                        a.get(k * w..(k + 1) * w).unwrap_or(&[]),
                        b.get(k * w..(k + 1) * w).unwrap_or(&[]),
                    );
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            DescKind::Iface => {
                let c = x.cmp(&y);
                if c != Ordering::Equal || x == 0 {
                    return c;
                }
                let va = self.unbox(x, a.get(1).copied().unwrap_or(0));
                let vb = self.unbox(y, b.get(1).copied().unwrap_or(0));
                self.compare(x, &va, &vb)
            }
            _ => Ordering::Equal,
        }
    }

    fn bad_verb_nil(&mut self, verb: char) {
        self.buf
            .extend_from_slice(format!("%!{verb}(<nil>)").as_bytes());
    }

    pub(super) fn bad_verb(&mut self, tid: u64, words: &[u64], verb: char) {
        let name = self.type_name(tid);
        self.buf
            .extend_from_slice(format!("%!{verb}({name}=").as_bytes());
        let saved = self.f;
        self.f = Flags::default();
        self.print_value(tid, words, 'v', 1, false);
        self.f = saved;
        self.buf.push(b')');
    }
}

/// Go's `parsenum`: (number, present, next index); a number past 1e6 consumes the
/// whole format (Go's "crazy long number" rule).
fn go_parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut i) = (0usize, false, start);
    while i < end && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as usize;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's `parseArgNumber` on `[n]...`: (index - 1, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (n, ok, ni) = go_parsenum(format, 1, i);
            if !ok || ni != i {
                return (0, i + 1, false);
            }
            return (n as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// fmtsort's order of floats: NaNs first, then numeric order.
fn float_order(p: f64, q: f64) -> std::cmp::Ordering {
    p.partial_cmp(&q)
        .unwrap_or_else(|| p.is_nan().cmp(&q.is_nan()).reverse())
}
