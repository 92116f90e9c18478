//! The line at the foot of the window that says what just happened. Each
//! status keeps its cause, typed, and is put into words when shown, so it
//! follows the window's language when the user switches.

use std::path::PathBuf;

use crate::export::{DocumentNotice, WriteError};
use crate::i18n::I18n;
use crate::model::Locale;
use crate::storage::{LoadError, SaveError};

/// A message to show in the status line; translated in `view`.
#[derive(Clone, Debug)]
pub enum Status {
    Saved(PathBuf),
    Opened(PathBuf),
    LoadFailed(LoadError),
    SaveFailed(SaveError),
    /// Save was asked for without a folder or a file name.
    NoSaveTarget,
    /// A list of cookies could not be read.
    ImportUnreadable {
        file: PathBuf,
        reason: String,
    },
    Imported {
        file: PathBuf,
        matched: usize,
        unknown: usize,
        duplicates: usize,
        present: usize,
    },
    Exported(Export),
    ExportFailed(WriteError),
    /// The desktop could not open the export folder.
    RevealFailed {
        folder: PathBuf,
        reason: String,
    },
}

/// What an export wrote, and what the user should know about it: the
/// same the command line prints.
#[derive(Clone, Debug)]
pub struct Export {
    pub files: usize,
    pub folder: PathBuf,
    pub notices: Vec<DocumentNotice>,
    pub missing_characters: Vec<(PathBuf, Vec<char>)>,
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
            Status::LoadFailed(error) => return error.describe(i18n, locale),
            Status::SaveFailed(error) => return error.describe(i18n, locale),
            Status::NoSaveTarget => "app-save-where",
            Status::ImportUnreadable { file, reason } => {
                args.set("path", file.display().to_string());
                args.set("reason", reason.as_str());
                "cli-unreadable-file"
            }
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
            Status::Exported(export) => {
                args.set("count", export.files);
                args.set("folder", export.folder.display().to_string());
                "app-status-exported"
            }
            Status::ExportFailed(error) => {
                args.set("path", error.path().display().to_string());
                args.set("reason", error.reason(i18n, locale));
                "cli-write-failed"
            }
            Status::RevealFailed { folder, reason } => {
                args.set("folder", folder.display().to_string());
                args.set("reason", reason.as_str());
                "app-export-open-failed"
            }
        };
        i18n.plain(locale, id, &args)
    }

    /// Whether something went wrong, to show it as an error.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Status::LoadFailed(_)
                | Status::SaveFailed(_)
                | Status::NoSaveTarget
                | Status::ImportUnreadable { .. }
                | Status::ExportFailed(_)
                | Status::RevealFailed { .. }
        )
    }
}

impl Export {
    /// What the user should know about the written documents, one line
    /// each, in `locale`: the command line's notices and missing
    /// characters.
    pub fn remarks(&self, i18n: &I18n, locale: Locale) -> Vec<String> {
        let notices = self.notices.iter().map(|notice| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("locale", notice.locale.code());
            args.set("document", notice.kind.slug());
            args.set("notice", notice.notice.describe(i18n, locale));
            i18n.plain(locale, "app-export-notice", &args)
        });
        let missing = self.missing_characters.iter().map(|(file, characters)| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("path", file.display().to_string());
            args.set("count", characters.len());
            args.set("characters", characters.iter().collect::<String>());
            i18n.plain(locale, "cli-missing-characters", &args)
        });
        notices.chain(missing).collect()
    }
}
