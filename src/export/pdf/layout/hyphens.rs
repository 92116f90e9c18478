//! Where a word may be hyphenated at the end of a line, from the TeX
//! hyphenation patterns the `hyphenation` crate embeds. A language's
//! patterns are loaded the first time a document in it is set, so a
//! command that writes no PDF never loads them.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

use crate::model::Locale;

/// The patterns for `locale`, if there are any.
pub fn dictionary(locale: Locale) -> Option<&'static Standard> {
    // The documents use British spelling ("organisation"), and German is
    // written in the reformed spelling of 1996.
    const LANGUAGES: [(Locale, Language); 4] = [
        (Locale::NL, Language::Dutch),
        (Locale::FR, Language::French),
        (Locale::DE, Language::German1996),
        (Locale::EN, Language::EnglishGB),
    ];
    static LOADED: [OnceLock<Option<Standard>>; 4] = [const { OnceLock::new() }; 4];
    let index = LANGUAGES.iter().position(|(l, _)| *l == locale)?;
    LOADED[index]
        .get_or_init(|| Standard::from_embedded(LANGUAGES[index].1).ok())
        .as_ref()
}

/// The byte offsets in `word` after which it may be broken with a hyphen.
/// Only plain words are hyphenated: anything with a digit or a symbol in
/// it (an address, a code, a name with an @) is left whole, as a hyphen
/// would change what it says.
pub fn points(dictionary: &Standard, word: &str) -> Vec<usize> {
    let letters = word.trim_end_matches(|c: char| ",.;:!?)’”\"'".contains(c));
    let letters = letters.trim_start_matches(|c: char| "(‘“\"'".contains(c));
    let start = word.len()
        - word
            .trim_start_matches(|c: char| "(‘“\"'".contains(c))
            .len();
    if letters.is_empty() || !letters.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    // The patterns are written in lower case; a word whose lower case is
    // longer in bytes (rare letters) is left whole rather than misplaced.
    let lower = letters.to_lowercase();
    if lower.len() != letters.len() {
        return Vec::new();
    }
    // A diaeresis marks where a syllable starts, and a hyphen there would
    // drop it ("financi-ële" is written "financi-ele"): no break there.
    dictionary
        .hyphenate(&lower)
        .breaks
        .into_iter()
        .filter(|&at| !lower[at..].starts_with(['ä', 'ë', 'ï', 'ö', 'ü']))
        .map(|at| start + at)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenated(locale: Locale, word: &str) -> String {
        let mut out = String::new();
        let mut from = 0;
        for at in points(dictionary(locale).unwrap(), word) {
            out.push_str(&word[from..at]);
            out.push('-');
            from = at;
        }
        out + &word[from..]
    }

    #[test]
    fn dutch_and_english_words_break_between_syllables() {
        assert_eq!(
            hyphenated(Locale::NL, "persoonsgegevens"),
            "per-soons-ge-ge-vens"
        );
        assert_eq!(hyphenated(Locale::EN, "organisation"), "or-gan-isa-tion");
        assert_eq!(hyphenated(Locale::NL, "financiële"), "fi-nan-cië-le");
    }

    #[test]
    fn punctuation_stays_and_codes_stay_whole() {
        assert_eq!(
            hyphenated(Locale::NL, "(verwerkingen),"),
            "(ver-wer-kin-gen),"
        );
        assert_eq!(
            hyphenated(Locale::EN, "privacy@bakery.be"),
            "privacy@bakery.be"
        );
        assert_eq!(hyphenated(Locale::EN, "BE0123456789"), "BE0123456789");
    }
}
