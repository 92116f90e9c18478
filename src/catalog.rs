//! The service catalogue: tools that small Belgian and Dutch organisations
//! use, with the company behind each, its role, the terms on which data
//! leaves the EEA, and the cookies it sets. The facts live in
//! `templates/services.ron`, with the date they were checked; everything
//! said about a service or a cookie in words lives in `i18n/*/catalog.ftl`.
//!
//! [`project`] turns a service into answers of a project (and takes them
//! out again); [`import`] matches a list of cookie names against the
//! catalogue.

pub mod import;
pub mod project;
pub mod update;

use std::sync::LazyLock;

use serde::Deserialize;
use time::Date;

use crate::model::{
    CookieCategory, CookieDuration, Country, Party, RecipientRole, StorageKind, TransferSafeguard,
};

/// The shipped catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// When the facts were last checked against the vendors' own pages.
    pub checked: Date,
    pub services: Vec<Service>,
}

/// One tool, as its vendor offers it to a small organisation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable, lower case with dashes: what projects and the command line
    /// use, and the suffix of the service's Fluent messages.
    pub key: String,
    /// The product name people know, such as "Google Analytics".
    pub name: String,
    pub kind: ServiceKind,
    /// The legal entity an organisation in Belgium or the Netherlands
    /// contracts with.
    pub company: String,
    /// Where that entity is established.
    pub country: Country,
    /// Where the data goes besides, when that is another country: the
    /// parent company that runs the servers, for instance.
    #[serde(default)]
    pub processed_in: Option<Country>,
    pub role: ServiceRole,
    /// The safeguard for the transfer to [`Service::data_location`] when
    /// that lies outside the EEA.
    #[serde(default)]
    pub safeguard: Option<TransferSafeguard>,
    pub privacy_policy: String,
    /// What organisations usually use it for.
    pub purposes: Vec<ServicePurpose>,
    /// The data categories it usually handles, as the keys of the project
    /// model (`identity`, `online-identifiers`, ...).
    pub data: Vec<String>,
    /// Cookies and similar storage it sets on the organisation's website.
    #[serde(default)]
    pub cookies: Vec<KnownCookie>,
}

/// The kinds of tool the catalogue covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum ServiceKind {
    Analytics,
    Advertising,
    EmailMarketing,
    CrmErp,
    Accounting,
    Payment,
    Webshop,
    Hosting,
    Office,
    Video,
    Support,
    Security,
    Consent,
    Forms,
    Payroll,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 15] = [
        ServiceKind::Analytics,
        ServiceKind::Advertising,
        ServiceKind::EmailMarketing,
        ServiceKind::CrmErp,
        ServiceKind::Accounting,
        ServiceKind::Payment,
        ServiceKind::Webshop,
        ServiceKind::Hosting,
        ServiceKind::Office,
        ServiceKind::Video,
        ServiceKind::Support,
        ServiceKind::Security,
        ServiceKind::Consent,
        ServiceKind::Forms,
        ServiceKind::Payroll,
    ];

    /// A stable name, searchable, and the suffix of its Fluent message
    /// `catalog-kind-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            ServiceKind::Analytics => "analytics",
            ServiceKind::Advertising => "advertising",
            ServiceKind::EmailMarketing => "email-marketing",
            ServiceKind::CrmErp => "crm-erp",
            ServiceKind::Accounting => "accounting",
            ServiceKind::Payment => "payment",
            ServiceKind::Webshop => "webshop",
            ServiceKind::Hosting => "hosting",
            ServiceKind::Office => "office",
            ServiceKind::Video => "video",
            ServiceKind::Support => "support",
            ServiceKind::Security => "security",
            ServiceKind::Consent => "consent",
            ServiceKind::Forms => "forms",
            ServiceKind::Payroll => "payroll",
        }
    }
}

/// What a service is usually used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum ServicePurpose {
    WebsiteStatistics,
    Advertising,
    Newsletter,
    CustomerRelations,
    Accounting,
    Invoicing,
    Payments,
    OnlineSales,
    Hosting,
    Email,
    Collaboration,
    FileSharing,
    EmbeddedVideo,
    CustomerSupport,
    WebsiteSecurity,
    ConsentRecords,
    Appointments,
    Forms,
    Payroll,
    PersonnelAdministration,
    Recruitment,
}

impl ServicePurpose {
    /// The suffix of its Fluent message `catalog-purpose-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            ServicePurpose::WebsiteStatistics => "website-statistics",
            ServicePurpose::Advertising => "advertising",
            ServicePurpose::Newsletter => "newsletter",
            ServicePurpose::CustomerRelations => "customer-relations",
            ServicePurpose::Accounting => "accounting",
            ServicePurpose::Invoicing => "invoicing",
            ServicePurpose::Payments => "payments",
            ServicePurpose::OnlineSales => "online-sales",
            ServicePurpose::Hosting => "hosting",
            ServicePurpose::Email => "email",
            ServicePurpose::Collaboration => "collaboration",
            ServicePurpose::FileSharing => "file-sharing",
            ServicePurpose::EmbeddedVideo => "embedded-video",
            ServicePurpose::CustomerSupport => "customer-support",
            ServicePurpose::WebsiteSecurity => "website-security",
            ServicePurpose::ConsentRecords => "consent-records",
            ServicePurpose::Appointments => "appointments",
            ServicePurpose::Forms => "forms",
            ServicePurpose::Payroll => "payroll",
            ServicePurpose::PersonnelAdministration => "personnel-administration",
            ServicePurpose::Recruitment => "recruitment",
        }
    }
}

/// The part a service's company usually plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum ServiceRole {
    /// Processes data on the organisation's instructions (Art. 28).
    Processor,
    /// Decides for itself what it does with the data.
    Controller,
    /// Decides together with the organisation (Art. 26), as for tracking
    /// pixels (CJEU C-40/17, Fashion ID).
    JointController,
    /// Software that runs on the organisation's own website: no data
    /// reaches the company that makes it, so it is no recipient.
    OwnWebsite,
}

impl ServiceRole {
    /// The role the recipient entry states; `None` when the service is no
    /// recipient at all.
    pub fn recipient_role(self) -> Option<RecipientRole> {
        match self {
            ServiceRole::Processor => Some(RecipientRole::Processor),
            ServiceRole::Controller => Some(RecipientRole::Controller),
            ServiceRole::JointController => Some(RecipientRole::JointController),
            ServiceRole::OwnWebsite => None,
        }
    }
}

/// A cookie or storage key as the catalogue knows it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownCookie {
    pub name: CookiePattern,
    pub party: Party,
    pub category: CookieCategory,
    /// As the vendor documents it, for a visitor who comes back before it
    /// runs out (most are renewed on every visit).
    pub duration: CookieDuration,
    #[serde(default)]
    pub storage: StorageKind,
}

impl KnownCookie {
    /// The Fluent message with its purpose. Keyed by the name alone: a
    /// cookie that two services share (Matomo on your own server or in the
    /// cloud) is described once.
    pub fn purpose_id(&self) -> String {
        format!("catalog-cookie-{}", self.name.slug())
    }
}

/// A cookie name as browsers show it, or a prefix written with a final
/// `*` (`_ga_*`) for names that end in an account or site number.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct CookiePattern(String);

impl TryFrom<String> for CookiePattern {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let stem = text.strip_suffix('*').unwrap_or(&text);
        if stem.is_empty() || stem.contains('*') || !import::is_cookie_name(&text) {
            return Err(format!(
                "\"{text}\" is not a cookie name, nor a prefix ending in a single *"
            ));
        }
        Ok(CookiePattern(text))
    }
}

impl CookiePattern {
    /// As written in the catalogue and in project files.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The fixed start of a prefix pattern; `None` for an exact name.
    pub fn prefix(&self) -> Option<&str> {
        self.0.strip_suffix('*')
    }

    /// Whether a cookie named `name` is this one. A prefix needs at least
    /// one character after it, and names compare case-sensitively, as
    /// browsers do: `_ga_*` is `_ga_ABC123` but neither `_ga` nor `_gat`.
    pub fn matches(&self, name: &str) -> bool {
        match self.prefix() {
            Some(prefix) => name.len() > prefix.len() && name.starts_with(prefix),
            None => name == self.0,
        }
    }

    /// Letters and digits of the name, runs of anything else as one dash,
    /// and `-prefix` for a pattern: `_ga_*` → `ga-prefix`.
    pub fn slug(&self) -> String {
        let stem = self.prefix().unwrap_or(&self.0);
        let words: Vec<&str> = stem
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut slug = words.join("-");
        if self.prefix().is_some() {
            slug.push_str("-prefix");
        }
        slug
    }
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::parse(include_str!("../templates/services.ron"))
        .unwrap_or_else(|e| panic!("templates/services.ron is broken: {e}"))
});

/// The shipped catalogue.
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

/// A name as people type it: lower case, letters and digits only, so
/// "Google Analytics", "google-analytics" and "GoogleAnalytics" agree.
fn folded(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl Catalog {
    /// A catalogue written as `templates/services.ron` is.
    pub fn parse(text: &str) -> Result<Catalog, String> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .map_err(|e| e.to_string())
    }

    /// The service called `name`: its key or its product name, in any case
    /// and with or without spaces and dashes.
    pub fn service(&self, name: &str) -> Option<&Service> {
        let wanted = folded(name);
        if wanted.is_empty() {
            return None;
        }
        self.services
            .iter()
            .find(|s| folded(&s.key) == wanted || folded(&s.name) == wanted)
    }

    /// The services whose key, name, company or kind contains `query`, in
    /// any case; `kind_label` gives a kind's name in the reader's language,
    /// so "boekhouding" finds accounting tools.
    pub fn search(&self, query: &str, kind_label: impl Fn(ServiceKind) -> String) -> Vec<&Service> {
        let query = query.trim().to_lowercase();
        self.services
            .iter()
            .filter(|s| {
                [
                    s.key.clone(),
                    s.name.clone(),
                    s.company.clone(),
                    s.kind.key().to_owned(),
                    kind_label(s.kind),
                ]
                .iter()
                .any(|field| field.to_lowercase().contains(&query))
            })
            .collect()
    }

    /// Services whose key or name is close to `name`, for "did you mean":
    /// a few typing mistakes away, or containing what was typed.
    pub fn similar(&self, name: &str) -> Vec<&Service> {
        let wanted = folded(name);
        if wanted.is_empty() {
            return Vec::new();
        }
        let allowed = if wanted.len() <= 4 { 1 } else { 2 };
        let mut scored: Vec<(usize, &Service)> = self
            .services
            .iter()
            .filter_map(|s| {
                let distance = [folded(&s.key), folded(&s.name)]
                    .iter()
                    .map(|candidate| {
                        if wanted.len() >= 3 && candidate.contains(&wanted) {
                            0
                        } else {
                            edit_distance(&wanted, candidate)
                        }
                    })
                    .min()?;
                (distance <= allowed).then_some((distance, s))
            })
            .collect();
        scored.sort_by_key(|(distance, _)| *distance);
        scored.into_iter().map(|(_, s)| s).take(5).collect()
    }

    /// Every catalogue cookie a browser's cookie `name` can be, best first:
    /// the same name (or the same pattern, written as such) before prefixes,
    /// a longer prefix before a shorter one, then catalogue order.
    pub fn identify(&self, name: &str) -> Vec<(&Service, &KnownCookie)> {
        let mut found: Vec<(usize, &Service, &KnownCookie)> = self
            .services
            .iter()
            .flat_map(|s| s.cookies.iter().map(move |c| (s, c)))
            .filter_map(|(s, c)| {
                let rank = if c.name.as_str() == name {
                    0
                } else if c.name.matches(name) {
                    usize::MAX - c.name.as_str().len()
                } else {
                    return None;
                };
                Some((rank, s, c))
            })
            .collect();
        found.sort_by_key(|(rank, _, _)| *rank);
        found.into_iter().map(|(_, s, c)| (s, c)).collect()
    }
}

impl Service {
    /// The country the data is processed in: where it goes besides the
    /// company's own country, else that country.
    pub fn data_location(&self) -> &Country {
        self.processed_in.as_ref().unwrap_or(&self.country)
    }

    /// The Fluent message saying what the service does for the
    /// organisation, as the recipient table states it.
    pub fn description_id(&self) -> String {
        format!("catalog-service-{}", self.key)
    }
}

/// The number of single-character edits that turn `a` into `b`
/// (Levenshtein distance).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_mistakes_are_counted_one_by_one() {
        assert_eq!(edit_distance("mollie", "mollie"), 0);
        assert_eq!(edit_distance("molie", "mollie"), 1);
        assert_eq!(edit_distance("stirpe", "stripe"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn names_fold_to_letters_and_digits() {
        assert_eq!(folded("Google Analytics"), "googleanalytics");
        assert_eq!(folded("google-analytics"), "googleanalytics");
        assert_eq!(folded("Microsoft 365"), "microsoft365");
    }
}
