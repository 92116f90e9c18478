//! The policywright program: the command line for now; without arguments
//! it prints its usage.

use std::process::ExitCode;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let mut output = policywright::cli::Output {
        out: &mut out,
        err: &mut err,
    };
    ExitCode::from(policywright::cli::run(
        std::env::args_os().collect(),
        &mut output,
    ))
}
