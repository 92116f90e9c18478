//! The document settings on the last step: version, date of effect and
//! the languages the documents are published in.

use time::Date;

use crate::model::{Locale, Project};

#[derive(Clone, Debug)]
pub enum Message {
    Version(String),
    /// What is typed in the date field; kept by the root until it reads
    /// as a date.
    DateTyped(String),
    EffectiveDate(Date),
    Language(Locale, bool),
}

/// A date written as `2026-11-23`.
pub fn parse_date(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format).ok()
}

pub fn update(project: &mut Project, message: Message) {
    let settings = &mut project.document;
    match message {
        Message::Version(version) => settings.version = version,
        Message::DateTyped(_) => {}
        Message::EffectiveDate(date) => settings.effective_date = date,
        Message::Language(locale, on) => {
            settings.languages.retain(|l| *l != locale);
            if on {
                settings.languages.push(locale);
                settings.languages.sort();
            }
        }
    }
}
