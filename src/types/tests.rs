//! Unit tests: `check(src)` returns one `LINE:COL: message` line per error.

use crate::source::SourceMap;
use crate::syntax::{self, IdGen};

pub fn check(src: &str) -> Vec<String> {
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let file = sm.add("x.go", src.to_string());
    let (ast, mut diags) = syntax::parse_file(&file, &ids);
    if diags.is_empty() {
        let files: Vec<_> = ast.into_iter().collect();
        let (_, ds) = super::check_program(&mut sm, &ids, &files);
        diags = ds;
    }
    crate::diag::sort_and_limit(&mut diags);
    diags
        .iter()
        .map(|d| {
            let p = sm.position(d.span.lo).unwrap();
            format!("{}:{}: {}", p.line, p.col, d.message)
        })
        .collect()
}
