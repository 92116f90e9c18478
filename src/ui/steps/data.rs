//! Step 2: whose data, and which kinds (Art. 13(1)(c), 9, 10, 14(1)(d)).

mod collection;

use iced::widget::{button, checkbox, column, container, row, text};
use iced::{Element, Length};

use super::{Context, Outcome};
use crate::model::{
    Art9Condition, Audience, AudienceKind, DataCategory, DataCategoryKind, LocalText, Locale,
    Project, Source,
};
use crate::ui::theme;
use crate::ui::widgets::{
    Choice, beside, card_header, category_label, findings_at, findings_of, listed, local_field,
    long_drop_down, yes_no,
};

/// The standard kinds of data offered as tick boxes, in this order.
const KINDS: [DataCategoryKind; 22] = DataCategoryKind::STANDARD;

#[derive(Clone, Debug)]
pub enum Message {
    AddAudience,
    AudienceName(String, Locale, String),
    RemoveAudience(String),
    AddCategory,
    /// The examples of the data category with this key.
    Examples(String, Locale, String),
    CategoryName(String, Locale, String),
    CategorySpecial(String, bool),
    RemoveCategory(String),
    AddSource,
    SourceDescription(usize, Locale, String),
    SourceData(usize, String, bool),
    SourcePublic(usize, Option<bool>),
    /// Whether data comes from others than the people themselves.
    OtherSources(Option<bool>),
    RemoveSource(usize),
    Audience(AudienceKind, bool),
    Category(usize, bool),
    Condition(String, Art9Condition),
    Authorisation(Locale, String),
    /// How a group's data comes in, or the cameras.
    Collection(collection::Message),
}

/// A key no audience or data category has yet: `<prefix>-1`, `-2`, ...
fn free_key(taken: impl Fn(&str) -> bool, prefix: &str) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|key| !taken(key))
        .unwrap_or_default()
}

/// Removes a key everywhere the purposes and sources refer to it, so the
/// project never refers to something it does not define.
fn forget(project: &mut Project, key: &str) {
    for purpose in &mut project.purposes {
        purpose.audiences.retain(|k| k != key);
        purpose.data.retain(|k| k != key);
        purpose.per_audience.retain(|t| t.audience != key);
        purpose.special_data.retain(|s| s.data != key);
    }
    for source in &mut project.sources {
        source.data.retain(|k| k != key);
    }
    project.profiles.retain(|p| p.audience != key);
    for profile in &mut project.profiles {
        profile.data.retain(|k| k != key);
    }
}

/// This step keeps nothing but answers.
#[derive(Debug, Default)]
pub struct State;

pub fn update(_: &mut State, project: &mut Project, message: Message) -> Outcome {
    apply(project, message);
    Outcome::changed()
}

/// Applies a change to the answers.
fn apply(project: &mut Project, message: Message) {
    match message {
        Message::AddAudience => {
            let key = free_key(|k| project.audience(k).is_some(), "group");
            project.audiences.push(Audience::Custom {
                key,
                name: LocalText::default(),
            });
        }
        Message::AudienceName(key, locale, value) => {
            for audience in &mut project.audiences {
                if let Audience::Custom { key: k, name } = audience
                    && *k == key
                {
                    name.set(locale, value.clone());
                }
            }
        }
        Message::RemoveAudience(key) => {
            project.audiences.retain(|a| a.key() != key);
            forget(project, &key);
        }
        Message::AddCategory => {
            let key = free_key(|k| project.data_category(k).is_some(), "data");
            project
                .data_categories
                .push(DataCategory::new(DataCategoryKind::Custom {
                    key,
                    name: LocalText::default(),
                    special: false,
                }));
        }
        Message::CategoryName(key, locale, value) => {
            for category in &mut project.data_categories {
                if let DataCategoryKind::Custom { key: k, name, .. } = &mut category.kind
                    && *k == key
                {
                    name.set(locale, value.clone());
                }
            }
        }
        Message::CategorySpecial(key, on) => {
            for category in &mut project.data_categories {
                if let DataCategoryKind::Custom {
                    key: k, special, ..
                } = &mut category.kind
                    && *k == key
                {
                    *special = on;
                }
            }
        }
        Message::RemoveCategory(key) => {
            project.data_categories.retain(|c| c.key() != key);
            forget(project, &key);
        }
        Message::AddSource => add_source(project),
        Message::OtherSources(answer) => {
            project.sources_none = answer == Some(false);
            if answer == Some(true) && project.sources.is_empty() {
                add_source(project);
            }
        }
        Message::SourceDescription(i, locale, value) => {
            if let Some(source) = project.sources.get_mut(i) {
                source.description.set(locale, value);
            }
        }
        Message::SourceData(i, key, on) => {
            if let Some(source) = project.sources.get_mut(i) {
                source.data.retain(|k| *k != key);
                if on {
                    source.data.push(key);
                }
            }
        }
        Message::SourcePublic(i, answer) => {
            if let Some(source) = project.sources.get_mut(i) {
                source.publicly_accessible = answer;
            }
        }
        Message::RemoveSource(i) => {
            if i < project.sources.len() {
                project.sources.remove(i);
            }
        }
        Message::Audience(kind, true) => {
            if project.audience(kind.key()).is_none() {
                project.audiences.push(Audience::Standard(kind));
            }
        }
        Message::Audience(kind, false) => {
            project.audiences.retain(|a| a.key() != kind.key());
            forget(project, kind.key());
        }
        Message::Category(index, true) => {
            let kind = KINDS[index].clone();
            if project.data_category(kind.key()).is_none() {
                let examples = standard_examples(project, &kind);
                project.data_categories.push(DataCategory {
                    examples: Some(examples),
                    ..DataCategory::new(kind)
                });
            }
        }
        Message::Examples(key, locale, value) => {
            if let Some(category) = project.data_categories.iter_mut().find(|c| c.key() == key) {
                category
                    .examples
                    .get_or_insert_with(LocalText::default)
                    .set(locale, value);
            }
        }
        Message::Category(index, false) => {
            let key = KINDS[index].key();
            project.data_categories.retain(|c| c.key() != key);
            forget(project, key);
        }
        Message::Condition(key, condition) => {
            if let Some(category) = project.data_categories.iter_mut().find(|c| c.key() == key) {
                category.art9_condition = Some(condition);
            }
        }
        Message::Collection(change) => collection::update(project, change),
        Message::Authorisation(locale, value) => {
            let key = DataCategoryKind::CriminalRecords.key();
            if let Some(category) = project.data_categories.iter_mut().find(|c| c.key() == key) {
                category
                    .art10_authorisation
                    .get_or_insert_with(LocalText::default)
                    .set(locale, value);
            }
        }
    }
}

/// The Art. 9(2) exception that allows a sensitive kind of data.
fn condition_picker<'a>(
    category: &DataCategory,
    conditions: &[Choice<Art9Condition>],
    label: String,
) -> Element<'a, Message> {
    let key = category.key().to_owned();
    let selected = conditions
        .iter()
        .find(|c| Some(c.value) == category.art9_condition)
        .cloned();
    row![
        text(label).size(13),
        long_drop_down(
            conditions.to_vec(),
            selected,
            move |c: Choice<Art9Condition>| { Message::Condition(key.clone(), c.value) },
            String::new(),
        ),
    ]
    .spacing(8)
    .padding([0, 28])
    .align_y(iced::Alignment::Center)
    .into()
}

pub fn view<'a>(_: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let t = |id: &str| i18n.simple(locale, id);
    let audiences = AudienceKind::ALL.into_iter().map(|kind| {
        checkbox(project.audience(kind.key()).is_some())
            .label(t(&format!("audience-{}", kind.key())))
            .on_toggle(move |on| Message::Audience(kind, on))
            .text_size(14)
            .into()
    });
    let conditions: Vec<Choice<Art9Condition>> = Art9Condition::ALL
        .iter()
        .map(|c| Choice {
            value: *c,
            label: t(&format!("app-art9-{}", c.key())),
        })
        .collect();
    let categories = KINDS.iter().enumerate().map(|(index, kind)| {
        let chosen = project.data_category(kind.key());
        let mut line = column![
            checkbox(chosen.is_some())
                .label(format!(
                    "{} — {}",
                    t(&format!("data-{}", kind.key())),
                    t(&format!("data-{}.examples", kind.key()))
                ))
                .on_toggle(move |on| Message::Category(index, on))
                .text_size(14)
        ]
        .spacing(4);
        if let Some(category) = chosen {
            let key = category.key().to_owned();
            line = line.push(local_field(
                &project.document.languages,
                t("app-data-examples"),
                Some(t("app-data-examples.help")),
                format!("category-{key}-examples"),
                category.examples.as_ref().unwrap_or(&LocalText::default()),
                move |l, v| Message::Examples(key.clone(), l, v),
            ));
        }
        if let Some(category) = chosen.filter(|c| c.kind.is_special()) {
            line = line.push(condition_picker(
                category,
                &conditions,
                t("app-data-condition"),
            ));
        }
        if let Some(category) = chosen.filter(|c| c.kind == DataCategoryKind::CriminalRecords) {
            let law = category.art10_authorisation.clone().unwrap_or_default();
            line = line.push(local_field(
                &project.document.languages,
                t("app-data-art10"),
                Some(t("app-data-art10.help")),
                "data-art10".into(),
                &law,
                Message::Authorisation,
            ));
        }
        let place = project
            .data_categories
            .iter()
            .position(|c| c.key() == kind.key())
            .map_or_else(String::new, |i| format!("data_categories[{i}]"));
        beside(line, findings_at(findings, &place, i18n, locale))
    });
    let own_audiences = project.audiences.iter().filter_map(|audience| {
        let Audience::Custom { key, name } = audience else {
            return None;
        };
        let key = key.clone();
        let (k1, k2) = (key.clone(), key.clone());
        Some(
            row![
                local_field(
                    &project.document.languages,
                    t("app-data-own-audience"),
                    None,
                    format!("audience-{key}"),
                    name,
                    move |l, v| Message::AudienceName(k1.clone(), l, v),
                ),
                button(text(t("app-remove")).size(13))
                    .style(button::danger)
                    .on_press(Message::RemoveAudience(k2)),
            ]
            .spacing(8)
            .align_y(iced::Alignment::End)
            .into(),
        )
    });
    let own_categories = project
        .data_categories
        .iter()
        .enumerate()
        .filter_map(|(i, category)| {
            let DataCategoryKind::Custom { key, name, special } = &category.kind else {
                return None;
            };
            let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
            let line = column![
                row![
                    local_field(
                        &project.document.languages,
                        t("app-data-own-category"),
                        None,
                        format!("category-{key}"),
                        name,
                        move |l, v| Message::CategoryName(k1.clone(), l, v),
                    ),
                    button(text(t("app-remove")).size(13))
                        .style(button::danger)
                        .on_press(Message::RemoveCategory(k2)),
                ]
                .spacing(8)
                .align_y(iced::Alignment::End),
                checkbox(*special)
                    .label(t("app-data-own-category-special"))
                    .on_toggle(move |on| Message::CategorySpecial(k3.clone(), on))
                    .text_size(13),
            ]
            .extend(
                special.then(|| condition_picker(category, &conditions, t("app-data-condition"))),
            )
            .spacing(4);
            let place = format!("data_categories[{i}]");
            Some(beside(line, findings_at(findings, &place, i18n, locale)))
        });
    let sources = project.sources.iter().enumerate().map(|(i, source)| {
        let data = project.data_categories.iter().map(|category| {
            let key = category.key().to_owned();
            let label = category_label(category, i18n, locale);
            checkbox(source.data.contains(&key))
                .label(label)
                .on_toggle(move |on| Message::SourceData(i, key.clone(), on))
                .text_size(13)
                .into()
        });
        container(
            column![
                card_header(
                    format!("{} {}", t("app-source"), i + 1),
                    t("app-remove"),
                    Message::RemoveSource(i)
                ),
                local_field(
                    &project.document.languages,
                    t("app-source-description"),
                    Some(t("app-source-description.help")),
                    format!("source-{i}-description"),
                    &source.description,
                    move |l, v| Message::SourceDescription(i, l, v),
                ),
                text(t("app-source-data")).size(14),
                row(data).spacing(12).wrap(),
                beside(
                    yes_no(
                        "source-public",
                        source.publicly_accessible,
                        move |answer| Message::SourcePublic(i, answer),
                        i18n,
                        locale,
                    ),
                    findings_at(findings, &format!("sources[{i}]"), i18n, locale),
                ),
            ]
            .spacing(8),
        )
        .padding(12)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
    });
    column![
        text(t("app-data-audiences")).size(17),
        text(t("app-data-audiences.help")).size(13),
        column(audiences).spacing(6),
        column(own_audiences).spacing(6),
        beside(
            button(text(t("app-data-add-audience")).size(13))
                .style(theme::outlined)
                .on_press(Message::AddAudience),
            findings_at(findings, "audiences", i18n, locale),
        ),
        text(t("app-data-categories")).size(17),
        text(t("app-data-categories.help")).size(13),
        column(categories).spacing(8),
        column(own_categories).spacing(8),
        beside(
            button(text(t("app-data-add-category")).size(13))
                .style(theme::outlined)
                .on_press(Message::AddCategory),
            findings_of(findings, &["data_categories"], i18n, locale),
        ),
        text(t("app-sources")).size(17),
        text(t("app-sources.help")).size(13),
        beside(
            yes_no(
                "sources",
                listed(!project.sources.is_empty(), project.sources_none),
                Message::OtherSources,
                i18n,
                locale,
            ),
            findings_of(findings, &["sources", "sources_none"], i18n, locale),
        ),
        column(sources).spacing(10),
        button(text(t("app-source-add")).size(13))
            .style(theme::outlined)
            .on_press(Message::AddSource),
        collection::view(project, findings, i18n, locale).map(Message::Collection),
    ]
    .spacing(10)
    .into()
}

fn add_source(project: &mut Project) {
    project.sources.push(Source {
        description: LocalText::default(),
        data: Vec::new(),
        publicly_accessible: None,
    });
}

/// The standard examples of a kind, in each document language, as an
/// answer the owner sees and edits: the documents print no examples the
/// owner did not see.
fn standard_examples(project: &Project, kind: &DataCategoryKind) -> LocalText {
    let texts = crate::ui::texts::current();
    let i18n: &crate::i18n::I18n = &texts;
    let mut examples = LocalText::default();
    for locale in &project.document.languages {
        let text = i18n.simple(*locale, &format!("data-{}.examples", kind.key()));
        examples.set(*locale, text);
    }
    examples
}
