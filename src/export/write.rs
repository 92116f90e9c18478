//! Writing a project's documents to a folder: the one path the command
//! line and the wizard both take, so they write the same files and report
//! the same things.

use std::path::{Path, PathBuf};

use crate::document::{self, Document, DocumentKind, Notice};
use crate::i18n::{I18n, TextIssue};
use crate::model::{Locale, Project};
use crate::system_error::SystemError;

use super::{HtmlOptions, PdfOptions, file_name, html, pdf};

/// Which documents to write, and in which formats.
pub struct Request<'a> {
    pub languages: &'a [Locale],
    /// Which documents; a cookie policy published elsewhere is skipped.
    pub documents: &'a [DocumentKind],
    /// HTML pages, with these options; none when `None`.
    pub html: Option<&'a HtmlOptions>,
    /// PDF files, with these options; none when `None`.
    pub pdf: Option<&'a PdfOptions>,
}

/// What writing produced, besides the files: what the user should know.
#[derive(Clone, Debug, Default)]
pub struct Written {
    /// Every file written, in the order written.
    pub files: Vec<PathBuf>,
    /// What building a document noticed, per document.
    pub notices: Vec<DocumentNotice>,
    /// Characters the PDF font lacks, per file; they print as a box.
    pub missing_characters: Vec<(PathBuf, Vec<char>)>,
    /// The address of the cookie policy when it is published elsewhere
    /// and so was not written.
    pub cookie_policy_elsewhere: Option<String>,
}

impl Written {
    /// What the user should know besides the files, one line each, in
    /// `locale`: a cookie policy left to its own address, the notices
    /// (prefixed with `prefix`, the project's file on the command line)
    /// and the characters the PDF font lacks.
    pub fn remarks(&self, prefix: Option<&str>, i18n: &I18n, locale: Locale) -> Vec<String> {
        let mut remarks = Vec::new();
        if let Some(address) = &self.cookie_policy_elsewhere {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("address", address.as_str());
            remarks.push(i18n.plain(locale, "export-cookie-policy-elsewhere", &args));
        }
        for notice in &self.notices {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("locale", notice.locale.code());
            args.set("document", notice.kind.slug());
            args.set("notice", notice.notice.describe(i18n, locale));
            let remark = i18n.plain(locale, "export-notice", &args);
            remarks.push(match prefix {
                Some(prefix) => format!("{prefix} {remark}"),
                None => remark,
            });
        }
        for (file, characters) in &self.missing_characters {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("path", file.display().to_string());
            args.set("count", characters.len());
            args.set("characters", characters.iter().collect::<String>());
            remarks.push(i18n.plain(locale, "cli-missing-characters", &args));
        }
        remarks
    }
}

/// A notice about one document.
#[derive(Clone, Debug)]
pub struct DocumentNotice {
    pub locale: Locale,
    pub kind: DocumentKind,
    pub notice: Notice,
}

/// Why writing stopped. Files written before it stay.
#[derive(Clone, Debug)]
pub enum WriteError {
    /// The folder could not be made.
    Folder { path: PathBuf, reason: SystemError },
    /// A file could not be written.
    File { path: PathBuf, reason: SystemError },
    /// A language whose texts are incomplete was asked for: its documents
    /// would mix in English.
    IncompleteLanguage {
        path: PathBuf,
        locale: Locale,
        missing: Vec<String>,
    },
    /// A text of the program could not be formatted (a translation names
    /// a variable that does not exist, or has a syntax error): the
    /// document would print it broken.
    BrokenText { path: PathBuf, issue: TextIssue },
    /// A PDF could not be laid out (an unreadable logo).
    Pdf {
        path: PathBuf,
        error: super::pdf::PdfError,
    },
}

impl WriteError {
    /// The file or folder concerned.
    pub fn path(&self) -> &Path {
        match self {
            WriteError::Folder { path, .. }
            | WriteError::File { path, .. }
            | WriteError::IncompleteLanguage { path, .. }
            | WriteError::BrokenText { path, .. }
            | WriteError::Pdf { path, .. } => path,
        }
    }

    /// Why, in words in `locale`.
    pub fn reason(&self, i18n: &I18n, locale: Locale) -> String {
        match self {
            WriteError::Folder { reason, .. } | WriteError::File { reason, .. } => {
                reason.describe(i18n, locale)
            }
            WriteError::Pdf { error, .. } => error.describe(i18n, locale),
            WriteError::BrokenText { issue, .. } => issue.describe(i18n, locale),
            WriteError::IncompleteLanguage {
                locale: language,
                missing,
                ..
            } => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("language", language.code());
                args.set("count", missing.len());
                let examples: Vec<&str> = missing.iter().take(3).map(String::as_str).collect();
                args.set("examples", examples.join(", "));
                i18n.plain(locale, "export-incomplete-language", &args)
            }
        }
    }
}

/// Writes the documents `request` asks for into `folder`, making it when
/// needed.
pub fn write(
    project: &Project,
    i18n: &I18n,
    request: &Request,
    folder: &Path,
) -> Result<Written, WriteError> {
    prepare(i18n, request.languages, folder)?;
    let mut written = Written::default();
    let elsewhere = project.cookie_policy_elsewhere.as_ref();
    written.cookie_policy_elsewhere = elsewhere.cloned();
    for &locale in request.languages {
        for &kind in request.documents {
            if kind == DocumentKind::CookiePolicy && elsewhere.is_some() {
                continue;
            }
            let document = document::build(project, i18n, locale, kind);
            refuse_broken(&document, folder)?;
            written
                .notices
                .extend(document.notices.iter().map(|notice| DocumentNotice {
                    locale,
                    kind,
                    notice: notice.clone(),
                }));
            let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
            if let Some(options) = request.html {
                let path = folder.join(file_name(kind, locale, "html"));
                files.push((path, html(&document, options).into_bytes()));
            }
            if let Some(options) = request.pdf {
                let path = folder.join(file_name(kind, locale, "pdf"));
                match pdf(&document, options) {
                    Ok(pdf) => {
                        if !pdf.missing_characters.is_empty() {
                            written
                                .missing_characters
                                .push((path.clone(), pdf.missing_characters));
                        }
                        files.push((path, pdf.bytes));
                    }
                    Err(error) => return Err(WriteError::Pdf { path, error }),
                }
            }
            for (path, bytes) in files {
                write_file(&path, &bytes)?;
                written.files.push(path);
            }
        }
    }
    Ok(written)
}

/// Refuses a language whose texts are incomplete, as its documents would
/// mix in English, and makes `folder`.
pub(super) fn prepare(i18n: &I18n, languages: &[Locale], folder: &Path) -> Result<(), WriteError> {
    if let Some(&locale) = languages.iter().find(|l| !i18n.is_complete(**l)) {
        return Err(WriteError::IncompleteLanguage {
            path: folder.to_owned(),
            locale,
            missing: i18n.missing(locale),
        });
    }
    std::fs::create_dir_all(folder).map_err(|e| WriteError::Folder {
        path: folder.to_owned(),
        reason: SystemError::from(e),
    })
}

/// Refuses a document in which a text could not be formatted: it would
/// print broken.
pub(super) fn refuse_broken(document: &Document, folder: &Path) -> Result<(), WriteError> {
    let broken = document.notices.iter().find_map(|notice| match notice {
        Notice::Text(issue @ TextIssue::Formatting { .. }) => Some(issue.clone()),
        _ => None,
    });
    match broken {
        Some(issue) => Err(WriteError::BrokenText {
            path: folder.to_owned(),
            issue,
        }),
        None => Ok(()),
    }
}

/// Writes `bytes` to `path`, naming the file when it fails.
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    std::fs::write(path, bytes).map_err(|e| WriteError::File {
        path: path.to_owned(),
        reason: SystemError::from(e),
    })
}
