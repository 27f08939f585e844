//! The `minigo` command line. Only this file (and the REPL) prints diagnostics.

use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "minigo",
    version,
    about = "A Go interpreter with Go's concurrency built in"
)]
struct Cli {
    /// Print diagnostics in Go's one-line `file.go:LINE:COL: message` form.
    #[arg(long, global = true)]
    plain: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and type-check Go files; silent with exit status 0 when they are clean.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { files } => check(&files, cli.plain),
    }
}

fn check(files: &[PathBuf], plain: bool) -> ExitCode {
    let paths: Vec<_> = files.iter().map(|p| p.as_path()).collect();
    let checked = match minigo::driver::check_paths(&paths) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("minigo: {e}");
            return ExitCode::from(1);
        }
    };
    if checked.diags.is_empty() {
        return ExitCode::SUCCESS;
    }
    let fancy = !plain && std::io::stderr().is_terminal();
    let text = if fancy {
        minigo::diag::render_fancy(&checked.sm, &checked.diags, checked.too_many)
    } else {
        minigo::diag::render_plain(&checked.sm, &checked.diags, checked.too_many)
    };
    eprint!("{text}");
    ExitCode::from(1)
}
