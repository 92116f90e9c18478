//! Text the user writes: either one text for every language (a company name,
//! a product name) or one text per language (a purpose, an interest).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Locale;

/// User-written text that may differ per document language.
///
/// In a project file it is either a plain string, used as is in every
/// language, or a map such as `{"nl": "Bestellingen", "en": "Orders"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalText {
    Universal(String),
    Translated(BTreeMap<Locale, String>),
}

/// The text chosen for one locale, and the locale it really came from when
/// the requested one was missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub fallback_from: Option<Locale>,
}

impl LocalText {
    pub fn universal(text: impl Into<String>) -> Self {
        Self::Universal(text.into())
    }

    pub fn translated(pairs: &[(Locale, &str)]) -> Self {
        Self::Translated(
            pairs
                .iter()
                .map(|(locale, text)| (*locale, (*text).to_owned()))
                .collect(),
        )
    }

    /// The text for `locale`; when it is missing, the text of another
    /// locale (English first), marked as a fallback. `None` when the text is
    /// empty in every language.
    pub fn resolve(&self, locale: Locale) -> Option<Resolved<'_>> {
        match self {
            Self::Universal(text) => (!text.trim().is_empty()).then_some(Resolved {
                text,
                fallback_from: None,
            }),
            Self::Translated(map) => {
                let filled = |l: &Locale| map.get(l).filter(|t| !t.trim().is_empty());
                if let Some(text) = filled(&locale) {
                    return Some(Resolved {
                        text,
                        fallback_from: None,
                    });
                }
                std::iter::once(Locale::EN)
                    .chain(map.keys().copied())
                    .find_map(|other| {
                        filled(&other).map(|text| Resolved {
                            text,
                            fallback_from: Some(other),
                        })
                    })
            }
        }
    }

    /// Every text it holds, whatever the language.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let (universal, translated) = match self {
            Self::Universal(text) => (Some(text.as_str()), None),
            Self::Translated(map) => (None, Some(map.values().map(String::as_str))),
        };
        universal
            .into_iter()
            .chain(translated.into_iter().flatten())
    }

    pub fn is_blank(&self) -> bool {
        self.texts().all(|t| t.trim().is_empty())
    }

    /// The text written for `locale` itself, without falling back: what an
    /// editing field for that language shows.
    pub fn exact(&self, locale: Locale) -> &str {
        match self {
            Self::Universal(text) => text,
            Self::Translated(map) => map.get(&locale).map_or("", String::as_str),
        }
    }

    /// Sets the text for `locale`. A text that was the same for every
    /// language keeps that text for the other languages.
    pub fn set(&mut self, locale: Locale, text: String) {
        if let Self::Universal(shared) = self {
            let shared = std::mem::take(shared);
            // The other languages keep the shared text, in every language
            // the program knows, so no document loses it.
            *self = Self::Translated(
                Locale::BUILT_IN
                    .into_iter()
                    .map(|l| (l, shared.clone()))
                    .collect(),
            );
        }
        if let Self::Translated(map) = self {
            map.insert(locale, text);
        }
    }
}

impl Default for LocalText {
    fn default() -> Self {
        Self::Universal(String::new())
    }
}

impl From<&str> for LocalText {
    fn from(text: &str) -> Self {
        Self::universal(text)
    }
}

impl Serialize for LocalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Universal(text) => serializer.serialize_str(text),
            Self::Translated(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for LocalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalTextVisitor;

        impl<'de> Visitor<'de> for LocalTextVisitor {
            type Value = LocalText;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a text, or texts per language such as {"nl": "…", "en": "…"}"#)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<LocalText, E> {
                Ok(LocalText::Universal(text.to_owned()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<LocalText, E> {
                Ok(LocalText::Universal(text))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<LocalText, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((locale, text)) = access.next_entry::<Locale, String>()? {
                    if map.insert(locale, text).is_some() {
                        return Err(de::Error::custom(format_args!(
                            "the language \"{}\" appears twice",
                            locale.code()
                        )));
                    }
                }
                Ok(LocalText::Translated(map))
            }
        }

        deserializer.deserialize_any(LocalTextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_falls_back_to_english_and_says_so() {
        let text = LocalText::translated(&[(Locale::EN, "Orders")]);
        let resolved = text.resolve(Locale::NL).unwrap();
        assert_eq!(resolved.text, "Orders");
        assert_eq!(resolved.fallback_from, Some(Locale::EN));
    }

    #[test]
    fn editing_one_language_keeps_the_others() {
        let mut text = LocalText::universal("Bakkerij");
        text.set(Locale::EN, "Bakery".into());
        assert_eq!(text.exact(Locale::NL), "Bakkerij");
        assert_eq!(text.exact(Locale::EN), "Bakery");
        let mut empty = LocalText::default();
        empty.set(Locale::NL, "Doel".into());
        assert_eq!(empty.exact(Locale::NL), "Doel");
        assert_eq!(
            empty.resolve(Locale::EN).unwrap().fallback_from,
            Some(Locale::NL)
        );
    }

    #[test]
    fn blank_texts_resolve_to_nothing() {
        assert!(LocalText::universal("  ").resolve(Locale::NL).is_none());
        let text = LocalText::translated(&[(Locale::NL, ""), (Locale::EN, " ")]);
        assert!(text.resolve(Locale::EN).is_none());
    }
}
