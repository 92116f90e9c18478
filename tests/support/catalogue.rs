//! An empty project on a fixed day to add services to, a copy of the bakery
//! starter, and the command line run in a chosen language.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::ffi::OsString;
use std::path::Path;

use policywright::cli::{self, Output};
use policywright::i18n::I18n;
use policywright::model::Project;
use policywright::starter;

pub fn i18n() -> &'static I18n {
    I18n::embedded()
}

pub fn today() -> time::Date {
    time::macros::date!(2026 - 11 - 23)
}

pub fn empty_project() -> Project {
    let mut project = Project::empty("Bakkerij Peeters", today());
    project.organisation.websites = vec!["https://www.bakkerijpeeters.be".into()];
    project
}

pub struct Run {
    pub code: u8,
    pub out: String,
    pub err: String,
}

pub fn run(args: &[&str]) -> Run {
    run_in("en", args)
}

pub fn run_in(language: &str, args: &[&str]) -> Run {
    let mut argv: Vec<OsString> = vec!["policywright".into(), "--ui-lang".into(), language.into()];
    argv.extend(args.iter().map(OsString::from));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(
        argv,
        &mut Output {
            out: &mut out,
            err: &mut err,
            progress: false,
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

/// A copy of the bakery starter in a temporary folder.
pub fn bakery_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("bakery.ron");
    std::fs::write(&path, starter::find("bakery").unwrap().text).unwrap();
    path
}
