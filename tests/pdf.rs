//! The PDF backend, read back as a reader's tools would: text extracted,
//! pages counted, outline and metadata inspected. No system tools needed.

use std::path::Path;

use policywright::document::{self, Document, DocumentKind, LinkTarget, Span, Text};
use policywright::export::pdf::{Paper, PdfError, Rgb8};
use policywright::export::{PdfOptions, pdf};
use policywright::i18n::I18n;
use policywright::model::{
    Cookie, CookieCategory, CookieDuration, LocalText, Locale, Party, Project, StorageKind,
};
use policywright::starter::STARTERS;
use policywright::storage;

fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).unwrap()
}

fn build(project: &Project, locale: Locale, kind: DocumentKind) -> Document {
    document::build(project, I18n::embedded(), locale, kind)
}

/// The text of every page, as a PDF reader extracts it.
fn pages_text(bytes: &[u8]) -> Vec<String> {
    let parsed = printpdf::PdfDocument::parse(
        bytes,
        &printpdf::PdfParseOptions::default(),
        &mut Vec::new(),
    )
    .expect("the PDF parses");
    parsed
        .extract_text()
        .into_iter()
        .map(|page| page.join("\n"))
        .collect()
}

fn lopdf(bytes: &[u8]) -> lopdf::Document {
    lopdf::Document::load_mem(bytes).expect("the PDF parses")
}

#[test]
fn every_starter_renders_to_pdf_in_both_languages_with_its_text_intact() {
    for starter in STARTERS {
        let project = starter.project().unwrap();
        for locale in Locale::BUILT_IN {
            for kind in DocumentKind::ALL {
                let document = build(&project, locale, kind);
                let output = pdf(&document, &PdfOptions::default()).unwrap();
                let label = format!("{} {locale:?} {kind:?}", starter.name);
                assert!(output.missing_characters.is_empty(), "{label}");
                let pages = pages_text(&output.bytes);
                assert_eq!(pages.len(), output.pages, "{label}");
                let all = pages.join("\n");
                assert!(all.contains(&project.organisation.name), "{label}");
                let footer = match locale.code() {
                    "nl" => format!("Pagina 1 van {}", output.pages),
                    "fr" => format!("Page 1 sur {}", output.pages),
                    "de" => format!("Seite 1 von {}", output.pages),
                    _ => format!("Page 1 of {}", output.pages),
                };
                assert!(pages[0].contains(&footer), "{label}: no {footer:?}");
                if kind == DocumentKind::CookiePolicy {
                    for cookie in &project.cookies {
                        assert!(all.contains(&cookie.name), "{label}: {}", cookie.name);
                    }
                }
            }
        }
    }
}

#[test]
fn accented_words_and_typographic_quotes_survive_extraction() {
    let mut project = complete();
    project.organisation.name = "Bakkerij Één & Zoë ‘t Hoekske".into();
    let document = build(&project, Locale::NL, DocumentKind::PrivacyStatement);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    let all = pages_text(&output.bytes).join("\n");
    assert!(all.contains("Bakkerij Één & Zoë ‘t Hoekske"), "{all}");
    assert!(all.contains("België"));
    assert!(all.contains("Identificatiegegevens"));
}

#[test]
fn every_page_carries_the_footer_with_its_number() {
    let document = build(&complete(), Locale::EN, DocumentKind::PrivacyStatement);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    assert!(output.pages >= 3);
    for (i, page) in pages_text(&output.bytes).iter().enumerate() {
        let label = format!("Page {} of {}", i + 1, output.pages);
        assert!(page.contains(&label), "page {}: {page}", i + 1);
        assert!(
            page.contains("Privacy statement · Atelier Vermeulen · version 2.1"),
            "{page}"
        );
    }
}

#[test]
fn the_outline_has_one_entry_per_section() {
    for kind in DocumentKind::ALL {
        let document = build(&complete(), Locale::NL, kind);
        let output = pdf(&document, &PdfOptions::default()).unwrap();
        let parsed = printpdf::PdfDocument::parse(
            &output.bytes,
            &printpdf::PdfParseOptions::default(),
            &mut Vec::new(),
        )
        .unwrap();
        let mut titles: Vec<String> = parsed
            .bookmarks
            .map
            .values()
            .map(|b| b.name.clone())
            .collect();
        let mut expected: Vec<String> = document.sections.iter().map(|s| s.title.clone()).collect();
        titles.sort();
        expected.sort();
        assert_eq!(titles, expected, "{kind:?}");
        for bookmark in parsed.bookmarks.map.values() {
            assert!(bookmark.page >= 1 && bookmark.page <= output.pages);
        }
    }
}

fn cookie(i: usize) -> Cookie {
    Cookie {
        name: format!("tracker_{i:03}"),
        provider: "Example Analytics Ltd".into(),
        domain: None,
        names_unknown: false,
        party: Party::Third,
        category: CookieCategory::Analytics,
        purpose: LocalText::universal("counts visits to the pages of the website"),
        duration: Some(CookieDuration::Days(30)),
        duration_range: None,
        storage: StorageKind::Cookie,
        from_catalog: None,
        catalog_fingerprint: None,
    }
}

#[test]
fn a_long_cookie_table_spans_pages_with_its_header_repeated() {
    let mut project = complete();
    project.cookies = (0..300).map(cookie).collect();
    let document = build(&project, Locale::EN, DocumentKind::CookiePolicy);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    let pages = pages_text(&output.bytes);
    let with_rows: Vec<&String> = pages.iter().filter(|p| p.contains("tracker_")).collect();
    assert!(with_rows.len() >= 5, "{} pages with rows", with_rows.len());
    for page in &with_rows {
        assert!(
            page.contains("Name") && page.contains("Provider") && page.contains("Duration"),
            "a page without the header row: {page}"
        );
    }
    let all = pages.join("\n");
    for i in [0, 150, 299] {
        assert!(all.contains(&format!("tracker_{i:03}")));
    }
}

#[test]
fn a_row_taller_than_a_page_is_split_rather_than_lost() {
    let mut project = complete();
    let long: String = (0..400).map(|i| format!("word{i} ")).collect();
    project.cookies = vec![Cookie {
        purpose: LocalText::universal(long.trim()),
        ..cookie(1)
    }];
    let document = build(&project, Locale::EN, DocumentKind::CookiePolicy);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    let all = pages_text(&output.bytes).join(" ");
    assert!(all.contains("word0") && all.contains("word399"));
}

#[test]
fn emoji_cjk_and_right_to_left_text_do_not_break_the_export() {
    let mut project = complete();
    project.organisation.name = "Café 😀 咖啡店 مقهى".into();
    project.purposes[0].name = LocalText::universal("注文 🍞 הזמנות");
    let document = build(&project, Locale::EN, DocumentKind::PrivacyStatement);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    for c in ['😀', '咖', '注', '🍞'] {
        assert!(output.missing_characters.contains(&c), "{c} not reported");
    }
    let all = pages_text(&output.bytes).join("\n");
    assert!(
        all.contains("Café \u{FFFD}"),
        "the gap is visible: {}",
        &all[..200]
    );
}

#[test]
fn metadata_names_the_document_its_author_and_language() {
    let document = build(&complete(), Locale::NL, DocumentKind::CookiePolicy);
    let created = time::macros::datetime!(2026-11-01 09:30 UTC);
    let options = PdfOptions {
        created: Some(created),
        ..PdfOptions::default()
    };
    let output = pdf(&document, &options).unwrap();
    let doc = lopdf(&output.bytes);
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nl");
    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_id).unwrap();
    let text = |key: &[u8]| {
        let raw = info.get(key).unwrap().as_str().unwrap();
        lopdf::decode_text_string(info.get(key).unwrap())
            .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned())
    };
    assert_eq!(text(b"Title"), "Cookiebeleid – Atelier Vermeulen");
    assert_eq!(text(b"Author"), "Atelier Vermeulen");
    assert!(text(b"Subject").contains("1 november 2026"));
    assert!(text(b"Producer").starts_with("policywright"));
    assert!(
        text(b"CreationDate").starts_with("D:20261101"),
        "{}",
        text(b"CreationDate")
    );
}

#[test]
fn us_letter_pages_have_the_letter_size() {
    let document = build(&complete(), Locale::EN, DocumentKind::CookiePolicy);
    let letter = pdf(
        &document,
        &PdfOptions {
            paper: Paper::Letter,
            ..PdfOptions::default()
        },
    )
    .unwrap();
    let doc = lopdf(&letter.bytes);
    let (_, page_id) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(page_id).unwrap();
    let media: Vec<f32> = page
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect();
    assert!(
        (media[2] - 612.0).abs() < 0.5 && (media[3] - 792.0).abs() < 0.5,
        "{media:?}"
    );
}

#[test]
fn links_are_clickable() {
    let document = build(&complete(), Locale::EN, DocumentKind::CookiePolicy);
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    let raw = String::from_utf8_lossy(&lopdf_decompressed(&output.bytes)).into_owned();
    assert!(raw.contains("https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox"));
    assert!(raw.contains("mailto:privacy@ateliervermeulen.be"));
    assert!(
        raw.contains("privacy-statement.en.pdf"),
        "the sibling link points to the PDF"
    );
}

fn lopdf_decompressed(bytes: &[u8]) -> Vec<u8> {
    let mut doc = lopdf(bytes);
    doc.decompress();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn ragged_right_and_justified_settings_both_keep_every_word() {
    let document = build(&complete(), Locale::NL, DocumentKind::PrivacyStatement);
    for ragged_right in [false, true] {
        let output = pdf(
            &document,
            &PdfOptions {
                ragged_right,
                ..PdfOptions::default()
            },
        )
        .unwrap();
        let all = pages_text(&output.bytes).join(" ");
        assert!(all.contains("verwerkingsverantwoordelijke"));
    }
}

/// A small PNG made in the test, so no image file is needed.
fn tiny_png() -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 4, 2);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[200u8; 4 * 2 * 3]).unwrap();
    writer.finish().unwrap();
    bytes
}

/// The fill colours (`rg`) set on the first page.
fn fill_colours(bytes: &[u8]) -> Vec<[f32; 3]> {
    let doc = lopdf(bytes);
    let (_, page_id) = doc.get_pages().into_iter().next().unwrap();
    let content = doc.get_and_decode_page_content(page_id).unwrap();
    content
        .operations
        .iter()
        .filter(|op| op.operator == "rg")
        .map(|op| {
            let v: Vec<f32> = op.operands.iter().map(|o| o.as_float().unwrap()).collect();
            [v[0], v[1], v[2]]
        })
        .collect()
}

#[test]
fn a_logo_and_an_accent_colour_brand_the_document() {
    let document = build(&complete(), Locale::EN, DocumentKind::PrivacyStatement);
    let options = PdfOptions {
        logo: Some(tiny_png()),
        accent: Rgb8::parse("#aa3300"),
        ..PdfOptions::default()
    };
    let output = pdf(&document, &options).unwrap();
    let doc = lopdf(&output.bytes);
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image".as_slice())
        })
        .count();
    assert_eq!(images, 1, "the logo is embedded once");
    // The accent (170, 51, 0) is a fill colour of the headings.
    let accent = [170.0 / 255.0, 51.0 / 255.0, 0.0];
    let close = |c: &[f32; 3]| c.iter().zip(&accent).all(|(a, b)| (a - b).abs() < 0.01);
    assert!(
        fill_colours(&output.bytes).iter().any(close),
        "accent not used"
    );
    let plain = pdf(&document, &PdfOptions::default()).unwrap();
    assert!(!fill_colours(&plain.bytes).iter().any(close));
}

#[test]
fn an_unreadable_logo_is_a_clear_error() {
    let document = build(&complete(), Locale::EN, DocumentKind::PrivacyStatement);
    let options = PdfOptions {
        logo: Some(b"not an image".to_vec()),
        ..PdfOptions::default()
    };
    let error = pdf(&document, &options).unwrap_err();
    assert!(matches!(error, PdfError::UnreadableLogo(_)));
    assert!(error.to_string().contains("PNG or JPEG"));
}

#[test]
fn a_hand_made_document_with_odd_content_sets_without_panicking() {
    let huge_word = "x".repeat(2_000);
    let document = Document {
        locale: Locale::EN,
        title: "T".into(),
        organisation: "O".into(),
        subtitle: String::new(),
        contents_title: String::new(),
        footer: "F".repeat(500),
        page_label: "{page}/{total}".into(),
        draft: Some("D".repeat(300)),
        sections: vec![policywright::document::Section {
            id: "s".into(),
            title: huge_word.clone(),
            blocks: vec![
                policywright::document::Block::Paragraph(Text(vec![
                    Span::Plain(huge_word.clone()),
                    Span::Break,
                    Span::Break,
                    Span::Link {
                        text: String::new(),
                        target: LinkTarget::Url("https://x.be".into()),
                    },
                ])),
                policywright::document::Block::List(vec![Text::default()]),
                policywright::document::Block::Details(vec![(huge_word.clone(), Text::default())]),
                policywright::document::Block::Table(policywright::document::Table {
                    columns: Vec::new(),
                    rows: vec![vec![Text::plain(huge_word.clone()); 9], Vec::new()],
                }),
                policywright::document::Block::Table(policywright::document::Table {
                    columns: Vec::new(),
                    rows: Vec::new(),
                }),
            ],
        }],
        notices: Vec::new(),
    };
    let output = pdf(&document, &PdfOptions::default()).unwrap();
    assert!(output.pages >= 1);
}
