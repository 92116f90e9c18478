//! The documents of the complete project, and the text of one of their
//! sections.

#![allow(dead_code, reason = "each test file uses its own share")]

use std::path::Path;

use policywright::document::{self, Document, DocumentKind};
use policywright::i18n::I18n;
use policywright::model::{Locale, Project};
use policywright::storage;

pub fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).expect("the fixture loads")
}

pub fn build(project: &Project, locale: Locale, kind: DocumentKind) -> Document {
    document::build(project, I18n::embedded(), locale, kind)
}

pub fn statement(project: &Project) -> Document {
    build(project, Locale::EN, DocumentKind::PrivacyStatement)
}

/// The plain text of one section, or `None` when the section is absent.
pub fn section_text(document: &Document, id: &str) -> Option<String> {
    let section = document.section(id)?;
    let single = Document {
        sections: vec![section.clone()],
        ..document.clone()
    };
    Some(single.to_plain_string())
}

pub fn has_section(document: &Document, id: &str) -> bool {
    document.section(id).is_some()
}
