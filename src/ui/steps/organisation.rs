//! Step 1: who the organisation is and how to reach it (Art. 13(1)(a)).

use iced::widget::{column, row, text};
use iced::{Element, Length};

/// The fields whose findings are shown beside them.
const BESIDE_FIELDS: &[&str] = &[
    "organisation.name",
    "organisation.legal_form",
    "organisation.address",
    "organisation.address.country",
    "organisation.enterprise_number",
    "organisation.vat_number",
    "organisation.email",
    "organisation.phone",
    "organisation.websites",
];

use super::{Context, Outcome};
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{Country, LocalText, Locale, Project};
use crate::ui::widgets::{
    Choice, beside, country_choices, drop_down, field, findings_except, findings_within,
    local_field, optional,
};

fn country_picker<'a>(
    country: Option<&Country>,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let choices = country_choices(i18n, locale);
    let selected = choices.iter().find(|c| Some(&c.value) == country).cloned();
    column![
        text(i18n.simple(locale, "app-org-country")).size(14),
        text(i18n.simple(locale, "app-org-country.help"))
            .size(12)
            .style(text::secondary),
        drop_down(
            choices,
            selected,
            |c: Choice<Country>| Message::Country(c.value),
            i18n.simple(locale, "app-choose"),
            Length::Fill,
        ),
        text(country_says(country, i18n, locale))
            .size(12)
            .style(text::secondary),
    ]
    .spacing(4)
    .into()
}

/// What the chosen country makes the documents say: the national law and
/// the authority for complaints.
fn country_says(country: Option<&Country>, i18n: &I18n, locale: Locale) -> String {
    let Some(country) = country else {
        return i18n.simple(locale, "app-org-country-unanswered.says");
    };
    let Some(authority) = jurisdiction::authority(country).and_then(|a| a.name.resolve(locale))
    else {
        return i18n.simple(locale, "app-org-country-no-authority.says");
    };
    let authority = authority.text.to_owned();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("country-code", country.code());
    args.set("authority", authority);
    i18n.plain(locale, "app-org-country-chosen.says", &args)
}

#[derive(Clone, Debug)]
pub enum Message {
    Name(String),
    LegalForm(String),
    Street(String),
    Postcode(String),
    City(String),
    Country(Country),
    EnterpriseNumber(String),
    VatNumber(String),
    Email(String),
    Phone(String),
    Websites(String),
    TradeNames(String),
    Group(String),
    ProcessorFor(Locale, String),
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
    let org = &mut project.organisation;
    match message {
        Message::Name(v) => org.name = v,
        Message::LegalForm(v) => org.legal_form = optional(v),
        Message::Street(v) => org.address.street = v,
        Message::Postcode(v) => org.address.postcode = v,
        Message::City(v) => org.address.city = v,
        Message::Country(v) => org.address.country = Some(v),
        Message::EnterpriseNumber(v) => org.enterprise_number = optional(v),
        Message::VatNumber(v) => org.vat_number = optional(v),
        Message::Email(v) => org.email = v,
        Message::Phone(v) => org.phone = optional(v),
        Message::Websites(v) => org.websites = comma_list(&v),
        Message::TradeNames(v) => org.trade_names = comma_list(&v),
        Message::Group(v) => org.group = optional(v),
        Message::ProcessorFor(locale, v) => org
            .processor_for
            .get_or_insert_with(LocalText::default)
            .set(locale, v),
    }
}

/// The items of a list typed with commas between them.
fn comma_list(typed: &str) -> Vec<String> {
    let parts: Vec<&str> = typed.split(',').map(str::trim).collect();
    let last = parts.len().saturating_sub(1);
    // An empty last part keeps the comma just typed on screen.
    parts
        .iter()
        .enumerate()
        .filter(|(i, part)| !part.is_empty() || *i == last && last > 0)
        .map(|(_, part)| (*part).to_owned())
        .collect()
}

pub fn view<'a>(_: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let t = |id: &str| i18n.simple(locale, id);
    let help = |id: &str| Some(i18n.simple(locale, &format!("{id}.help")));
    let org = &project.organisation;
    // Each field's findings right under it, so they are read where the
    // answer is given.
    let with_notes = |answer: Element<'a, Message>, fields: &[&str]| -> Element<'a, Message> {
        let paths: Vec<String> = fields.iter().map(|f| format!("organisation.{f}")).collect();
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        beside(answer, findings_within(findings, &paths, i18n, locale))
    };
    let form = column![
        with_notes(
            field(
                t("app-org-name"),
                help("app-org-name"),
                "org-name",
                &org.name,
                Message::Name
            ),
            &["name"]
        ),
        with_notes(
            field(
                t("app-org-legal-form"),
                help("app-org-legal-form"),
                "org-legal-form",
                org.legal_form.as_deref().unwrap_or(""),
                Message::LegalForm
            ),
            &["legal_form"]
        ),
        field(
            t("app-org-street"),
            None,
            "org-street",
            &org.address.street,
            Message::Street
        ),
        row![
            field(
                t("app-org-postcode"),
                None,
                "org-postcode",
                &org.address.postcode,
                Message::Postcode
            ),
            field(
                t("app-org-city"),
                None,
                "org-city",
                &org.address.city,
                Message::City
            ),
        ]
        .spacing(12),
        with_notes(
            country_picker(org.address.country.as_ref(), i18n, locale),
            &["address"]
        ),
        with_notes(
            row![
                field(
                    t("app-org-enterprise-number"),
                    help("app-org-enterprise-number"),
                    "org-enterprise-number",
                    org.enterprise_number.as_deref().unwrap_or(""),
                    Message::EnterpriseNumber
                ),
                field(
                    t("app-org-vat"),
                    None,
                    "org-vat",
                    org.vat_number.as_deref().unwrap_or(""),
                    Message::VatNumber
                ),
            ]
            .spacing(12)
            .into(),
            &["enterprise_number", "vat_number"]
        ),
        with_notes(
            row![
                field(
                    t("app-org-email"),
                    help("app-org-email"),
                    "org-email",
                    &org.email,
                    Message::Email
                ),
                field(
                    t("app-org-phone"),
                    None,
                    "org-phone",
                    org.phone.as_deref().unwrap_or(""),
                    Message::Phone
                ),
            ]
            .spacing(12)
            .into(),
            &["email", "phone"]
        ),
        with_notes(
            field(
                t("app-org-websites"),
                help("app-org-websites"),
                "org-websites",
                &org.websites.join(", "),
                Message::Websites
            ),
            &["websites"]
        ),
        row![
            field(
                t("app-org-trade-names"),
                help("app-org-trade-names"),
                "org-trade-names",
                &org.trade_names.join(", "),
                Message::TradeNames
            ),
            field(
                t("app-org-group"),
                help("app-org-group"),
                "org-group",
                org.group.as_deref().unwrap_or(""),
                Message::Group
            ),
        ]
        .spacing(12),
        local_field(
            &project.document.languages,
            t("app-org-processor"),
            help("app-org-processor"),
            "org-processor".into(),
            org.processor_for.as_ref().unwrap_or(&LocalText::default()),
            Message::ProcessorFor,
        ),
        // Whatever has no field of its own here (the representative).
        findings_except(findings, "organisation", BESIDE_FIELDS, i18n, locale),
    ]
    .spacing(12);
    form.into()
}
