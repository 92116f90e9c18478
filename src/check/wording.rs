//! The owner's own words: given in every language the documents are
//! published in, in the right language, in the formal register, and
//! saying something where the law asks for substance.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use whatlang::{Detector, Lang};

use super::{Detail, Finding, Rule};
use crate::model::{LocalText, Locale, Project, Retention, TextKind};

/// `warnings` adds the checks that only warn (language, register), which
/// cost the most.
pub(super) fn check(project: &Project, warnings: bool, findings: &mut Vec<Finding>) {
    let languages = &project.document.languages;
    for (path, kind, text) in project.texts() {
        if let LocalText::Translated(map) = text
            && !text.is_blank()
        {
            for locale in languages {
                if map.get(locale).is_none_or(|t| t.trim().is_empty()) {
                    findings.push(
                        Finding::new(Rule::TextUntranslated, path.clone())
                            .answer(text)
                            .with("language", Detail::Language(*locale)),
                    );
                }
            }
        }
        if !warnings || kind != TextKind::Prose {
            continue;
        }
        for locale in languages {
            let Some(written) = written_in(text, *locale) else {
                continue;
            };
            if *locale == Locale::NL && informal(written) {
                findings.push(Finding::new(Rule::InformalRegister, path.clone()).answer(text));
            }
            if let Some(found) = other_language(written, *locale) {
                findings.push(
                    Finding::new(Rule::TextWrongLanguage, path.clone())
                        .answer(text)
                        .with("language", Detail::Language(*locale))
                        .with("found", Detail::Language(found)),
                );
            }
        }
    }
    for (i, purpose) in project.purposes.iter().enumerate() {
        if let Some(Retention::Criteria(criteria)) = &purpose.retention
            && criteria.texts().any(vague_retention)
        {
            findings.push(
                Finding::new(Rule::RetentionVague, format!("purposes[{i}].retention"))
                    .answer(&purpose.name),
            );
        }
    }
    let purpose_laws = project.purposes.iter().enumerate().flat_map(|(i, p)| {
        p.special_data.iter().enumerate().filter_map(move |(j, s)| {
            let path = format!("purposes[{i}].special_data[{j}].art10_authorisation");
            s.art10_authorisation.as_ref().map(|law| (path, law))
        })
    });
    let kind_laws = project
        .data_categories
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let path = format!("data_categories[{i}].art10_authorisation");
            c.art10_authorisation.as_ref().map(|law| (path, law))
        });
    for (path, law) in kind_laws.chain(purpose_laws) {
        if law.texts().any(consent_only) {
            findings.push(Finding::new(Rule::Art10ConsentOnly, path));
        }
    }
}

/// The text written for `locale` itself (not a universal text, which is
/// meant for every language), when there is one.
fn written_in(text: &LocalText, locale: Locale) -> Option<&str> {
    match text {
        LocalText::Translated(map) => map.get(&locale).map(String::as_str),
        LocalText::Universal(_) => None,
    }
}

/// The Dutch informal "je", "jij", "jouw", "jullie": the documents address
/// the reader formally, and a mix reads as careless.
fn informal(text: &str) -> bool {
    const INFORMAL: [&str; 6] = ["je", "jij", "jou", "jouw", "jullie", "jezelf"];
    text.split(|c: char| !c.is_alphabetic())
        .any(|word| INFORMAL.contains(&word.to_lowercase().as_str()))
}

/// The language a text written for `locale` is clearly in, when that is
/// another document language. Only texts long enough to tell are judged;
/// the detector chooses among the document languages alone.
fn other_language(text: &str, locale: Locale) -> Option<Locale> {
    // Trigrams are weak on short sentences: measured here, the 7-word
    // "we cannot accept or deliver your order." scores 0.47 for Dutch,
    // while whole English or Dutch sentences of 8 words or more score
    // 1.0 and Dutch with English product names ("Google Tag Manager laadt
    // de andere scripts van de website.") stays Dutch at 0.96. A warning
    // must not cry wolf, so only long, confidently judged texts count.
    const WORDS_TO_TELL: usize = 8;
    if text.split_whitespace().count() < WORDS_TO_TELL {
        return None;
    }
    let found = detected(text)?;
    (found != locale).then_some(found)
}

/// How sure the detector must be: see [`other_language`].
const MIN_CONFIDENCE: f64 = 0.6;

/// The language a text is confidently in, remembered per text: the wizard
/// runs the checks on every keystroke, detection is by far their costliest
/// part (12.8 ms against 1.4 ms without it, for a project ten times the
/// largest starter), and its answer depends on the text alone.
fn detected(text: &str) -> Option<Locale> {
    static SEEN: LazyLock<Mutex<HashMap<String, Option<Locale>>>> = LazyLock::new(Default::default);
    /// Enough for every text of many projects; beyond it, start afresh.
    const REMEMBERED: usize = 20_000;
    if let Some(known) = SEEN.lock().ok().and_then(|seen| seen.get(text).copied()) {
        return known;
    }
    let detector =
        Detector::with_allowlist(Locale::BUILT_IN.iter().filter_map(|l| lang(*l)).collect());
    let found = detector.detect(text).and_then(|info| {
        let found = Locale::BUILT_IN
            .into_iter()
            .find(|l| lang(*l) == Some(info.lang()))?;
        (info.confidence() > MIN_CONFIDENCE).then_some(found)
    });
    if let Ok(mut seen) = SEEN.lock() {
        if seen.len() >= REMEMBERED {
            seen.clear();
        }
        seen.insert(text.to_owned(), found);
    }
    found
}

/// The detector's name for a language it can tell apart; `None` for the
/// languages it is not asked about.
fn lang(locale: Locale) -> Option<Lang> {
    match locale.code() {
        "nl" => Some(Lang::Nld),
        "fr" => Some(Lang::Fra),
        "de" => Some(Lang::Deu),
        "en" => Some(Lang::Eng),
        _ => None,
    }
}

/// Criteria that say no more than "as long as necessary": Art. 13(2)(a)
/// asks for the period or the criteria that set it. A text is vague when
/// such a phrase is most of it.
fn vague_retention(text: &str) -> bool {
    const VAGUE: [&str; 11] = [
        "as long as necessary",
        "as long as is necessary",
        "as long as needed",
        "as long as required",
        "no longer than necessary",
        "not longer than necessary",
        "no longer than needed",
        "zolang nodig",
        "zolang noodzakelijk",
        "niet langer dan nodig",
        "niet langer dan noodzakelijk",
    ];
    // "zo lang" and "zolang", with or without "als", are one phrase.
    let lower = text
        .to_lowercase()
        .replace("zo lang", "zolang")
        .replace("zolang als", "zolang");
    VAGUE.iter().any(|phrase| {
        lower.contains(phrase) && lower.split_whitespace().count() <= phrase.split(' ').count() + 4
    })
}

/// An Art. 10 "authorisation" that names consent and no law: consent is
/// not one (Art. 10 requires Union or Member State law).
fn consent_only(text: &str) -> bool {
    const CONSENT: [&str; 2] = ["consent", "toestemming"];
    const LAW: [&str; 8] = [
        "law",
        "wet",
        "art",
        "decree",
        "besluit",
        "code",
        "wetboek",
        "regulation",
    ];
    let lower = text.to_lowercase();
    CONSENT.iter().any(|c| lower.contains(c)) && !LAW.iter().any(|l| lower.contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_criteria_are_told_from_real_ones() {
        assert!(vague_retention("As long as necessary."));
        assert!(vague_retention("Zolang nodig voor het doel"));
        assert!(vague_retention("Zo lang nodig."));
        assert!(vague_retention("Zo lang als noodzakelijk voor het doel"));
        assert!(vague_retention("Niet langer dan noodzakelijk."));
        assert!(vague_retention("No longer than necessary for this purpose"));
        assert!(!vague_retention(
            "As long as necessary to handle your complaint, and at most two years after it is closed."
        ));
    }

    #[test]
    fn the_informal_register_is_found_by_whole_words() {
        assert!(informal("Wij sturen je een bevestiging."));
        assert!(informal("Jouw gegevens"));
        assert!(!informal("Wij sturen u een jeugdkaart, jaarlijks."));
    }

    #[test]
    fn text_in_the_other_language_is_found_when_long_enough() {
        let english = "We send you our newsletter every month with news about our products.";
        assert_eq!(other_language(english, Locale::NL), Some(Locale::EN));
        assert_eq!(other_language(english, Locale::EN), None);
        assert_eq!(other_language("Google Analytics cookie", Locale::NL), None);
    }

    #[test]
    fn consent_is_no_law() {
        assert!(consent_only("the candidate's consent"));
        assert!(!consent_only(
            "art. 596 of the Code of Criminal Procedure, with consent"
        ));
    }
}
