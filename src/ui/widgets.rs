//! Form pieces the steps share: labelled fields, per-language fields,
//! choices with translated labels, and findings shown at their field.

mod drop_down;

pub use drop_down::{drop_down, long_drop_down};

use std::fmt;

use iced::widget::{column, container, radio, row, text, text_input};
use iced::{Element, Length};

use crate::check::{Finding, Severity};
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{Country, DataCategory, DataCategoryKind, LegalBasis, LocalText, Locale};

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

/// One field per document language (`languages`) for a text the user
/// writes, side by side.
pub fn local_field<'a, M: Clone + 'a>(
    languages: &[Locale],
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
    let inputs = row(languages.iter().map(|&locale| {
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

/// One answer to a question: its value, its label, and what choosing it
/// makes the documents say.
pub struct AnswerOption<V> {
    pub value: V,
    pub label: String,
    pub says: String,
}

/// A question whose answer decides a sentence: its answers side by side,
/// "not answered" among them, and under them what the chosen answer makes
/// the documents say.
pub fn answer<'a, V: Copy + Eq + 'a, M: Clone + 'a>(
    label: String,
    options: Vec<AnswerOption<V>>,
    selected: V,
    on_select: impl Fn(V) -> M,
) -> Element<'a, M> {
    let says = options
        .iter()
        .find(|o| o.value == selected)
        .map(|o| o.says.clone())
        .unwrap_or_default();
    let choices = row(options.into_iter().map(|option| {
        let message = on_select(option.value);
        iced::widget::radio(option.label, option.value, Some(selected), move |_| {
            message.clone()
        })
        .text_size(14)
        .size(16)
        .into()
    }))
    .spacing(18)
    .wrap();
    column![
        text(label).size(15),
        choices,
        text(says).size(12).style(text::secondary),
    ]
    .spacing(6)
    .into()
}

/// A tick box with its label, as the lists of choices in a card use it.
pub fn tick<'a, M: 'a>(label: String, on: bool, toggle: impl Fn(bool) -> M + 'a) -> Element<'a, M> {
    iced::widget::checkbox(on)
        .label(label)
        .on_toggle(toggle)
        .text_size(13)
        .into()
}

/// A yes-or-no question with "not answered", worded by the messages
/// `app-q-<key>` (the question), `app-q-<key>-yes` and `-no` (the answers)
/// and their `.says` attributes, and `app-q-<key>-unanswered.says`.
pub fn yes_no<'a, M: Clone + 'a>(
    key: &str,
    selected: Option<bool>,
    on_select: impl Fn(Option<bool>) -> M,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let t = |id: String| i18n.simple(locale, &id);
    let option = |value: Option<bool>, name: &str| AnswerOption {
        value,
        label: if value.is_none() {
            t("app-answer-unanswered".into())
        } else {
            t(format!("app-q-{key}-{name}"))
        },
        says: t(format!("app-q-{key}-{name}.says")),
    };
    answer(
        t(format!("app-q-{key}")),
        vec![
            option(None, "unanswered"),
            option(Some(true), "yes"),
            option(Some(false), "no"),
        ],
        selected,
        on_select,
    )
}

/// The answer a list with an explicit "none" gives to "are there any?":
/// items say yes, "none" says no, neither is not answered.
pub fn listed(has_items: bool, none: bool) -> Option<bool> {
    if none {
        Some(false)
    } else {
        has_items.then_some(true)
    }
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

/// The legal bases as one radio per line, worded in full.
pub fn basis_radios<'a, M: Clone + 'a>(
    selected: Option<LegalBasis>,
    on_select: impl Fn(LegalBasis) -> M + Clone + 'a,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let bases = choices(&LegalBasis::ALL, LegalBasis::key, "basis", i18n, locale);
    column(bases.into_iter().map(|choice| {
        radio(choice.label, choice.value, selected, on_select.clone())
            .text_size(13)
            .size(15)
            .width(Length::Fill)
            .into()
    }))
    .spacing(6)
    .into()
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
/// answer is given. The list is there even when empty: iced keeps a
/// widget's state (the focus, the cursor) by its place among its
/// siblings, so a finding that comes or goes must not move the fields
/// after it to another place, or typing would land in another field.
pub fn findings_at<'a, M: 'a>(
    findings: &[Finding],
    path: &str,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    findings_within(findings, &[path], i18n, locale)
}

/// The findings about any of `paths` or their parts, as one list.
pub fn findings_within<'a, M: 'a>(
    findings: &[Finding],
    paths: &[&str],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    findings_where(
        findings,
        |f| paths.iter().any(|path| concerns(f, path)),
        i18n,
        locale,
    )
}

/// Whether `finding` is about the answer at `path` or a part of it.
fn concerns(finding: &Finding, path: &str) -> bool {
    let at = finding.item.path.as_str();
    at.strip_prefix(path)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The cards of the findings `keep` picks, set off from what they follow
/// only when there are any: an empty list takes no room (see `beside`).
fn findings_where<'a, M: 'a>(
    findings: &[Finding],
    keep: impl Fn(&Finding) -> bool,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let here: Vec<&Finding> = findings.iter().filter(|f| keep(f)).collect();
    let top = if here.is_empty() { 0 } else { 6 };
    let items = here
        .into_iter()
        .map(|finding| finding_card(finding, i18n, locale));
    container(column(items).spacing(4))
        .padding(iced::Padding::ZERO.top(top))
        .into()
}

/// An answer with its findings under it, as one child of the form: a
/// form's spacing falls between its children, so a findings list of its
/// own would leave a gap under every answer that has none.
pub fn beside<'a, M: 'a>(
    answer: impl Into<Element<'a, M>>,
    findings: Element<'a, M>,
) -> Element<'a, M> {
    column![answer.into(), findings].into()
}

/// The findings about the answers at `paths` themselves, not about any
/// part of them: "is anyone receiving data?" shows the findings of
/// `recipients`, while each recipient's card shows those of
/// `recipients[2]`.
pub fn findings_of<'a, M: 'a>(
    findings: &[Finding],
    paths: &[&str],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    findings_where(
        findings,
        |f| paths.contains(&f.item.path.as_str()),
        i18n,
        locale,
    )
}

/// The findings under `path` that are not shown beside one of the
/// `beside` fields.
pub fn findings_except<'a, M: 'a>(
    findings: &[Finding],
    path: &str,
    beside: &[&str],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let shown_beside = |f: &Finding| beside.iter().any(|b| concerns(f, b));
    findings_where(
        findings,
        |f| concerns(f, path) && !shown_beside(f),
        i18n,
        locale,
    )
}

/// The findings of the list item at `here` (`purposes[2]`) that are not
/// shown under one of its `fields`.
pub fn findings_rest<'a, M: 'a>(
    findings: &[Finding],
    here: &str,
    fields: &[&str],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, M> {
    let beside: Vec<String> = fields
        .iter()
        .map(|field| format!("{here}.{field}"))
        .collect();
    let beside: Vec<&str> = beside.iter().map(String::as_str).collect();
    findings_except(findings, here, &beside, i18n, locale)
}

pub fn finding_card<'a, M: 'a>(finding: &Finding, i18n: &I18n, locale: Locale) -> Element<'a, M> {
    let style = match finding.severity() {
        Severity::Error => container::danger,
        Severity::Warning => container::warning,
        Severity::Info => crate::ui::theme::shade,
    };
    let severity = i18n.simple(locale, &format!("severity-{}", finding.severity().key()));
    let place = format!("{severity} · {}", finding.place(i18n, locale));
    container(
        column![
            text(place).size(12).font(iced::Font {
                weight: iced::font::Weight::Bold,
                ..iced::Font::with_name("Noto Sans")
            }),
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
