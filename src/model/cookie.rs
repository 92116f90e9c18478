//! Cookies and similar storage, and how consent for them is asked.

use serde::{Deserialize, Serialize};

use super::LocalText;

/// A cookie or a similar technology (local storage key, pixel, SDK).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// The name as the browser shows it; `*` stands for a varying part.
    pub name: String,
    /// The company that sets and reads it.
    pub provider: String,
    /// The domain it is set on (".youtube.com"), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The provider does not name its cookies: this entry stands for all
    /// of them, and the policy says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub names_unknown: bool,
    pub party: Party,
    #[serde(default)]
    pub category: CookieCategory,
    pub purpose: LocalText,
    /// How long it stays; `None` until the user has found out. With a
    /// range, the longest it stays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<CookieDuration>,
    /// How the duration is meant when it is not exact: "up to 2 years",
    /// or "1 day to 2 years".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_range: Option<DurationRange>,
    #[serde(default)]
    pub storage: StorageKind,
    /// The key of the catalogue service this cookie was filled in from;
    /// `None` for cookies the user wrote or imported unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_catalog: Option<String>,
    /// A fingerprint of the entry as the catalogue wrote it; see
    /// [`Recipient::catalog_fingerprint`](super::Recipient::catalog_fingerprint).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_fingerprint: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Party {
    /// Set by the organisation's own website.
    First,
    /// Set by, and readable by, another company.
    Third,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CookieCategory {
    StrictlyNecessary,
    Functional,
    Analytics,
    Marketing,
    SocialMedia,
    /// Classified, but none of the kinds above: each cookie's purpose says
    /// what it is for.
    Other,
    #[default]
    Unclassified,
}

impl CookieCategory {
    pub const ALL: [CookieCategory; 7] = [
        CookieCategory::StrictlyNecessary,
        CookieCategory::Functional,
        CookieCategory::Analytics,
        CookieCategory::Marketing,
        CookieCategory::SocialMedia,
        CookieCategory::Other,
        CookieCategory::Unclassified,
    ];

    /// Only strictly necessary cookies may be set without consent.
    pub fn needs_consent(self) -> bool {
        self != CookieCategory::StrictlyNecessary
    }

    /// The suffix of its Fluent messages and of its section anchor.
    pub fn key(self) -> &'static str {
        match self {
            CookieCategory::StrictlyNecessary => "necessary",
            CookieCategory::Functional => "functional",
            CookieCategory::Analytics => "analytics",
            CookieCategory::Marketing => "marketing",
            CookieCategory::SocialMedia => "social-media",
            CookieCategory::Other => "other",
            CookieCategory::Unclassified => "unclassified",
        }
    }
}

/// A duration that is not exact, as providers declare many cookies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DurationRange {
    /// At most the cookie's duration; it may go sooner.
    UpTo,
    /// At least this long and at most the cookie's duration.
    From(CookieDuration),
}

/// How long a cookie stays in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CookieDuration {
    /// Deleted when the browser closes.
    Session,
    Minutes(u32),
    Hours(u32),
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
    /// Stays until deleted (local storage has no expiry).
    Persistent,
}

impl CookieDuration {
    /// The duration in minutes, a month counted as 30 days and a year as
    /// 365, for comparing two durations; `None` for the ones that are no
    /// period (the browser session, until deleted).
    pub fn minutes(self) -> Option<u64> {
        const DAY: u64 = 24 * 60;
        match self {
            CookieDuration::Session | CookieDuration::Persistent => None,
            CookieDuration::Minutes(n) => Some(u64::from(n)),
            CookieDuration::Hours(n) => Some(u64::from(n) * 60),
            CookieDuration::Days(n) => Some(u64::from(n) * DAY),
            CookieDuration::Weeks(n) => Some(u64::from(n) * 7 * DAY),
            CookieDuration::Months(n) => Some(u64::from(n) * 30 * DAY),
            CookieDuration::Years(n) => Some(u64::from(n) * 365 * DAY),
        }
    }
}

impl Cookie {
    /// Whether the duration range, if any, reads as one: its longest end a
    /// period, and its shortest end the session or a shorter period.
    pub fn duration_range_fits(&self) -> bool {
        let longest = self.duration.and_then(CookieDuration::minutes);
        match (self.duration_range, longest) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(DurationRange::UpTo), Some(_)) => true,
            (Some(DurationRange::From(CookieDuration::Session)), Some(_)) => true,
            (Some(DurationRange::From(shortest)), Some(longest)) => {
                shortest.minutes().is_some_and(|m| m < longest)
            }
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StorageKind {
    #[default]
    Cookie,
    LocalStorage,
    SessionStorage,
    Pixel,
}

/// How consent for cookies is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentMethod {
    /// A banner asks before any cookie that needs consent is set.
    Banner,
    /// Visitors are told that browsing on counts as consent. That is no
    /// valid consent (Planet49), so the documents never claim consent for
    /// it.
    ImpliedByBrowsing,
    /// Consent is not asked.
    NotAsked,
}

impl ConsentMethod {
    pub const ALL: [ConsentMethod; 3] = [
        ConsentMethod::Banner,
        ConsentMethod::ImpliedByBrowsing,
        ConsentMethod::NotAsked,
    ];

    /// The suffix of its Fluent messages.
    pub fn key(self) -> &'static str {
        match self {
            ConsentMethod::Banner => "banner",
            ConsentMethod::ImpliedByBrowsing => "implied",
            ConsentMethod::NotAsked => "not-asked",
        }
    }
}

/// How visitors give, refuse, change and withdraw consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CookieConsent {
    pub method: ConsentMethod,
    /// The banner lets visitors choose per category.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_category: bool,
    /// Until a visitor chooses, the website sets only strictly necessary
    /// cookies: the others wait for consent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub waits_for_choice: bool,
    /// The banner offers refusing beside accepting, as visible and as easy.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refuse_as_easy: bool,
    /// Visitors who refuse can still use the website: there is no cookie
    /// wall.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_cookie_wall: bool,
    /// How many months a visitor's choice is kept before the banner asks
    /// again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_kept_months: Option<u16>,
    /// The consent tool used, such as "Cookiebot".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// Where visitors change or withdraw their choice, e.g. "via the link
    /// 'Cookie settings' at the bottom of every page".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdraw_via: Option<LocalText>,
}

impl CookieConsent {
    /// Consent asked by `method`, none of the banner's qualities ticked yet.
    pub fn asked_by(method: ConsentMethod) -> CookieConsent {
        CookieConsent {
            method,
            per_category: false,
            waits_for_choice: false,
            refuse_as_easy: false,
            no_cookie_wall: false,
            choice_kept_months: None,
            tool: None,
            withdraw_via: None,
        }
    }
}
