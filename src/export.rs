//! Exporters: each lays out a [`Document`](crate::document::Document) in one
//! format and decides nothing about what it says.

pub mod html;
pub mod pdf;
mod record;
mod write;
pub mod xlsx;

pub use html::{HtmlOptions, html};
pub use pdf::{Pdf, PdfOptions, pdf};
pub use record::{RECORD_STEM, RecordFormats, write_record};
pub use write::{DocumentNotice, Request, WriteError, Written, write};
pub use xlsx::xlsx;

use crate::document::DocumentKind;
use crate::model::Locale;

/// The file name a document is exported under, such as
/// `cookie-policy.nl.pdf`; the documents link to each other by it.
pub fn file_name(kind: DocumentKind, locale: Locale, extension: &str) -> String {
    format!("{}.{}.{extension}", kind.slug(), locale.code())
}

/// A look for printed documents chosen by the caller (the command line's
/// options), which wins over the project's own.
#[derive(Clone, Debug, Default)]
pub struct Look {
    pub paper: Option<pdf::Paper>,
    pub accent: Option<pdf::Rgb8>,
    /// The bytes of a PNG or JPEG logo.
    pub logo: Option<Vec<u8>>,
}

/// The PDF options for `project`, kept at `file` when it is saved: what
/// `chosen` says, and otherwise the project's own branding, its logo read
/// from beside the project file.
pub fn pdf_options(
    project: &crate::model::Project,
    file: Option<&std::path::Path>,
    chosen: &Look,
    ragged_right: bool,
) -> Result<PdfOptions, WriteError> {
    let branding = &project.document.branding;
    let logo = match (&chosen.logo, &branding.logo) {
        (Some(bytes), _) => Some(bytes.clone()),
        (None, Some(logo)) => {
            let folder = file.and_then(std::path::Path::parent);
            let path = match folder {
                Some(folder) if logo.is_relative() => folder.join(logo),
                _ => logo.clone(),
            };
            let bytes = std::fs::read(&path).map_err(|e| WriteError::File {
                path: path.clone(),
                reason: e.into(),
            })?;
            Some(bytes)
        }
        (None, None) => None,
    };
    Ok(PdfOptions {
        paper: chosen.paper.or(branding.paper).unwrap_or_default(),
        ragged_right,
        logo,
        accent: chosen.accent.or(branding.accent),
        created: None,
    })
}
