//! The universe scope: predeclared types, constants, `nil`, and the builtin functions
//! (go/types' `universe.go`).

use super::check::Global;
use super::cv::Value;
use super::object::{Builtin, ObjKind, Object, VarKind};
use super::typ::{BasicKind, IMethod, Type};
use crate::source::Span;

pub(crate) fn define_universe(g: &mut Global<'_>) {
    let u = g.info.universe;
    let def = |g: &mut Global<'_>, name: &str, kind: ObjKind, ty| {
        let obj = g.new_obj(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg: None,
            span: Span::default(),
            parent: Some(u),
        });
        g.info.scopes.insert(u, name, obj);
        obj
    };
    use BasicKind::*;
    for k in [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
        Float32, Float64, Complex64, Complex128, String,
    ] {
        def(g, k.name(), ObjKind::TypeName, k.id());
    }
    let (byte, rune, any) = (g.info.types.byte, g.info.types.rune, g.info.types.any);
    def(g, "byte", ObjKind::TypeName, byte);
    def(g, "rune", ObjKind::TypeName, rune);
    def(g, "any", ObjKind::TypeName, any);

    // type error interface { Error() string }
    let err_obj = def(g, "error", ObjKind::TypeName, Invalid.id());
    let err = g.info.types.new_named(err_obj);
    g.obj_mut(err_obj).ty = err;
    let sig = g.info.types.func(vec![], vec![String.id()], false);
    let recv = g.new_obj(Object {
        name: std::string::String::new(),
        kind: ObjKind::Var(VarKind::Recv),
        ty: err,
        pkg: None,
        span: Span::default(),
        parent: None,
    });
    let m = g.new_obj(Object {
        name: "Error".to_string(),
        kind: ObjKind::Func {
            recv: Some(recv),
            has_body: false,
        },
        ty: sig,
        pkg: None,
        span: Span::default(),
        parent: None,
    });
    let iface = g.info.types.intern(Type::Interface {
        constraint: false,
        terms: None,
        comparable: false,
        methods: vec![IMethod {
            name: "Error".to_string(),
            pkg: None,
            sig,
            obj: m,
        }],
    });
    g.info.types.set_underlying(err, iface);
    g.info.types.error = err;

    // type comparable interface{ comparable }: only a constraint.
    let cmp_obj = def(g, "comparable", ObjKind::TypeName, Invalid.id());
    let cmp = g.info.types.new_named(cmp_obj);
    g.obj_mut(cmp_obj).ty = cmp;
    let cmp_iface = g.info.types.intern(Type::Interface {
        constraint: true,
        terms: None,
        comparable: true,
        methods: vec![],
    });
    g.info.types.set_underlying(cmp, cmp_iface);

    def(
        g,
        "true",
        ObjKind::Const(Some(Value::Bool(true))),
        UntypedBool.id(),
    );
    def(
        g,
        "false",
        ObjKind::Const(Some(Value::Bool(false))),
        UntypedBool.id(),
    );
    def(g, "iota", ObjKind::Const(None), UntypedInt.id());
    def(g, "nil", ObjKind::Nil, UntypedNil.id());
    for b in Builtin::ALL {
        def(g, b.name(), ObjKind::Builtin(b), Invalid.id());
    }
}
