//! Files saved by earlier versions of policywright keep opening: the
//! fixtures in `tests/fixtures/v<N>/` are frozen copies of what each format
//! version wrote, and every one of them must load and yield documents.

use std::path::{Path, PathBuf};

use policywright::document::{self, DocumentKind};
use policywright::i18n::I18n;
use policywright::model::{ConsentMethod, Dpo, Locale};
use policywright::storage;

/// The frozen files of one format version, in a stable order.
fn fixtures(version: u32) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/v{version}"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Every frozen file of `version` loads and yields both documents in both
/// languages.
fn every_file_opens(version: u32) {
    let files = fixtures(version);
    // Five starters when version 1 was frozen, more since, and complete.ron.
    assert!(files.len() >= 6, "the starters and complete.ron: {files:?}");
    for path in files {
        let project = storage::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!project.organisation.name.is_empty(), "{}", path.display());
        for kind in [DocumentKind::PrivacyStatement, DocumentKind::CookiePolicy] {
            for &locale in &project.document.languages {
                let built = document::build(&project, I18n::embedded(), locale, kind);
                assert!(
                    !built.sections.is_empty(),
                    "{} {kind:?} {locale:?}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn every_project_file_of_format_version_1_opens_and_yields_both_documents() {
    every_file_opens(1);
}

#[test]
fn every_project_file_of_format_version_2_opens_and_yields_both_documents() {
    every_file_opens(2);
}

#[test]
fn every_project_file_of_format_version_3_opens_and_yields_both_documents() {
    every_file_opens(3);
}

#[test]
fn every_project_file_of_format_version_4_opens_and_yields_both_documents() {
    every_file_opens(4);
}

/// What format 1 could only say by leaving a field out or writing its
/// default is not answered after loading: the owner is asked, and the
/// documents say nothing until then. What it said explicitly is kept.
#[test]
fn silence_in_format_1_becomes_unanswered_and_answers_are_kept() {
    let fixture = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/v1/{name}"));
        storage::load(&path).unwrap()
    };
    let bakery = fixture("bakery.ron");
    assert_eq!(bakery.version, policywright::model::FORMAT_VERSION);
    assert_eq!(
        bakery.dpo,
        Dpo::NotAnswered,
        "no DPO written is not \"no DPO\""
    );
    assert_eq!(bakery.children.online_services, None);
    assert_eq!(bakery.transfers_outside_eea, None);
    assert_eq!(bakery.automated_decisions, None);
    assert!(!bakery.recipients_none && !bakery.cookies_none && !bakery.sources_none);
    assert_eq!(bakery.sources[0].publicly_accessible, None);
    assert_eq!(
        bakery.cookie_consent.as_ref().map(|c| c.method),
        Some(ConsentMethod::Banner)
    );
    let practice = fixture("general-practice.ron");
    assert!(matches!(practice.dpo, Dpo::Appointed(ref c) if c.name == "Pieter Vandamme"));
    let accountancy = fixture("accountancy.ron");
    assert_eq!(accountancy.sources[0].publicly_accessible, Some(true));
    // Unanswered, the documents are drafts that say nothing about these.
    let statement = document::build(
        &bakery,
        I18n::embedded(),
        Locale::EN,
        DocumentKind::PrivacyStatement,
    );
    assert!(statement.draft.is_some());
    let text = statement.to_plain_string();
    assert!(text.contains("[To be answered: have you appointed a data protection officer?]"));
    assert!(!text.contains("not appointed"), "{text}");
    assert!(!text.contains("We do not offer online services"), "{text}");
    assert!(!text.contains("We do not transfer"), "{text}");
}
