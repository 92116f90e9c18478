//! Syntax errors in `.ftl` files, placed and worded for a translator.
//!
//! The Fluent parser reports where it gave up, which is often the start of
//! the next line, and says so in English. A translator needs the place of
//! the mistake itself (just after `{ $org` when the `}` is missing) and a
//! description in their own language, so the parser's error is turned
//! into a [`SyntaxError`] with a typed [`SyntaxProblem`].

use fluent_bundle::FluentArgs;
use fluent_syntax::parser::{ErrorKind, ParserError};

use super::{FtlFile, I18n};
use crate::model::Locale;

/// A syntax error in an `.ftl` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The file as the translator knows it: its path, or `<locale>/<name>`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub problem: SyntaxProblem,
}

/// What is wrong at the place a [`SyntaxError`] points to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// A `{` opened at `line`:`column` is not closed.
    Unclosed { line: usize, column: usize },
    /// A `}` that closes nothing.
    UnopenedBrace,
    /// This character was expected here.
    Expected(char),
    /// A message or term without text.
    NoText,
    /// A choice (`{ $x -> … }`) without a variant marked `*` as default.
    NoDefaultVariant,
    /// A choice with more than one variant marked `*`.
    SeveralDefaultVariants,
    /// A quoted string that does not end on its line.
    UnterminatedString,
    /// Anything rarer, in the parser's own English words.
    Other(String),
}

impl SyntaxError {
    /// Places `error`, found by parsing `file`, at the mistake itself.
    pub fn new(file: &FtlFile, error: &ParserError) -> SyntaxError {
        let text = file.text.as_str();
        let entry_start = error.slice.as_ref().map_or(0, |slice| slice.start);
        // Something expected is missing: it belongs right after what
        // precedes, not where the parser noticed, past spaces or words.
        let missing = matches!(error.kind, ErrorKind::ExpectedToken(_));
        let at = mistake_place(text, error.pos.start, entry_start, missing);
        let problem = match &error.kind {
            ErrorKind::ExpectedToken('}') => match unclosed_brace(text, entry_start, at) {
                Some(open) => {
                    let (line, column) = line_column(text, open);
                    SyntaxProblem::Unclosed { line, column }
                }
                None => SyntaxProblem::Expected('}'),
            },
            ErrorKind::ExpectedToken(c) => SyntaxProblem::Expected(*c),
            ErrorKind::UnbalancedClosingBrace => SyntaxProblem::UnopenedBrace,
            ErrorKind::ExpectedMessageField { .. }
            | ErrorKind::ExpectedTermField { .. }
            | ErrorKind::MissingValue => SyntaxProblem::NoText,
            ErrorKind::MissingDefaultVariant => SyntaxProblem::NoDefaultVariant,
            ErrorKind::MultipleDefaultVariants => SyntaxProblem::SeveralDefaultVariants,
            ErrorKind::UnterminatedStringLiteral => SyntaxProblem::UnterminatedString,
            other => SyntaxProblem::Other(other.to_string()),
        };
        let (line, column) = line_column(text, at);
        SyntaxError {
            file: file.display_name(),
            line,
            column,
            problem,
        }
    }

    /// `file:line:column: what is wrong`, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        let id = match &self.problem {
            SyntaxProblem::Unclosed { line, column } => {
                args.set("line", *line);
                args.set("column", *column);
                "ftl-unclosed"
            }
            SyntaxProblem::UnopenedBrace => "ftl-unopened-brace",
            SyntaxProblem::Expected(c) => {
                args.set("expected", c.to_string());
                "ftl-expected"
            }
            SyntaxProblem::NoText => "ftl-no-text",
            SyntaxProblem::NoDefaultVariant => "ftl-no-default-variant",
            SyntaxProblem::SeveralDefaultVariants => "ftl-several-default-variants",
            SyntaxProblem::UnterminatedString => "ftl-unterminated-string",
            SyntaxProblem::Other(detail) => {
                args.set("detail", detail.as_str());
                "ftl-other"
            }
        };
        let problem = i18n.plain(locale, id, &args);
        let mut args = FluentArgs::new();
        args.set("file", self.file.as_str());
        args.set("line", self.line);
        args.set("column", self.column);
        args.set("problem", problem);
        i18n.plain(locale, "ftl-syntax-error", &args)
    }
}

/// Where a translator has to type to mend the mistake the parser found at
/// `offset`: there, when it points at a character on a line and nothing is
/// `missing`; otherwise just after the last non-blank character before it,
/// but not before `floor`, as the parser stops at the next line when a
/// line ends too early.
fn mistake_place(text: &str, offset: usize, floor: usize, missing: bool) -> usize {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let floor = floor.min(offset);
    let on_a_character = text[offset..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace());
    let at_line_start = offset == 0 || text[..offset].ends_with('\n');
    if on_a_character && !at_line_start && !missing {
        return offset;
    }
    let trimmed = text[floor..offset].trim_end().len();
    if trimmed == 0 {
        // Nothing of the entry before it: the entry's first character.
        return floor + (text[floor..].len() - text[floor..].trim_start().len());
    }
    floor + trimmed
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The `{` between `start` and `end` that no `}` closes, the innermost
/// one if several are open. Braces inside quoted strings do not count.
fn unclosed_brace(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut open = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text[start..end].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' if !open.is_empty() => in_string = !in_string,
            '\n' => in_string = false,
            '{' if !in_string => open.push(start + i),
            '}' if !in_string => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The 1-based line and column of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<SyntaxError> {
        let file = FtlFile {
            locale: Locale::NL,
            name: "a.ftl".into(),
            path: None,
            text: text.into(),
        };
        match fluent_syntax::parser::parse(text) {
            Ok(_) => Vec::new(),
            Err((_, errors)) => errors.iter().map(|e| SyntaxError::new(&file, e)).collect(),
        }
    }

    #[test]
    fn a_missing_closing_brace_is_placed_where_it_is_missing() {
        let found = errors("ok = prima\nbroken = Hallo { $org en meer\nnext = x\n");
        assert_eq!(found.len(), 1, "{found:?}");
        let error = &found[0];
        // Column 22: right after `$org`, where the `}` belongs.
        assert_eq!((error.line, error.column), (2, 22), "{error:?}");
        assert_eq!(
            error.problem,
            SyntaxProblem::Unclosed {
                line: 2,
                column: 16
            }
        );
    }

    #[test]
    fn a_missing_brace_at_the_end_of_a_line_points_past_the_last_word() {
        let found = errors("ok = prima\nbroken = { $x\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].line, found[0].column), (2, 14), "{found:?}");
    }

    #[test]
    fn a_choice_without_default_is_named() {
        let found = errors("n = { $count ->\n    [one] één\n    [other] veel\n}\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].problem, SyntaxProblem::NoDefaultVariant);
        assert!(found[0].line >= 2, "{found:?}");
    }

    #[test]
    fn a_stray_closing_brace_is_placed_on_its_line() {
        let found = errors("a = x\nb = Hallo }\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].problem, SyntaxProblem::UnopenedBrace);
        assert_eq!(found[0].line, 2, "{found:?}");
    }

    #[test]
    fn the_description_is_in_the_reader_s_language() {
        let found = errors("broken = { $x\n");
        let i18n = I18n::embedded();
        let dutch = found[0].describe(i18n, Locale::NL);
        let english = found[0].describe(i18n, Locale::EN);
        assert!(dutch.starts_with("nl/a.ftl:1:14"), "{dutch}");
        assert_ne!(dutch, english);
        assert!(english.contains("line 1, column 10"), "{english}");
    }
}
