//! How data is collected: through which channels, per group of people,
//! which data each group gives, and surveillance cameras at the premises.

use serde::{Deserialize, Serialize};

use super::LocalText;

/// What one group of people gives and how, where the owner answered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceProfile {
    /// The key of the audience.
    pub audience: String,
    /// How their data comes in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Keys of the data categories of this group, where they differ from
    /// those of the others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<String>,
}

impl AudienceProfile {
    pub fn new(audience: String) -> AudienceProfile {
        AudienceProfile {
            audience,
            channels: Vec::new(),
            data: Vec::new(),
        }
    }
}

/// A way personal data comes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    WebForm,
    Email,
    Phone,
    Post,
    /// In the shop, at the office, at the reception.
    InPerson,
    App,
    /// The website's server logs.
    ServerLogs,
    SocialMedia,
    /// Opens and clicks in the organisation's e-mails (newsletters).
    EmailTracking,
}

impl Channel {
    pub const ALL: [Channel; 9] = [
        Channel::WebForm,
        Channel::Email,
        Channel::Phone,
        Channel::Post,
        Channel::InPerson,
        Channel::App,
        Channel::ServerLogs,
        Channel::SocialMedia,
        Channel::EmailTracking,
    ];

    /// The suffix of its Fluent message (`channel-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Channel::WebForm => "web-form",
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::Post => "post",
            Channel::InPerson => "in-person",
            Channel::App => "app",
            Channel::ServerLogs => "server-logs",
            Channel::SocialMedia => "social-media",
            Channel::EmailTracking => "email-tracking",
        }
    }
}

/// Surveillance cameras at the organisation's premises, with the facts
/// the Belgian camera law of 21 March 2007 asks to be known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cameras {
    /// What the cameras are for ("preventing theft in the shop").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<LocalText>,
    /// What allows the surveillance; for a shop usually the legitimate
    /// interest of protecting goods and people, which `purpose` describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<super::LegalBasis>,
    /// How many days the images are kept, unless needed as evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// The legal pictogram is at every entrance of the watched area.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pictogram: bool,
    /// The cameras are declared to the police (in Belgium through
    /// www.declarationcamera.be).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub declared: bool,
    /// Whether images are given to the police or the courts when they can
    /// help prove an offence or identify an offender (Belgian camera law,
    /// art. 9): recipients the statement must name (Art. 13(1)(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_with_police: Option<bool>,
}
