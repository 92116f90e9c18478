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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub examples: Option<LocalText>,
    /// For special categories: the exception of Art. 9(2) that allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art9_condition: Option<Art9Condition>,
    /// For criminal-offence data: the law that authorises it (Art. 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
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
    /// The suffix of its Fluent messages (`art9-<key>`, `app-art9-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Art9Condition::ExplicitConsent => "explicit-consent",
            Art9Condition::EmploymentLaw => "employment-law",
            Art9Condition::VitalInterests => "vital-interests",
            Art9Condition::NonProfitMembers => "non-profit-members",
            Art9Condition::MadePublic => "made-public",
            Art9Condition::LegalClaims => "legal-claims",
            Art9Condition::SubstantialPublicInterest => "public-interest",
            Art9Condition::HealthCare => "health-care",
            Art9Condition::PublicHealth => "public-health",
            Art9Condition::Research => "research",
        }
    }
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<String>,
    /// Whether the source is publicly accessible (Art. 14(2)(f)); `None`
    /// until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicly_accessible: Option<bool>,
}
