//! Who the controller is and how to reach them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::LocalText;

/// The controller: the organisation the documents are about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    /// "BV", "VZW", "NV", "eenmanszaak", ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<String>,
    pub address: Address,
    /// Belgian enterprise number (KBO/BCE) or Dutch KvK number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<String>,
    /// The representative in the EU, for a controller established outside
    /// it (Art. 27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Contact>,
    /// Trade names and brands the organisation is known by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trade_names: Vec<String>,
    /// The group of companies it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// What it does as a processor for its clients (an accountant with its
    /// clients' staff data), said in a section of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor_for: Option<LocalText>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// Where the organisation is established, which decides the national
    /// law and the supervisory authority; `None` until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
}

/// A person or office to contact: a DPO, a privacy contact, a
/// representative.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

impl Contact {
    /// Nothing typed: a contact whose fields were all cleared again says
    /// nothing, and the documents leave it out.
    pub fn is_blank(&self) -> bool {
        let blank = |field: &Option<String>| field.as_deref().is_none_or(|f| f.trim().is_empty());
        self.name.trim().is_empty()
            && blank(&self.email)
            && blank(&self.phone)
            && self.address.as_ref().is_none_or(|a| {
                a.street.trim().is_empty()
                    && a.postcode.trim().is_empty()
                    && a.city.trim().is_empty()
            })
    }
}

/// A supervisory authority and how to reach it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub name: LocalText,
    /// The postal address as lines, as it is written on an envelope.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The website, possibly a different one per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<LocalText>,
}

/// A country as its ISO 3166-1 alpha-2 code, upper case ("BE", "NL", "US").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Country(String);

impl Country {
    /// The country for a two-letter code, in any case; `None` for anything
    /// that is not two ASCII letters.
    pub fn new(code: &str) -> Option<Country> {
        let code = code.trim();
        (code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| Country(code.to_ascii_uppercase()))
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Country::new(&code).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "\"{code}\" is not a country code: use two letters such as \"BE\" or \"NL\""
            ))
        })
    }
}
