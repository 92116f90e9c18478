//! One finding: the rule it breaks, the item it concerns, the facts its
//! message names, and its message and hint worded in a locale.

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Basis, Rule, Severity};
use crate::i18n::{self, I18n};
use crate::model::{Country, LocalText, Locale};
use time::Date;

/// What a finding concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Where in the project file, as a path such as
    /// `purposes[2].legal_basis`.
    pub path: String,
    /// How a person recognises it: a purpose's name, a cookie's name.
    pub label: Option<Label>,
}

/// The name of an item, kept untranslated until it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// Text from the project: a purpose, a recipient, a cookie.
    Answer(LocalText),
    /// A name policywright gives, such as a standard data category: the
    /// Fluent message with this id.
    Message(String),
}

impl Label {
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> Option<String> {
        let text = match self {
            Label::Answer(text) => text.resolve(locale)?.text.to_owned(),
            Label::Message(id) => i18n.simple(locale, id),
        };
        (!text.trim().is_empty()).then_some(text)
    }
}

/// A fact a finding's message mentions, beside the item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Text from the project, shown as it is (a mistyped number).
    Text(String),
    /// Text from the project in the reader's language, such as a name.
    Answer(LocalText),
    Country(Country),
    /// A name policywright gives: the Fluent message with this id.
    Message(String),
    Language(Locale),
    Date(Date),
    Number(u32),
}

/// One thing the checks found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub item: Item,
    /// The message's variables besides `$item`, by name.
    pub details: Vec<(&'static str, Detail)>,
}

impl Finding {
    pub(super) fn new(rule: Rule, path: impl Into<String>) -> Finding {
        Finding {
            rule,
            item: Item {
                path: path.into(),
                label: None,
            },
            details: Vec::new(),
        }
    }

    pub(super) fn labelled(mut self, label: Label) -> Finding {
        self.item.label = Some(label);
        self
    }

    pub(super) fn answer(self, text: &LocalText) -> Finding {
        self.labelled(Label::Answer(text.clone()))
    }

    pub(super) fn with(mut self, name: &'static str, detail: Detail) -> Finding {
        self.details.push((name, detail));
        self
    }

    pub fn id(&self) -> &'static str {
        self.rule.id()
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }

    pub fn basis(&self) -> Basis {
        self.rule.basis()
    }

    /// What is wrong, and where, in plain words.
    pub fn message(&self, i18n: &I18n, locale: Locale) -> String {
        i18n.plain(locale, &self.rule.message_id(), &self.args(i18n, locale))
    }

    /// What to do about it.
    pub fn hint(&self, i18n: &I18n, locale: Locale) -> String {
        let id = format!("{}.hint", self.rule.message_id());
        i18n.plain(locale, &id, &self.args(i18n, locale))
    }

    /// The item's name, or its place in words when it has none.
    pub fn item_name(&self, i18n: &I18n, locale: Locale) -> String {
        self.item
            .label
            .as_ref()
            .and_then(|label| label.describe(i18n, locale))
            .unwrap_or_else(|| self.item.unnamed_item(i18n, locale))
    }

    fn args(&self, i18n: &I18n, locale: Locale) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("item", self.item_name(i18n, locale));
        for (name, detail) in &self.details {
            let value: FluentValue = match detail {
                Detail::Text(text) => text.clone().into(),
                Detail::Answer(text) => text
                    .resolve(locale)
                    .map_or_else(String::new, |r| r.text.to_owned())
                    .into(),
                Detail::Country(country) => {
                    let name = i18n.simple(locale, &format!("country-{}", country.code()));
                    if name.is_empty() {
                        country.code().to_owned().into()
                    } else {
                        name.into()
                    }
                }
                Detail::Message(id) => i18n.simple(locale, id).into(),
                Detail::Language(language) => i18n
                    .simple(locale, &format!("app-language-{}", language.code()))
                    .into(),
                Detail::Date(date) => i18n.date(locale, *date, &mut Vec::new()).into(),
                Detail::Number(n) => i18n::number(*n),
            };
            args.set(*name, value);
        }
        args
    }
}
