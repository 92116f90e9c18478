//! The complete project checked on a fixed day, and where the checks find
//! a rule.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::path::Path;

use policywright::check::{self, Finding, Rule};
use policywright::i18n::I18n;
use policywright::model::{Country, Locale, Project};
use policywright::storage;
use time::Date;
use time::macros::date;

/// The day the tests pretend it is: three weeks after the fixture's
/// effective date.
pub const TODAY: Date = date!(2026 - 11 - 23);

pub fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).expect("the fixture loads")
}

pub fn run(project: &Project) -> Vec<Finding> {
    check::run(project, TODAY)
}

/// The paths at which `rule` was found.
pub fn places(project: &Project, rule: Rule) -> Vec<String> {
    run(project)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.item.path)
        .collect()
}

#[track_caller]
pub fn assert_found(project: &Project, rule: Rule, path: &str) {
    let found = places(project, rule);
    assert!(
        found.iter().any(|p| p == path),
        "{} expected at {path}, found at {found:?}",
        rule.id()
    );
}

#[track_caller]
pub fn assert_not_found(project: &Project, rule: Rule) {
    let found = places(project, rule);
    assert!(found.is_empty(), "{} unexpected at {found:?}", rule.id());
}

pub fn country(code: &str) -> Country {
    Country::new(code).unwrap()
}

pub fn english(finding: &Finding) -> String {
    finding.message(I18n::embedded(), Locale::EN)
}
