//! Who receives the data, and on what terms it leaves the EEA.

use serde::{Deserialize, Serialize};

use super::{Country, LocalText};

/// A recipient or category of recipients (Art. 13(1)(e)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// A company name, or a category such as "our accountant".
    pub name: LocalText,
    /// What the recipient does with the data.
    pub service: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RecipientRole>,
    /// Where the data is processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// Further countries where the data is processed, beside `country`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_processed_in: Vec<Country>,
    /// The provider says the data may be processed outside the EEA without
    /// naming the countries.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outside_eea_unstated: bool,
    /// Where the company is established, when that is not where the data
    /// is processed (an Irish company whose servers are in the US).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<Country>,
    /// The safeguard for a transfer outside the EEA (Art. 46, 45, 49).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<TransferSafeguard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy: Option<String>,
    /// Which standard contractual clauses, when those are the safeguard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scc: Option<Scc>,
    /// For a joint controller: the essence of the arrangement between it
    /// and the organisation, which Art. 26(2) makes available to people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<LocalText>,
    /// For a joint controller: where people reach it about their data,
    /// the office or DPO that handles requests (Art. 26(2)). The statement
    /// gives it after the arrangement; other recipients' contacts are not
    /// asked and not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<super::Contact>,
    /// The keys of the purposes it receives data for; empty until
    /// answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    /// The key of the catalogue service this entry was filled in from, so
    /// removing the service can find it again; `None` for entries the user
    /// wrote. Left out of files when empty, so older files read unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_catalog: Option<String>,
    /// A fingerprint of the entry as the catalogue wrote it, so a later
    /// catalogue update can tell an entry nobody changed (to bring up to
    /// date) from one the user edited (to keep).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_fingerprint: Option<String>,
}

impl Recipient {
    /// Every country the recipient is answered to process the data in.
    pub fn processing_countries(&self) -> impl Iterator<Item = &Country> {
        self.country.iter().chain(&self.also_processed_in)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecipientRole {
    /// Processes data on the organisation's instructions (Art. 28).
    Processor,
    /// Decides for itself what it does with the data.
    Controller,
    /// Decides together with the organisation (Art. 26).
    JointController,
    /// A government body the law obliges the organisation to inform.
    Authority,
    /// A company of the same group.
    GroupCompany,
    /// The person's own employer (an employee benefit, a training the
    /// employer pays for); it decides for itself what it does with the data.
    Employer,
    /// A professional body or regulator of the profession (the order of
    /// physicians, the institute of accountants).
    ProfessionalBody,
    /// A buyer of all or part of the business, in a sale or merger.
    Acquirer,
}

impl RecipientRole {
    pub const ALL: [RecipientRole; 8] = [
        RecipientRole::Processor,
        RecipientRole::Controller,
        RecipientRole::JointController,
        RecipientRole::Authority,
        RecipientRole::GroupCompany,
        RecipientRole::Employer,
        RecipientRole::ProfessionalBody,
        RecipientRole::Acquirer,
    ];

    /// The suffix of its Fluent message (`role-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            RecipientRole::Processor => "processor",
            RecipientRole::Controller => "controller",
            RecipientRole::JointController => "joint-controller",
            RecipientRole::Authority => "authority",
            RecipientRole::GroupCompany => "group-company",
            RecipientRole::Employer => "employer",
            RecipientRole::ProfessionalBody => "professional-body",
            RecipientRole::Acquirer => "acquirer",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TransferSafeguard {
    /// Art. 45: the country has an adequacy decision.
    AdequacyDecision,
    /// Art. 45: the US recipient is certified under the EU-US Data Privacy
    /// Framework.
    DataPrivacyFramework,
    /// Art. 46(2)(c): the Commission's standard contractual clauses.
    StandardContractualClauses,
    /// Art. 47: binding corporate rules.
    BindingCorporateRules,
    /// Art. 49: a derogation, with the one that applies in plain words.
    Derogation(LocalText),
}

/// The standard contractual clauses agreed with a recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scc {
    /// Commission Implementing Decision (EU) 2021/914, with the module
    /// used (1 to 4) where it is known.
    Current(Option<u8>),
    /// Decision 2001/497/EC, repealed.
    Repealed2001,
    /// Decision 2004/915/EC, repealed.
    Repealed2004,
    /// Decision 2010/87/EU, repealed.
    Repealed2010,
}

impl Scc {
    /// The decision, as cited.
    pub fn decision(self) -> &'static str {
        match self {
            Scc::Current(_) => "2021/914",
            Scc::Repealed2001 => "2001/497",
            Scc::Repealed2004 => "2004/915",
            Scc::Repealed2010 => "2010/87",
        }
    }
}
