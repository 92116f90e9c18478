//! The command line run in a chosen language, its exit code and what it
//! wrote to standard output and standard error.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::ffi::OsString;
use std::path::Path;

use policywright::cli::{self, Output};

pub struct Run {
    pub code: u8,
    pub out: String,
    pub err: String,
}

pub fn run(args: &[&str]) -> Run {
    run_with("en", args, false)
}

/// Runs the command with its messages in `language`.
pub fn run_in(language: &str, args: &[&str]) -> Run {
    run_with(language, args, false)
}

/// Runs the command as if its messages went to a terminal (`progress`) or
/// to a pipe or a log.
pub fn run_on(args: &[&str], progress: bool) -> Run {
    run_with("en", args, progress)
}

fn run_with(language: &str, args: &[&str], progress: bool) -> Run {
    let mut argv: Vec<OsString> = vec!["policywright".into(), "--ui-lang".into(), language.into()];
    argv.extend(args.iter().map(OsString::from));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(
        argv,
        &mut Output {
            out: &mut out,
            err: &mut err,
            progress,
        },
    );
    Run {
        code,
        out: String::from_utf8(out).unwrap(),
        err: String::from_utf8(err).unwrap(),
    }
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}
