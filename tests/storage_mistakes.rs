//! A broken project file is explained in the reader's language, at the
//! place of the mistake itself, with the valid choices.

use std::path::Path;

use policywright::i18n::I18n;
use policywright::model::Locale;
use policywright::storage::{self, LoadError};

const COMPLETE: &str = include_str!("fixtures/complete.ron");

/// The message for `text`, in `locale`, and the line and column it names.
fn mistake(text: &str, locale: Locale) -> (String, usize, usize) {
    let error = storage::parse(text, Path::new("client.ron")).unwrap_err();
    let LoadError::Invalid { line, column, .. } = &error else {
        panic!("{error:?}");
    };
    (error.describe(I18n::embedded(), locale), *line, *column)
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(needle: &str) -> usize {
    COMPLETE[..COMPLETE.find(needle).unwrap()]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn a_byte_order_mark_at_the_start_is_accepted() {
    let with_mark = format!("\u{feff}{COMPLETE}");
    assert!(storage::parse(&with_mark, Path::new("client.ron")).is_ok());
}

#[test]
fn a_missing_comma_is_reported_where_it_is_missing() {
    let broken = COMPLETE.replacen("by_post: true,", "by_post: true", 1);
    let (message, line, column) = mistake(&broken, Locale::EN);
    assert_eq!(line, line_of("by_post: true"));
    let text_line = broken.lines().nth(line - 1).unwrap();
    assert_eq!(column, text_line.chars().count() + 1, "{text_line}");
    assert!(message.contains("a comma is missing here"), "{message}");
}

#[test]
fn a_bracket_never_closed_is_reported_where_it_opened() {
    // The project's closing parenthesis is missing at the very end.
    let broken = COMPLETE.trim_end().strip_suffix(')').unwrap();
    let (message, line, column) = mistake(broken, Locale::NL);
    assert_eq!((line, column), (line_of("(\n    version"), 1));
    assert!(
        message.contains("de ( die hier opent, wordt nooit gesloten"),
        "{message}"
    );
}

#[test]
fn an_unknown_field_or_choice_says_what_was_meant_and_lists_the_valid_ones() {
    let field = COMPLETE.replacen("by_post: true,", "by_pots: true,", 1);
    let (message, ..) = mistake(&field, Locale::EN);
    assert!(
        message.contains("there is no field \"by_pots\" here; did you mean \"by_post\"?"),
        "{message}"
    );
    assert!(
        message.contains("Valid fields: by_post, by_phone, web_form"),
        "{message}"
    );

    let choice = COMPLETE.replacen("legal_basis: Contract,", "legal_basis: Contrakt,", 1);
    let (message, ..) = mistake(&choice, Locale::NL);
    assert!(
        message.contains("\"Contrakt\" is hier geen van de keuzes; bedoelde u \"Contract\"?"),
        "{message}"
    );
}

#[test]
fn a_date_in_another_format_names_the_format() {
    let start = COMPLETE.find("effective_date: \"").unwrap() + "effective_date: \"".len();
    let end = start + COMPLETE[start..].find('"').unwrap();
    let broken = format!("{}1 november 2026{}", &COMPLETE[..start], &COMPLETE[end..]);
    let (message, ..) = mistake(&broken, Locale::EN);
    assert!(
        message.contains("dates are written as year-month-day, for example \"2026-11-01\""),
        "{message}"
    );
}
