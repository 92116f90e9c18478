//! Why a project file does not read, in our own words: ron's messages
//! ("Expected comma", "Unexpected end of RON") are English and place a
//! missing comma at the start of the next line, where nobody looks for it.

use fluent_bundle::FluentArgs;

use crate::i18n::I18n;
use crate::model::Locale;

/// A mistake in a project file, typed so that it can be worded in the
/// reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mistake {
    /// The bytes are not UTF-8 text.
    NotText,
    /// A comma is missing between two values.
    MissingComma,
    /// The file ends while something is still open.
    Unclosed { opener: char },
    /// A field the format does not have: a typo, or a field of a newer
    /// version.
    UnknownField {
        found: String,
        suggestion: Option<String>,
        expected: Vec<String>,
    },
    /// A choice the format does not have.
    UnknownVariant {
        found: String,
        suggestion: Option<String>,
        expected: Vec<String>,
    },
    /// A field that must be there is not.
    MissingField { field: String },
    /// A date not written as the format writes dates.
    Date,
    /// Anything else, in the words of the RON reader (English).
    Other(String),
}

impl Mistake {
    /// The mistake `error` describes; `field` is the path of the field it
    /// was found in, if known.
    pub fn of(error: &ron::error::Error, field: Option<&str>) -> Mistake {
        use ron::error::Error;
        match error {
            Error::ExpectedComma => Mistake::MissingComma,
            Error::NoSuchStructField {
                expected, found, ..
            } => Mistake::UnknownField {
                suggestion: closest(found, expected),
                found: found.clone(),
                expected: expected.iter().map(|s| (*s).to_owned()).collect(),
            },
            Error::NoSuchEnumVariant {
                expected, found, ..
            } => Mistake::UnknownVariant {
                suggestion: closest(found, expected),
                found: found.clone(),
                expected: expected.iter().map(|s| (*s).to_owned()).collect(),
            },
            Error::MissingStructField { field, .. } => Mistake::MissingField {
                field: (*field).to_owned(),
            },
            _ if field.is_some_and(|f| f.ends_with("date")) => Mistake::Date,
            other => Mistake::Other(other.to_string()),
        }
    }

    /// The mistake in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        let id = match self {
            Mistake::NotText => "mistake-not-text",
            Mistake::MissingComma => "mistake-missing-comma",
            Mistake::Unclosed { opener } => {
                args.set("opener", opener.to_string());
                "mistake-unclosed"
            }
            Mistake::UnknownField {
                found,
                suggestion,
                expected,
            }
            | Mistake::UnknownVariant {
                found,
                suggestion,
                expected,
            } => {
                args.set("found", found.as_str());
                args.set("expected", expected.join(", "));
                args.set("suggestion", suggestion.clone().unwrap_or_default());
                match (self, suggestion) {
                    (Mistake::UnknownField { .. }, Some(_)) => "mistake-unknown-field-suggested",
                    (Mistake::UnknownField { .. }, None) => "mistake-unknown-field",
                    (_, Some(_)) => "mistake-unknown-variant-suggested",
                    (_, None) => "mistake-unknown-variant",
                }
            }
            Mistake::MissingField { field } => {
                args.set("field", field.as_str());
                "mistake-missing-field"
            }
            Mistake::Date => "mistake-date",
            Mistake::Other(reason) => return reason.clone(),
        };
        i18n.plain(locale, id, &args)
    }
}

/// The valid name most like `found`, if one is close enough to be a typo.
fn closest(found: &str, expected: &[&str]) -> Option<String> {
    expected
        .iter()
        .map(|name| (strsim::jaro_winkler(found, name), *name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.to_owned())
}

/// Where a mistake really is, when ron reports it elsewhere: a missing
/// comma right after the value it should follow, rather than at the next
/// value; an unclosed bracket where it was opened, rather than at the end
/// of the file. `line` and `column` count from 1.
pub fn place(text: &str, mistake: &Mistake, line: usize, column: usize) -> (usize, usize) {
    match mistake {
        Mistake::MissingComma => {
            let at = offset(text, line, column);
            let before = text[..at].trim_end();
            crate::i18n::line_column(text, before.len())
        }
        Mistake::Unclosed { .. } => match unclosed(text) {
            Some((at, _)) => crate::i18n::line_column(text, at),
            None => (line, column),
        },
        _ => (line, column),
    }
}

/// The byte offset of a 1-based line and column (in characters).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The last bracket opened and never closed, with its offset, skipping
/// strings and line comments.
pub fn unclosed(text: &str) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek().is_some_and(|(_, next)| *next == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => open.push((at, c)),
            ')' | ']' | '}' => {
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                // A closer of another kind leaves the open one open.
                if open.last().is_some_and(|(_, o)| *o == opener) {
                    open.pop();
                }
            }
            _ => {}
        }
    }
    open.pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_is_matched_to_the_field_meant() {
        assert_eq!(
            closest("by_fone", &["by_post", "by_phone", "web_form"]),
            Some("by_phone".to_owned())
        );
        assert_eq!(closest("colour", &["by_post", "by_phone"]), None);
    }

    #[test]
    fn a_missing_comma_is_placed_after_the_value_it_should_follow() {
        let text = "(\n    a: 1\n    b: 2,\n)";
        // ron reports the next field, line 3 column 5.
        assert_eq!(place(text, &Mistake::MissingComma, 3, 5), (2, 9));
    }

    #[test]
    fn an_unclosed_bracket_is_found_where_it_opened() {
        let text = "(\n    a: [1, 2,\n    b: \"(\",\n)";
        assert_eq!(unclosed(text), Some((9, '[')));
    }
}
