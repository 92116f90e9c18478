//! Answers with three states: not answered, yes, no. Silence is never
//! "no"; see `crate::questions` for every question that decides a
//! sentence.

use serde::{Deserialize, Serialize};

use super::{Contact, LocalText};

/// Whether a data protection officer is appointed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dpo {
    #[default]
    NotAnswered,
    Appointed(Contact),
    /// None is appointed; the documents give no reason.
    NotAppointed,
    /// None is appointed, for the reason the owner gives in their words.
    NotAppointedBecause(LocalText),
}

impl Dpo {
    /// The officer, when one is appointed.
    pub fn contact(&self) -> Option<&Contact> {
        match self {
            Dpo::Appointed(contact) => Some(contact),
            _ => None,
        }
    }
}

/// Children and minors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Children {
    /// Whether online services are offered directly to children (Art. 8).
    #[serde(default)]
    pub online_services: Option<bool>,
    /// The organisation's own minimum age for its online services, if it
    /// has one.
    #[serde(default)]
    pub age_limit: Option<u8>,
    /// How minors' data is handled, where minors are among the people
    /// whose data is processed (patients, young members, dependants).
    #[serde(default)]
    pub minors: Option<LocalText>,
}
