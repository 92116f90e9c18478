//! A document whose sections each hold one list of labelled values (the
//! record of processing activities) as a spreadsheet: one row per section,
//! one column per label, under a title, with the header row and the first
//! column frozen, wrapped text and widths that fit the content. The values
//! of the section of what all rows share are repeated on every row, so
//! each row can be read, sorted and filtered on its own.

use rust_xlsxwriter::{Color, DocProperties, Format, FormatAlign, FormatBorder, Workbook};

use crate::document::{Block, COMMON_SECTION, Document, Section, Text};

/// Why a spreadsheet could not be made; the writer's own description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XlsxError(pub String);

impl From<rust_xlsxwriter::XlsxError> for XlsxError {
    fn from(error: rust_xlsxwriter::XlsxError) -> Self {
        XlsxError(error.to_string())
    }
}

/// The rows above the table: the title, then the subtitle and draft mark.
const HEADER_ROW: u32 = 3;
/// Column widths, in characters, between which the content decides.
const NARROWEST: usize = 12;
const WIDEST: usize = 60;

/// The spreadsheet of `document`, named `sheet` (cut to the 31 characters
/// a sheet name may have).
pub fn xlsx<'a>(document: &'a Document, sheet: &str) -> Result<Vec<u8>, XlsxError> {
    let details = |section: &'a Section| {
        section.blocks.iter().find_map(|block| match block {
            Block::Details(details) => Some(details.as_slice()),
            _ => None,
        })
    };
    let shared: &[(String, Text)] = document
        .sections
        .iter()
        .find(|s| s.id == COMMON_SECTION)
        .and_then(details)
        .unwrap_or_default();
    let rows: Vec<Vec<&(String, Text)>> = document
        .sections
        .iter()
        .filter(|s| s.id != COMMON_SECTION)
        .filter_map(details)
        .map(|own| own.iter().chain(shared).collect())
        .collect();
    let labels: Vec<&str> = rows
        .first()
        .map(|row| row.iter().map(|(label, _)| label.as_str()).collect())
        .unwrap_or_default();

    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&document.title)
            .set_company(&document.organisation),
    );
    let worksheet = workbook.add_worksheet();
    let name: String = sheet
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    worksheet.set_name(if name.is_empty() { "1" } else { &name })?;

    let title = Format::new().set_bold().set_font_size(14);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xDCE6F1))
        .set_border(FormatBorder::Thin);
    let cell = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let heading = if document.organisation.trim().is_empty() {
        document.title.clone()
    } else {
        format!("{} · {}", document.title, document.organisation)
    };
    worksheet.write_string_with_format(0, 0, heading, &title)?;
    let mut subtitle = document.subtitle.clone();
    if let Some(draft) = &document.draft {
        subtitle = format!("{draft} · {subtitle}");
    }
    worksheet.write_string(1, 0, subtitle)?;

    let mut widths: Vec<usize> = labels.iter().map(|l| longest_word(l)).collect();
    for (column, label) in labels.iter().enumerate() {
        worksheet.write_string_with_format(HEADER_ROW, column as u16, *label, &header)?;
    }
    for (n, details) in rows.iter().enumerate() {
        let row = HEADER_ROW + 1 + n as u32;
        for (column, (_, value)) in details.iter().copied().enumerate() {
            let text = value.to_plain_string();
            if let Some(width) = widths.get_mut(column) {
                *width = (*width).max(text.chars().count().min(WIDEST));
            }
            worksheet.write_string_with_format(row, column as u16, text, &cell)?;
        }
    }
    for (column, width) in widths.iter().enumerate() {
        let width = (*width).clamp(NARROWEST, WIDEST) as f64 + 2.0;
        worksheet.set_column_width(column as u16, width)?;
    }
    worksheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    worksheet.set_landscape();
    Ok(workbook.save_to_buffer()?)
}

/// A heading may wrap, but its longest word should fit its column.
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0)
}
