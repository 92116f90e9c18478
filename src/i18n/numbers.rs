//! Numbers as each language writes them: 1,500 and 2.5 in English, 1.500
//! and 2,5 in Dutch and German, 1 500 and 2,5 in French. Fluent writes
//! every number the English way without grouping; its formatter hook lets
//! a bundle write them its own way. A full locale-data crate would be far
//! larger than the few separators the documents need, so they are listed
//! here, after CLDR; a language added as a folder and not listed writes
//! plain digits, which every reader understands.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;

/// How a language separates thousands and decimals.
struct Separators {
    thousands: &'static str,
    decimal: &'static str,
}

fn separators(code: &str) -> Option<Separators> {
    let language = code.split(['-', '_']).next().unwrap_or(code);
    match language {
        "en" => Some(Separators {
            thousands: ",",
            decimal: ".",
        }),
        "nl" | "de" | "da" | "it" | "id" | "tr" => Some(Separators {
            thousands: ".",
            decimal: ",",
        }),
        // A narrow no-break space, so a number never breaks over two lines.
        "fr" => Some(Separators {
            thousands: "\u{202F}",
            decimal: ",",
        }),
        _ => None,
    }
}

/// Writes `number` with `separators`, keeping the digits Fluent chose.
fn write(number: &FluentNumber, separators: &Separators) -> String {
    let plain = number.as_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", &*plain),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push_str(separators.thousands);
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}{}{fraction}", separators.decimal),
        None => format!("{sign}{grouped}"),
    }
}

macro_rules! formatter {
    ($name:ident, $code:literal) => {
        fn $name<M>(value: &FluentValue, _: &M) -> Option<String> {
            match value {
                FluentValue::Number(number) => Some(write(number, &separators($code)?)),
                _ => None,
            }
        }
    };
}

formatter!(english, "en");
formatter!(dotted, "nl");
formatter!(french, "fr");

/// The formatter for the language `code`, if it writes numbers otherwise
/// than plain digits. Fluent takes a plain function, so there is one per
/// way of writing.
pub fn formatter<M>(code: &str) -> Option<fn(&FluentValue, &M) -> Option<String>> {
    let separators = separators(code)?;
    Some(match (separators.thousands, separators.decimal) {
        (",", _) => english::<M>,
        (".", _) => dotted::<M>,
        _ => french::<M>,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, number};
    use crate::model::Locale;
    use fluent_bundle::FluentArgs;

    fn written(value: f64, code: &str) -> String {
        let separators = separators(code).unwrap();
        write(&FluentNumber::from(value), &separators)
    }

    #[test]
    fn each_language_groups_thousands_and_marks_decimals_its_own_way() {
        assert_eq!(written(1500.0, "en"), "1,500");
        assert_eq!(written(1500.0, "nl"), "1.500");
        assert_eq!(written(1500.0, "de"), "1.500");
        assert_eq!(written(1500.0, "fr"), "1\u{202F}500");
        assert_eq!(written(1234567.0, "nl"), "1.234.567");
        assert_eq!(written(-2.5, "fr"), "-2,5");
        assert_eq!(written(30.0, "en"), "30");
        assert!(separators("sv").is_none());
    }

    #[test]
    fn documents_write_a_large_number_in_the_reader_s_way() {
        let i18n = I18n::embedded();
        let mut args = FluentArgs::new();
        args.set("age", number(1500.0));
        let dutch = i18n.plain(Locale::NL, "children-age-limit", &args);
        let french = i18n.plain(Locale::FR, "children-age-limit", &args);
        assert!(dutch.contains("1.500"), "{dutch}");
        assert!(french.contains("1\u{202F}500"), "{french}");
    }
}
