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
    /// Compile and run a Go program: `minigo run file.go [args...]`.
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of a Go program.
    Disasm {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { files } => check(&files, cli.plain),
        Command::Run { file, args } => {
            let code = minigo::driver::run_paths(&[file.as_path()], &args);
            ExitCode::from(code.clamp(0, 255) as u8)
        }
        Command::Disasm { files } => {
            let paths: Vec<_> = files.iter().map(|p| p.as_path()).collect();
            match minigo::driver::disasm_paths(&paths) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{e}");
                    ExitCode::from(1)
                }
            }
        }
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
