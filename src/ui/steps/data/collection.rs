//! How each group's data comes in and which data it is, and surveillance
//! cameras at the premises.

use iced::widget::{column, container, row, text};
use iced::{Element, Length};

use crate::check::Finding;
use crate::i18n::{I18n, capitalised};
use crate::model::{
    Audience, AudienceProfile, Cameras, Channel, LegalBasis, LocalText, Locale, Project,
};
use crate::ui::widgets::{
    basis_radios, beside, category_label, field, findings_at, local_field, tick, yes_no,
};

#[derive(Clone, Debug)]
pub enum Message {
    /// Whether the group with this key gives data through a channel.
    Channel(String, Channel, bool),
    /// Whether the group with this key gives the data of this kind.
    Data(String, String, bool),
    /// Whether there are surveillance cameras.
    Cameras(bool),
    CameraPurpose(Locale, String),
    CameraBasis(LegalBasis),
    CameraDays(String),
    Pictogram(bool),
    Declared(bool),
    SharedWithPolice(Option<bool>),
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
}

pub fn update(project: &mut Project, message: Message) {
    match message {
        Message::Channel(audience, channel, on) => {
            toggle(&mut profile(project, audience).channels, channel, on);
            forget_empty(project);
        }
        Message::Data(audience, data, on) => {
            toggle(&mut profile(project, audience).data, data, on);
            forget_empty(project);
        }
        Message::Cameras(on) => project.cameras = on.then(Cameras::default),
        Message::CameraBasis(basis) => {
            if let Some(cameras) = &mut project.cameras {
                cameras.legal_basis = Some(basis);
            }
        }
        Message::CameraPurpose(locale, value) => {
            if let Some(cameras) = &mut project.cameras {
                cameras
                    .purpose
                    .get_or_insert_with(LocalText::default)
                    .set(locale, value);
            }
        }
        Message::CameraDays(value) => {
            if let Some(cameras) = &mut project.cameras {
                // Only whole numbers are taken; an empty field clears it.
                let value = value.trim();
                if value.is_empty() {
                    cameras.retention_days = None;
                } else if let Ok(days) = value.parse() {
                    cameras.retention_days = Some(days);
                }
            }
        }
        Message::Pictogram(on) => {
            if let Some(cameras) = &mut project.cameras {
                cameras.pictogram = on;
            }
        }
        Message::Declared(on) => {
            if let Some(cameras) = &mut project.cameras {
                cameras.declared = on;
            }
        }
        Message::SharedWithPolice(answer) => {
            if let Some(cameras) = &mut project.cameras {
                cameras.shared_with_police = answer;
            }
        }
    }
}

fn profile(project: &mut Project, audience: String) -> &mut AudienceProfile {
    let at = match project.profiles.iter().position(|p| p.audience == audience) {
        Some(at) => at,
        None => {
            project.profiles.push(AudienceProfile::new(audience));
            project.profiles.len() - 1
        }
    };
    &mut project.profiles[at]
}

/// A profile that says nothing is not kept.
fn forget_empty(project: &mut Project) {
    project
        .profiles
        .retain(|p| !p.channels.is_empty() || !p.data.is_empty());
}

pub fn view<'a>(
    project: &'a Project,
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let mut form = column![
        text(t("app-collection")).size(17),
        text(t("app-collection.help")).size(13),
    ]
    .spacing(8);
    for audience in &project.audiences {
        let key = audience.key().to_owned();
        let own = project.profiles.iter().find(|p| p.audience == key);
        let name = match audience {
            Audience::Standard(kind) => t(&format!("audience-{}", kind.key())),
            Audience::Custom { name, .. } => name
                .resolve(locale)
                .map_or_else(String::new, |r| r.text.to_owned()),
        };
        let channels = Channel::ALL.into_iter().map(|channel| {
            let key = key.clone();
            tick(
                t(&format!("channel-{}", channel.key())),
                own.is_some_and(|p| p.channels.contains(&channel)),
                move |on| Message::Channel(key.clone(), channel, on),
            )
        });
        let data = project.data_categories.iter().map(|category| {
            let (key, data) = (key.clone(), category.key().to_owned());
            tick(
                category_label(category, i18n, locale),
                own.is_some_and(|p| p.data.contains(&data)),
                move |on| Message::Data(key.clone(), data.clone(), on),
            )
        });
        form = form.push(
            container(
                column![
                    text(capitalised(&name)).size(14),
                    text(t("app-collection-channels")).size(12),
                    row(channels).spacing(10).wrap(),
                    text(t("app-collection-data")).size(12),
                    row(data).spacing(10).wrap(),
                ]
                .spacing(4),
            )
            .padding(10)
            .style(container::rounded_box)
            .width(Length::Fill),
        );
    }
    form.push(cameras_view(
        project.cameras.as_ref(),
        &project.document.languages,
        findings,
        i18n,
        locale,
    ))
    .into()
}

fn cameras_view<'a>(
    cameras: Option<&'a Cameras>,
    languages: &[Locale],
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let mut form = column![
        tick(t("app-cameras"), cameras.is_some(), Message::Cameras),
        text(t("app-cameras.help")).size(12).style(text::secondary),
    ]
    .spacing(6);
    if let Some(cameras) = cameras {
        let under = |field: &str| findings_at(findings, &format!("cameras.{field}"), i18n, locale);
        form = form
            .push(beside(
                local_field(
                    languages,
                    t("app-cameras-purpose"),
                    Some(t("app-cameras-purpose.help")),
                    "cameras-purpose".into(),
                    cameras.purpose.as_ref().unwrap_or(&LocalText::default()),
                    Message::CameraPurpose,
                ),
                under("purpose"),
            ))
            .push(beside(
                column![
                    text(t("app-cameras-basis")).size(14),
                    basis_radios(cameras.legal_basis, Message::CameraBasis, i18n, locale),
                ]
                .spacing(4),
                under("legal_basis"),
            ))
            .push(beside(
                field(
                    t("app-cameras-days"),
                    Some(t("app-cameras-days.help")),
                    "cameras-days",
                    &cameras
                        .retention_days
                        .map_or_else(String::new, |d| d.to_string()),
                    Message::CameraDays,
                ),
                under("retention_days"),
            ))
            .push(beside(
                tick(
                    t("app-cameras-pictogram"),
                    cameras.pictogram,
                    Message::Pictogram,
                ),
                under("pictogram"),
            ))
            .push(beside(
                tick(
                    t("app-cameras-declared"),
                    cameras.declared,
                    Message::Declared,
                ),
                under("declared"),
            ))
            .push(beside(
                yes_no(
                    "cameras-police",
                    cameras.shared_with_police,
                    Message::SharedWithPolice,
                    i18n,
                    locale,
                ),
                under("shared_with_police"),
            ));
    }
    form.into()
}
