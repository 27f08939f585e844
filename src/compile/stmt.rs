//! Statements: blocks (registers of a block's variables are released at its end),
//! declarations, if, for (Go 1.22: a boxed loop variable gets a fresh box per
//! iteration), range over ints, slices, arrays, strings and maps, break/continue with
//! labels, goto, and conditions compiled to fused compare-and-jump instructions.

use super::func::{Branch, FnCtx};
use super::types::Num;
use super::{internal, unsupported, CResult};
use crate::syntax::ast::{self, BinOp, BranchKind, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::types::{ObjId, Type};
use crate::vm::{Instr, Label, Reg};

impl<'c, 'a> FnCtx<'c, 'a> {
    /// A block: its variables' registers are freed at its end.
    pub fn block(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        let m = self.fb.mark();
        for s in stmts {
            self.stmt(s)?;
        }
        self.fb.release(m);
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.pos(s.span);
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Decl(g) => self.decl_stmt(g),
            StmtKind::Expr(e) => {
                let m = self.fb.mark();
                self.expr(e)?;
                self.fb.release(m);
                Ok(())
            }
            StmtKind::IncDec { x, inc } => {
                let m = self.fb.mark();
                self.inc_dec(x, *inc)?;
                self.fb.release(m);
                Ok(())
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(s, lhs, *op, rhs),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let m = self.fb.mark();
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let else_l = self.fb.label();
                let end = self.fb.label();
                let m2 = self.fb.mark();
                self.branch_if(cond, else_l, false)?;
                self.fb.release(m2);
                self.block(&then.stmts)?;
                if let Some(e) = els {
                    self.fb.jmp(end);
                    self.fb.bind(else_l);
                    self.stmt(e)?;
                } else {
                    self.fb.bind(else_l);
                }
                self.fb.bind(end);
                self.fb.release(m);
                Ok(())
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(None, init, cond, post, body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(None, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Labeled { label, stmt } => self.labeled(label, stmt),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Return(vals) => self.return_stmt(s, vals),
            StmtKind::Defer(e) => self.defer_stmt(s, e),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(None, init, tag.as_ref(), body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(None, init, bind.as_ref(), x, body),
            StmtKind::Go(e) => self.go_stmt(s, e),
            StmtKind::Send { chan, value } => self.send_stmt(s, chan, value),
            StmtKind::Select { body, .. } => self.select_stmt(s, body, None),
            StmtKind::Bad => Err(internal(s.span, "bad statement")),
        }
    }

    fn decl_stmt(&mut self, g: &'a ast::GenDecl) -> CResult<()> {
        let ast::GenKind::Var(specs) = &g.kind else {
            return Ok(()); // constants and types need no code
        };
        for spec in specs {
            let objs: Vec<Option<ObjId>> = spec
                .names
                .iter()
                .map(|n| self.c.info.defs.get(&n.id).copied())
                .collect();
            if spec.values.is_empty() {
                for o in objs.into_iter().flatten() {
                    self.declare(o, None)?;
                }
                continue;
            }
            if spec.values.len() == spec.names.len() {
                // Evaluate all values first (they may refer to outer variables of the same
                // names), then declare.
                let m = self.fb.mark();
                let mut vals = Vec::new();
                for (o, v) in objs.iter().zip(&spec.values) {
                    let t = match o {
                        Some(o) => self.c.info.obj(*o).ty,
                        None => self.ty(v),
                    };
                    let w = self.wreg(t);
                    let r = self.regs(w as u32);
                    self.expr_conv_to(v, t, r)?;
                    vals.push(r);
                }
                let decl_base = self.fb.mark();
                let _ = decl_base;
                // Declared variables must outlive the temporaries: declare above them,
                // then (for register variables) the temporaries are dead but not freed.
                for (o, r) in objs.iter().zip(vals) {
                    if let Some(o) = o {
                        self.declare(*o, Some(r))?;
                    }
                }
                let _ = m;
                continue;
            }
            // var a, b = f()
            let Some(v) = spec.values.first() else {
                continue;
            };
            let tt = self.c.info.type_of(v.id);
            let elems = self.c.info.types.tuple_elems(tt).to_vec();
            let r = self.multi_value(v, &elems)?;
            let mut off = 0;
            for (o, et) in objs.iter().zip(&elems) {
                if let Some(o) = o {
                    let t = self.c.info.obj(*o).ty;
                    let w = self.wreg(t);
                    let tmp = self.regs(w as u32);
                    self.conv_reg(r + off, *et, t, tmp);
                    self.declare(*o, Some(tmp))?;
                }
                off += self.wreg(*et);
            }
        }
        Ok(())
    }

    /// A multi-value expression (call, comma-ok form) into registers.
    pub fn multi_value(&mut self, v: &'a Expr, elems: &[crate::types::TypeId]) -> CResult<Reg> {
        let v = Self::strip(v);
        match &v.kind {
            ExprKind::Call { .. } => self.expr(v),
            ExprKind::Index { x, index } => {
                // v, ok := m[k]
                let mt = self.ty(x);
                let Type::Map { key, value } = self.c.info.types.under(mt).clone() else {
                    return Err(internal(v.span, "comma-ok index of a non-map"));
                };
                let m = self.expr(x)?;
                let kw = self.wreg(key);
                let vw = self.wreg(value);
                let win = self.regs(kw.max(vw + 1) as u32);
                self.expr_conv_to(index, key, win)?;
                let mti = self.c.map_type_idx(mt);
                self.fb.emit(Instr::MapGetOk {
                    a: win,
                    b: m,
                    c: mti as Reg,
                });
                let _ = elems;
                Ok(win)
            }
            ExprKind::TypeAssert { ty: Some(te), .. } => {
                let t = self.c.info.type_of(te.id);
                let w = self.wreg(t);
                let d = self.regs(w as u32 + 1);
                self.type_assert_ok(v, d)?;
                Ok(d)
            }
            ExprKind::Unary { op: UnOp::Recv, x } => self.recv_window(v, x),
            _ => Err(internal(v.span, "multi-value expression")),
        }
    }

    fn inc_dec(&mut self, x: &'a Expr, inc: bool) -> CResult<()> {
        let t = self.ty(x);
        let num = self.c.num(t);
        let lv = self.lvalue(x)?;
        // An integer variable in a register is updated in place (`i++` in a loop is one
        // instruction, not a copy out and back).
        if let Some(r) = self.reg_var(&lv, x) {
            if matches!(num, Num::Int(_) | Num::Uint(_)) {
                self.fb.emit(Instr::AddIntI {
                    a: r,
                    b: r,
                    i: if inc { 1 } else { -1 },
                });
                self.normalize(r, num);
                return Ok(());
            }
        }
        let v = self.regs(self.wreg(t) as u32);
        if let super::assign::LValue::MapEntry { .. } = lv {
            return self.map_inc_dec(x, &lv, v, |fc| fc.inc_dec_value(v, num, inc));
        }
        self.read_lvalue(&lv, v)?;
        self.inc_dec_value(v, num, inc)?;
        self.write_lvalue(&lv, v)
    }

    /// `v++` or `v--` on registers `v` of kind `num`.
    fn inc_dec_value(&mut self, v: Reg, num: Num, inc: bool) -> CResult<()> {
        match num {
            // x++ on a complex adds 1 to its real part.
            Num::F64 | Num::F32 | Num::C128 | Num::C64 => {
                let one = self.fb.reg();
                let k = self.c.pb.float(1.0);
                self.fb.emit(Instr::LoadK { a: one, k });
                if inc {
                    self.fb.emit(Instr::AddF { a: v, b: v, c: one });
                } else {
                    self.fb.emit(Instr::SubF { a: v, b: v, c: one });
                }
                self.normalize(v, num);
            }
            _ => {
                self.fb.emit(Instr::AddIntI {
                    a: v,
                    b: v,
                    i: if inc { 1 } else { -1 },
                });
                self.normalize(v, num);
            }
        }
        Ok(())
    }

    /// Jumps to `target` when `e` evaluates to `when`.
    pub fn branch_if(&mut self, e: &'a Expr, target: Label, when: bool) -> CResult<()> {
        if self.c.info.value_of(e.id).is_none() {
            match &e.kind {
                ExprKind::Paren(x) => return self.branch_if(x, target, when),
                ExprKind::Unary { op: UnOp::Not, x } => return self.branch_if(x, target, !when),
                ExprKind::Binary {
                    op: BinOp::LAnd,
                    x,
                    y,
                } => {
                    if when {
                        let skip = self.fb.label();
                        self.branch_if(x, skip, false)?;
                        self.branch_if(y, target, true)?;
                        self.fb.bind(skip);
                    } else {
                        self.branch_if(x, target, false)?;
                        self.branch_if(y, target, false)?;
                    }
                    return Ok(());
                }
                ExprKind::Binary {
                    op: BinOp::LOr,
                    x,
                    y,
                } => {
                    if when {
                        self.branch_if(x, target, true)?;
                        self.branch_if(y, target, true)?;
                    } else {
                        let skip = self.fb.label();
                        self.branch_if(x, skip, true)?;
                        self.branch_if(y, target, false)?;
                        self.fb.bind(skip);
                    }
                    return Ok(());
                }
                ExprKind::Binary { op, x, y } if op.is_comparison() => {
                    let xt = self.ty(x);
                    let yt = self.ty(y);
                    let tt = &self.c.info.types;
                    let int_like = |t| matches!(self.c.num(t), Num::Int(_));
                    if int_like(xt) && int_like(yt) && !tt.is_interface(xt) {
                        // x < c and x >= c against a small constant: one instruction.
                        let small = self
                            .c
                            .info
                            .value_of(y.id)
                            .and_then(|v| v.to_int().int64_val())
                            .and_then(|v| i16::try_from(v).ok());
                        if let (Some(c), BinOp::Lss | BinOp::Geq) = (small, op) {
                            let m = self.fb.mark();
                            let a = self.expr(x)?;
                            self.pos(e.span);
                            let i = if (*op == BinOp::Lss) != when {
                                Instr::JmpGeIntI { a, i: c, j: 0 }
                            } else {
                                Instr::JmpLtIntI { a, i: c, j: 0 }
                            };
                            self.fb.emit_jump(i, target);
                            self.fb.release(m);
                            return Ok(());
                        }
                        let m = self.fb.mark();
                        let a = self.expr(x)?;
                        let b = self.expr(y)?;
                        self.pos(e.span);
                        // Normalise to < / >= / == / != on (p, q).
                        let (p, q, lt) = match op {
                            BinOp::Lss => (a, b, true),
                            BinOp::Geq => (a, b, false),
                            BinOp::Gtr => (b, a, true),
                            BinOp::Leq => (b, a, false),
                            BinOp::Eql => {
                                let i = if when {
                                    Instr::JmpEqInt { a, b, j: 0 }
                                } else {
                                    Instr::JmpNeInt { a, b, j: 0 }
                                };
                                self.fb.emit_jump(i, target);
                                self.fb.release(m);
                                return Ok(());
                            }
                            _ => {
                                let i = if when {
                                    Instr::JmpNeInt { a, b, j: 0 }
                                } else {
                                    Instr::JmpEqInt { a, b, j: 0 }
                                };
                                self.fb.emit_jump(i, target);
                                self.fb.release(m);
                                return Ok(());
                            }
                        };
                        let i = if lt == when {
                            Instr::JmpLtInt { a: p, b: q, j: 0 }
                        } else {
                            Instr::JmpGeInt { a: p, b: q, j: 0 }
                        };
                        self.fb.emit_jump(i, target);
                        self.fb.release(m);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let m = self.fb.mark();
        let r = self.expr(e)?;
        let i = if when {
            Instr::JmpIf { a: r, j: 0 }
        } else {
            Instr::JmpIfNot { a: r, j: 0 }
        };
        self.fb.emit_jump(i, target);
        self.fb.release(m);
        Ok(())
    }

    fn labeled(&mut self, label: &'a ast::Ident, s: &'a Stmt) -> CResult<()> {
        let l = self.goto_label(&label.name);
        self.fb.bind(l);
        let name = Some(label.name.clone());
        match &s.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(name, init, cond, post, body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(name, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(name, init, tag.as_ref(), body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(name, init, bind.as_ref(), x, body),
            StmtKind::Select { body, .. } => self.select_stmt(s, body, name),
            _ => self.stmt(s),
        }
    }

    fn goto_label(&mut self, name: &str) -> Label {
        if let Some(l) = self.labels.get(name) {
            return *l;
        }
        let l = self.fb.label();
        self.labels.insert(name.to_string(), l);
        l
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) -> CResult<()> {
        self.branch_to(s.span, kind, label.map(|l| l.name.as_str()))
    }

    /// `break`, `continue`, `goto` or `fallthrough` (to `label`); in a range-over-func
    /// body, a `break`/`continue` whose target is outside the body leaves it.
    pub(super) fn branch_to(
        &mut self,
        span: crate::source::Span,
        kind: BranchKind,
        label: Option<&str>,
    ) -> CResult<()> {
        let find = |bs: &[Branch], cont: bool| -> Option<Label> {
            for b in bs.iter().rev() {
                if let Some(l) = label {
                    if b.label.as_deref() != Some(l) {
                        continue;
                    }
                }
                if cont {
                    match b.cont {
                        Some(c) => return Some(c),
                        None if label.is_some() => return None,
                        None => continue,
                    }
                }
                return Some(b.brk);
            }
            None
        };
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let cont = kind == BranchKind::Continue;
                match find(&self.branches, cont) {
                    Some(l) => {
                        self.fb.jmp(l);
                    }
                    None if self.range_exit.is_some() => {
                        self.range_exit_branch(kind, label)?;
                    }
                    None => return Err(internal(span, "break or continue target")),
                }
            }
            BranchKind::Goto => {
                let Some(l) = label else {
                    return Err(internal(span, "goto without label"));
                };
                let l = self.goto_label(l);
                self.fb.jmp(l);
            }
            BranchKind::Fallthrough => {
                let l = self
                    .fallthrough
                    .ok_or_else(|| internal(span, "fallthrough target"))?;
                self.fb.jmp(l);
            }
        }
        Ok(())
    }

    /// Variables a `for` init statement declares that live in boxes (they get a fresh
    /// box per iteration).
    fn boxed_loop_vars(&self, init: &Option<Box<Stmt>>) -> Vec<ObjId> {
        let mut v = Vec::new();
        if let Some(s) = init {
            if let StmtKind::Assign {
                lhs,
                op: ast::AssignOp::Define,
                ..
            } = &s.kind
            {
                for l in lhs {
                    if let ExprKind::Ident(id) = &l.kind {
                        if let Some(o) = self.c.info.defs.get(&id.id) {
                            if self.is_boxed(*o) {
                                v.push(*o);
                            }
                        }
                    }
                }
            }
        }
        v
    }

    fn for_stmt(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        cond: &'a Option<Expr>,
        post: &'a Option<Box<Stmt>>,
        body: &'a ast::Block,
    ) -> CResult<()> {
        let m = self.fb.mark();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let per_iter = self.boxed_loop_vars(init);
        let top = self.fb.label();
        let brk = self.fb.label();
        let cont = self.fb.label();
        // The condition is tested at the bottom (entered by a jump to it), so that one
        // iteration costs a single conditional back-jump.
        let check = self.fb.label();
        if cond.is_some() {
            self.fb.jmp(check);
        }
        self.fb.bind(top);
        self.branches.push(Branch {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.branches.pop();
        self.fb.bind(cont);
        for o in per_iter {
            // Go 1.22: copy the variable into a fresh box before the post statement.
            let super::func::Loc::Boxed(p) = self.loc(o, body.lbrace)? else {
                continue;
            };
            let t = self.c.info.obj(o).ty;
            let w = self.wreg(t);
            let mm = self.fb.mark();
            let tmp = self.regs(w as u32);
            self.load_ptr(tmp, p, 0, w);
            let l = self.c.layout_idx(t);
            self.fb.emit(Instr::New { a: p, b: l });
            self.store_ptr(p, 0, tmp, w);
            self.fb.release(mm);
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        self.fb.bind(check);
        match cond {
            Some(c) => self.branch_if(c, top, true)?,
            None => {
                self.fb.jmp(top);
            }
        }
        self.fb.bind(brk);
        self.fb.release(m);
        Ok(())
    }

    fn range_stmt(
        &mut self,
        label: Option<String>,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
    ) -> CResult<()> {
        let xt = self.ty(x);
        let under = self.c.info.types.under(xt).clone();
        if let Type::Func(_) = under {
            return self.range_func(label, key, value, define, x, body);
        }
        let m = self.fb.mark();
        let top = self.fb.label();
        let brk = self.fb.label();
        let cont = self.fb.label();
        // Bind key/value for one iteration from registers (type, reg).
        let key = key.filter(|k| !is_blank(k));
        let value = value.filter(|v| !is_blank(v));
        match under {
            Type::Basic(_) if self.c.num(xt) != Num::Str => {
                // range over an integer
                let n = self.fb.reg();
                self.expr_to(x, n)?;
                let i = self.fb.reg();
                self.fb.emit(Instr::LoadI { a: i, i: 0 });
                // The test at the bottom, as in `for` loops: one jump per iteration.
                let test = self.fb.label();
                self.fb.jmp(test);
                self.fb.bind(top);
                let im = self.fb.mark();
                if let Some(k) = key {
                    self.bind_value(k, define, i, xt)?;
                }
                self.loop_body(label, brk, cont, body)?;
                self.fb.release(im);
                self.fb.bind(cont);
                self.fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
                self.fb.bind(test);
                self.fb.emit_jump(Instr::JmpLtInt { a: i, b: n, j: 0 }, top);
            }
            Type::Basic(_) => {
                let s = self.regs(2);
                self.expr_to(x, s)?;
                let n = self.fb.reg();
                self.fb.emit(Instr::LenStr { a: n, b: s });
                let i = self.fb.reg();
                let rw = self.regs(2);
                self.fb.emit(Instr::LoadI { a: i, i: 0 });
                let test = self.fb.label();
                self.fb.jmp(test);
                self.fb.bind(top);
                self.fb.emit(Instr::DecodeRune { a: rw, b: s, c: i });
                let im = self.fb.mark();
                let int = crate::types::BasicKind::Int.id();
                if let Some(k) = key {
                    self.bind_value(k, define, i, int)?;
                }
                if let Some(v) = value {
                    let rune = self.c.info.types.rune;
                    self.bind_value(v, define, rw, rune)?;
                }
                self.loop_body(label, brk, cont, body)?;
                self.fb.release(im);
                self.fb.bind(cont);
                self.fb.emit(Instr::AddInt {
                    a: i,
                    b: i,
                    c: rw + 1,
                });
                self.fb.bind(test);
                self.fb.emit_jump(Instr::JmpLtInt { a: i, b: n, j: 0 }, top);
            }
            Type::Slice(_) | Type::Array { .. } | Type::Pointer(_) => {
                let (s, et) = match under {
                    Type::Slice(et) => {
                        let s = self.regs(3);
                        self.expr_to(x, s)?;
                        (s, et)
                    }
                    Type::Array { len, elem } => {
                        let s = self.array_as_slice(x, len, elem, value.is_some())?;
                        (s, elem)
                    }
                    Type::Pointer(at) => {
                        let Type::Array { len, elem } = self.c.info.types.under(at).clone() else {
                            return Err(unsupported(x.span, "range over this pointer"));
                        };
                        let p = self.expr(x)?;
                        (self.slice_of_array(p, len), elem)
                    }
                    _ => unreachable_type(x)?,
                };
                let n = self.fb.reg();
                self.fb.emit(Instr::LenSlice { a: n, b: s });
                let i = self.fb.reg();
                self.fb.emit(Instr::LoadI { a: i, i: 0 });
                let ew = self.wreg(et);
                let v = self.regs(ew as u32);
                let test = self.fb.label();
                self.fb.jmp(test);
                self.fb.bind(top);
                let im = self.fb.mark();
                let int = crate::types::BasicKind::Int.id();
                if let Some(k) = key {
                    self.bind_value(k, define, i, int)?;
                }
                if let Some(val) = value {
                    let ewop = if self.c.is_byte(et) { 1 } else { ew };
                    self.fb.emit(Instr::SliceGet {
                        a: v,
                        b: s,
                        c: i,
                        w: ewop as u8,
                    });
                    self.bind_value(val, define, v, et)?;
                }
                self.loop_body(label, brk, cont, body)?;
                self.fb.release(im);
                self.fb.bind(cont);
                self.fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
                self.fb.bind(test);
                self.fb.emit_jump(Instr::JmpLtInt { a: i, b: n, j: 0 }, top);
            }
            Type::Map { key: kt, value: vt } => {
                let mr = self.expr(x)?;
                let it = self.regs(4);
                self.fb.emit(Instr::MapIter { a: it, b: mr });
                let kw = self.wreg(kt);
                let vw = self.wreg(vt);
                let kv = self.regs((kw + vw) as u32);
                self.fb.bind(top);
                self.fb
                    .emit_jump(Instr::MapNext { a: it, b: kv, j: 0 }, brk);
                let im = self.fb.mark();
                if let Some(k) = key {
                    self.bind_value(k, define, kv, kt)?;
                }
                if let Some(v) = value {
                    self.bind_value(v, define, kv + kw, vt)?;
                }
                self.loop_body(label, brk, cont, body)?;
                self.fb.release(im);
                self.fb.bind(cont);
                self.fb.jmp(top);
            }
            Type::Chan { .. } => {
                self.range_chan(x, key, define, (label, top, brk, cont), body)?;
            }
            _ => return Err(unsupported(x.span, "range over this type")),
        }
        self.fb.bind(brk);
        self.fb.release(m);
        Ok(())
    }

    /// An array to range over, as a slice (a copy when its values are used, as Go
    /// ranges over a copy of an array value).
    fn array_as_slice(
        &mut self,
        x: &'a Expr,
        len: u64,
        elem: crate::types::TypeId,
        copy: bool,
    ) -> CResult<Reg> {
        let at = self.ty(x);
        let _ = elem;
        let v = self.expr(x)?;
        let _ = copy;
        let p = self.fb.reg();
        let l = self.c.layout_idx(at);
        self.fb.emit(Instr::New { a: p, b: l });
        let w = self.wreg(at);
        self.store_ptr(p, 0, v, w);
        Ok(self.slice_of_array(p, len))
    }

    fn loop_body(
        &mut self,
        label: Option<String>,
        brk: Label,
        cont: Label,
        body: &'a ast::Block,
    ) -> CResult<()> {
        self.branches.push(Branch {
            label,
            brk,
            cont: Some(cont),
        });
        let r = self.block(&body.stmts);
        self.branches.pop();
        r
    }

    /// Binds a range key or value, or a received value and its `ok`: declares `e`
    /// (`define`) or assigns it from the value of type `t` in `src`. `_` binds nothing.
    pub(super) fn bind_value(
        &mut self,
        e: &'a Expr,
        define: bool,
        src: Reg,
        t: crate::types::TypeId,
    ) -> CResult<()> {
        if matches!(&e.kind, ExprKind::Ident(id) if id.name == "_") {
            return Ok(());
        }
        if define {
            let ExprKind::Ident(id) = &e.kind else {
                return Err(internal(e.span, "range or receive variable"));
            };
            let Some(o) = self.c.info.defs.get(&id.id).copied() else {
                return Ok(());
            };
            let vt = self.c.info.obj(o).ty;
            if vt == t {
                // No conversion: the variable is initialised from `src` itself.
                self.declare(o, Some(src))?;
                return Ok(());
            }
            let w = self.wreg(vt);
            let tmp = self.regs(w as u32);
            self.conv_reg(src, t, vt, tmp);
            self.declare(o, Some(tmp))?;
            return Ok(());
        }
        let lv = self.lvalue(e)?;
        let lt = self.ty(e);
        if lt == t {
            return self.write_lvalue(&lv, src);
        }
        let w = self.wreg(lt);
        let tmp = self.regs(w as u32);
        self.conv_reg(src, t, lt, tmp);
        self.write_lvalue(&lv, tmp)
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}

fn unreachable_type<T>(x: &Expr) -> CResult<T> {
    Err(internal(x.span, "range type"))
}
