//! Natives: the Rust functions that bodiless functions of the embedded standard library
//! map to (keyed by Go's qualified name, `os.Exit`, `strings.(*Builder).WriteString`),
//! plus a few functions with Go bodies that run in Rust instead (`fmt`'s printers, which
//! format the VM's values from their run-time types).
//!
//! Program output (stdout's buffer and when it is flushed, stderr, test capture) is
//! `output.rs`; its functions are re-exported here.
//!
//! # Design
//! `fmt` calls `Error()`/`String()` methods by running them on a nested goroutine to
//! completion (`NativeData::call_method`). That recurses on the Rust stack, which is
//! fine for sequential programs; with the scheduler, a method that parks would block the
//! worker, so printing will then move to Go code or a resumable state machine.

mod atof;
pub mod blocking;
mod callers;
pub mod chan;
mod flag;
pub mod fmt;
mod fmt_num;
mod fmt_pp;
mod math;
mod mem;
pub mod net;
pub mod numfmt;
mod os_file;
mod output;
mod strs;
pub mod sync;
pub mod sys;
mod testing;
pub mod time;
mod tz;
mod unicode_tables;

use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn, NativeRequest, Program};
use crate::vm::value;
pub use output::{
    capture_output, capture_sink, flush, set_capture_sink, start_example_capture,
    stop_example_capture, take_captured, write_stderr, write_stdout, Sink,
};
use std::sync::{Arc, OnceLock, Weak};

/// What the compiler attaches to a program for its natives (`Program::ext`).
pub struct NativeData {
    /// Printing descriptions by run-time type id.
    pub descs: Vec<Option<fmt::TypeDesc>>,
    /// Word offsets of `fmt.pp`'s `wrapErrs` and `wrapped` fields (for `Errorf`).
    pub pp_offsets: Option<(u32, u32)>,
    /// Method names of interface types, by run-time type id.
    pub iface_methods: std::collections::HashMap<u32, Vec<String>>,
    prog: OnceLock<Weak<Program>>,
}

impl NativeData {
    pub fn new(
        descs: Vec<Option<fmt::TypeDesc>>,
        pp_offsets: Option<(u32, u32)>,
        iface_methods: std::collections::HashMap<u32, Vec<String>>,
    ) -> NativeData {
        NativeData {
            descs,
            pp_offsets,
            iface_methods,
            prog: OnceLock::new(),
        }
    }

    /// Records the finished program (for calling Go methods from natives).
    pub fn set_program(&self, p: &Arc<Program>) {
        let _ = self.prog.set(Arc::downgrade(p));
    }

    pub fn of(prog: &Program) -> Option<&NativeData> {
        prog.ext.as_ref()?.downcast_ref::<NativeData>()
    }

    /// Runs function `fid` with `args` on a nested goroutine; its first two result words.
    pub fn call_method(&self, fid: u32, args: &[u64]) -> Option<[u64; 2]> {
        self.call_method_catching(fid, args).ok()
    }

    /// As `call_method`, but a panic that ends the call is returned (`Err(Some(p))`, the
    /// last panic of its chain) for `fmt`'s `%!v(PANIC=String method: ...)`.
    pub fn call_method_catching(
        &self,
        fid: u32,
        args: &[u64],
    ) -> Result<[u64; 2], Option<GoPanic>> {
        let prog = self.prog.get().and_then(|p| p.upgrade()).ok_or(None)?;
        let vm = crate::vm::Vm::new(prog.clone());
        let mut g = crate::vm::Goroutine::new(u64::MAX - 1, &prog, fid, args);
        loop {
            match vm.run(&mut g) {
                crate::vm::Exit::Yield => continue,
                crate::vm::Exit::Done => break,
                crate::vm::Exit::Panic(r) => return Err(r.chain.last().map(|c| c.panic.clone())),
                _ => return Err(None),
            }
        }
        let r = g.results(2);
        Ok([
            r.first().copied().unwrap_or(0),
            r.get(1).copied().unwrap_or(0),
        ])
    }
}

/// The native implementing Go function `name` (`has_body`: only overrides of functions
/// with Go bodies are taken then): (window words, function).
pub fn lookup(name: &str, has_body: bool) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "fmt.Println" => (3, fmt::println),
        "fmt.Print" => (3, fmt::print),
        "fmt.Printf" => (5, fmt::printf),
        "fmt.Sprintf" => (5, fmt::sprintf),
        "fmt.Sprint" => (3, fmt::sprint),
        "fmt.Sprintln" => (3, fmt::sprintln),
        "fmt.(*pp).doPrintf" => (6, fmt_pp::do_printf),
        "fmt.(*pp).doPrint" => (4, fmt_pp::do_print),
        "fmt.(*pp).doPrintln" => (4, fmt_pp::do_println),
        _ if has_body => return None,
        "os.Exit" => (1, os_exit),
        _ => {
            return strs::lookup(name)
                .or_else(|| sys::lookup(name))
                .or_else(|| os_file::lookup(name))
                .or_else(|| flag::lookup(name))
                .or_else(|| tz::lookup(name))
                .or_else(|| sync::lookup(name))
                .or_else(|| time::lookup(name))
                .or_else(|| net::lookup(name))
                .or_else(|| mem::lookup(name))
                .or_else(|| callers::lookup(name))
                .or_else(|| testing::lookup(name))
        }
    };
    Some(r)
}

fn os_exit(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let code = w.first().copied().unwrap_or(0) as i64;
    flush();
    ctx.request = Some(NativeRequest::Exit(code as i32));
    Ok(())
}

/// The builtins `print`/`println`: window `[slice of any (3), newline flag]`, to stderr
/// in the runtime's own formats.
pub fn builtin_print(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = [w[0], w[1], w[2]];
    let ln = w.get(3).copied().unwrap_or(0) != 0;
    let (elems, n) = crate::vm::slice::elements(s, 2)?;
    let mut out = String::new();
    for i in 0..n {
        if ln && i > 0 {
            out.push(' ');
        }
        let (tid, data) = (elems[2 * i], elems[2 * i + 1]);
        out.push_str(&fmt::print_builtin_value(ctx.prog, tid, data));
    }
    if ln {
        out.push('\n');
    }
    write_stderr(out.as_bytes());
    Ok(())
}

/// A Go string from Rust bytes, allocated on the program's heap.
pub fn new_str(ctx: &NativeCtx, b: &[u8]) -> [u64; 2] {
    if b.is_empty() {
        return [0, 0];
    }
    let o = ctx.heap.alloc_str(b);
    [o.word(), value::str_meta(0, b.len())]
}

/// The bytes of the string in `w[i..i+2]`.
pub fn str_arg(w: &[u64], i: usize) -> Vec<u8> {
    value::str_bytes(
        w.get(i).copied().unwrap_or(0),
        w.get(i + 1).copied().unwrap_or(0),
    )
    .to_vec()
}
