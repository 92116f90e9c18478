//! Any bytes as a project file: loading must return a project or a
//! described error, never panic.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use policywright::i18n::I18n;
use policywright::model::Locale;
use policywright::storage;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(error) = storage::parse(&text, Path::new("fuzzed.ron")) {
        for locale in Locale::ALL {
            let _ = error.describe(I18n::embedded(), locale);
        }
    }
});
