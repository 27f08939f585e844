//! Type sets of constraint interfaces (go/types' `typeset.go`, `union.go`): the terms of
//! a union (`~int | ~string`), their intersection when interfaces embed each other, and
//! whether a type argument satisfies a constraint (go/types' `implements` with
//! `constraint` set: methods, type set membership, `comparable`).

use super::check::Checker;
use super::typ::{Term, Type, TypeId, TypeTable};
use crate::syntax::ast::{self, BinOp, ExprKind, UnOp};

/// Whether type `t` is in term `term`'s set: `T` holds only T, `~T` every type whose
/// underlying type is T.
pub fn term_includes(tt: &TypeTable, term: &Term, t: TypeId) -> bool {
    if term.tilde {
        tt.identical(tt.underlying(t), tt.underlying(term.ty))
    } else {
        tt.identical(t, term.ty)
    }
}

/// The intersection of two term lists (`None` is the set of all types).
pub fn intersect(tt: &TypeTable, a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
    let Some(a) = a else {
        return b;
    };
    let mut out = Vec::new();
    for x in &a {
        for y in &b {
            // x ∩ y: the narrower of the two when one includes the other.
            let t = if x.tilde && term_includes(tt, x, y.ty) {
                Some(*y)
            } else if y.tilde && term_includes(tt, y, x.ty) {
                Some(*x)
            } else if !x.tilde && !y.tilde && tt.identical(x.ty, y.ty) {
                Some(*x)
            } else {
                None
            };
            if let Some(t) = t {
                if !out
                    .iter()
                    .any(|o: &Term| o.tilde == t.tilde && tt.identical(o.ty, t.ty))
                {
                    out.push(t);
                }
            }
        }
    }
    out
}

/// The type-set terms of a constraint type, `None` when unrestricted.
pub fn terms_of(tt: &TypeTable, c: TypeId) -> Option<&[Term]> {
    match tt.under(c) {
        Type::Interface { terms, .. } => terms.as_deref(),
        _ => None,
    }
}

/// The core type of a constraint's type set (go/types' `coreType`): the one underlying
/// type all its terms share, if any.
pub fn core_type(tt: &TypeTable, c: TypeId) -> Option<TypeId> {
    let terms = terms_of(tt, c)?;
    let first = tt.underlying(terms.first()?.ty);
    terms
        .iter()
        .all(|t| tt.identical(tt.underlying(t.ty), first))
        .then_some(first)
}

impl<'f> Checker<'_, '_, 'f> {
    /// The terms of a union element `A | ~B | C` (interfaces among them contribute their
    /// own terms).
    pub fn union_terms(&mut self, e: &'f ast::Expr) -> Vec<Term> {
        match &e.kind {
            ExprKind::Binary {
                op: BinOp::Or,
                x,
                y,
            } => {
                let mut v = self.union_terms(x);
                for t in self.union_terms(y) {
                    if !v.contains(&t) {
                        v.push(t);
                    }
                }
                v
            }
            ExprKind::Paren(x) => self.union_terms(x),
            ExprKind::Unary { op: UnOp::Tilde, x } => {
                let t = self.type_expr(x);
                if self.tt().is_invalid(t) {
                    return vec![];
                }
                if !self.tt().identical(self.tt().underlying(t), t) {
                    let s = self.ts(t);
                    let u = self.ts(self.tt().underlying(t));
                    self.error(
                        x.span,
                        format!("invalid use of ~ ({s} is {u}, not its underlying type)"),
                    );
                    return vec![];
                }
                vec![Term { tilde: true, ty: t }]
            }
            _ => {
                let t = self.type_expr(e);
                if self.tt().is_invalid(t) {
                    return vec![];
                }
                if self.tt().is_interface(t) {
                    return match terms_of(self.tt(), t) {
                        Some(ts) => ts.to_vec(),
                        // An interface with methods may not be a union term; an
                        // unrestricted one makes the union the set of all types.
                        None => vec![],
                    };
                }
                vec![Term {
                    tilde: false,
                    ty: t,
                }]
            }
        }
    }

    /// The constraint interface a type parameter's constraint expression denotes (a
    /// non-interface constraint `~int | string` is `interface{ ~int | string }`).
    pub fn constraint_type(&mut self, e: &'f ast::Expr) -> TypeId {
        let terms = match &e.kind {
            ExprKind::Binary { op: BinOp::Or, .. }
            | ExprKind::Unary {
                op: UnOp::Tilde, ..
            } => self.union_terms(e),
            _ => {
                let t = self.type_expr(e);
                if self.tt().is_invalid(t) || self.tt().is_interface(t) {
                    return t;
                }
                vec![Term {
                    tilde: false,
                    ty: t,
                }]
            }
        };
        self.types().intern(Type::Interface {
            methods: vec![],
            constraint: true,
            terms: Some(terms),
            comparable: false,
        })
    }

    /// Whether type argument `t` satisfies constraint `c`; the error is gc's message
    /// (`string does not satisfy Number (string missing in ~int | ~float64)`).
    /// `cname` is how the constraint is written.
    pub fn satisfies(&mut self, t: TypeId, c: TypeId, cname: &str) -> Result<(), String> {
        let tt = self.tt();
        if tt.is_invalid(t) || tt.is_invalid(c) {
            return Ok(());
        }
        let ts = self.ts(t);
        let (terms, comparable) = match self.tt().under(c) {
            Type::Interface {
                terms, comparable, ..
            } => (terms.clone(), *comparable),
            _ => return Ok(()),
        };
        if let Some(terms) = &terms {
            if terms.is_empty() {
                return Err(format!("cannot satisfy {cname} (empty type set)"));
            }
            // A type parameter's type set must be a subset of the constraint's (every
            // one of its terms included in one of the constraint's).
            if let Some(own) = self.tt().tparam_terms(t).map(|o| o.to_vec()) {
                let tt = self.tt();
                let subset = own.iter().all(|o| {
                    terms.iter().any(|c| {
                        if c.tilde {
                            tt.identical(tt.underlying(o.ty), tt.underlying(c.ty))
                        } else {
                            !o.tilde && tt.identical(o.ty, c.ty)
                        }
                    })
                });
                if !subset {
                    return Err(format!("{ts} does not satisfy {cname}"));
                }
            } else if !terms.iter().any(|term| term_includes(self.tt(), term, t)) {
                // An interface type argument is in the set only if its own terms are.
                if self.tt().is_interface(t) {
                    return Err(format!("{ts} does not satisfy {cname}"));
                }
                let list = self.terms_string(terms);
                return Err(format!(
                    "{ts} does not satisfy {cname} ({ts} missing in {list})"
                ));
            }
        }
        if let Err(cause) = self.missing_method(t, c, true) {
            return Err(format!("{ts} does not satisfy {cname} {cause}"));
        }
        if comparable && !self.tt().comparable(t) {
            return Err(format!("{ts} does not satisfy comparable"));
        }
        Ok(())
    }

    /// `~int | ~float64` as gc writes a term list.
    pub fn terms_string(&self, terms: &[Term]) -> String {
        terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.ts(t.ty)))
            .collect::<Vec<_>>()
            .join(" | ")
    }
}
