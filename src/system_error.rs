//! Why the operating system refused to read or write a file. The system
//! words its errors in English whatever language the user reads, so the
//! common causes are kept typed and put into words where they are shown,
//! in the reader's language; only rare causes keep the system's own text.

use std::io::ErrorKind;

use fluent_bundle::FluentArgs;

use crate::i18n::I18n;
use crate::model::Locale;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SystemError {
    NotFound,
    PermissionDenied,
    ReadOnly,
    StorageFull,
    IsAFolder,
    NotAFolder,
    AlreadyExists,
    InvalidName,
    /// The file holds something other than UTF-8 text.
    NotText,
    /// A rarer cause, in the system's own words.
    Other(String),
}

impl From<&std::io::Error> for SystemError {
    fn from(error: &std::io::Error) -> SystemError {
        match error.kind() {
            ErrorKind::NotFound => SystemError::NotFound,
            ErrorKind::PermissionDenied => SystemError::PermissionDenied,
            ErrorKind::ReadOnlyFilesystem => SystemError::ReadOnly,
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => SystemError::StorageFull,
            ErrorKind::IsADirectory => SystemError::IsAFolder,
            ErrorKind::NotADirectory => SystemError::NotAFolder,
            ErrorKind::AlreadyExists => SystemError::AlreadyExists,
            ErrorKind::InvalidFilename => SystemError::InvalidName,
            ErrorKind::InvalidData => SystemError::NotText,
            _ => SystemError::Other(error.to_string()),
        }
    }
}

impl From<std::io::Error> for SystemError {
    fn from(error: std::io::Error) -> SystemError {
        SystemError::from(&error)
    }
}

impl SystemError {
    /// The cause in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let id = match self {
            SystemError::NotFound => "system-not-found",
            SystemError::PermissionDenied => "system-permission-denied",
            SystemError::ReadOnly => "system-read-only",
            SystemError::StorageFull => "system-storage-full",
            SystemError::IsAFolder => "system-is-a-folder",
            SystemError::NotAFolder => "system-not-a-folder",
            SystemError::AlreadyExists => "system-already-exists",
            SystemError::InvalidName => "system-invalid-name",
            SystemError::NotText => "system-not-text",
            SystemError::Other(text) => return text.clone(),
        };
        i18n.plain(locale, id, &FluentArgs::new())
    }
}
