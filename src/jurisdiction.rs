//! Facts about countries: who is in the EEA, which countries have an
//! adequacy decision, the age of digital consent, the company numbers an
//! organisation states, and the supervisory authorities (current and
//! former). The data lives in `templates/jurisdictions.ron`, with the
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
    pub company_numbers: BTreeMap<Country, CompanyNumbers>,
    pub digital_consent_age: BTreeMap<Country, u8>,
    /// Names of authorities that were replaced, in any language.
    pub former_authorities: Vec<String>,
    pub authorities: BTreeMap<Country, KnownAuthority>,
}

/// A supervisory authority as policywright ships it, with when and where
/// its facts were last checked, so they can be checked again.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownAuthority {
    pub checked: Date,
    /// The page the facts were read on.
    pub source: String,
    pub authority: Authority,
}

/// Which company and VAT numbers an organisation of a country states, and
/// so how policywright checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum CompanyNumbers {
    /// Enterprise number (KBO/BCE) with its mod 97 check; VAT number is
    /// `BE` and the enterprise number.
    Belgian,
    /// Chamber of Commerce (KvK) number; btw-id `NL` + 9 digits + `B` + 2.
    Dutch,
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

/// Whether the EU-US Data Privacy Framework, rather than a general adequacy
/// decision, is what covers transfers to `country`.
pub fn is_data_privacy_framework_country(country: &Country) -> bool {
    data().data_privacy_framework == *country
}

/// The numbers an organisation established in `country` states, where
/// policywright knows how to check them.
pub fn company_numbers(country: &Country) -> Option<CompanyNumbers> {
    data().company_numbers.get(country).copied()
}

/// Whether `name` names an authority that no longer exists.
pub fn is_former_authority(name: &str) -> bool {
    let name = name.to_lowercase();
    data()
        .former_authorities
        .iter()
        .any(|former| name.contains(&former.to_lowercase()))
}

/// The authority policywright knows for `country`, if any.
pub fn authority(country: &Country) -> Option<&'static Authority> {
    data()
        .authorities
        .get(country)
        .map(|known| &known.authority)
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
        let us = Country::new("US").unwrap();
        assert!(!has_adequacy_decision(&us));
        assert!(is_data_privacy_framework_country(&us));
        assert_eq!(company_numbers(&be), Some(CompanyNumbers::Belgian));
        assert_eq!(company_numbers(&nl), Some(CompanyNumbers::Dutch));
    }

    /// A controller anywhere in the EEA, Switzerland or the United Kingdom
    /// finds its authority in the complaint section without typing it,
    /// but in Germany, where private organisations answer to the authority
    /// of their Land and the program does not know the Land.
    #[test]
    fn every_eea_country_but_germany_has_its_authority_and_consent_age() {
        let mut countries = data().eea.clone();
        countries.extend(["CH", "GB"].map(|code| Country::new(code).unwrap()));
        for country in &countries {
            let known = data().authorities.get(country);
            if country.code() == "DE" {
                assert!(known.is_none(), "DE needs the Land's authority");
            } else {
                let known = known.unwrap_or_else(|| panic!("no authority for {country:?}"));
                assert!(!known.authority.name.is_blank(), "{country:?}");
                assert!(!known.authority.address.is_empty(), "{country:?}");
                assert!(known.authority.website.is_some(), "{country:?}");
                assert!(known.source.starts_with("https://"), "{country:?}");
            }
            if data().eea.contains(country) {
                let age = digital_consent_age(country)
                    .unwrap_or_else(|| panic!("no age of digital consent for {country:?}"));
                assert!((13..=16).contains(&age), "{country:?}: {age}");
            }
        }
    }

    #[test]
    fn the_old_privacy_commission_is_recognised_in_any_case() {
        assert!(is_former_authority(
            "de commissie voor de bescherming van de persoonlijke levenssfeer"
        ));
        assert!(is_former_authority("College Bescherming Persoonsgegevens"));
        assert!(!is_former_authority("Gegevensbeschermingsautoriteit"));
    }
}
