//! Starter projects: realistic, complete answers for common kinds of
//! organisation, to copy and adapt. They live in `templates/starters/`.

use std::path::Path;

use time::Date;

use crate::model::{Address, Dpo, Organisation, Project};
use crate::storage::{self, LoadError};

/// A starter project as shipped: its name (used on the command line and as
/// the suffix of its Fluent description `starter-<name>`) and its RON text.
pub struct Starter {
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! starters {
    ($($name:literal),* $(,)?) => {
        pub const STARTERS: &[Starter] = &[
            $(Starter { name: $name, text: include_str!(concat!("../templates/starters/", $name, ".ron")) }),*
        ];
    };
}

starters!(
    "bakery",
    "general-practice",
    "accountancy",
    "non-profit",
    "webshop-nl",
    "dental-brussels",
    "physio-eupen",
);

/// The starter called `name`.
pub fn find(name: &str) -> Option<&'static Starter> {
    STARTERS.iter().find(|s| s.name == name)
}

impl Starter {
    /// The starter as a project, as shipped: an example organisation.
    pub fn project(&self) -> Result<Project, LoadError> {
        let path = format!("templates/starters/{}.ron", self.name);
        storage::parse(self.text, Path::new(&path))
    }

    /// A new project from the starter: its sector answers (audiences,
    /// data, purposes, retention, recipients) as suggestions, and the
    /// example organisation's identity, contacts, security, announcements
    /// and cookies left unanswered, so that nothing true only of the
    /// example can end up in someone's published documents. Only the
    /// country stays: it decides the sector rules the suggestions follow.
    pub fn new_project(&self, today: Date) -> Result<Project, LoadError> {
        let mut project = self.project()?;
        project.organisation = Organisation {
            address: Address {
                country: project.organisation.address.country.clone(),
                ..Address::default()
            },
            ..Organisation::default()
        };
        project.dpo = Dpo::NotAnswered;
        project.privacy_contact = None;
        // How the example protects its data, whether it has cameras, how it
        // announces changes, whether it offers online services to children
        // and which cookies its website sets are facts about that
        // organisation, not about the sector: they are asked anew.
        project.security_measures.clear();
        project.cameras = None;
        project.children.online_services = None;
        project.change_notice.clear();
        project.cookies.clear();
        project.cookies_none = false;
        project.cookie_consent = None;
        project.document.effective_date = today;
        Ok(project)
    }
}
