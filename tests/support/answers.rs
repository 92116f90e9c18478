//! A complete project to change one answer of, and what its documents and
//! checks then say.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::path::Path;

use policywright::check::{self, Finding, Rule};
use policywright::document::{self, Document, DocumentKind};
use policywright::i18n::I18n;
use policywright::model::{Locale, Project};
use policywright::storage;

/// The project of `tests/fixtures/complete.ron`: every question answered.
pub fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).unwrap()
}

/// The complete project with one change.
pub fn with(change: impl FnOnce(&mut Project)) -> Project {
    let mut project = complete();
    change(&mut project);
    project
}

pub fn build(project: &Project, locale: Locale, kind: DocumentKind) -> Document {
    document::build(project, I18n::embedded(), locale, kind)
}

/// Both documents in both languages, as one text.
pub fn everything(project: &Project) -> String {
    let mut text = String::new();
    for locale in Locale::BUILT_IN {
        for kind in DocumentKind::ALL {
            text.push_str(&build(project, locale, kind).to_plain_string());
        }
    }
    text
}

pub fn run(project: &Project) -> Vec<Finding> {
    check::run(project, project.document.effective_date)
}

/// The finding of `rule` at `path`; panics when there is none.
pub fn found(project: &Project, rule: Rule, path: &str) -> Finding {
    let findings = run(project);
    findings
        .iter()
        .find(|f| f.rule == rule && f.item.path == path)
        .cloned()
        .unwrap_or_else(|| panic!("no {rule:?} at {path}: {findings:#?}"))
}

/// Panics when the checks find `rule` anywhere.
pub fn not_found(project: &Project, rule: Rule) {
    let findings = run(project);
    assert!(
        findings.iter().all(|f| f.rule != rule),
        "{rule:?} found: {findings:#?}"
    );
}

/// Asserts that `sentence` is said for `with` and not for any of
/// `without`, in English, and that its Dutch counterpart follows it.
pub fn only_with(sentence: (&str, &str), with: &Project, without: &[(&str, Project)]) {
    let said = everything(with);
    assert!(said.contains(sentence.0), "not said: {:?}", sentence.0);
    assert!(said.contains(sentence.1), "not said: {:?}", sentence.1);
    for (case, project) in without {
        let said = everything(project);
        for phrase in [sentence.0, sentence.1] {
            assert!(!said.contains(phrase), "{case}: said {phrase:?}");
        }
    }
}
