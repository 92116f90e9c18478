//! Where a finding is, in words a person understands: "Purpose 2
//! 'Newsletter': legal basis" rather than `purposes[1].legal_basis`.
//! Findings keep their path for tools and people editing the file; the
//! words are made from it when the finding is shown.

use super::{Finding, Item, Label};
use crate::i18n::I18n;
use crate::model::{Audience, DataCategoryKind, LocalText, Locale, Project};

/// The lists whose items a path can point into, with the Fluent message
/// that names an item (`place-<list>`, with `$number`).
const LISTS: [&str; 6] = [
    "purposes",
    "recipients",
    "cookies",
    "sources",
    "audiences",
    "data_categories",
];

/// Gives every finding that points into a list the name of the item, so
/// its message can say which purpose or cookie it is about.
pub(super) fn name_items(project: &Project, findings: &mut [Finding]) {
    for finding in findings.iter_mut().filter(|f| f.item.label.is_none()) {
        let (head, _) = split_head(&finding.item.path);
        if let (list, Some(index)) = head {
            finding.item.label = item_label(project, list, index);
        }
    }
}

fn item_label(project: &Project, list: &str, index: usize) -> Option<Label> {
    let answer = |text: &LocalText| (!text.is_blank()).then(|| Label::Answer(text.clone()));
    match list {
        "purposes" => answer(&project.purposes.get(index)?.name),
        "recipients" => answer(&project.recipients.get(index)?.name),
        "sources" => answer(&project.sources.get(index)?.description),
        "cookies" => {
            let name = project.cookies.get(index)?.name.trim();
            (!name.is_empty()).then(|| Label::Answer(LocalText::universal(name)))
        }
        "audiences" => match project.audiences.get(index)? {
            Audience::Standard(kind) => Some(Label::Message(format!("audience-{}", kind.key()))),
            Audience::Custom { name, .. } => answer(name),
        },
        "data_categories" => match &project.data_categories.get(index)?.kind {
            DataCategoryKind::Custom { name, .. } => answer(name),
            kind => Some(Label::Message(format!("data-{}", kind.key()))),
        },
        _ => None,
    }
}

/// The first segment of a path, with its index if it has one, and the
/// rest of the path without indices: `purposes[1].legal_basis` gives
/// `(("purposes", Some(1)), "legal_basis")`.
fn split_head(path: &str) -> ((&str, Option<usize>), String) {
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    let parsed = match head.split_once('[') {
        Some((name, index)) => (name, index.trim_end_matches(']').parse().ok()),
        None => (head, None),
    };
    let rest = rest
        .split('.')
        .map(|segment| segment.split('[').next().unwrap_or(segment))
        .filter(|segment| !segment.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    (parsed, rest)
}

impl Item {
    /// Where the item is, in words in `locale`: "Purpose 2 'Newsletter':
    /// legal basis".
    pub fn place(&self, i18n: &I18n, locale: Locale) -> String {
        let (_, field) = split_head(&self.path);
        let mut place = self.item_place(i18n, locale);
        if !field.is_empty() {
            let named = |id: &str| {
                let text = i18n.simple(locale, id);
                if text.is_empty() {
                    field.replace('_', " ")
                } else {
                    text
                }
            };
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("place", place);
            args.set("field", named(&format!("field-{field}")));
            place = i18n.plain(locale, "place-field", &args);
        }
        place
    }

    /// What the finding's message calls its item when it has no name of
    /// its own: a list item without its field ("Purpose 1", which the
    /// message names "the purpose 'Purpose 1'"), anything else by its
    /// whole place ("Your organisation: name").
    pub(super) fn unnamed_item(&self, i18n: &I18n, locale: Locale) -> String {
        let ((head, index), _) = split_head(&self.path);
        if index.is_some() && LISTS.contains(&head) {
            self.item_place(i18n, locale)
        } else {
            self.place(i18n, locale)
        }
    }

    /// The item the finding is about, in words in `locale`, without the
    /// field: "Purpose 2 'Newsletter'", or "Purpose 2" while it has no
    /// name.
    fn item_place(&self, i18n: &I18n, locale: Locale) -> String {
        let ((head, index), _) = split_head(&self.path);
        let named = |id: &str, fallback: &str| {
            let text = i18n.simple(locale, id);
            if text.is_empty() {
                fallback.replace('_', " ")
            } else {
                text
            }
        };
        match index.filter(|_| LISTS.contains(&head)) {
            Some(index) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("number", index + 1);
                let item = i18n.plain(locale, &format!("place-{head}"), &args);
                match self.label.as_ref().and_then(|l| l.describe(i18n, locale)) {
                    Some(name) => {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("place", item);
                        args.set("name", name);
                        i18n.plain(locale, "place-named", &args)
                    }
                    None => item,
                }
            }
            None if LISTS.contains(&head) => named(&format!("place-{head}-all"), head),
            None => named(&format!("place-{head}"), head),
        }
    }
}

impl Finding {
    /// Where the finding is, in words in `locale`.
    pub fn place(&self, i18n: &I18n, locale: Locale) -> String {
        self.item.place(i18n, locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_splits_into_its_item_and_its_field() {
        assert_eq!(
            split_head("purposes[1].legal_basis"),
            (("purposes", Some(1)), "legal_basis".to_owned())
        );
        assert_eq!(
            split_head("purposes[0].automated_decision.logic"),
            (("purposes", Some(0)), "automated_decision-logic".to_owned())
        );
        assert_eq!(split_head("dpo"), (("dpo", None), String::new()));
        assert_eq!(
            split_head("organisation.websites[0]"),
            (("organisation", None), "websites".to_owned())
        );
    }
}
