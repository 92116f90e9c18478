//! PDF: the document set in Noto Sans on A4 or US Letter, with running
//! footers and page numbers, clickable links, an outline with one entry per
//! section, and the document's metadata. Line breaking and page composition
//! are in `layout`; this file walks the document and assembles the file.

mod fonts;
mod layout;

use std::fmt;

use printpdf::{
    FontId, Mm, Op, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, Pt, RawImage, XObjectTransform,
};

use self::fonts::Style;
use self::layout::{Colour, Composer, Frame, INK, MUTED, Setting, TABLE_LEADING};
use crate::document::{Block, Document, LinkTarget, Text};
use crate::i18n::I18n;
use crate::model::Locale;

pub use crate::model::{Paper, Rgb8};

/// A colour as fractions of one, as PDF wants it.
fn unit(colour: Rgb8) -> Colour {
    [colour.0, colour.1, colour.2].map(|c| f32::from(c) / 255.0)
}

/// The house blue of the documents, used when no accent is chosen.
pub const DEFAULT_ACCENT: Rgb8 = Rgb8(0x1f, 0x4e, 0x79);

#[derive(Clone, Debug, Default)]
pub struct PdfOptions {
    pub paper: Paper,
    /// Ragged-right paragraphs instead of justified ones.
    pub ragged_right: bool,
    /// A PNG or JPEG logo, shown at the top of the first page.
    pub logo: Option<Vec<u8>>,
    /// The colour of headings, links and table headers.
    pub accent: Option<Rgb8>,
    /// The creation date written in the metadata; now when absent.
    pub created: Option<time::OffsetDateTime>,
}

/// A finished PDF.
#[derive(Clone, Debug)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters the font cannot draw, shown as U+FFFD instead.
    pub missing_characters: Vec<char>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The logo is not a PNG or JPEG image that can be read.
    UnreadableLogo(String),
}

impl PdfError {
    /// The error in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        match self {
            PdfError::UnreadableLogo(reason) => {
                args.set("reason", reason.as_str());
                i18n.plain(locale, "pdf-logo-unreadable", &args)
            }
        }
    }
}

/// In English, for logs; the program shows [`PdfError::describe`].
impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(crate::i18n::I18n::embedded(), Locale::EN))
    }
}

impl std::error::Error for PdfError {}

fn frame(paper: Paper) -> Frame {
    let (width, height) = match paper {
        Paper::A4 => (Mm(210.0).into_pt().0, Mm(297.0).into_pt().0),
        Paper::Letter => (612.0, 792.0),
    };
    Frame {
        width,
        height,
        left: 64.0,
        right: 64.0,
        top: 60.0,
        bottom: 72.0,
    }
}

/// Sets `document` as a PDF.
pub fn pdf(document: &Document, options: &PdfOptions) -> Result<Pdf, PdfError> {
    let mut doc = PdfDocument::new(&format!("{} – {}", document.title, document.organisation));
    // Fonts are added once composing shows which faces are used: each one
    // embedded costs subsetting time and bytes.
    let font_ids = Style::ALL.map(|_| FontId::new());
    let logo = match &options.logo {
        Some(bytes) => {
            let image = RawImage::decode_from_bytes(bytes, &mut Vec::new())
                .map_err(PdfError::UnreadableLogo)?;
            let size = (image.width, image.height);
            Some((doc.add_image(&image), size))
        }
        None => None,
    };
    let accent = unit(options.accent.unwrap_or(DEFAULT_ACCENT));
    let locale = document.locale;
    let resolve = move |target: &LinkTarget| match target {
        LinkTarget::Url(url) => url.clone(),
        LinkTarget::Sibling(kind) => super::file_name(*kind, locale, "pdf"),
    };
    let mut composer = Composer::new(
        frame(options.paper),
        font_ids.clone(),
        accent,
        !options.ragged_right,
        &resolve,
        layout::hyphens::dictionary(locale),
    );

    title_block(&mut composer, document, logo.is_some());
    let mut outline = Vec::new();
    for section in &document.sections {
        let keep = match section.blocks.first() {
            Some(Block::Table(_)) => TABLE_LEADING * 4.0,
            _ => layout::BODY_LEADING * 2.0,
        };
        let setting = Setting::heading(13.0, composer.accent);
        composer.heading(&Text::plain(section.title.clone()), &setting, 16.0, keep);
        outline.push((section.title.clone(), composer.page_index()));
        composer.skip(3.0);
        for (i, block) in section.blocks.iter().enumerate() {
            write_block(&mut composer, block, section.blocks.get(i + 1));
        }
    }
    let footer = match &document.draft {
        Some(draft) => format!("{} · {}", draft.to_uppercase(), document.footer),
        None => document.footer.clone(),
    };
    composer.footers(&footer, &document.page_label);
    for style in Style::ALL {
        if composer.uses(style) {
            doc.resources.fonts.map.insert(
                font_ids[style.index()].clone(),
                PdfFont::new(fonts::face(style).parsed.clone()),
            );
        }
    }
    let frame = composer.frame;
    let (pages, missing) = composer.into_pages();
    let page_count = pages.len();
    let mut pages: Vec<PdfPage> = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm::from(Pt(frame.width)), Mm::from(Pt(frame.height)), ops))
        .collect();
    if let (Some((id, (width, height))), Some(first)) = (logo, pages.first_mut()) {
        let target_height = 46.0_f32;
        let scale = target_height / height.max(1) as f32;
        let drawn_width = width as f32 * scale;
        first.ops.insert(
            0,
            Op::UseXobject {
                id,
                transform: XObjectTransform {
                    translate_x: Some(Pt(frame.width - frame.right - drawn_width)),
                    translate_y: Some(Pt(frame.height - frame.top - target_height + 6.0)),
                    scale_x: Some(scale),
                    scale_y: Some(scale),
                    dpi: Some(72.0),
                    ..XObjectTransform::default()
                },
            },
        );
    }
    doc.with_pages(pages);
    for (title, page) in &outline {
        doc.add_bookmark(title, page + 1);
    }

    let info = &mut doc.metadata.info;
    info.author = document.organisation.clone();
    info.subject = document.subtitle.clone();
    info.creator = "policywright".to_owned();
    info.producer = format!("policywright {}", env!("CARGO_PKG_VERSION"));
    let created = options
        .created
        .unwrap_or_else(time::OffsetDateTime::now_utc)
        .unix_timestamp();
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(created) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }

    let mut warnings = Vec::new();
    let mut lopdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    // printpdf has no field for the document language; it goes in the
    // catalogue, where screen readers and search look for it.
    if let Ok(catalog) = lopdf.catalog_mut() {
        catalog.set("Lang", lopdf::Object::string_literal(locale.code()));
        catalog.set("PageMode", lopdf::Object::Name(b"UseOutlines".to_vec()));
    }
    compress_streams(&mut lopdf);
    let mut bytes = Vec::new();
    lopdf
        .save_to(&mut bytes)
        .expect("writing a PDF to memory cannot fail");
    Ok(Pdf {
        bytes,
        pages: page_count,
        missing_characters: missing.into_iter().collect(),
    })
}

/// Deflates every stream that is not yet compressed. lopdf's own
/// `compress` uses the slowest level, which took about half the export time
/// for a gain of a few per cent in size.
///
/// One compressor serves every stream: making one clears several hundred
/// kilobytes of tables, which cost more than compressing a page.
fn compress_streams(document: &mut lopdf::Document) {
    let mut compressor = flate2::Compress::new(flate2::Compression::new(COMPRESSION_LEVEL), true);
    for object in document.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        compressor.reset();
        // Room for the stream as it is: what does not shrink into it is
        // left uncompressed.
        let mut compressed = Vec::with_capacity(stream.content.len());
        let done = compressor.compress_vec(
            &stream.content,
            &mut compressed,
            flate2::FlushCompress::Finish,
        );
        let whole = matches!(done, Ok(flate2::Status::StreamEnd));
        if whole && compressed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

const COMPRESSION_LEVEL: u32 = 1;

/// The red of the draft marks.
const DRAFT: Colour = [0.75, 0.1, 0.1];

/// Title, organisation and version at the top of the first page, leaving
/// room at the right for the logo.
fn title_block(composer: &mut Composer, document: &Document, has_logo: bool) {
    let logo_room = if has_logo { 140.0 } else { 0.0 };
    let width = composer.frame.content_width() - logo_room;
    let left = composer.frame.left;
    let title = Setting::heading(22.0, composer.accent);
    composer.paragraph(&Text::plain(document.title.clone()), left, width, &title);
    let organisation = Setting::heading(13.0, INK);
    composer.paragraph(
        &Text::plain(document.organisation.clone()),
        left,
        width,
        &organisation,
    );
    let subtitle = Setting {
        colour: MUTED,
        justify: false,
        ..Setting::body(false)
    };
    composer.paragraph(
        &Text::plain(document.subtitle.clone()),
        left,
        width,
        &subtitle,
    );
    if let Some(draft) = &document.draft {
        composer.skip(4.0);
        let band = Setting::heading(13.0, DRAFT);
        composer.paragraph(&Text::plain(draft.to_uppercase()), left, width, &band);
    }
    composer.skip(10.0);
    let content = composer.frame.content_width();
    let y = composer.y();
    composer.rule(left, y, content, layout::RULE);
    composer.skip(6.0);
}

fn write_block(composer: &mut Composer, block: &Block, next: Option<&Block>) {
    let left = composer.frame.left;
    let width = composer.frame.content_width();
    let body = Setting::body(composer.justify());
    match block {
        Block::Paragraph(text) => {
            composer.paragraph(text, left, width, &body);
            composer.paragraph_gap();
        }
        Block::Subheading { title, .. } => {
            let keep = match next {
                Some(Block::Table(_)) => TABLE_LEADING * 4.0,
                _ => layout::BODY_LEADING * 2.0,
            };
            let setting = Setting::heading(11.0, INK);
            composer.heading(&Text::plain(title.clone()), &setting, 8.0, keep);
            composer.skip(2.0);
        }
        Block::List(items) => {
            let setting = Setting {
                justify: false,
                ..body
            };
            for item in items {
                composer.list_item(item, &setting);
            }
            composer.paragraph_gap();
        }
        Block::Details(pairs) => {
            composer.details(pairs, &body);
            composer.paragraph_gap();
        }
        Block::Table(table) => composer.table(&table.columns, &table.rows),
    }
}
