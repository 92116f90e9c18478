//! Writing a project's documents to a folder: the one path the command
//! line and the wizard both take, so they write the same files and report
//! the same things.

use std::path::{Path, PathBuf};

use crate::document::{self, DocumentKind, Notice};
use crate::i18n::I18n;
use crate::model::{Locale, Project};

use super::{HtmlOptions, PdfOptions, file_name, html, pdf};

/// Which documents to write, and in which formats.
pub struct Request<'a> {
    pub languages: &'a [Locale],
    /// HTML pages, with these options; none when `None`.
    pub html: Option<&'a HtmlOptions>,
    /// PDF files, with these options; none when `None`.
    pub pdf: Option<&'a PdfOptions>,
}

/// What writing produced, besides the files: what the user should know.
#[derive(Debug, Default)]
pub struct Written {
    /// Every file written, in the order written.
    pub files: Vec<PathBuf>,
    /// What building a document noticed, per document.
    pub notices: Vec<DocumentNotice>,
    /// Characters the PDF font lacks, per file; they print as a box.
    pub missing_characters: Vec<(PathBuf, Vec<char>)>,
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
    Folder { path: PathBuf, reason: String },
    /// A file could not be written.
    File { path: PathBuf, reason: String },
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
            | WriteError::Pdf { path, .. } => path,
        }
    }

    /// Why, in words in `locale`.
    pub fn reason(&self, i18n: &I18n, locale: Locale) -> String {
        match self {
            WriteError::Folder { reason, .. } | WriteError::File { reason, .. } => reason.clone(),
            WriteError::Pdf { error, .. } => error.describe(i18n, locale),
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
    std::fs::create_dir_all(folder).map_err(|e| WriteError::Folder {
        path: folder.to_owned(),
        reason: e.to_string(),
    })?;
    let mut written = Written::default();
    for &locale in request.languages {
        for kind in DocumentKind::ALL {
            let document = document::build(project, i18n, locale, kind);
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
                std::fs::write(&path, bytes).map_err(|e| WriteError::File {
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
                written.files.push(path);
            }
        }
    }
    Ok(written)
}
