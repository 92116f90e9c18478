//! Starter projects: realistic, complete answers for common kinds of
//! organisation, to copy and adapt. They live in `templates/starters/`.

use std::path::Path;

use crate::model::Project;
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
    "webshop-nl"
);

/// The starter called `name`.
pub fn find(name: &str) -> Option<&'static Starter> {
    STARTERS.iter().find(|s| s.name == name)
}

impl Starter {
    /// The starter as a project.
    pub fn project(&self) -> Result<Project, LoadError> {
        let path = format!("templates/starters/{}.ron", self.name);
        storage::parse(self.text, Path::new(&path))
    }
}
