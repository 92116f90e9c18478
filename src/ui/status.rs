//! The line at the foot of the window that says what just happened.

use std::path::PathBuf;

use crate::i18n::I18n;
use crate::model::Locale;

/// A message to show in the status line; translated in `view`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Saved(PathBuf),
    Opened(PathBuf),
    /// Loading, saving or exporting failed; the text is already complete.
    Failed(String),
    Exported(usize, PathBuf),
    Imported {
        file: PathBuf,
        matched: usize,
        unknown: usize,
        duplicates: usize,
        present: usize,
    },
}

impl Status {
    /// The status in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        let id = match self {
            Status::Saved(path) => {
                args.set("path", path.display().to_string());
                "app-status-saved"
            }
            Status::Opened(path) => {
                args.set("path", path.display().to_string());
                "app-status-opened"
            }
            Status::Failed(reason) => return reason.clone(),
            Status::Imported {
                file,
                matched,
                unknown,
                duplicates,
                present,
            } => {
                args.set("file", file.display().to_string());
                args.set("matched", *matched);
                args.set("unknown", *unknown);
                args.set("duplicates", *duplicates);
                args.set("present", *present);
                "cli-import-summary"
            }
            Status::Exported(count, folder) => {
                args.set("count", *count);
                args.set("folder", folder.display().to_string());
                "app-status-exported"
            }
        };
        i18n.plain(locale, id, &args)
    }
}
