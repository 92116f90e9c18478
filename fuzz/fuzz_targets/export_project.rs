//! Any project file that loads: both documents in both languages export to
//! HTML and PDF without panicking.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, PdfOptions, html, pdf};
use policywright::i18n::I18n;
use policywright::model::Locale;
use policywright::storage;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(project) = storage::parse(&text, Path::new("fuzzed.ron")) else {
        return;
    };
    for locale in Locale::ALL {
        for kind in DocumentKind::ALL {
            let document = document::build(&project, I18n::embedded(), locale, kind);
            let _ = html(&document, &HtmlOptions::default());
            let _ = pdf(&document, &PdfOptions::default());
        }
    }
});
