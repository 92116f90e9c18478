//! Writing a project's record of processing activities: as a spreadsheet,
//! and as HTML and PDF through the documents' own exporters.

use std::path::{Path, PathBuf};

use super::write::{WriteError, prepare, refuse_broken, write_file};
use super::{HtmlOptions, PdfOptions, html, pdf, xlsx};
use crate::document;
use crate::i18n::I18n;
use crate::model::{Locale, Project};
use crate::system_error::SystemError;

/// The formats of the record to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordFormats {
    pub xlsx: bool,
    pub html: bool,
    pub pdf: bool,
}

/// The file stem of the record's files.
pub const RECORD_STEM: &str = "record-of-processing";

/// Writes the record of `project` in each of `languages` into `folder`,
/// a PDF with `pdf_options`; returns the files written.
pub fn write_record(
    project: &Project,
    i18n: &I18n,
    languages: &[Locale],
    formats: RecordFormats,
    pdf_options: &PdfOptions,
    folder: &Path,
) -> Result<Vec<PathBuf>, WriteError> {
    prepare(i18n, languages, folder)?;
    let mut written = Vec::new();
    for &locale in languages {
        let record = document::record(project, i18n, locale);
        refuse_broken(&record, folder)?;
        let file =
            |extension: &str| folder.join(format!("{RECORD_STEM}.{}.{extension}", locale.code()));
        if formats.xlsx {
            let path = file("xlsx");
            let sheet = i18n.simple(locale, "record-sheet");
            let bytes = xlsx(&record, &sheet).map_err(|e| WriteError::File {
                path: path.clone(),
                reason: SystemError::Other(e.0),
            })?;
            write_file(&path, &bytes)?;
            written.push(path);
        }
        if formats.html {
            let path = file("html");
            write_file(&path, html(&record, &HtmlOptions::default()).as_bytes())?;
            written.push(path);
        }
        if formats.pdf {
            let path = file("pdf");
            let pdf = pdf(&record, pdf_options).map_err(|error| WriteError::Pdf {
                path: path.clone(),
                error,
            })?;
            write_file(&path, &pdf.bytes)?;
            written.push(path);
        }
    }
    Ok(written)
}
