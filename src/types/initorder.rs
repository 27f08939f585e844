//! The initialization order of package variables (spec: "Package initialization";
//! go/types' `initorder.go`): repeatedly the earliest variable in declaration order that
//! depends on no uninitialized variable, dependencies followed through functions.

use super::check::Checker;
use super::info::Initializer;
use super::object::{ObjId, ObjKind, VarKind};
use crate::syntax::ast::NodeId;
use std::collections::{HashMap, HashSet};

impl Checker<'_, '_, '_> {
    pub fn init_order(&mut self) {
        // Variables with initializers, in declaration order, grouped by declaration.
        let mut vars: Vec<ObjId> = Vec::new();
        let mut init_of: HashMap<ObjId, (Vec<ObjId>, NodeId)> = HashMap::new();
        for &o in &self.pkg_objs {
            if !matches!(self.obj(o).kind, ObjKind::Var(VarKind::Package)) {
                continue;
            }
            if let Some(super::check::DeclInfo::Var {
                init: Some(init),
                lhs,
                ..
            }) = self.decls.get(&o)
            {
                let lhs = lhs.clone().unwrap_or_else(|| vec![o]);
                if lhs.first() == Some(&o) {
                    vars.push(o);
                    init_of.insert(o, (lhs, init.id));
                }
            }
        }
        // The key of a variable's declaration (the first lhs).
        let mut key_of: HashMap<ObjId, ObjId> = HashMap::new();
        for (&k, (lhs, _)) in &init_of {
            for &v in lhs {
                key_of.insert(v, k);
            }
        }
        // Transitive variable dependencies through functions.
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &v in &vars {
            let mut seen = HashSet::new();
            let mut out = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                match self.obj(d).kind {
                    ObjKind::Var(VarKind::Package) => {
                        if let Some(&k) = key_of.get(&d) {
                            out.insert(k);
                        }
                    }
                    ObjKind::Func { .. } => {
                        stack.extend(self.deps.get(&d).cloned().unwrap_or_default());
                    }
                    _ => {}
                }
            }
            var_deps.insert(v, out);
        }
        // Kahn's algorithm with the ready variables in a heap by declaration index:
        // always the earliest ready variable, as the spec asks.
        let index: HashMap<ObjId, usize> = vars.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut pending: Vec<usize> = vec![0; vars.len()];
        let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); vars.len()];
        for (i, v) in vars.iter().enumerate() {
            for d in &var_deps[v] {
                if d == v {
                    continue;
                }
                if let Some(&j) = index.get(d) {
                    pending[i] += 1;
                    dependents[j].push(i);
                }
            }
        }
        let mut ready: std::collections::BinaryHeap<std::cmp::Reverse<usize>> = pending
            .iter()
            .enumerate()
            .filter(|(_, &n)| n == 0)
            .map(|(i, _)| std::cmp::Reverse(i))
            .collect();
        let mut order = Vec::new();
        let mut emitted = 0;
        while let Some(std::cmp::Reverse(i)) = ready.pop() {
            let v = vars[i];
            if var_deps[&v].contains(&v) {
                self.report_func_cycle(v);
            }
            emitted += 1;
            let (lhs, rhs) = init_of[&v].clone();
            order.push(Initializer { lhs, rhs });
            for &k in &dependents[i] {
                pending[k] -= 1;
                if pending[k] == 0 {
                    ready.push(std::cmp::Reverse(k));
                }
            }
        }
        if emitted < vars.len() && !self.g.info.packages[self.pkg.0 as usize].has_errors {
            // A cycle through functions that the declaration checks did not see.
            if let Some(i) = (0..vars.len()).find(|&i| pending[i] > 0) {
                let v = vars[i];
                let name = self.obj(v).name.clone();
                let span = self.obj(v).span;
                self.error(
                    span,
                    format!("initialization cycle or dependency loop involving {name}"),
                );
            }
        }
        self.g.info.packages[self.pkg.0 as usize].init_order = order;
    }

    /// `initialization cycle for x` through functions: x refers to f refers to x.
    fn report_func_cycle(&mut self, v: ObjId) {
        // Find a path v -> ... -> v through function deps (BFS).
        let mut prev: HashMap<ObjId, ObjId> = HashMap::new();
        let mut queue = std::collections::VecDeque::new();
        for &d in self.deps.get(&v).map(|d| d.as_slice()).unwrap_or(&[]) {
            if !prev.contains_key(&d) {
                prev.insert(d, v);
                queue.push_back(d);
            }
        }
        let mut found = false;
        while let Some(n) = queue.pop_front() {
            if n == v {
                found = true;
                break;
            }
            if !matches!(self.obj(n).kind, ObjKind::Func { .. }) {
                continue;
            }
            for &d in self.deps.get(&n).map(|d| d.as_slice()).unwrap_or(&[]) {
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(d) {
                    e.insert(n);
                    queue.push_back(d);
                }
            }
        }
        if !found {
            return;
        }
        let mut path = vec![v];
        let mut cur = prev[&v];
        while cur != v && path.len() < 64 {
            path.push(cur);
            cur = prev[&cur];
        }
        path[1..].reverse();
        let name = self.obj(v).name.clone();
        let mut msg = format!("initialization cycle for {name}");
        for (i, &o) in path.iter().enumerate() {
            let next = path[(i + 1) % path.len()];
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                self.pos_string(self.obj(o).span),
                self.obj(o).name,
                self.obj(next).name
            ));
        }
        let span = self.obj(v).span;
        self.error(span, msg);
    }
}
