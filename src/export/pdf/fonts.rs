//! The typeface of PDF documents (Noto Sans, embedded from the `notosans`
//! crate) and the measurements line breaking needs: glyph advances, and
//! which characters the face cannot draw.

use std::collections::BTreeSet;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use printpdf::ParsedFont;

/// The faces a document uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
    Italic,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Regular, Style::Bold, Style::Italic];

    pub fn index(self) -> usize {
        match self {
            Style::Regular => 0,
            Style::Bold => 1,
            Style::Italic => 2,
        }
    }
}

pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advances in font units of the characters below [`TABLED`], each
    /// looked up the first time it is measured: line breaking measures
    /// every character several times, but a document uses only a few
    /// hundred of them, and looking all of them up took a fifth of a
    /// render. Atomic, as documents are set on several threads at once.
    advances: Vec<AtomicU32>,
}

/// An entry of [`Face::advances`] not looked up yet.
const UNKNOWN: u32 = 0;
/// An entry of [`Face::advances`] for a character the face cannot draw.
const NO_GLYPH: u32 = 1;

/// Characters below this code point (Latin, Greek, Cyrillic, punctuation
/// and symbols) have their advance in a table.
const TABLED: u32 = 0x3000;

fn lookup_advance(parsed: &ParsedFont, c: u32) -> Option<u16> {
    let glyph = parsed.lookup_glyph_index(c)?;
    (glyph != 0).then(|| parsed.get_horizontal_advance(glyph))
}

/// Drawn in place of a character the face lacks, so the gap is visible.
pub const SUBSTITUTE: char = '\u{FFFD}';

static FACES: LazyLock<[Face; 3]> = LazyLock::new(|| {
    let load = |bytes: &[u8]| {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .expect("the embedded Noto Sans faces parse");
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em);
        let advances = (0..TABLED).map(|_| AtomicU32::new(UNKNOWN)).collect();
        Face {
            parsed,
            units_per_em,
            advances,
        }
    };
    [
        load(notosans::REGULAR_TTF),
        load(notosans::BOLD_TTF),
        load(notosans::ITALIC_TTF),
    ]
});

pub fn face(style: Style) -> &'static Face {
    &FACES[style.index()]
}

impl Face {
    /// The advance of `c` in points at `size`, or `None` when the face has
    /// no glyph for it.
    pub fn advance(&self, c: char, size: f32) -> Option<f32> {
        let code = u32::from(c);
        let units = match self.advances.get(code as usize) {
            Some(tabled) => match tabled.load(Ordering::Relaxed) {
                UNKNOWN => {
                    let found = lookup_advance(&self.parsed, code);
                    let stored = found.map_or(NO_GLYPH, |units| u32::from(units) + 2);
                    tabled.store(stored, Ordering::Relaxed);
                    found
                }
                NO_GLYPH => None,
                stored => u16::try_from(stored - 2).ok(),
            },
            None => lookup_advance(&self.parsed, code),
        }?;
        Some(f32::from(units) * size / self.units_per_em)
    }

    /// The width of `text` in points at `size`; `text` must already be
    /// drawable (see [`drawable`]).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(c, size).unwrap_or(0.0))
            .sum()
    }
}

/// `text` with every character the faces cannot draw replaced by
/// [`SUBSTITUTE`] (recorded in `missing`), and control characters and
/// spaces of any kind (a line separator, a thin space) by a plain space:
/// they separate words, whether or not the font has a glyph for them. No-
/// break spaces stay, as they join words.
pub fn drawable(text: &str, missing: &mut BTreeSet<char>) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || (c.is_whitespace() && !is_no_break_space(c)) {
                ' '
            } else if Style::ALL
                .iter()
                .all(|s| face(*s).advance(c, 1.0).is_some())
            {
                c
            } else {
                missing.insert(c);
                SUBSTITUTE
            }
        })
        .collect()
}

/// Spaces that join what they stand between: "art.\u{a0}6", "30\u{a0}days".
pub fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_kind_of_space_separates_words_and_is_never_reported_missing() {
        let mut missing = BTreeSet::new();
        assert_eq!(drawable("a\u{2028}b\u{2009}c", &mut missing), "a b c");
        assert!(missing.is_empty());
    }

    #[test]
    fn accents_are_drawable_and_cjk_is_substituted_and_reported() {
        let mut missing = BTreeSet::new();
        assert_eq!(drawable("één café", &mut missing), "één café");
        assert!(missing.is_empty());
        assert_eq!(drawable("a中b😀", &mut missing), "a\u{FFFD}b\u{FFFD}");
        assert_eq!(missing, BTreeSet::from(['中', '😀']));
        assert!(face(Style::Regular).advance(SUBSTITUTE, 10.0).is_some());
    }

    #[test]
    fn bold_text_is_wider_than_regular() {
        let text = "Privacyverklaring";
        assert!(face(Style::Bold).width(text, 10.0) > face(Style::Regular).width(text, 10.0));
    }
}
