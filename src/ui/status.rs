//! The line at the foot of the window that says what just happened. Each
//! status keeps its cause, typed, and is put into words when shown, so it
//! follows the window's language when the user switches.

use std::path::PathBuf;

use crate::export::{WriteError, Written};
use crate::i18n::I18n;
use crate::model::Locale;
use crate::storage::{LoadError, SaveError};
use crate::system_error::SystemError;

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
        reason: SystemError,
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
        reason: SystemError,
    },
}

/// What an export wrote, and where.
#[derive(Clone, Debug)]
pub struct Export {
    pub folder: PathBuf,
    pub written: Written,
    /// The history folder beside the project that the export could not
    /// be recorded in, and why, if so.
    pub unrecorded: Option<(PathBuf, SystemError)>,
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
                args.set("reason", reason.describe(i18n, locale));
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
                args.set("count", export.written.files.len());
                args.set("folder", export.folder.display().to_string());
                let exported = i18n.plain(locale, "app-status-exported", &args);
                let Some((history, reason)) = &export.unrecorded else {
                    return exported;
                };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("path", history.display().to_string());
                args.set("reason", reason.describe(i18n, locale));
                let unrecorded = i18n.plain(locale, "export-history-failed", &args);
                return format!("{exported} {unrecorded}");
            }
            Status::ExportFailed(error) => {
                args.set("path", error.path().display().to_string());
                args.set("reason", error.reason(i18n, locale));
                "cli-write-failed"
            }
            Status::RevealFailed { folder, reason } => {
                args.set("folder", folder.display().to_string());
                args.set("reason", reason.describe(i18n, locale));
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
