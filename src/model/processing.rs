//! Whose data, which data, why, on what basis and for how long.

use serde::{Deserialize, Serialize};

use super::LocalText;

/// A group of people whose data is processed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    Standard(AudienceKind),
    Custom { key: String, name: LocalText },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AudienceKind {
    Customers,
    Prospects,
    WebsiteVisitors,
    NewsletterSubscribers,
    Employees,
    Applicants,
    Suppliers,
    Patients,
    Members,
    Volunteers,
    Donors,
}

impl AudienceKind {
    pub const ALL: [AudienceKind; 11] = [
        AudienceKind::Customers,
        AudienceKind::Prospects,
        AudienceKind::WebsiteVisitors,
        AudienceKind::NewsletterSubscribers,
        AudienceKind::Employees,
        AudienceKind::Applicants,
        AudienceKind::Suppliers,
        AudienceKind::Patients,
        AudienceKind::Members,
        AudienceKind::Volunteers,
        AudienceKind::Donors,
    ];

    /// The key purposes use to refer to this audience, also the suffix of
    /// its Fluent message (`audience-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            AudienceKind::Customers => "customers",
            AudienceKind::Prospects => "prospects",
            AudienceKind::WebsiteVisitors => "website-visitors",
            AudienceKind::NewsletterSubscribers => "newsletter-subscribers",
            AudienceKind::Employees => "employees",
            AudienceKind::Applicants => "applicants",
            AudienceKind::Suppliers => "suppliers",
            AudienceKind::Patients => "patients",
            AudienceKind::Members => "members",
            AudienceKind::Volunteers => "volunteers",
            AudienceKind::Donors => "donors",
        }
    }
}

impl Audience {
    pub fn key(&self) -> &str {
        match self {
            Audience::Standard(kind) => kind.key(),
            Audience::Custom { key, .. } => key,
        }
    }
}

/// A kind of personal data the organisation processes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub kind: DataCategoryKind,
    /// Examples in the organisation's own words; without them the
    /// documents give none. The wizard fills in the standard examples of
    /// the kind for the owner to change.
    #[serde(default)]
    pub examples: Option<LocalText>,
    /// For special categories: the exception of Art. 9(2) that allows it.
    #[serde(default)]
    pub art9_condition: Option<Art9Condition>,
    /// For criminal-offence data: the law that authorises it (Art. 10).
    #[serde(default)]
    pub art10_authorisation: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataCategoryKind {
    Identity,
    ContactDetails,
    NationalNumber,
    Financial,
    Transactions,
    Communications,
    OnlineIdentifiers,
    DeviceAndUsage,
    Location,
    Images,
    Employment,
    Education,
    Family,
    Health,
    EthnicOrigin,
    PoliticalOpinions,
    Beliefs,
    TradeUnionMembership,
    Genetic,
    Biometric,
    SexLife,
    CriminalRecords,
    Custom {
        key: String,
        name: LocalText,
        /// Whether the data falls under Art. 9 (special categories).
        #[serde(default)]
        special: bool,
    },
}

impl DataCategoryKind {
    /// Every kind except `Custom`, in the order they are offered.
    pub const STANDARD: [DataCategoryKind; 22] = [
        DataCategoryKind::Identity,
        DataCategoryKind::ContactDetails,
        DataCategoryKind::NationalNumber,
        DataCategoryKind::Financial,
        DataCategoryKind::Transactions,
        DataCategoryKind::Communications,
        DataCategoryKind::OnlineIdentifiers,
        DataCategoryKind::DeviceAndUsage,
        DataCategoryKind::Location,
        DataCategoryKind::Images,
        DataCategoryKind::Employment,
        DataCategoryKind::Education,
        DataCategoryKind::Family,
        DataCategoryKind::Health,
        DataCategoryKind::EthnicOrigin,
        DataCategoryKind::PoliticalOpinions,
        DataCategoryKind::Beliefs,
        DataCategoryKind::TradeUnionMembership,
        DataCategoryKind::Genetic,
        DataCategoryKind::Biometric,
        DataCategoryKind::SexLife,
        DataCategoryKind::CriminalRecords,
    ];

    /// The key purposes use to refer to this category, also the suffix of
    /// its Fluent messages (`data-<key>`, `data-<key>.examples`).
    pub fn key(&self) -> &str {
        match self {
            DataCategoryKind::Identity => "identity",
            DataCategoryKind::ContactDetails => "contact-details",
            DataCategoryKind::NationalNumber => "national-number",
            DataCategoryKind::Financial => "financial",
            DataCategoryKind::Transactions => "transactions",
            DataCategoryKind::Communications => "communications",
            DataCategoryKind::OnlineIdentifiers => "online-identifiers",
            DataCategoryKind::DeviceAndUsage => "device-and-usage",
            DataCategoryKind::Location => "location",
            DataCategoryKind::Images => "images",
            DataCategoryKind::Employment => "employment",
            DataCategoryKind::Education => "education",
            DataCategoryKind::Family => "family",
            DataCategoryKind::Health => "health",
            DataCategoryKind::EthnicOrigin => "ethnic-origin",
            DataCategoryKind::PoliticalOpinions => "political-opinions",
            DataCategoryKind::Beliefs => "beliefs",
            DataCategoryKind::TradeUnionMembership => "trade-union-membership",
            DataCategoryKind::Genetic => "genetic",
            DataCategoryKind::Biometric => "biometric",
            DataCategoryKind::SexLife => "sex-life",
            DataCategoryKind::CriminalRecords => "criminal-records",
            DataCategoryKind::Custom { key, .. } => key,
        }
    }

    /// Special categories of Art. 9(1).
    pub fn is_special(&self) -> bool {
        match self {
            DataCategoryKind::Health
            | DataCategoryKind::EthnicOrigin
            | DataCategoryKind::PoliticalOpinions
            | DataCategoryKind::Beliefs
            | DataCategoryKind::TradeUnionMembership
            | DataCategoryKind::Genetic
            | DataCategoryKind::Biometric
            | DataCategoryKind::SexLife => true,
            DataCategoryKind::Custom { special, .. } => *special,
            _ => false,
        }
    }
}

impl DataCategory {
    pub fn new(kind: DataCategoryKind) -> DataCategory {
        DataCategory {
            kind,
            examples: None,
            art9_condition: None,
            art10_authorisation: None,
        }
    }

    pub fn key(&self) -> &str {
        self.kind.key()
    }
}

/// The exceptions of Art. 9(2) that allow special-category data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Art9Condition {
    /// (a) explicit consent
    ExplicitConsent,
    /// (b) employment, social security and social protection law
    EmploymentLaw,
    /// (c) vital interests of someone unable to consent
    VitalInterests,
    /// (d) a non-profit body with a political, philosophical, religious or
    /// trade-union aim, about its members
    NonProfitMembers,
    /// (e) made manifestly public by the person
    MadePublic,
    /// (f) legal claims
    LegalClaims,
    /// (g) substantial public interest
    SubstantialPublicInterest,
    /// (h) preventive or occupational medicine, medical diagnosis, care
    HealthCare,
    /// (i) public health
    PublicHealth,
    /// (j) archiving, research, statistics
    Research,
}

impl Art9Condition {
    pub const ALL: [Art9Condition; 10] = [
        Art9Condition::ExplicitConsent,
        Art9Condition::EmploymentLaw,
        Art9Condition::VitalInterests,
        Art9Condition::NonProfitMembers,
        Art9Condition::MadePublic,
        Art9Condition::LegalClaims,
        Art9Condition::SubstantialPublicInterest,
        Art9Condition::HealthCare,
        Art9Condition::PublicHealth,
        Art9Condition::Research,
    ];
}

/// Where data comes from when it is not collected from the person (Art. 14).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub description: LocalText,
    /// Keys of the data categories obtained from this source.
    #[serde(default)]
    pub data: Vec<String>,
    /// Whether the source is publicly accessible (Art. 14(2)(f)); `None`
    /// until answered.
    #[serde(default)]
    pub publicly_accessible: Option<bool>,
}

/// One purpose of processing, with everything Art. 13 asks about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub name: LocalText,
    #[serde(default)]
    pub description: Option<LocalText>,
    /// Keys of the audiences whose data serves this purpose.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Keys of the data categories used.
    #[serde(default)]
    pub data: Vec<String>,
    #[serde(default)]
    pub legal_basis: Option<LegalBasis>,
    /// The interest pursued, required when the basis is Art. 6(1)(f).
    #[serde(default)]
    pub legitimate_interest: Option<LocalText>,
    #[serde(default)]
    pub retention: Option<Retention>,
    /// Whether the person must provide the data, and what happens if not.
    #[serde(default)]
    pub provision: Option<Provision>,
    #[serde(default)]
    pub automated_decision: Option<AutomatedDecision>,
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
    #[serde(default)]
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
    #[serde(default)]
    pub profiling: bool,
    /// The logic involved, in plain words.
    pub logic: LocalText,
    /// The significance and the envisaged consequences for the person.
    pub consequences: LocalText,
    /// Whether it has legal or similarly significant effects: only then is
    /// it an Art. 22 decision; without them it is profiling (product
    /// recommendations). `None` until answered.
    #[serde(default)]
    pub significant: Option<bool>,
    /// The exception of Art. 22(2) that allows an Art. 22 decision.
    #[serde(default)]
    pub ground: Option<Art22Ground>,
    /// The other controller that takes the decision (a payment provider's
    /// credit check), who reviews it on request; `None` when the
    /// organisation takes it itself.
    #[serde(default)]
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
