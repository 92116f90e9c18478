//! One purpose of processing: its basis (for all its audiences or one of
//! them), how long data is kept, whether it must be given, and the
//! decisions taken by automated means.

use serde::{Deserialize, Serialize};

use super::{Art9Condition, CookieCategory, LocalText};

/// One purpose of processing, with everything Art. 13 asks about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// The key recipients use to say they serve this purpose; empty until
    /// one does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    pub name: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalText>,
    /// Keys of the audiences whose data serves this purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<String>,
    /// Keys of the data categories used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// The interest pursued, required when the basis is Art. 6(1)(f).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Retention>,
    /// Whether the person must provide the data, and what happens if not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Provision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decision: Option<AutomatedDecision>,
    /// Audiences for whom the purpose rests on another basis, or asks for
    /// data on other terms, than the ones above (a contract with private
    /// customers, legitimate interests for contact persons at companies).
    /// The ones above apply to the purpose's other audiences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_audience: Vec<AudienceTerms>,
    /// The exception of Art. 9(2), or the authorisation of Art. 10, under
    /// which this purpose uses special-category or criminal-offence data,
    /// where it is not the one given for the data kind (care under (h),
    /// an emergency under (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_data: Vec<SpecialDataTerms>,
    /// Whether the purpose is direct marketing (newsletters, offers,
    /// advertising), which people may object to at any time (Art. 21(2));
    /// `None` until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_marketing: Option<bool>,
    /// The kinds of cookies the website sets for this purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<CookieCategory>,
    /// What only the record of processing activities asks.
    #[serde(default, skip_serializing_if = "RecordDetails::is_empty")]
    pub record: RecordDetails,
}

/// What the record of processing activities (Art. 30) asks of a purpose
/// beyond what the documents say; each is optional, as the law does not
/// require it, but the authority's model register has a column for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordDetails {
    /// Who in the organisation answers for the processing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The application or system the data is kept in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Whether a data protection impact assessment (Art. 35) was done;
    /// `None` until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpia_done: Option<bool>,
}

impl RecordDetails {
    pub fn is_empty(&self) -> bool {
        *self == RecordDetails::default()
    }
}

/// The basis and terms of a purpose for one of its audiences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceTerms {
    /// The key of the audience.
    pub audience: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Provision>,
}

impl AudienceTerms {
    pub fn new(audience: String) -> AudienceTerms {
        AudienceTerms {
            audience,
            legal_basis: None,
            legitimate_interest: None,
            provision: None,
        }
    }
}

/// The condition under which one purpose uses one kind of special or
/// criminal-offence data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialDataTerms {
    /// The key of the data category.
    pub data: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art9_condition: Option<Art9Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art10_authorisation: Option<LocalText>,
}

/// The basis, interest and provision that apply to some of a purpose's
/// audiences: all of them but those with terms of their own (`audience`
/// is `None`), or one of those.
#[derive(Clone, Copy, Debug)]
pub struct Terms<'a> {
    pub audience: Option<&'a str>,
    pub legal_basis: Option<LegalBasis>,
    pub legitimate_interest: Option<&'a LocalText>,
    pub provision: Option<&'a Provision>,
    /// Where they are written: `None` for the purpose's own, `Some(j)`
    /// for `per_audience[j]`.
    pub at: Option<usize>,
}

impl Terms<'_> {
    /// The path of one of these terms' fields inside purpose `index`.
    pub fn path(&self, index: usize, field: &str) -> String {
        match self.at {
            None => format!("purposes[{index}].{field}"),
            Some(j) => format!("purposes[{index}].per_audience[{j}].{field}"),
        }
    }
}

impl Purpose {
    /// Whether the purpose's own basis applies to anyone: it has no
    /// audiences, or one without terms of its own.
    pub fn general_terms_apply(&self) -> bool {
        self.audiences.is_empty()
            || self
                .audiences
                .iter()
                .any(|a| !self.per_audience.iter().any(|t| &t.audience == a))
    }

    /// Every set of terms that applies: the purpose's own (when they apply
    /// to anyone), then each audience's of its own.
    pub fn terms(&self) -> Vec<Terms<'_>> {
        let own = Terms {
            audience: None,
            legal_basis: self.legal_basis,
            legitimate_interest: self.legitimate_interest.as_ref(),
            provision: self.provision.as_ref(),
            at: None,
        };
        let general = self.general_terms_apply().then_some(own);
        general
            .into_iter()
            .chain(self.per_audience.iter().enumerate().map(|(j, t)| Terms {
                audience: Some(&t.audience),
                legal_basis: t.legal_basis,
                legitimate_interest: t.legitimate_interest.as_ref(),
                provision: t.provision.as_ref(),
                at: Some(j),
            }))
            .collect()
    }

    /// Whether any audience's data rests on this basis.
    pub fn rests_on(&self, basis: LegalBasis) -> bool {
        self.terms().iter().any(|t| t.legal_basis == Some(basis))
    }

    /// The Art. 9(2) condition under which the purpose uses a special
    /// category: its own for that data, else the one of the data kind.
    pub fn art9_condition(&self, category: &super::DataCategory) -> Option<Art9Condition> {
        self.special_data
            .iter()
            .find(|s| s.data == category.key())
            .and_then(|s| s.art9_condition)
            .or(category.art9_condition)
    }
}

/// The six legal bases of Art. 6(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalBasis {
    /// (a)
    Consent,
    /// (b)
    Contract,
    /// (c)
    LegalObligation,
    /// (d)
    VitalInterests,
    /// (e)
    PublicTask,
    /// (f)
    LegitimateInterests,
}

impl LegalBasis {
    /// The suffix of its Fluent message (`basis-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal-obligation",
            LegalBasis::VitalInterests => "vital-interests",
            LegalBasis::PublicTask => "public-task",
            LegalBasis::LegitimateInterests => "legitimate-interests",
        }
    }

    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterests,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterests,
    ];
}

/// How long data is kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Retention {
    /// A fixed period counted from a moment.
    For {
        period: Period,
        after: RetentionStart,
    },
    /// The criteria that decide it, where no fixed period can be given.
    Criteria(LocalText),
}

/// A length of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Period {
    pub fn amount(self) -> u32 {
        match self {
            Period::Days(n) | Period::Weeks(n) | Period::Months(n) | Period::Years(n) => n,
        }
    }

    pub fn unit(self) -> PeriodUnit {
        match self {
            Period::Days(_) => PeriodUnit::Days,
            Period::Weeks(_) => PeriodUnit::Weeks,
            Period::Months(_) => PeriodUnit::Months,
            Period::Years(_) => PeriodUnit::Years,
        }
    }
}

/// The moment a retention period starts to run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RetentionStart {
    Collection,
    LastContact,
    EndOfContract,
    EndOfFinancialYear,
    EndOfEmployment,
    EndOfMembership,
    EndOfApplication,
    WithdrawalOfConsent,
    Custom(LocalText),
}

impl RetentionStart {
    /// The moments offered as choices; `Custom` is written by the user.
    pub const STANDARD: [RetentionStart; 8] = [
        RetentionStart::Collection,
        RetentionStart::LastContact,
        RetentionStart::EndOfContract,
        RetentionStart::EndOfFinancialYear,
        RetentionStart::EndOfEmployment,
        RetentionStart::EndOfMembership,
        RetentionStart::EndOfApplication,
        RetentionStart::WithdrawalOfConsent,
    ];

    /// The suffix of its Fluent message (`retention-after-<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            RetentionStart::Collection => "collection",
            RetentionStart::LastContact => "last-contact",
            RetentionStart::EndOfContract => "end-of-contract",
            RetentionStart::EndOfFinancialYear => "end-of-financial-year",
            RetentionStart::EndOfEmployment => "end-of-employment",
            RetentionStart::EndOfMembership => "end-of-membership",
            RetentionStart::EndOfApplication => "end-of-application",
            RetentionStart::WithdrawalOfConsent => "withdrawal-of-consent",
            RetentionStart::Custom(_) => "custom",
        }
    }
}

/// Whether providing the data is required (Art. 13(2)(e)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub requirement: Requirement,
    /// What happens if the person does not provide the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<LocalText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requirement {
    /// Required by law.
    Statutory,
    /// Required by a contract with the person.
    Contractual,
    /// Needed before a contract can be made.
    NeededForContract,
    /// Entirely up to the person.
    Voluntary,
}

impl Requirement {
    pub const ALL: [Requirement; 4] = [
        Requirement::Statutory,
        Requirement::Contractual,
        Requirement::NeededForContract,
        Requirement::Voluntary,
    ];

    /// The suffix of its Fluent message (`requirement-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Requirement::Statutory => "statutory",
            Requirement::Contractual => "contractual",
            Requirement::NeededForContract => "needed-for-contract",
            Requirement::Voluntary => "voluntary",
        }
    }
}

/// A decision taken by automated means, or profiling (Art. 22, 13(2)(f)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecision {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub profiling: bool,
    /// The logic involved, in plain words.
    pub logic: LocalText,
    /// The significance and the envisaged consequences for the person.
    pub consequences: LocalText,
    /// Whether it has legal or similarly significant effects: only then is
    /// it an Art. 22 decision; without them it is profiling (product
    /// recommendations). `None` until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub significant: Option<bool>,
    /// The exception of Art. 22(2) that allows an Art. 22 decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<Art22Ground>,
    /// The other controller that takes the decision (a payment provider's
    /// credit check), who reviews it on request; `None` when the
    /// organisation takes it itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_by: Option<String>,
}

impl AutomatedDecision {
    /// Whether it is, or may be, an Art. 22 decision: not answered to be
    /// without significant effects.
    pub fn under_art22(&self) -> bool {
        self.significant != Some(false)
    }
}

/// The exceptions of Art. 22(2) that allow a decision based solely on
/// automated processing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Art22Ground {
    /// (a) necessary for entering into, or performing, a contract
    Contract,
    /// (b) authorised by Union or Member State law
    Law,
    /// (c) explicit consent
    ExplicitConsent,
}

impl Art22Ground {
    pub const ALL: [Art22Ground; 3] = [
        Art22Ground::Contract,
        Art22Ground::Law,
        Art22Ground::ExplicitConsent,
    ];

    /// The suffix of its Fluent message (`art22-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Art22Ground::Contract => "contract",
            Art22Ground::Law => "law",
            Art22Ground::ExplicitConsent => "explicit-consent",
        }
    }
}
