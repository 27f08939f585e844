//! Go's type strings (go/types' `TypeString`), as gc prints them in messages: types of
//! the package being checked unqualified (`T`), others qualified by package name
//! (`sync.Mutex`).

use super::info::Info;
use super::object::PkgId;
use super::typ::{Type, TypeId};
use crate::syntax::ast::ChanDir;

thread_local! {
    /// Set while writing a run-time type name (`runtime_type_string`).
    static RUNTIME_NAMES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set while writing an identity key (`identity_string`).
    static IDENTITY_NAMES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A key that names `t` across separate checks of one REPL session (the live REPL pins
/// run-time type ids by it, `compile::live`): like `runtime_type_string`, with package
/// paths instead of names, and a main-package named type also by its declaration's
/// offset, so a redeclared `type T` is a different type from the one it replaces.
pub fn identity_string(info: &Info, t: TypeId) -> String {
    IDENTITY_NAMES.with(|r| r.set(true));
    let s = runtime_type_string(info, t);
    IDENTITY_NAMES.with(|r| r.set(false));
    s
}

/// A type's name as Go's run time (reflect, `%T`) writes it: every defined type
/// qualified by its package name, type arguments separated by "," alone.
pub fn runtime_type_string(info: &Info, t: TypeId) -> String {
    RUNTIME_NAMES.with(|r| r.set(true));
    let s = type_string(info, t, None);
    RUNTIME_NAMES.with(|r| r.set(false));
    s
}

/// Writes `t`; types declared in package `qual` are not qualified.
pub fn type_string(info: &Info, t: TypeId, qual: Option<PkgId>) -> String {
    let mut s = String::new();
    write_type(info, &mut s, t, qual, 0);
    s
}

fn write_type(info: &Info, s: &mut String, t: TypeId, qual: Option<PkgId>, depth: u32) {
    if depth > 32 {
        s.push_str("...");
        return;
    }
    let d = depth + 1;
    match info.types.get(t) {
        Type::Basic(k) => s.push_str(k.name()),
        Type::Alias { name, .. } => s.push_str(name),
        Type::Pointer(e) => {
            s.push('*');
            write_type(info, s, *e, qual, d);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(info, s, *e, qual, d);
        }
        Type::Array { len, elem } => {
            s.push_str(&format!("[{len}]"));
            write_type(info, s, *elem, qual, d);
        }
        Type::Map { key, value } => {
            s.push_str("map[");
            write_type(info, s, *key, qual, d);
            s.push(']');
            write_type(info, s, *value, qual, d);
        }
        Type::Chan { dir, elem } => {
            let mut paren = false;
            match dir {
                ChanDir::Both => {
                    s.push_str("chan ");
                    // `chan (<-chan T)` needs parentheses.
                    paren = matches!(
                        info.types.get(*elem),
                        Type::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                }
                ChanDir::Send => s.push_str("chan<- "),
                ChanDir::Recv => s.push_str("<-chan "),
            }
            if paren {
                s.push('(');
            }
            write_type(info, s, *elem, qual, d);
            if paren {
                s.push(')');
            }
        }
        Type::Struct { fields } => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(info, s, f.ty, qual, d);
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(&format!("{tag:?}"));
                }
            }
            s.push('}');
        }
        Type::Func(_) => {
            s.push_str("func");
            write_signature(info, s, t, qual, d);
        }
        Type::Interface { methods, .. } => {
            if methods.is_empty() {
                s.push_str("interface{}");
                return;
            }
            s.push_str("interface{");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                s.push_str(&m.name);
                write_signature(info, s, m.sig, qual, d);
            }
            s.push('}');
        }
        Type::Named(n) => {
            let obj = info.obj(n.obj);
            let identity = IDENTITY_NAMES.with(|r| r.get());
            if let Some(p) = obj.pkg {
                if identity {
                    s.push_str(&info.package(p).path);
                    s.push('.');
                } else if Some(p) != qual {
                    s.push_str(&info.package(p).name);
                    s.push('.');
                }
            }
            s.push_str(&obj.name);
            if identity && obj.pkg == Some(info.main) {
                s.push_str(&format!("@{}", obj.span.lo));
            }
            let runtime = RUNTIME_NAMES.with(|r| r.get()) || identity;
            // At run time, a type declared in a generic instance's body names the
            // instance's type arguments first (`P[int]`, `Box[int;bool]`).
            let outer = info
                .local_type_targs
                .get(&n.obj)
                .filter(|_| runtime)
                .map(|v| v.as_slice())
                .unwrap_or(&[]);
            if !n.targs.is_empty() || !outer.is_empty() {
                // gc's messages separate type arguments with ", ", the run-time
                // names (reflect) with "," alone.
                let sep = if runtime { "," } else { ", " };
                s.push('[');
                for (i, &a) in outer.iter().enumerate() {
                    if i > 0 {
                        s.push_str(sep);
                    }
                    write_type(info, s, a, qual, d);
                }
                if !outer.is_empty() && !n.targs.is_empty() {
                    s.push(';');
                }
                for (i, &a) in n.targs.iter().enumerate() {
                    if i > 0 {
                        s.push_str(sep);
                    }
                    write_type(info, s, a, qual, d);
                }
                s.push(']');
            }
        }
        Type::Tuple(elems) => {
            s.push('(');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(info, s, *e, qual, d);
            }
            s.push(')');
        }
    }
}

/// `(params) results` of a func type, without the `func` keyword.
pub fn write_signature(info: &Info, s: &mut String, t: TypeId, qual: Option<PkgId>, depth: u32) {
    let Some(sig) = info.types.signature(t) else {
        s.push_str("()");
        return;
    };
    s.push('(');
    let n = sig.params.len();
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(name) = sig.param_names.get(i) {
            s.push_str(name);
            s.push(' ');
        }
        if sig.variadic && i + 1 == n {
            s.push_str("...");
            let elem = info.types.elem(*p).unwrap_or(*p);
            write_type(info, s, elem, qual, depth);
        } else {
            write_type(info, s, *p, qual, depth);
        }
    }
    s.push(')');
    let named = !sig.result_names.is_empty();
    match sig.results.len() {
        0 => {}
        1 if !named => {
            s.push(' ');
            write_type(info, s, sig.results[0], qual, depth);
        }
        _ => {
            s.push_str(" (");
            for (i, r) in sig.results.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                if let Some(name) = sig.result_names.get(i) {
                    s.push_str(name);
                    s.push(' ');
                }
                write_type(info, s, *r, qual, depth);
            }
            s.push(')');
        }
    }
}
