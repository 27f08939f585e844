//! The disassembler (clox's `debug.c`): one line per instruction with its pc, source line
//! and operands, annotated with what a table index means (constants, strings, callees,
//! jump targets); the source line's text is printed where the line changes.

use super::opcode::Instr;
use super::program::{Func, Program};
use std::fmt::Write;

/// Disassembles every function of `prog`.
pub fn program(prog: &Program) -> String {
    let mut out = String::new();
    for (id, f) in prog.funcs.iter().enumerate() {
        out.push_str(&func(prog, id as u32, f));
        out.push('\n');
    }
    out
}

/// Disassembles one function.
pub fn func(prog: &Program, id: u32, f: &Func) -> String {
    let mut out = format!(
        "func {} (#{id}) params={} results={} regs={}\n",
        f.name, f.nparams, f.nresults, f.nregs
    );
    let mut last_line = None;
    for (pc, ins) in f.code.iter().enumerate() {
        let pos = f.pos.get(pc).copied().unwrap_or(0);
        let loc = prog.sources.as_ref().and_then(|sm| {
            let p = sm.position(pos)?;
            let text = sm.file(pos)?.line_text(p.line).trim().to_string();
            Some((p.line, text))
        });
        if let Some((line, text)) = &loc {
            if last_line != Some(*line) {
                let _ = writeln!(out, "  ; {line}: {text}");
                last_line = Some(*line);
            }
        }
        let line = loc.map_or(String::from("   -"), |(l, _)| format!("{l:4}"));
        let _ = writeln!(out, "  {pc:4} {line}  {}", instr(prog, pc, ins));
    }
    if let Some(rp) = f.recover_pc {
        let _ = writeln!(out, "  recover_pc = {rp}");
    }
    out
}

/// One instruction, e.g. `AddInt a=2 b=0 c=1` or `Call a=1 f=0  ; main.fib`.
pub fn instr(prog: &Program, pc: usize, ins: &Instr) -> String {
    let raw = format!("{ins:?}");
    let mut s = raw
        .replace(" { ", " ")
        .replace(": ", "=")
        .replace(", ", " ")
        .replace(" }", "");
    let note = match *ins {
        Instr::LoadK { k, .. } => prog
            .consts
            .get(k as usize)
            .map(|w| format!("{} / {}", *w as i64, f64::from_bits(*w))),
        Instr::MulIntK { k, .. }
        | Instr::AndK { k, .. }
        | Instr::OrK { k, .. }
        | Instr::XorK { k, .. }
        | Instr::DivIntK { k, .. }
        | Instr::RemIntK { k, .. }
        | Instr::DivUintK { k, .. }
        | Instr::RemUintK { k, .. } => prog
            .consts
            .get(k as usize)
            .map(|w| format!("{}", *w as i64)),
        Instr::LoadStr { k, .. } => prog.strs.get(k as usize).map(|(o, _)| {
            let text = o.map(|o| String::from_utf8_lossy(o.str_bytes()).into_owned());
            format!("{:?}", text.unwrap_or_default())
        }),
        Instr::Call { f, .. } => prog.func(f).map(|f| f.name.clone()),
        Instr::CallNative { f, .. } => prog.natives.get(f as usize).map(|n| n.name.clone()),
        Instr::CallIface { c, .. } => prog.method_names.get(c as usize).cloned(),
        Instr::MakeIface { c, .. } => Some(prog.types.name(c as u64).to_string()),
        Instr::New { b, .. } => prog.layouts.get(b as usize).map(|l| l.name.clone()),
        Instr::MakeSlice { c, .. } | Instr::Append { c, .. } | Instr::AppendSlice { c, .. } => {
            prog.layouts.get(c as usize).map(|l| l.name.clone())
        }
        _ => ins
            .jump()
            .map(|j| format!("to {}", pc as i64 + 1 + j as i64)),
    };
    if let Some(n) = note {
        s.push_str("  ; ");
        s.push_str(&n);
    }
    s
}
