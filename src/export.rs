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
