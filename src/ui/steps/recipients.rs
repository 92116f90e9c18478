//! Step 4: who receives the data, where, and on what terms it leaves the
//! EEA (Art. 13(1)(e)-(f)).

mod transfer;

use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Length};

use super::{Context, Outcome};
use crate::catalog;
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{
    Contact, Country, LocalText, Locale, Project, Recipient, RecipientRole, Scc, TransferSafeguard,
};
use crate::questions;
use crate::ui::widgets::{
    Choice, beside, card_header, choices, country_choices, drop_down, field, findings_at,
    findings_of, findings_rest, findings_within, listed, local_field, long_drop_down, optional,
    tick, yes_no,
};
use transfer::{places, safeguard_says, safeguards, scc_fields};

#[derive(Clone, Debug)]
pub enum Message {
    /// What is typed in the catalogue search; kept by the root, as it is
    /// not an answer.
    Search(String),
    /// Adds a catalogue service by key: its recipient and its cookies.
    AddService(String),
    RemoveService(String),
    Add,
    Remove(usize),
    Name(usize, Locale, String),
    Service(usize, Locale, String),
    Role(usize, RecipientRole),
    Country(usize, Country),
    Safeguard(usize, TransferSafeguard),
    Policy(usize, String),
    Arrangement(usize, Locale, String),
    /// A joint controller's own contact: its name, e-mail or phone.
    ContactName(usize, String),
    ContactEmail(usize, String),
    ContactPhone(usize, String),
    /// Which standard contractual clauses.
    Scc(usize, Scc),
    SccModule(usize, String),
    /// Another country where the data is processed.
    AlsoIn(usize, Country),
    /// Takes country `.1` of the further countries away again.
    NotAlsoIn(usize, usize),
    /// The provider names no country outside the EEA it may use.
    Unstated(usize, bool),
    /// The company's seat, where it is not where the data is processed.
    Seat(usize, Option<Country>),
    /// Whether recipient `.0` receives data for purpose `.1`.
    Serves(usize, usize, bool),
    /// Whether anyone outside the organisation receives the data.
    Shares(Option<bool>),
    /// Whether data goes outside the EEA.
    Transfers(Option<bool>),
}

/// The fields of a recipient card whose findings show right under them.
const BESIDE_FIELDS: [&str; 12] = [
    "contact",
    "name",
    "service",
    "role",
    "country",
    "also_processed_in",
    "seat",
    "safeguard",
    "scc",
    "purposes",
    "privacy_policy",
    "arrangement",
];

/// The step's own state: the catalogue search being typed.
#[derive(Debug, Default)]
pub struct State {
    pub catalog_query: String,
}

pub fn update(state: &mut State, project: &mut Project, message: Message) -> Outcome {
    match message {
        Message::Search(query) => {
            state.catalog_query = query;
            Outcome::kept()
        }
        message => {
            apply(project, message);
            Outcome::changed()
        }
    }
}

/// Applies a change to the answers.
fn apply(project: &mut Project, message: Message) {
    let texts = crate::ui::texts::current();
    let i18n: &I18n = &texts;
    match message {
        Message::Search(_) => {}
        Message::AddService(key) => {
            if let Some(service) = catalog::catalog().service(&key) {
                catalog::project::add(project, service, i18n);
            }
        }
        Message::RemoveService(key) => {
            if let Some(service) = catalog::catalog().service(&key) {
                catalog::project::remove(project, service, i18n);
            }
        }
        Message::Add => add(project),
        Message::Shares(answer) => {
            project.recipients_none = answer == Some(false);
            if answer == Some(true) && project.recipients.is_empty() {
                add(project);
            }
        }
        Message::Transfers(answer) => project.transfers_outside_eea = answer,
        Message::AlsoIn(i, country) => {
            if let Some(r) = project.recipients.get_mut(i)
                && !r.processing_countries().any(|c| *c == country)
            {
                r.also_processed_in.push(country);
            }
        }
        Message::NotAlsoIn(i, at) => {
            if let Some(r) = project.recipients.get_mut(i)
                && at < r.also_processed_in.len()
            {
                r.also_processed_in.remove(at);
            }
        }
        Message::Unstated(i, on) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.outside_eea_unstated = on;
            }
        }
        Message::Seat(i, seat) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.seat = seat;
            }
        }
        Message::Serves(i, purpose, on) => {
            if i < project.recipients.len()
                && let Some(key) = project.purpose_key(purpose)
            {
                let purposes = &mut project.recipients[i].purposes;
                purposes.retain(|k| *k != key);
                if on {
                    purposes.push(key);
                }
            }
        }
        Message::Remove(i) => {
            if i < project.recipients.len() {
                project.recipients.remove(i);
            }
        }
        Message::Name(i, locale, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.name.set(locale, v);
            }
        }
        Message::Service(i, locale, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.service.set(locale, v);
            }
        }
        Message::Role(i, role) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.role = Some(role);
            }
        }
        Message::Country(i, country) => {
            if let Some(r) = project.recipients.get_mut(i) {
                // A safeguard means nothing for a recipient inside the EEA.
                if jurisdiction::is_eea(&country) {
                    r.safeguard = None;
                }
                r.country = Some(country);
            }
        }
        Message::Safeguard(i, safeguard) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.safeguard = Some(safeguard);
            }
        }
        Message::Scc(i, scc) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.scc = Some(scc);
            }
        }
        Message::SccModule(i, v) => {
            if let Some(r) = project.recipients.get_mut(i)
                && let Some(Scc::Current(module)) = &mut r.scc
            {
                *module = v.trim().parse().ok().filter(|m| (1..=4).contains(m));
            }
        }
        Message::Arrangement(i, locale, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.arrangement
                    .get_or_insert_with(LocalText::default)
                    .set(locale, v);
            }
        }
        Message::ContactName(i, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.contact.get_or_insert_with(Contact::default).name = v;
            }
        }
        Message::ContactEmail(i, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.contact.get_or_insert_with(Contact::default).email = optional(v);
            }
        }
        Message::ContactPhone(i, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.contact.get_or_insert_with(Contact::default).phone = optional(v);
            }
        }
        Message::Policy(i, v) => {
            if let Some(r) = project.recipients.get_mut(i) {
                r.privacy_policy = optional(v);
            }
        }
    }
}

/// Whether anything in the project came from the service `key`.
fn uses(project: &Project, key: &str) -> bool {
    let from = |origin: &Option<String>| origin.as_deref() == Some(key);
    project.recipients.iter().any(|r| from(&r.from_catalog))
        || project.cookies.iter().any(|c| from(&c.from_catalog))
}

/// The catalogue search: services matching `query`, each with a button to
/// add it, or to remove what it added.
fn search<'a>(project: &Project, query: &str, i18n: &I18n, locale: Locale) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let kind = |k: catalog::ServiceKind| i18n.simple(locale, &format!("catalog-kind-{}", k.key()));
    let found = if query.trim().is_empty() {
        Vec::new()
    } else {
        catalog::catalog().search(query, kind)
    };
    // Enter adds the first service found, when it is not added yet.
    let first_match = found
        .first()
        .filter(|s| !uses(project, &s.key))
        .map(|s| Message::AddService(s.key.clone()));
    let mut panel = column![
        text(t("app-catalog")).size(17),
        text(t("app-catalog.help")).size(13),
        text_input(&t("app-catalog-placeholder"), query)
            .id("catalog-search")
            .on_input(Message::Search)
            .on_submit_maybe(first_match)
            .size(14),
    ]
    .spacing(6);
    if !query.trim().is_empty() {
        let kind =
            |k: catalog::ServiceKind| i18n.simple(locale, &format!("catalog-kind-{}", k.key()));
        let found = catalog::catalog().search(query, kind);
        if found.is_empty() {
            panel = panel.push(text(t("app-catalog-none")).size(13));
        }
        for service in found.into_iter().take(8) {
            let (label, message, style): (_, _, fn(&iced::Theme, button::Status) -> button::Style) =
                if uses(project, &service.key) {
                    (
                        t("app-catalog-remove"),
                        Message::RemoveService(service.key.clone()),
                        button::danger,
                    )
                } else {
                    (
                        t("app-catalog-add"),
                        Message::AddService(service.key.clone()),
                        button::primary,
                    )
                };
            panel = panel.push(
                row![
                    column![
                        text(service.name.clone()).size(14),
                        text(format!("{} · {}", service.company, kind(service.kind))).size(12),
                    ]
                    .width(Length::Fill),
                    button(text(label).size(13)).style(style).on_press(message),
                ]
                .spacing(8)
                .align_y(iced::Alignment::Center),
            );
        }
    }
    container(panel)
        .padding(12)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
}

pub fn view<'a>(state: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let query = state.catalog_query.as_str();
    let t = |id: &str| i18n.simple(locale, id);
    let cards = project.recipients.iter().enumerate().map(|(i, recipient)| {
        let roles = choices(
            &RecipientRole::ALL,
            RecipientRole::key,
            "app-recipient-role",
            i18n,
            locale,
        );
        let role = roles
            .iter()
            .find(|c| Some(c.value) == recipient.role)
            .cloned();
        let countries = country_choices(i18n, locale);
        let country = countries
            .iter()
            .find(|c| Some(&c.value) == recipient.country.as_ref())
            .cloned();
        let role_key = recipient.role.map_or("unanswered", RecipientRole::key);
        let says = |id: &str| text(t(id)).size(12).style(text::secondary);
        let here = format!("recipients[{i}]");
        let notes = |field: &str| findings_at(findings, &format!("{here}.{field}"), i18n, locale);
        let mut card = column![
            card_header(
                format!("{} {}", t("app-recipient"), i + 1),
                t("app-remove"),
                Message::Remove(i),
            ),
            beside(
                local_field(
                    &project.document.languages,
                    t("app-recipient-name"),
                    Some(t("app-recipient-name.help")),
                    format!("recipient-{i}-name"),
                    &recipient.name,
                    move |l, v| Message::Name(i, l, v),
                ),
                notes("name"),
            ),
            beside(
                local_field(
                    &project.document.languages,
                    t("app-recipient-service"),
                    None,
                    format!("recipient-{i}-service"),
                    &recipient.service,
                    move |l, v| Message::Service(i, l, v),
                ),
                notes("service"),
            ),
            beside(
                row![
                    column![
                        text(t("app-recipient-role")).size(14),
                        drop_down(
                            roles,
                            role,
                            move |c: Choice<RecipientRole>| Message::Role(i, c.value),
                            t("app-choose"),
                            Length::Fill,
                        ),
                        says(&format!("app-recipient-role-{role_key}.says")),
                    ]
                    .spacing(4)
                    .width(Length::FillPortion(3)),
                    column![
                        text(t("app-recipient-country")).size(14),
                        drop_down(
                            countries,
                            country,
                            move |c: Choice<Country>| Message::Country(i, c.value),
                            t("app-choose"),
                            Length::Fill,
                        ),
                        says(&format!(
                            "app-recipient-country-{}.says",
                            country_key(recipient)
                        )),
                    ]
                    .spacing(4)
                    .width(Length::FillPortion(2)),
                ]
                .spacing(16),
                notes("role"),
            ),
            beside(
                places(i, recipient, i18n, locale),
                findings_within(
                    findings,
                    &[
                        &format!("{here}.country"),
                        &format!("{here}.also_processed_in"),
                        &format!("{here}.seat"),
                    ],
                    i18n,
                    locale
                ),
            ),
        ]
        .spacing(10);
        let mut transfer = column![].spacing(10);
        if questions::is_outside_eea(recipient) {
            let options = safeguards(i18n, locale);
            let chosen = options
                .iter()
                .find(|c| Some(&c.value) == recipient.safeguard.as_ref())
                .cloned();
            transfer = transfer.push(
                column![
                    text(t("app-recipient-safeguard")).size(14),
                    text(t("app-recipient-safeguard.help")).size(12),
                    long_drop_down(
                        options,
                        chosen,
                        move |c: Choice<TransferSafeguard>| Message::Safeguard(i, c.value),
                        t("app-choose"),
                    ),
                    text(safeguard_says(recipient, i18n, locale))
                        .size(12)
                        .style(text::secondary),
                ]
                .spacing(4),
            );
            if recipient.safeguard == Some(TransferSafeguard::StandardContractualClauses) {
                transfer = transfer.push(scc_fields(i, recipient, i18n, locale));
            }
        }
        let transfer_notes = findings_within(
            findings,
            &[&format!("{here}.safeguard"), &format!("{here}.scc")],
            i18n,
            locale,
        );
        card = card.push(beside(transfer, transfer_notes));
        let mut serves_purposes = column![];
        if !project.purposes.is_empty() {
            let serves = project.purposes.iter().enumerate().map(|(p, purpose)| {
                let on = !purpose.key.is_empty() && recipient.purposes.contains(&purpose.key);
                let name = purpose.name.resolve(locale).map_or_else(
                    || format!("{} {}", t("app-purpose"), p + 1),
                    |r| r.text.to_owned(),
                );
                tick(name, on, move |on| Message::Serves(i, p, on))
            });
            serves_purposes = serves_purposes.push(
                column![
                    text(t("app-recipient-purposes")).size(14),
                    row(serves).spacing(12).wrap(),
                ]
                .spacing(6),
            );
        }
        card = card.push(beside(serves_purposes, notes("purposes")));
        card = card.push(beside(
            field(
                t("app-recipient-policy"),
                None,
                format!("recipient-{i}-policy"),
                recipient.privacy_policy.as_deref().unwrap_or(""),
                move |v| Message::Policy(i, v),
            ),
            notes("privacy_policy"),
        ));
        let mut arrangement = column![];
        if recipient.role == Some(RecipientRole::JointController) {
            arrangement = arrangement.push(local_field(
                &project.document.languages,
                t("app-recipient-arrangement"),
                Some(t("app-recipient-arrangement.help")),
                format!("recipient-{i}-arrangement"),
                recipient
                    .arrangement
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Arrangement(i, l, v),
            ));
            let contact = recipient.contact.clone().unwrap_or_default();
            arrangement = arrangement.push(
                column![
                    text(t("app-recipient-contact")).size(14),
                    text(t("app-recipient-contact.help"))
                        .size(12)
                        .style(text::secondary),
                    row![
                        field(
                            t("app-recipient-contact-name"),
                            None,
                            format!("recipient-{i}-contact-name"),
                            &contact.name,
                            move |v| Message::ContactName(i, v),
                        ),
                        field(
                            t("app-recipient-contact-email"),
                            None,
                            format!("recipient-{i}-contact-email"),
                            contact.email.as_deref().unwrap_or(""),
                            move |v| Message::ContactEmail(i, v),
                        ),
                        field(
                            t("app-recipient-contact-phone"),
                            None,
                            format!("recipient-{i}-contact-phone"),
                            contact.phone.as_deref().unwrap_or(""),
                            move |v| Message::ContactPhone(i, v),
                        ),
                    ]
                    .spacing(8),
                ]
                .spacing(4),
            );
        }
        let joint_notes = findings_within(
            findings,
            &[&format!("{here}.arrangement"), &format!("{here}.contact")],
            i18n,
            locale,
        );
        card = card.push(beside(arrangement.spacing(10), joint_notes));
        card = card.push(findings_rest(findings, &here, &BESIDE_FIELDS, i18n, locale));
        container(card)
            .padding(14)
            .style(container::bordered_box)
            .width(Length::Fill)
            .into()
    });
    let shares = listed(!project.recipients.is_empty(), project.recipients_none);
    column![
        beside(
            yes_no("recipients", shares, Message::Shares, i18n, locale),
            findings_of(findings, &["recipients", "recipients_none"], i18n, locale),
        ),
        search(project, query, i18n, locale)
    ]
    .extend(cards)
    .spacing(14)
    .push(
        button(text(t("app-recipient-add")))
            .on_press(Message::Add)
            .padding([8, 14]),
    )
    .push(beside(
        yes_no(
            "transfers",
            transfers_answer(project),
            Message::Transfers,
            i18n,
            locale,
        ),
        findings_at(findings, "transfers_outside_eea", i18n, locale),
    ))
    .into()
}

/// Which "what it says" line the country picker shows.
fn country_key(recipient: &Recipient) -> &'static str {
    match &recipient.country {
        None => "unanswered",
        Some(country) if jurisdiction::is_eea(country) => "eea",
        Some(country) if jurisdiction::has_adequacy_decision(country) => "adequate",
        Some(_) => "outside",
    }
}

/// What "does data leave the EEA?" shows as answered: the owner's answer,
/// or yes when a recipient outside the EEA answers it.
fn transfers_answer(project: &Project) -> Option<bool> {
    let outside = project
        .recipients
        .iter()
        .any(crate::questions::is_outside_eea);
    project.transfers_outside_eea.or(outside.then_some(true))
}

fn add(project: &mut Project) {
    project.recipients.push(Recipient::default());
}
