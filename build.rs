//! Generates the parser from `grammar/go.lalrpop` into `OUT_DIR`.
//!
//! Never into the source tree: a generated parser there goes stale silently.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
}
