//! Format version 1, as it was written, and its migration: what version 1
//! could only say by leaving a field out or writing its default becomes
//! *not answered* in version 2, so the owner is asked instead of the
//! documents assuming "no".

use serde::Deserialize;

use crate::model::{
    Audience, Authority, ChangeChannel, Children, ConsentMethod, Contact, Cookie, CookieConsent,
    DataCategory, DocumentSettings, Dpo, FORMAT_VERSION, LocalText, Organisation, Project, Purpose,
    Recipient, Requests, SecurityMeasure, Source,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Project")]
pub struct ProjectV1 {
    #[allow(dead_code, reason = "read to check it, then replaced")]
    version: u32,
    organisation: Organisation,
    #[serde(default)]
    dpo: Option<Contact>,
    #[serde(default)]
    privacy_contact: Option<Contact>,
    #[serde(default)]
    supervisory_authority: Option<Authority>,
    #[serde(default)]
    audiences: Vec<Audience>,
    #[serde(default)]
    data_categories: Vec<DataCategory>,
    #[serde(default)]
    sources: Vec<SourceV1>,
    #[serde(default)]
    purposes: Vec<Purpose>,
    #[serde(default)]
    recipients: Vec<Recipient>,
    #[serde(default)]
    security_measures: Vec<SecurityMeasure>,
    #[serde(default)]
    services_for_children: bool,
    #[serde(default)]
    cookies: Vec<Cookie>,
    #[serde(default)]
    cookie_consent: Option<CookieConsentV1>,
    #[serde(default)]
    change_notice: Vec<ChangeChannel>,
    document: DocumentSettings,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Source")]
struct SourceV1 {
    description: LocalText,
    #[serde(default)]
    data: Vec<String>,
    #[serde(default)]
    publicly_accessible: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "CookieConsent")]
struct CookieConsentV1 {
    banner: bool,
    #[serde(default)]
    per_category: bool,
    #[serde(default)]
    refuse_as_easy: bool,
    #[serde(default)]
    no_cookie_wall: bool,
    #[serde(default)]
    tool: Option<String>,
    #[serde(default)]
    withdraw_via: Option<LocalText>,
}

impl From<ProjectV1> for Project {
    fn from(old: ProjectV1) -> Project {
        Project {
            version: FORMAT_VERSION,
            organisation: old.organisation,
            dpo: old.dpo.map_or(Dpo::NotAnswered, Dpo::Appointed),
            privacy_contact: old.privacy_contact,
            requests: Requests::default(),
            supervisory_authority: old.supervisory_authority,
            audiences: old.audiences,
            data_categories: old.data_categories,
            sources: old
                .sources
                .into_iter()
                .map(|s| Source {
                    description: s.description,
                    data: s.data,
                    // `false` was the default, written whether or not the
                    // owner thought about it.
                    publicly_accessible: s.publicly_accessible.then_some(true),
                })
                .collect(),
            sources_none: false,
            profiles: Vec::new(),
            cameras: None,
            purposes: old.purposes,
            recipients: old.recipients,
            recipients_none: false,
            transfers_outside_eea: None,
            automated_decisions: None,
            security_measures: old.security_measures,
            children: Children {
                online_services: old.services_for_children.then_some(true),
                age_limit: None,
                minors: None,
            },
            cookies: old.cookies,
            cookies_none: false,
            analytics_exempt: false,
            cookie_policy_elsewhere: None,
            // `banner` had no default: it was always an answer.
            cookie_consent: old.cookie_consent.map(|c| CookieConsent {
                method: if c.banner {
                    ConsentMethod::Banner
                } else {
                    ConsentMethod::NotAsked
                },
                per_category: c.per_category,
                // Format 1 never asked; the owner is asked now.
                waits_for_choice: false,
                refuse_as_easy: c.refuse_as_easy,
                no_cookie_wall: c.no_cookie_wall,
                choice_kept_months: None,
                tool: c.tool,
                withdraw_via: c.withdraw_via,
            }),
            change_notice: old.change_notice,
            document: old.document,
        }
    }
}
