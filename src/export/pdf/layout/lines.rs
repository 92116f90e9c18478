//! Breaking text into lines on real glyph advances. Lines break where
//! Unicode allows (UAX #14: at spaces and after hyphens and slashes, never
//! at a no-break space), words are hyphenated where the language's patterns
//! allow when that fills a line better, and a word wider than the line is
//! broken after punctuation as a last resort.

use std::collections::BTreeSet;

use hyphenation::Standard;
use unicode_linebreak::linebreaks;

use super::super::fonts::{Style, drawable, face, is_no_break_space};
use super::LinkResolver;
use super::hyphens;
use crate::document::{Span, Text};

/// A run of text in one style, with no breaking space in it.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) style: Style,
    pub(super) link: Option<String>,
}

/// Text between two line-break opportunities, possibly in several styles
/// ("privacy@x.be."), without the spaces around it.
#[derive(Clone, Debug, Default)]
pub(super) struct Word {
    pub(super) pieces: Vec<Piece>,
    pub(super) width: f32,
    /// Set right after the word before it, with no space: the second part
    /// of "e-|mail" or of a URL broken after a slash.
    pub(super) joined: bool,
}

impl Word {
    fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    fn push(&mut self, c: char, style: Style, link: Option<&String>, advance: f32) {
        self.width += advance;
        match self.pieces.last_mut() {
            Some(piece) if piece.style == style && piece.link.as_ref() == link => {
                piece.text.push(c);
            }
            _ => self.pieces.push(Piece {
                text: c.to_string(),
                style,
                link: link.cloned(),
            }),
        }
    }

    /// The word's characters with their style, link and advance.
    fn characters(&self, size: f32) -> Vec<(char, Style, Option<&String>, f32)> {
        self.pieces
            .iter()
            .flat_map(|p| {
                p.text.chars().map(move |c| {
                    let advance = face(p.style).advance(c, size).unwrap_or(0.0);
                    (c, p.style, p.link.as_ref(), advance)
                })
            })
            .collect()
    }

    /// The word cut before character `at`: the first part ends in a hyphen
    /// when `hyphen` is set.
    fn cut(&self, at: usize, hyphen: bool, size: f32) -> (Word, Word) {
        let characters = self.characters(size);
        let mut first = Word {
            joined: self.joined,
            ..Word::default()
        };
        let mut rest = Word {
            joined: true,
            ..Word::default()
        };
        for (i, (c, style, link, advance)) in characters.iter().enumerate() {
            let part = if i < at { &mut first } else { &mut rest };
            part.push(*c, *style, *link, *advance);
        }
        if hyphen && let Some((_, style, link, _)) = characters.get(at.saturating_sub(1)) {
            let advance = face(*style).advance('-', size).unwrap_or(0.0);
            first.push('-', *style, *link, advance);
        }
        (first, rest)
    }
}

#[derive(Clone, Debug)]
pub(super) enum Token {
    Word(Word),
    Break,
}

/// One line of set text.
#[derive(Clone, Debug, Default)]
pub struct SetLine {
    pub(super) words: Vec<Word>,
    /// Width with single spaces between the words that are not joined.
    pub(super) natural: f32,
    /// The last line of a paragraph, or before a forced break: never
    /// justified.
    pub(super) last: bool,
}

impl SetLine {
    /// How many spaces the line has between its words, where
    /// justification may stretch it.
    pub(super) fn gaps(&self) -> usize {
        self.words.iter().skip(1).filter(|w| !w.joined).count()
    }
}

pub(super) fn space_width(size: f32) -> f32 {
    face(Style::Regular).width(" ", size)
}

/// Splits `text` into words at its line-break opportunities, each drawn in
/// `base` or bolder.
pub(super) fn tokens(
    text: &Text,
    base: Style,
    size: f32,
    links: LinkResolver,
    missing: &mut BTreeSet<char>,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    // The text of each stretch between forced breaks, with the style and
    // link that each character is drawn in.
    let mut flat = String::new();
    let mut looks: Vec<(Style, Option<String>)> = Vec::new();
    for span in &text.0 {
        let (content, style, link) = match span {
            Span::Plain(t) => (t, base, None),
            Span::Strong(t) | Span::Missing(t) => (t, Style::Bold, None),
            Span::Link { text, target } => (text, base, Some(links(target))),
            Span::Break => {
                words(&flat, &looks, size, &mut tokens);
                flat.clear();
                looks.clear();
                tokens.push(Token::Break);
                continue;
            }
        };
        for c in drawable(content, missing).chars() {
            flat.push(c);
            looks.push((style, link.clone()));
        }
    }
    words(&flat, &looks, size, &mut tokens);
    tokens
}

/// Appends the words of `flat`, one per stretch between two line-break
/// opportunities; `looks` holds the style and link of each character.
fn words(flat: &str, looks: &[(Style, Option<String>)], size: f32, tokens: &mut Vec<Token>) {
    let mut characters = flat.char_indices().zip(looks).peekable();
    let mut joined = false;
    for (end, _) in linebreaks(flat) {
        let mut word = Word {
            joined,
            ..Word::default()
        };
        let mut trailing_space = false;
        while let Some(((_, c), (style, link))) = characters.next_if(|((at, _), _)| *at < end) {
            if c.is_whitespace() && !is_no_break_space(c) {
                trailing_space = true;
                continue;
            }
            if std::mem::take(&mut trailing_space) && !word.pieces.is_empty() {
                // A space inside a stretch (before a no-break space) is
                // kept as it stands; spaces at its start are dropped.
                let advance = face(*style).advance(' ', size).unwrap_or(0.0);
                word.push(' ', *style, link.as_ref(), advance);
            }
            let advance = face(*style).advance(c, size).unwrap_or(0.0);
            word.push(c, *style, link.as_ref(), advance);
        }
        if word.pieces.is_empty() {
            joined = false;
            continue;
        }
        joined = !trailing_space;
        tokens.push(Token::Word(word));
    }
}

/// Characters after which a word too long for a line may be broken.
fn is_break_after(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '@' | '_' | '?' | '&' | '=' | ',' | ':')
}

/// Cuts a word wider than `max` into pieces that fit, preferring to cut
/// after punctuation such as the dots of an address. The first piece fits
/// in `first`, what is left of the current line.
fn split_word(word: Word, first: f32, max: f32, size: f32) -> Vec<Word> {
    let characters = word.characters(size);
    let mut out = Vec::new();
    let mut start = 0;
    while start < characters.len() {
        let max = if out.is_empty() { first } else { max };
        let mut width = 0.0;
        let mut end = start;
        let mut preferred = None;
        while end < characters.len() && (end == start || width + characters[end].3 <= max) {
            width += characters[end].3;
            if is_break_after(characters[end].0) && width > max * 0.3 {
                preferred = Some(end + 1);
            }
            end += 1;
        }
        if let Some(p) = preferred.filter(|_| end < characters.len()) {
            end = p;
        }
        let mut part = Word {
            joined: if out.is_empty() { word.joined } else { true },
            ..Word::default()
        };
        for (c, style, link, advance) in &characters[start..end] {
            part.push(*c, *style, *link, *advance);
        }
        out.push(part);
        start = end;
    }
    out
}

/// The first part of `word`, up to a hyphenation point, that fits in
/// `room` with its hyphen, and the rest; `None` when no part fits or the
/// word cannot be hyphenated.
fn hyphenate(word: &Word, room: f32, size: f32, dictionary: &Standard) -> Option<(Word, Word)> {
    let text = word.text();
    let points = hyphens::points(dictionary, &text);
    points.iter().rev().find_map(|&byte| {
        let at = text[..byte].chars().count();
        let (first, rest) = word.cut(at, true, size);
        (first.width <= room).then_some((first, rest))
    })
}

/// Greedy line breaking of `tokens` into lines at most `max` wide,
/// hyphenating with `dictionary` a word that does not fit at a line's end.
pub(super) fn break_lines(
    tokens: Vec<Token>,
    max: f32,
    size: f32,
    dictionary: Option<&Standard>,
) -> Vec<SetLine> {
    let space = space_width(size);
    let mut lines = Vec::new();
    let mut line = SetLine::default();
    for token in tokens {
        let word = match token {
            Token::Break => {
                line.last = true;
                lines.push(std::mem::take(&mut line));
                continue;
            }
            Token::Word(word) => word,
        };
        let mut pending = Some(word);
        while let Some(word) = pending.take() {
            let gap = if line.words.is_empty() || word.joined {
                0.0
            } else {
                space
            };
            let room = max - line.natural - gap;
            if word.width <= room || (line.words.is_empty() && word.width <= max) {
                line.natural += gap + word.width;
                line.words.push(word);
                continue;
            }
            if let Some((first, rest)) = dictionary
                .filter(|_| room > 0.0)
                .and_then(|d| hyphenate(&word, room, size, d))
            {
                line.natural += gap + first.width;
                line.words.push(first);
                lines.push(std::mem::take(&mut line));
                pending = Some(rest);
                continue;
            }
            if word.width <= max {
                lines.push(std::mem::take(&mut line));
                pending = Some(word);
                continue;
            }
            // Wider than any line: start it here only if a fair part fits
            // and ends at punctuation, not in the middle of a name.
            let mut parts = split_word(word.clone(), room, max, size);
            let clean = parts[0].text().ends_with(is_break_after);
            if !line.words.is_empty() && (room < max * 0.3 || !clean) {
                lines.push(std::mem::take(&mut line));
                parts = split_word(word, max, max, size);
            }
            let mut parts = parts.into_iter();
            if let Some(part) = parts.next() {
                let gap = if line.words.is_empty() || part.joined {
                    0.0
                } else {
                    space
                };
                line.natural += gap + part.width;
                line.words.push(part);
            }
            for part in parts {
                lines.push(std::mem::take(&mut line));
                line.natural = part.width;
                line.words.push(part);
            }
        }
    }
    if !line.words.is_empty() || lines.is_empty() {
        line.last = true;
        lines.push(line);
    } else if let Some(previous) = lines.last_mut() {
        previous.last = true;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf::layout::BODY;

    fn words(line: &SetLine) -> Vec<String> {
        line.words
            .iter()
            .map(|w| w.pieces.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    fn set(text: &str, width: f32) -> Vec<SetLine> {
        set_in(text, width, None)
    }

    fn set_in(text: &str, width: f32, locale: Option<crate::model::Locale>) -> Vec<SetLine> {
        let links = |_: &crate::document::LinkTarget| String::new();
        let tokens = tokens(
            &Text::plain(text),
            Style::Regular,
            BODY,
            &links,
            &mut BTreeSet::new(),
        );
        break_lines(tokens, width, BODY, locale.and_then(hyphens::dictionary))
    }

    /// The lines as they read: words joined by spaces unless joined.
    fn read(lines: &[SetLine]) -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                let mut out = String::new();
                for (i, word) in line.words.iter().enumerate() {
                    if i > 0 && !word.joined {
                        out.push(' ');
                    }
                    out.push_str(&word.text());
                }
                out
            })
            .collect()
    }

    #[test]
    fn a_no_break_space_holds_its_words_together() {
        let text = "zoals bepaald in artikel\u{a0}6 van de AVG";
        // Narrow enough that "artikel" ends a line when the space breaks.
        let width = face(Style::Regular).width("zoals bepaald in artikel", BODY) + 1.0;
        let lines = read(&set(text, width));
        assert!(
            lines.iter().any(|l| l.contains("artikel\u{a0}6")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_line_may_break_after_a_hyphen_without_a_space() {
        let width = face(Style::Regular).width("Stuur een e-", BODY) + 1.0;
        let lines = set("Stuur een e-mail", width);
        assert_eq!(read(&lines), ["Stuur een e-", "mail"]);
        // On one line, the two parts are drawn together.
        assert_eq!(read(&set("Stuur een e-mail", 500.0)), ["Stuur een e-mail"]);
    }

    /// The room left empty at the end of every line but the last.
    fn holes(lines: &[SetLine], width: f32) -> f32 {
        lines
            .iter()
            .filter(|l| !l.last)
            .map(|l| width - l.natural)
            .sum()
    }

    #[test]
    fn hyphenation_fills_a_narrow_column() {
        use crate::model::Locale;
        let text = "De verwerkingsverantwoordelijke bewaart uw persoonsgegevens \
                    niet langer dan noodzakelijk voor de doeleinden.";
        let width = 90.0;
        let ragged = set_in(text, width, None);
        let hyphenated = set_in(text, width, Some(Locale::NL));
        for line in &hyphenated {
            assert!(line.natural <= width + 0.01, "{:?}", read(&hyphenated));
        }
        assert!(
            holes(&hyphenated, width) < holes(&ragged, width) / 2.0,
            "{:?} against {:?}",
            read(&hyphenated),
            read(&ragged)
        );
        assert!(read(&hyphenated).iter().any(|l| l.ends_with('-')));
        // Only hyphens were added: the words read the same without them.
        let words = |lines: &[SetLine]| {
            read(lines)
                .iter()
                .map(|l| l.trim_end_matches('-').to_owned())
                .collect::<String>()
                .replace(' ', "")
        };
        assert_eq!(words(&hyphenated), words(&ragged));
    }

    #[test]
    fn lines_never_exceed_the_measure() {
        let text = "Wij verwerken uw persoonsgegevens alleen voor de doeleinden die hieronder staan, \
                    en wij bewaren ze niet langer dan nodig.";
        let lines = set(text, 150.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(line.natural <= 150.0 + 0.01, "{:?}", words(line));
        }
        let rejoined: Vec<String> = lines.iter().flat_map(words).collect();
        assert_eq!(rejoined.join(" "), text);
        assert!(lines.last().unwrap().last);
    }

    #[test]
    fn a_long_url_is_broken_after_its_punctuation() {
        let lines = set(
            "See https://support.example.com/very/long/path/to/a/help/page/about/cookies now",
            90.0,
        );
        for line in &lines {
            assert!(line.natural <= 90.0 + 0.01);
        }
        assert!(lines.len() >= 3, "{lines:?}");
        let first = words(&lines[0]);
        assert_eq!(first[0], "See", "the URL starts on the first line");
        assert!(
            first.last().unwrap().ends_with(['/', '.', ':']),
            "{first:?}"
        );
        let rejoined: String = lines.iter().flat_map(words).collect::<Vec<_>>().concat();
        assert_eq!(
            rejoined,
            "Seehttps://support.example.com/very/long/path/to/a/help/page/about/cookiesnow"
        );
    }
}
