//! Files saved by earlier versions of policywright keep opening: the
//! fixtures in `tests/fixtures/v<N>/` are frozen copies of what each format
//! version wrote, and every one of them must load and yield documents.

use std::path::{Path, PathBuf};

use policywright::document::{self, DocumentKind};
use policywright::i18n::I18n;
use policywright::model::Locale;
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

#[test]
fn every_project_file_of_format_version_1_opens_and_yields_both_documents() {
    let files = fixtures(1);
    assert_eq!(files.len(), 5, "the five starters of version 1: {files:?}");
    for path in files {
        let project = storage::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!project.organisation.name.is_empty(), "{}", path.display());
        for kind in [DocumentKind::PrivacyStatement, DocumentKind::CookiePolicy] {
            for locale in [Locale::En, Locale::Nl] {
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
