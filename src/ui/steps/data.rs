//! Step 2: whose data, and which kinds (Art. 13(1)(c), 9, 10, 14(1)(d)).

use iced::widget::{checkbox, column, pick_list, row, text};
use iced::{Element, Length};

use crate::check::Finding;
use crate::i18n::I18n;
use crate::model::{
    Art9Condition, Audience, AudienceKind, DataCategory, DataCategoryKind, LocalText, Locale,
    Project,
};
use crate::ui::widgets::{Choice, findings_at, local_field};

/// The standard kinds of data offered as tick boxes, in this order.
const KINDS: [DataCategoryKind; 22] = DataCategoryKind::STANDARD;

#[derive(Clone, Debug)]
pub enum Message {
    Audience(AudienceKind, bool),
    Category(usize, bool),
    Condition(usize, Art9Condition),
    Authorisation(Locale, String),
}

pub fn update(project: &mut Project, message: Message) {
    match message {
        Message::Audience(kind, true) => {
            if project.audience(kind.key()).is_none() {
                project.audiences.push(Audience::Standard(kind));
            }
        }
        Message::Audience(kind, false) => {
            project.audiences.retain(|a| a.key() != kind.key());
            for purpose in &mut project.purposes {
                purpose.audiences.retain(|k| k != kind.key());
            }
        }
        Message::Category(index, true) => {
            let kind = KINDS[index].clone();
            if project.data_category(kind.key()).is_none() {
                project.data_categories.push(DataCategory::new(kind));
            }
        }
        Message::Category(index, false) => {
            let key = KINDS[index].key();
            project.data_categories.retain(|c| c.key() != key);
            for purpose in &mut project.purposes {
                purpose.data.retain(|k| k != key);
            }
            for source in &mut project.sources {
                source.data.retain(|k| k != key);
            }
        }
        Message::Condition(index, condition) => {
            let key = KINDS[index].key();
            if let Some(category) = project.data_categories.iter_mut().find(|c| c.key() == key) {
                category.art9_condition = Some(condition);
            }
        }
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

pub fn view<'a>(
    project: &'a Project,
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
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
            label: t(&format!("app-art9-{c:?}")),
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
        if let Some(category) = chosen.filter(|c| c.kind.is_special()) {
            let selected = conditions
                .iter()
                .find(|c| Some(c.value) == category.art9_condition)
                .cloned();
            line = line.push(
                row![
                    text(t("app-data-condition")).size(13),
                    pick_list(
                        conditions.clone(),
                        selected,
                        move |c: Choice<Art9Condition>| { Message::Condition(index, c.value) }
                    )
                    .text_size(13)
                    .width(Length::Fill),
                ]
                .spacing(8)
                .padding([0, 28])
                .align_y(iced::Alignment::Center),
            );
        }
        if let Some(category) = chosen.filter(|c| c.kind == DataCategoryKind::CriminalRecords) {
            let law = category.art10_authorisation.clone().unwrap_or_default();
            line = line.push(local_field(
                t("app-data-art10"),
                Some(t("app-data-art10.help")),
                "data-art10".into(),
                &law,
                Message::Authorisation,
            ));
        }
        line.into()
    });
    let mut form = column![
        text(t("app-data-audiences")).size(17),
        text(t("app-data-audiences.help")).size(13),
        column(audiences).spacing(6),
        text(t("app-data-categories")).size(17),
        text(t("app-data-categories.help")).size(13),
        column(categories).spacing(8),
    ]
    .spacing(10);
    for path in ["audiences", "data_categories", "sources"] {
        if let Some(notes) = findings_at(findings, path, i18n, locale) {
            form = form.push(notes);
        }
    }
    form.into()
}
