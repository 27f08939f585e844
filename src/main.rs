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
    /// With no command: the REPL.
    #[command(subcommand)]
    command: Option<Command>,
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
    /// Run a package's tests, examples and benchmarks as `go test` does:
    /// `minigo test [-v] [-run RE] [-bench RE] [-benchtime D] [-short] [DIR | FILES...]`.
    Test {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// The REPL (also what `minigo` with no command starts).
    Repl,
    /// The REPL's evaluator process (started by the REPL only).
    #[command(hide = true)]
    ReplChild,
    /// Print the bytecode of a Go program.
    Disasm {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(program_argv(std::env::args_os().collect()));
    install_panic_hook();
    // A Rust panic is a bug in minigo, never the user's: whatever the program wrote is
    // flushed, the hook has said `minigo: internal error: ...`, and the exit status is 2
    // as for Go's fatal errors.
    match std::panic::catch_unwind(move || dispatch(cli)) {
        Ok(code) => code,
        Err(_) => {
            minigo::stdlib::native::flush();
            ExitCode::from(2)
        }
    }
}

/// The command line with `--` inserted after `run FILE`, so that every argument after
/// the file goes to the Go program untouched (`minigo run prog.go -h` gives the program
/// `-h`, as `go run prog.go -h` does, instead of minigo's help).
fn program_argv(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    // The subcommand is the first word after the global options.
    let Some(run) = argv
        .iter()
        .skip(1)
        .position(|a| !a.to_string_lossy().starts_with('-'))
        .map(|i| i + 1)
        .filter(|&i| argv[i] == "run")
    else {
        return argv;
    };
    let file = argv
        .iter()
        .skip(run + 1)
        .position(|a| !a.to_string_lossy().starts_with('-'))
        .map(|i| run + 1 + i);
    if let Some(f) = file {
        if f + 1 < argv.len() {
            argv.insert(f + 1, "--".into());
        }
    }
    argv
}

/// Replaces Rust's panic message (`thread 'main' panicked at ...`) with one line that
/// says what it is: `minigo: internal error: MESSAGE (at src/FILE:LINE)`. The places that
/// catch panics (the scheduler's workers, `main`) turn them into an exit, never a hang.
/// `MINIGO_RUST_BACKTRACE=1` prints Rust's full report and a backtrace instead.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if std::env::var_os("MINIGO_RUST_BACKTRACE").is_some() {
            eprintln!("{info}\n{}", std::backtrace::Backtrace::force_capture());
            return;
        }
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("minigo: internal error: {msg}{at}");
    }));
}

fn dispatch(cli: Cli) -> ExitCode {
    // Fault injection for the test of the internal-error path (tests/cli.rs).
    if std::env::var_os("MINIGO_INJECT_INTERNAL_ERROR").is_some() {
        print!("written before the bug");
        panic!("injected internal error");
    }
    let Some(command) = cli.command else {
        return ExitCode::from(minigo::repl::run().clamp(0, 255) as u8);
    };
    match command {
        Command::Repl => ExitCode::from(minigo::repl::run().clamp(0, 255) as u8),
        Command::ReplChild => ExitCode::from(minigo::repl::child::child_main().clamp(0, 255) as u8),
        Command::Check { files } => check(&files, cli.plain),
        Command::Run { file, args } => {
            let code = minigo::driver::run_paths(&[file.as_path()], &args);
            ExitCode::from(code.clamp(0, 255) as u8)
        }
        Command::Test { args } => match minigo::gotest::parse_args(&args) {
            Ok(opts) => ExitCode::from(minigo::gotest::run(&opts).clamp(0, 255) as u8),
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        },
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
