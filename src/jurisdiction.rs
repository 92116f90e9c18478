//! Facts about countries: who is in the EEA, which countries have an
//! adequacy decision, the age of digital consent, and the supervisory
//! authorities. The data lives in `templates/jurisdictions.ron`, with the
//! date it was checked.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;
use time::Date;

use crate::model::{Authority, Country};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdictions {
    /// When the facts were last checked.
    pub checked: Date,
    pub eea: Vec<Country>,
    pub adequacy: Vec<Country>,
    /// The country whose adequacy only covers certified organisations.
    pub data_privacy_framework: Country,
    pub digital_consent_age: BTreeMap<Country, u8>,
    pub authorities: BTreeMap<Country, Authority>,
}

static JURISDICTIONS: LazyLock<Jurisdictions> = LazyLock::new(|| {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(include_str!("../templates/jurisdictions.ron"))
        .unwrap_or_else(|e| panic!("templates/jurisdictions.ron is broken: {e}"))
});

/// The shipped facts.
pub fn data() -> &'static Jurisdictions {
    &JURISDICTIONS
}

pub fn is_eea(country: &Country) -> bool {
    data().eea.contains(country)
}

pub fn has_adequacy_decision(country: &Country) -> bool {
    data().adequacy.contains(country)
}

/// The authority policywright knows for `country`, if any.
pub fn authority(country: &Country) -> Option<&'static Authority> {
    data().authorities.get(country)
}

pub fn digital_consent_age(country: &Country) -> Option<u8> {
    data().digital_consent_age.get(country).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_facts_load_and_hold_belgium_and_the_netherlands() {
        let be = Country::new("BE").unwrap();
        let nl = Country::new("nl").unwrap();
        assert!(is_eea(&be) && is_eea(&nl));
        assert_eq!(data().eea.len(), 30);
        assert!(authority(&be).is_some() && authority(&nl).is_some());
        assert_eq!(digital_consent_age(&be), Some(13));
        assert_eq!(digital_consent_age(&nl), Some(16));
        assert!(!has_adequacy_decision(&Country::new("US").unwrap()));
    }
}
