//! The answers of one organisation: plain data, serde only, no I/O and no
//! GUI. Everything the privacy statement and the cookie policy say comes
//! from a [`Project`]; nothing here is translated or formatted.

mod answers;
mod branding;
mod collection;
mod cookie;
mod organisation;
mod processing;
mod purpose;
mod recipient;
mod text;
mod texts;

use std::fmt;

use serde::{Deserialize, Serialize};
use time::Date;

pub use answers::{Children, Dpo, Requests, SectorRule};
pub use branding::{Branding, Paper, Rgb8};
pub use collection::{AudienceProfile, Cameras, Channel};
pub use cookie::{
    ConsentMethod, Cookie, CookieCategory, CookieConsent, CookieDuration, DurationRange, Party,
    StorageKind,
};
pub use organisation::{Address, Authority, Contact, Country, Organisation};
pub use processing::{
    Art9Condition, Audience, AudienceKind, DataCategory, DataCategoryKind, Source,
};
pub use purpose::{
    Art22Ground, AudienceTerms, AutomatedDecision, LegalBasis, Period, PeriodUnit, Provision,
    Purpose, RecordDetails, Requirement, Retention, RetentionStart, SpecialDataTerms, Terms,
};
pub use recipient::{Recipient, RecipientRole, Scc, TransferSafeguard};
pub use text::{LocalText, Resolved};
pub use texts::TextKind;

/// The project file format this build writes. Files with a higher number
/// were written by a newer policywright and are refused, not guessed at.
/// Version 2 tells an unanswered question from a "no" (see
/// [`Question`]); `storage` migrates version 1 files on load. Version 3
/// adds terms per audience and per purpose, the links between recipients,
/// cookies and purposes, direct marketing, how each group's data comes in,
/// cameras, a recipient's countries and seat, the cookie's domain and the
/// Dutch analytics exemption, and lets the country go unanswered; version
/// 2 files read unchanged, as every addition is optional. Version 4 adds a
/// cookie policy published elsewhere and cookie duration ranges, both
/// optional, so version 3 files read unchanged too.
pub const FORMAT_VERSION: u32 = 4;

/// A language the documents and the program are written in, named by its
/// code: "nl", "fr", "de", "en", or any other whose folder of texts is under
/// i18n/ or in the folder given with `--i18n`. Codes are data: a language
/// is added by adding a folder of `.ftl` files, not by changing the
/// program. Cheap to copy and compare: the code is interned once.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(&'static str);

impl Locale {
    /// The reference language: every message exists in English, and the
    /// other languages are checked against it.
    pub const EN: Locale = Locale("en");
    pub const NL: Locale = Locale("nl");
    pub const FR: Locale = Locale("fr");
    pub const DE: Locale = Locale("de");
    /// The languages of Belgium and English, in the order they are offered.
    pub const BUILT_IN: [Locale; 4] = [Locale::NL, Locale::FR, Locale::DE, Locale::EN];

    /// The BCP 47 code, also the folder name under i18n/.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The locale named `code` ("nl", "FR", "pt-BR"), whether or not the
    /// program has texts for it; `None` when `code` cannot be a language
    /// code: two or three letters, optionally a hyphen and a region.
    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim();
        let (language, region) = match code.split_once('-') {
            Some((language, region)) => (language, Some(region)),
            None => (code, None),
        };
        let letters = |s: &str, range: std::ops::RangeInclusive<usize>| {
            range.contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
        };
        let region_ok = region.is_none_or(|r| {
            letters(r, 2..=3) || r.len() == 3 && r.chars().all(|c| c.is_ascii_digit())
        });
        if !letters(language, 2..=3) || !region_ok {
            return None;
        }
        let normal = match region {
            Some(region) => format!(
                "{}-{}",
                language.to_ascii_lowercase(),
                region.to_ascii_uppercase()
            ),
            None => language.to_ascii_lowercase(),
        };
        Some(Locale(intern(&normal)))
    }

    /// Where the locale comes in lists: the built-in languages first, in
    /// their order, then the others by code.
    fn rank(self) -> (usize, &'static str) {
        let position = Locale::BUILT_IN.iter().position(|l| l.0 == self.0);
        (position.unwrap_or(Locale::BUILT_IN.len()), self.0)
    }
}

/// The one `&'static str` for each code ever named: a handful at most, so
/// keeping them for the life of the program costs nothing.
fn intern(code: &str) -> &'static str {
    if let Some(known) = Locale::BUILT_IN.iter().find(|l| l.0 == code) {
        return known.0;
    }
    static CODES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut codes = CODES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(found) = codes.iter().find(|c| **c == code) {
        return found;
    }
    let leaked: &'static str = Box::leak(code.to_owned().into_boxed_str());
    codes.push(leaked);
    leaked
}

impl PartialOrd for Locale {
    fn partial_cmp(&self, other: &Locale) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Locale {
    fn cmp(&self, other: &Locale) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Locale::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "\"{code}\" is not a language code: write two letters, such as \"nl\", \"fr\", \"de\" or \"en\""
            ))
        })
    }
}

/// Everything one organisation answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The project file format; see [`FORMAT_VERSION`].
    pub version: u32,
    pub organisation: Organisation,
    /// Whether a data protection officer is appointed (Art. 37), and who.
    #[serde(default)]
    pub dpo: Dpo,
    /// Who handles privacy questions when there is no DPO, or besides one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_contact: Option<Contact>,
    /// How people exercise their rights and complain.
    #[serde(default)]
    pub requests: Requests,
    /// The competent authority, entered by hand for countries policywright
    /// has no data for. Belgium and the Netherlands need none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisory_authority: Option<Authority>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_categories: Vec<DataCategory>,
    /// Where data comes from when not from the person themselves (Art. 14).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// The owner answered that all data comes from the people themselves.
    /// An empty `sources` without it is a question not answered yet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sources_none: bool,
    /// How each group's data comes in, and which data it is, where the
    /// owner said so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<AudienceProfile>,
    /// Surveillance cameras at the premises; `None` says nothing of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameras: Option<Cameras>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<Purpose>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// The owner answered that nobody outside the organisation receives
    /// the data. An empty `recipients` without it is not answered yet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recipients_none: bool,
    /// Whether data goes to a country outside the EEA. `None` until
    /// answered; a recipient outside the EEA answers it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfers_outside_eea: Option<bool>,
    /// Whether any decision about people is taken by automated means only
    /// (Art. 22). `None` until answered; a purpose with such a decision
    /// answers it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decisions: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_measures: Vec<SecurityMeasure>,
    /// Online services for children (Art. 8) and how minors' data is
    /// handled.
    #[serde(default)]
    pub children: Children,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<Cookie>,
    /// The owner answered that the website sets no cookies or similar
    /// technologies. An empty `cookies` without it is not answered yet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cookies_none: bool,
    /// A Dutch organisation's analytics cookies have little or no effect on
    /// privacy, so art. 11.7a(3)(b) of the Telecommunicatiewet lets it set
    /// them without consent. Dutch law only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub analytics_exempt: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_consent: Option<CookieConsent>,
    /// The cookie policy is published elsewhere, at this web address (a
    /// consent tool's generated policy, for instance): policywright writes
    /// none, and the privacy statement links to this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_policy_elsewhere: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub change_notice: Vec<ChangeChannel>,
    pub document: DocumentSettings,
}

/// A technical or organisational measure that protects the data (Art. 32).
/// Each says no more than its name: a stronger promise is a measure of its
/// own (backups, and tests that restoring them works).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecurityMeasure {
    /// "Encryption" without saying where, as format 1 offered it. The
    /// documents say nothing for it and the checks ask where.
    Encryption,
    EncryptionInTransit,
    EncryptionAtRest,
    AccessControl,
    TwoFactorAuthentication,
    Backups,
    RestoreTests,
    SoftwareUpdates,
    StaffTraining,
    Confidentiality,
    Pseudonymisation,
    Logging,
    ProcessorAgreements,
    Custom(LocalText),
}

impl SecurityMeasure {
    /// The measures offered, in order: all but `Custom` and the bare
    /// `Encryption` of format 1.
    pub const STANDARD: [SecurityMeasure; 12] = [
        SecurityMeasure::EncryptionInTransit,
        SecurityMeasure::EncryptionAtRest,
        SecurityMeasure::AccessControl,
        SecurityMeasure::TwoFactorAuthentication,
        SecurityMeasure::Backups,
        SecurityMeasure::RestoreTests,
        SecurityMeasure::SoftwareUpdates,
        SecurityMeasure::StaffTraining,
        SecurityMeasure::Confidentiality,
        SecurityMeasure::Pseudonymisation,
        SecurityMeasure::Logging,
        SecurityMeasure::ProcessorAgreements,
    ];

    /// The suffix of its Fluent message (`security-<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            SecurityMeasure::Encryption => "encryption",
            SecurityMeasure::EncryptionInTransit => "encryption-in-transit",
            SecurityMeasure::EncryptionAtRest => "encryption-at-rest",
            SecurityMeasure::AccessControl => "access-control",
            SecurityMeasure::TwoFactorAuthentication => "two-factor",
            SecurityMeasure::Backups => "backups",
            SecurityMeasure::RestoreTests => "restore-tests",
            SecurityMeasure::SoftwareUpdates => "updates",
            SecurityMeasure::StaffTraining => "training",
            SecurityMeasure::Confidentiality => "confidentiality",
            SecurityMeasure::Pseudonymisation => "pseudonymisation",
            SecurityMeasure::Logging => "logging",
            SecurityMeasure::ProcessorAgreements => "processor-agreements",
            SecurityMeasure::Custom(_) => "custom",
        }
    }
}

/// How a new version of the documents is announced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeChannel {
    /// The new version is published on the website with its date.
    Website,
    /// People whose e-mail address is known are told of important changes.
    Email,
    Custom(LocalText),
}

/// Settings of the documents themselves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSettings {
    /// The languages the documents are published in.
    pub languages: Vec<Locale>,
    /// The date the documents take effect.
    pub effective_date: Date,
    /// A version label such as "1.0" or "2026-2".
    pub version: String,
    /// The client's own look in print.
    #[serde(default, skip_serializing_if = "Branding::is_empty")]
    pub branding: Branding,
}

impl Project {
    /// A project with only the organisation's name filled in.
    pub fn empty(organisation_name: &str, effective_date: Date) -> Project {
        Project {
            version: FORMAT_VERSION,
            organisation: Organisation {
                name: organisation_name.to_owned(),
                ..Organisation::default()
            },
            dpo: Dpo::NotAnswered,
            privacy_contact: None,
            requests: Requests::default(),
            supervisory_authority: None,
            audiences: Vec::new(),
            data_categories: Vec::new(),
            sources: Vec::new(),
            sources_none: false,
            profiles: Vec::new(),
            cameras: None,
            purposes: Vec::new(),
            recipients: Vec::new(),
            recipients_none: false,
            transfers_outside_eea: None,
            automated_decisions: None,
            security_measures: Vec::new(),
            children: Children::default(),
            cookies: Vec::new(),
            cookies_none: false,
            analytics_exempt: false,
            cookie_consent: None,
            cookie_policy_elsewhere: None,
            change_notice: Vec::new(),
            document: DocumentSettings {
                languages: vec![Locale::NL, Locale::EN],
                effective_date,
                version: "1.0".to_owned(),
                branding: Branding::default(),
            },
        }
    }

    /// Whether cookies of `category` need consent here: all but strictly
    /// necessary ones, and for a Dutch organisation that answered so, not
    /// its low-impact analytics cookies either.
    pub fn needs_consent(&self, category: CookieCategory) -> bool {
        category.needs_consent()
            && !(category == CookieCategory::Analytics && self.analytics_exempt_applies())
    }

    /// Whether the Dutch exemption for low-impact analytics cookies is
    /// answered for a Dutch organisation.
    pub fn analytics_exempt_applies(&self) -> bool {
        self.analytics_exempt
            && self
                .organisation
                .address
                .country
                .as_ref()
                .map(Country::code)
                == Some("NL")
    }

    pub fn audience(&self, key: &str) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.key() == key)
    }

    pub fn data_category(&self, key: &str) -> Option<&DataCategory> {
        self.data_categories.iter().find(|c| c.key() == key)
    }

    pub fn purpose(&self, key: &str) -> Option<&Purpose> {
        self.purposes
            .iter()
            .find(|p| !p.key.is_empty() && p.key == key)
    }

    /// The key of purpose `index`, giving it one ("purpose-3") first if
    /// it has none, so that recipients can name it.
    pub fn purpose_key(&mut self, index: usize) -> Option<String> {
        if self.purposes.get(index)?.key.is_empty() {
            let key = (index + 1..)
                .map(|n| format!("purpose-{n}"))
                .find(|key| self.purpose(key).is_none())?;
            self.purposes[index].key = key;
        }
        Some(self.purposes[index].key.clone())
    }

    /// Every place where the project names an audience, a data category or
    /// a purpose that it does not define, as (field path, missing key).
    pub fn dangling_references(&self) -> Vec<(String, String)> {
        let mut dangling = Vec::new();
        let check_data = |path: String, keys: &[String], dangling: &mut Vec<_>| {
            for (i, key) in keys.iter().enumerate() {
                if self.data_category(key).is_none() {
                    dangling.push((format!("{path}[{i}]"), key.clone()));
                }
            }
        };
        for (p, purpose) in self.purposes.iter().enumerate() {
            for (i, key) in purpose.audiences.iter().enumerate() {
                if self.audience(key).is_none() {
                    dangling.push((format!("purposes[{p}].audiences[{i}]"), key.clone()));
                }
            }
            check_data(format!("purposes[{p}].data"), &purpose.data, &mut dangling);
            for (j, terms) in purpose.per_audience.iter().enumerate() {
                if self.audience(&terms.audience).is_none() {
                    let path = format!("purposes[{p}].per_audience[{j}].audience");
                    dangling.push((path, terms.audience.clone()));
                }
            }
            for (j, special) in purpose.special_data.iter().enumerate() {
                if self.data_category(&special.data).is_none() {
                    let path = format!("purposes[{p}].special_data[{j}].data");
                    dangling.push((path, special.data.clone()));
                }
            }
        }
        for (s, source) in self.sources.iter().enumerate() {
            check_data(format!("sources[{s}].data"), &source.data, &mut dangling);
        }
        for (p, profile) in self.profiles.iter().enumerate() {
            if self.audience(&profile.audience).is_none() {
                let path = format!("profiles[{p}].audience");
                dangling.push((path, profile.audience.clone()));
            }
            check_data(format!("profiles[{p}].data"), &profile.data, &mut dangling);
        }
        for (r, recipient) in self.recipients.iter().enumerate() {
            for (i, key) in recipient.purposes.iter().enumerate() {
                if self.purpose(key).is_none() {
                    dangling.push((format!("recipients[{r}].purposes[{i}]"), key.clone()));
                }
            }
        }
        dangling
    }

    /// Keys that two audiences, two data categories or two purposes share,
    /// as (field path, key). Purposes without a key share nothing.
    pub fn duplicate_keys(&self) -> Vec<(String, String)> {
        fn repeated<'a>(
            list: &str,
            keys: impl Iterator<Item = (usize, &'a str)>,
            out: &mut Vec<(String, String)>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for (i, key) in keys {
                if !seen.insert(key) {
                    out.push((format!("{list}[{i}]"), key.to_owned()));
                }
            }
        }
        let mut duplicates = Vec::new();
        repeated(
            "audiences",
            self.audiences.iter().map(Audience::key).enumerate(),
            &mut duplicates,
        );
        repeated(
            "data_categories",
            self.data_categories
                .iter()
                .map(DataCategory::key)
                .enumerate(),
            &mut duplicates,
        );
        repeated(
            "purposes",
            self.purposes
                .iter()
                .map(|p| p.key.as_str())
                .enumerate()
                .filter(|(_, key)| !key.is_empty()),
            &mut duplicates,
        );
        duplicates
    }

    /// Where people send privacy questions and requests: the privacy
    /// contact's address, else the organisation's.
    pub fn privacy_email(&self) -> &str {
        self.privacy_email_field().1
    }

    /// The field [`Project::privacy_email`] comes from, as a path such as
    /// `privacy_contact.email`, and its value.
    pub fn privacy_email_field(&self) -> (&'static str, &str) {
        self.privacy_contact
            .as_ref()
            .and_then(|c| c.email.as_deref())
            .filter(|e| !e.trim().is_empty())
            .map_or(("organisation.email", &self.organisation.email), |e| {
                ("privacy_contact.email", e)
            })
    }

    /// Whether any purpose rests on consent, so the right to withdraw it
    /// must be stated (Art. 13(2)(c)).
    pub fn relies_on_consent(&self) -> bool {
        self.purposes.iter().any(|p| {
            p.rests_on(LegalBasis::Consent)
                || p.special_data
                    .iter()
                    .any(|s| s.art9_condition == Some(Art9Condition::ExplicitConsent))
        }) || self
            .data_categories
            .iter()
            .any(|c| c.art9_condition == Some(Art9Condition::ExplicitConsent))
    }
}
