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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_services: Option<bool>,
    /// The organisation's own minimum age for its online services, if it
    /// has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_limit: Option<u8>,
    /// How minors' data is handled, where minors are among the people
    /// whose data is processed (patients, young members, dependants).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minors: Option<LocalText>,
}

/// How people exercise their rights and complain (Art. 12, 77).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// Requests may also be sent by post to the organisation's address.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_post: bool,
    /// Requests may also be made by phone, at the organisation's number.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_phone: bool,
    /// A web form for requests, by its address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_form: Option<String>,
    /// Requests may also be made in person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_person: bool,
    /// The proof of identity asked, and why it is proportionate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_proof: Option<LocalText>,
    /// The days within which requests are answered, when the organisation
    /// promises sooner than the law's one month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_days: Option<u16>,
    /// Where complaints go, when someone else than the privacy contact
    /// handles them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaints: Option<Contact>,
    /// Rules of the organisation's sector that change how rights work.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sector_rules: Vec<SectorRule>,
}

/// A Belgian sector rule that changes how people exercise their rights,
/// each said in wording of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectorRule {
    /// Access to data kept under the anti-money-laundering law goes
    /// through the supervisory authority (law of 18 September 2017,
    /// art. 65).
    AmlIndirectAccess,
    /// The patient's rights under the law of 22 August 2002: access to
    /// the record within 15 days, a copy, a person of trust.
    PatientRights,
    /// Professional secrecy (Criminal Code art. 458).
    ProfessionalSecrecy,
}

impl SectorRule {
    pub const ALL: [SectorRule; 3] = [
        SectorRule::AmlIndirectAccess,
        SectorRule::PatientRights,
        SectorRule::ProfessionalSecrecy,
    ];

    /// The suffix of its Fluent messages (`sector-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            SectorRule::AmlIndirectAccess => "aml",
            SectorRule::PatientRights => "patient-rights",
            SectorRule::ProfessionalSecrecy => "professional-secrecy",
        }
    }
}

impl Requests {
    /// The one month of Art. 12(3) at its shortest (February), in days: a
    /// promise of more days can break the law's month.
    pub const MONTH_IN_DAYS: u16 = 28;
}
