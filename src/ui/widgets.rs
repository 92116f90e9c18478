//! Form pieces the steps share: labelled fields, per-language fields,
//! choices with translated labels, and findings shown at their field.

use std::fmt;

use iced::widget::{column, container, row, text, text_input};
use iced::{Element, Length};

use crate::check::{Finding, Severity};
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{Country, DataCategory, DataCategoryKind, LocalText, Locale};

/// A typed answer that may be left empty: `None` when it is blank.
pub fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// A card's title with a button that removes the card's item.
pub fn card_header<'a, M: Clone + 'a>(
    title: String,
    remove_label: String,
    remove: M,
) -> Element<'a, M> {
    row![
        text(title).size(17),
        iced::widget::space::horizontal(),
        iced::widget::button(text(remove_label).size(13))
            .style(iced::widget::button::danger)
            .on_press(remove),
    ]
    .align_y(iced::Alignment::Center)
    .into()
}

/// A labelled text field with an optional line of help.
pub fn field<'a, M: Clone + 'a>(
    label: String,
    help: Option<String>,
    id: impl Into<iced::widget::Id>,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
) -> Element<'a, M> {
    labelled(
        label,
        help,
        text_input("", value).id(id).on_input(on_input).size(14),
    )
}

/// A labelled field where Enter sends `on_submit`, such as adding the next
/// item of a list.
pub fn field_with_enter<'a, M: Clone + 'a>(
    label: String,
    id: impl Into<iced::widget::Id>,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
) -> Element<'a, M> {
    let input = text_input("", value)
        .id(id)
        .on_input(on_input)
        .on_submit(on_submit)
        .size(14);
    labelled(label, None, input)
}

fn labelled<'a, M: 'a>(
    label: String,
    help: Option<String>,
    input: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    let mut content = column![text(label).size(14)].spacing(4);
    if let Some(help) = help {
        content = content.push(text(help).size(12).style(text::secondary));
    }
    content.push(input).into()
}

/// One field per document language for a text the user writes.
pub fn local_field<'a, M: Clone + 'a>(
    label: String,
    help: Option<String>,
    id_prefix: String,
    value: &LocalText,
    on_input: impl Fn(Locale, String) -> M + Clone + 'a,
) -> Element<'a, M> {
    let mut content = column![text(label).size(14)].spacing(4);
    if let Some(help) = help {
        content = content.push(text(help).size(12).style(text::secondary));
    }
    let inputs = row(Locale::ALL.into_iter().map(|locale| {
        let on_input = on_input.clone();
        row![
            text(locale.code().to_uppercase()).size(12).width(24),
            text_input("", value.exact(locale))
                .id(format!("{id_prefix}-{}", locale.code()))
                .on_input(move |t| on_input(locale, t))
                .size(14),
        ]
        .spacing(4)
        .align_y(iced::Alignment::Center)
        .width(Length::Fill)
        .into()
    }))
    .spacing(8);
    content.push(inputs).into()
}

/// A value with its translated label, for pick lists.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// Choices for every value, labelled by the Fluent message `prefix-<key>`.
pub fn choices<T: Copy>(
    values: &[T],
    key: impl Fn(T) -> &'static str,
    prefix: &str,
    i18n: &I18n,
    locale: Locale,
) -> Vec<Choice<T>> {
    values
        .iter()
        .map(|v| Choice {
            value: *v,
            label: i18n.simple(locale, &format!("{prefix}-{}", key(*v))),
        })
        .collect()
}

/// The findings whose field path starts with `path`, shown where the
/// answer is given. The column is there even when empty: iced keeps a
/// widget's state (the focus, the cursor) by its place among its
/// siblings, so a finding that comes or goes must not move the fields
/// after it to another place, or typing would land in another field.
pub fn findings_at<'a, M: 'a>(
    findings: &[Finding],
    path: &str,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.item.path == path
                || f.item.path.starts_with(&format!("{path}."))
                || f.item.path.starts_with(&format!("{path}["))
        })
        .collect();
    let items = here
        .into_iter()
        .map(|finding| finding_card(finding, i18n, locale));
    column(items).spacing(4).into()
}

pub fn finding_card<'a, M: 'a>(finding: &Finding, i18n: &I18n, locale: Locale) -> Element<'a, M> {
    let style = match finding.severity() {
        Severity::Error => container::danger,
        Severity::Warning => container::warning,
        Severity::Info => container::secondary,
    };
    container(
        column![
            text(finding.message(i18n, locale)).size(13),
            text(finding.hint(i18n, locale)).size(12),
        ]
        .spacing(2),
    )
    .padding([6, 10])
    .width(Length::Fill)
    .style(style)
    .into()
}

/// The countries the picker offers: the EEA, then those with an adequacy
/// decision and the United States, all named in the user's language.
pub fn country_choices(i18n: &I18n, locale: Locale) -> Vec<Choice<Country>> {
    let data = jurisdiction::data();
    let mut codes: Vec<&Country> = data.eea.iter().collect();
    codes.extend(data.adequacy.iter());
    codes.push(&data.data_privacy_framework);
    let mut choices: Vec<Choice<Country>> = codes
        .into_iter()
        .map(|c| Choice {
            value: c.clone(),
            label: i18n.simple(locale, &format!("country-{}", c.code())),
        })
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    choices
}

/// The name of a kind of data as the user sees it: the user's own name for
/// one they added, the standard name otherwise.
pub fn category_label(category: &DataCategory, i18n: &I18n, locale: Locale) -> String {
    match &category.kind {
        DataCategoryKind::Custom { name, .. } => name
            .resolve(locale)
            .map_or_else(String::new, |r| r.text.to_owned()),
        kind => i18n.simple(locale, &format!("data-{}", kind.key())),
    }
}
