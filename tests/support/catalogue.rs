//! An empty project on a fixed day to add services to, and a copy of the
//! bakery starter.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::path::Path;

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

/// A copy of the bakery starter in a temporary folder.
pub fn bakery_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("bakery.ron");
    std::fs::write(&path, starter::find("bakery").unwrap().text).unwrap();
    path
}
