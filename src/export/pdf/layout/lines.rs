//! Breaking text into lines on real glyph advances: words in one or more
//! styles, broken after punctuation when a word is wider than the line.

use std::collections::BTreeSet;

use super::super::fonts::{Style, drawable, face};
use super::LinkResolver;
use crate::document::{Span, Text};

/// A run of text in one style, with no spaces in it.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) style: Style,
    pub(super) link: Option<String>,
}

/// Text between two spaces, possibly in several styles ("privacy@x.be.").
#[derive(Clone, Debug, Default)]
pub(super) struct Word {
    pub(super) pieces: Vec<Piece>,
    pub(super) width: f32,
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
    /// Width with single spaces between the words.
    pub(super) natural: f32,
    /// The last line of a paragraph, or before a forced break: never
    /// justified.
    pub(super) last: bool,
}

pub(super) fn space_width(size: f32) -> f32 {
    face(Style::Regular).width(" ", size)
}

/// Splits `text` into words, each drawn in `base` or bolder.
pub(super) fn tokens(
    text: &Text,
    base: Style,
    size: f32,
    links: LinkResolver,
    missing: &mut BTreeSet<char>,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = Word::default();
    let finish = |word: &mut Word, tokens: &mut Vec<Token>| {
        if !word.pieces.is_empty() {
            word.width = word
                .pieces
                .iter()
                .map(|p| face(p.style).width(&p.text, size))
                .sum();
            tokens.push(Token::Word(std::mem::take(word)));
        }
    };
    for span in &text.0 {
        let (content, style, link) = match span {
            Span::Plain(t) => (t, base, None),
            Span::Strong(t) | Span::Missing(t) => (t, Style::Bold, None),
            Span::Link { text, target } => (text, base, Some(links(target))),
            Span::Break => {
                finish(&mut word, &mut tokens);
                tokens.push(Token::Break);
                continue;
            }
        };
        for c in drawable(content, missing).chars() {
            if c.is_whitespace() {
                finish(&mut word, &mut tokens);
                continue;
            }
            match word.pieces.last_mut() {
                Some(piece) if piece.style == style && piece.link == link => piece.text.push(c),
                _ => word.pieces.push(Piece {
                    text: c.to_string(),
                    style,
                    link: link.clone(),
                }),
            }
        }
    }
    finish(&mut word, &mut tokens);
    tokens
}

/// Characters after which a word too long for a line may be broken.
fn is_break_after(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '@' | '_' | '?' | '&' | '=' | ',' | ':')
}

/// Cuts a word wider than `max` into pieces that fit, preferring to cut
/// after punctuation such as the slashes of a URL. The first piece fits in
/// `first`, what is left of the current line.
fn split_word(word: Word, first: f32, max: f32, size: f32) -> Vec<Word> {
    let chars: Vec<(char, Style, Option<String>, f32)> = word
        .pieces
        .iter()
        .flat_map(|p| {
            p.text.chars().map(|c| {
                let width = face(p.style).advance(c, size).unwrap_or(0.0);
                (c, p.style, p.link.clone(), width)
            })
        })
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let max = if out.is_empty() { first } else { max };
        let mut width = 0.0;
        let mut end = start;
        let mut preferred = None;
        while end < chars.len() && (end == start || width + chars[end].3 <= max) {
            width += chars[end].3;
            if is_break_after(chars[end].0) && width > max * 0.3 {
                preferred = Some(end + 1);
            }
            end += 1;
        }
        if let Some(p) = preferred.filter(|_| end < chars.len()) {
            end = p;
        }
        let mut piece_word = Word::default();
        for (c, style, link, advance) in &chars[start..end] {
            piece_word.width += advance;
            match piece_word.pieces.last_mut() {
                Some(p) if p.style == *style && p.link == *link => p.text.push(*c),
                _ => piece_word.pieces.push(Piece {
                    text: c.to_string(),
                    style: *style,
                    link: link.clone(),
                }),
            }
        }
        out.push(piece_word);
        start = end;
    }
    out
}

/// Greedy line breaking of `tokens` into lines at most `max` wide.
pub(super) fn break_lines(tokens: Vec<Token>, max: f32, size: f32) -> Vec<SetLine> {
    let space = space_width(size);
    let mut lines = Vec::new();
    let mut line = SetLine::default();
    for token in tokens {
        match token {
            Token::Break => {
                line.last = true;
                lines.push(std::mem::take(&mut line));
            }
            Token::Word(word) => {
                let parts = if word.width > max {
                    let left = max - line.natural - space;
                    // Start the word on this line only if a fair part fits.
                    let first = if line.words.is_empty() || left < max * 0.3 {
                        max
                    } else {
                        left
                    };
                    split_word(word, first, max, size)
                } else {
                    vec![word]
                };
                for part in parts {
                    let needed = if line.words.is_empty() {
                        part.width
                    } else {
                        line.natural + space + part.width
                    };
                    if needed > max && !line.words.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line.natural = part.width;
                    } else {
                        line.natural = needed;
                    }
                    line.words.push(part);
                }
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
        let links = |_: &crate::document::LinkTarget| String::new();
        let tokens = tokens(
            &Text::plain(text),
            Style::Regular,
            BODY,
            &links,
            &mut BTreeSet::new(),
        );
        break_lines(tokens, width, BODY)
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
            first.len() == 2 && first[1].ends_with(['/', '.', ':']),
            "{first:?}"
        );
        let rejoined: String = lines.iter().flat_map(words).collect::<Vec<_>>().concat();
        assert_eq!(
            rejoined,
            "Seehttps://support.example.com/very/long/path/to/a/help/page/about/cookiesnow"
        );
    }
}
