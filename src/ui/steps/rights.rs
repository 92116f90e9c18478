//! Step 6: who people contact about their data, and where they can
//! complain (Art. 13(1)(b), 13(2)(b)-(d), 37).

use iced::Element;
use iced::widget::{checkbox, column, container, text};

use super::{Context, Outcome};
use crate::check::Finding;
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{
    ChangeChannel, Contact, Dpo, LocalText, Locale, Project, SectorRule, SecurityMeasure,
};
use crate::ui::widgets::{
    AnswerOption, answer, beside, field, findings_at, local_field, optional, yes_no,
};

#[derive(Clone, Debug)]
pub enum Message {
    /// A standard security measure, by its place in `SecurityMeasure::STANDARD`.
    Security(usize, bool),
    ForChildren(Option<bool>),
    AgeLimit(String),
    Minors(Locale, String),
    /// Announcing changes on the website (`true`) or by e-mail (`false`).
    Announce(bool, bool),
    Dpo(DpoChoice),
    DpoReason(Locale, String),
    DpoName(String),
    DpoEmail(String),
    ContactName(String),
    ContactEmail(String),
    ByPost(bool),
    ByPhone(bool),
    InPerson(bool),
    WebForm(String),
    IdentityProof(Locale, String),
    ResponseDays(String),
    ComplaintsName(String),
    ComplaintsEmail(String),
    SectorRule(SectorRule, bool),
}

/// The answer to "have you appointed a DPO?", as the wizard offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DpoChoice {
    NotAnswered,
    Appointed,
    NotAppointed,
}

fn dpo_choice(dpo: &Dpo) -> DpoChoice {
    match dpo {
        Dpo::NotAnswered => DpoChoice::NotAnswered,
        Dpo::Appointed(_) => DpoChoice::Appointed,
        Dpo::NotAppointed | Dpo::NotAppointedBecause(_) => DpoChoice::NotAppointed,
    }
}

/// The complaints contact, made when the first of its details is typed.
fn complaints(project: &mut Project) -> &mut Contact {
    project
        .requests
        .complaints
        .get_or_insert_with(Contact::default)
}

/// The appointed officer, appointing one with blank details first.
fn dpo_contact(project: &mut Project) -> &mut Contact {
    if !matches!(project.dpo, Dpo::Appointed(_)) {
        project.dpo = Dpo::Appointed(Contact::default());
    }
    match &mut project.dpo {
        Dpo::Appointed(contact) => contact,
        _ => unreachable!("appointed just above"),
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
        Message::Security(index, on) => {
            let Some(measure) = SecurityMeasure::STANDARD.get(index) else {
                return;
            };
            project.security_measures.retain(|m| m != measure);
            if on {
                project.security_measures.push(measure.clone());
            }
        }
        Message::ForChildren(answer) => project.children.online_services = answer,
        Message::AgeLimit(v) => {
            let v = v.trim();
            if v.is_empty() {
                project.children.age_limit = None;
            } else if let Ok(age) = v.parse::<u8>() {
                project.children.age_limit = Some(age);
            }
        }
        Message::Minors(locale, v) => project
            .children
            .minors
            .get_or_insert_with(LocalText::default)
            .set(locale, v),
        Message::Announce(website, on) => {
            let channel = if website {
                ChangeChannel::Website
            } else {
                ChangeChannel::Email
            };
            project.change_notice.retain(|c| *c != channel);
            if on {
                project.change_notice.push(channel);
            }
        }
        Message::Dpo(choice) if choice == dpo_choice(&project.dpo) => {}
        Message::Dpo(DpoChoice::NotAnswered) => project.dpo = Dpo::NotAnswered,
        Message::Dpo(DpoChoice::Appointed) => {
            dpo_contact(project);
        }
        Message::Dpo(DpoChoice::NotAppointed) => project.dpo = Dpo::NotAppointed,
        Message::DpoReason(locale, v) => {
            let mut reason = match &project.dpo {
                Dpo::NotAppointedBecause(reason) => reason.clone(),
                _ => LocalText::default(),
            };
            reason.set(locale, v);
            project.dpo = if reason.is_blank() {
                Dpo::NotAppointed
            } else {
                Dpo::NotAppointedBecause(reason)
            };
        }
        Message::DpoName(v) => dpo_contact(project).name = v,
        Message::DpoEmail(v) => dpo_contact(project).email = optional(v),
        Message::ContactName(v) => {
            project
                .privacy_contact
                .get_or_insert_with(Contact::default)
                .name = v
        }
        Message::ContactEmail(v) => {
            project
                .privacy_contact
                .get_or_insert_with(Contact::default)
                .email = optional(v)
        }
        Message::ByPost(on) => project.requests.by_post = on,
        Message::ByPhone(on) => project.requests.by_phone = on,
        Message::InPerson(on) => project.requests.in_person = on,
        Message::WebForm(v) => project.requests.web_form = optional(v),
        Message::IdentityProof(locale, v) => project
            .requests
            .identity_proof
            .get_or_insert_with(LocalText::default)
            .set(locale, v),
        Message::ResponseDays(v) => {
            let v = v.trim();
            if v.is_empty() {
                project.requests.response_days = None;
            } else if let Ok(days) = v.parse() {
                project.requests.response_days = Some(days);
            }
        }
        Message::ComplaintsName(v) => complaints(project).name = v,
        Message::ComplaintsEmail(v) => complaints(project).email = optional(v),
        Message::SectorRule(rule, on) => {
            let rules = &mut project.requests.sector_rules;
            rules.retain(|r| *r != rule);
            if on {
                rules.push(rule);
            }
        }
    }
}

pub fn view<'a>(_: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let t = |id: &str| i18n.simple(locale, id);
    let contact = project.privacy_contact.clone().unwrap_or_default();
    let mut form = column![
        text(t("app-rights-contact")).size(17),
        text(t("app-rights-contact.help")).size(13),
        field(
            t("app-rights-contact-name"),
            None,
            "contact-name",
            &contact.name,
            Message::ContactName
        ),
        beside(
            field(
                t("app-rights-contact-email"),
                None,
                "contact-email",
                contact.email.as_deref().unwrap_or(""),
                Message::ContactEmail
            ),
            findings_at(findings, "privacy_contact", i18n, locale),
        ),
    ]
    .spacing(10);
    let mut dpo_form = column![dpo_question(project, i18n, locale)].spacing(10);
    if let Some(dpo) = project.dpo.contact() {
        dpo_form = dpo_form
            .push(field(
                t("app-rights-dpo-name"),
                None,
                "dpo-name",
                &dpo.name,
                Message::DpoName,
            ))
            .push(field(
                t("app-rights-dpo-email"),
                None,
                "dpo-email",
                dpo.email.as_deref().unwrap_or(""),
                Message::DpoEmail,
            ));
    }
    if dpo_choice(&project.dpo) == DpoChoice::NotAppointed {
        let reason = match &project.dpo {
            Dpo::NotAppointedBecause(reason) => reason.clone(),
            _ => LocalText::default(),
        };
        dpo_form = dpo_form.push(local_field(
            &project.document.languages,
            t("app-rights-dpo-reason"),
            Some(t("app-rights-dpo-reason.help")),
            "dpo-reason".into(),
            &reason,
            Message::DpoReason,
        ));
    }
    form = form
        .push(beside(dpo_form, findings_at(findings, "dpo", i18n, locale)))
        .push(requests_form(project, findings, i18n, locale));
    let country = &project.organisation.address.country;
    let authority = project
        .supervisory_authority
        .as_ref()
        .or_else(|| country.as_ref().and_then(jurisdiction::authority));
    let authority_text = match authority {
        Some(authority) => {
            let name = authority
                .name
                .resolve(locale)
                .map_or_else(String::new, |r| r.text.to_owned());
            format!("{name}\n{}", authority.address.join(", "))
        }
        None if country.is_none() => t("app-rights-authority-no-country"),
        None => t("app-rights-authority-unknown"),
    };
    form = form
        .push(text(t("app-rights-authority")).size(17))
        .push(text(t("app-rights-authority.help")).size(13))
        .push(beside(
            container(text(authority_text).size(14))
                .padding(10)
                .style(container::bordered_box),
            findings_at(findings, "supervisory_authority", i18n, locale),
        ));
    let measures = SecurityMeasure::STANDARD
        .iter()
        .enumerate()
        .map(|(i, measure)| {
            checkbox(project.security_measures.contains(measure))
                .label(t(&format!("security-{}", measure.key())))
                .on_toggle(move |on| Message::Security(i, on))
                .text_size(13)
                .into()
        });
    form = form
        .push(text(t("app-security")).size(17))
        .push(text(t("app-security.help")).size(13))
        .push(beside(
            column(measures).spacing(6),
            findings_at(findings, "security_measures", i18n, locale),
        ))
        .push(text(t("app-children")).size(17))
        .push(yes_no(
            "children",
            project.children.online_services,
            Message::ForChildren,
            i18n,
            locale,
        ))
        .push(field(
            t("app-children-age-limit"),
            Some(t("app-children-age-limit.help")),
            "children-age-limit",
            &project
                .children
                .age_limit
                .map_or_else(String::new, |a| a.to_string()),
            Message::AgeLimit,
        ))
        .push(beside(
            local_field(
                &project.document.languages,
                t("app-children-minors"),
                Some(t("app-children-minors.help")),
                "children-minors".into(),
                project
                    .children
                    .minors
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                Message::Minors,
            ),
            findings_at(findings, "children", i18n, locale),
        ))
        .push(text(t("app-changes")).size(17))
        .push(beside(
            column![
                checkbox(project.change_notice.contains(&ChangeChannel::Website))
                    .label(t("changes-website"))
                    .on_toggle(|on| Message::Announce(true, on))
                    .text_size(13),
                checkbox(project.change_notice.contains(&ChangeChannel::Email))
                    .label(t("changes-email"))
                    .on_toggle(|on| Message::Announce(false, on))
                    .text_size(13),
            ]
            .spacing(10),
            findings_at(findings, "change_notice", i18n, locale),
        ));
    form.into()
}

fn dpo_question<'a>(project: &Project, i18n: &I18n, locale: Locale) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let option = |value, label: &str, says: &str| AnswerOption {
        value,
        label: t(label),
        says: t(says),
    };
    answer(
        t("app-q-dpo"),
        vec![
            option(
                DpoChoice::NotAnswered,
                "app-answer-unanswered",
                "app-q-dpo-unanswered.says",
            ),
            option(DpoChoice::Appointed, "app-q-dpo-yes", "app-q-dpo-yes.says"),
            option(DpoChoice::NotAppointed, "app-q-dpo-no", "app-q-dpo-no.says"),
        ],
        dpo_choice(&project.dpo),
        Message::Dpo,
    )
}

/// How people make requests besides e-mail, and where they complain.
fn requests_form<'a>(
    project: &Project,
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let requests = &project.requests;
    let complaints = requests.complaints.clone().unwrap_or_default();
    // The sector rules are Belgian law: offered to Belgian organisations.
    let belgian = project
        .organisation
        .address
        .country
        .as_ref()
        .map(crate::model::Country::code)
        == Some("BE");
    let sector_rules = SectorRule::ALL.into_iter().filter(|_| belgian).map(|rule| {
        checkbox(requests.sector_rules.contains(&rule))
            .label(t(&format!("app-sector-{}", rule.key())))
            .on_toggle(move |on| Message::SectorRule(rule, on))
            .text_size(13)
            .into()
    });
    column![
        text(t("app-requests")).size(17),
        text(t("app-requests.help")).size(13),
        checkbox(requests.by_post)
            .label(t("app-requests-post"))
            .on_toggle(Message::ByPost)
            .text_size(13),
        beside(
            checkbox(requests.by_phone)
                .label(t("app-requests-phone"))
                .on_toggle(Message::ByPhone)
                .text_size(13),
            findings_at(findings, "requests.by_phone", i18n, locale),
        ),
        checkbox(requests.in_person)
            .label(t("app-requests-in-person"))
            .on_toggle(Message::InPerson)
            .text_size(13),
        beside(
            field(
                t("app-requests-form"),
                None,
                "requests-form",
                requests.web_form.as_deref().unwrap_or(""),
                Message::WebForm,
            ),
            findings_at(findings, "requests.web_form", i18n, locale),
        ),
        local_field(
            &project.document.languages,
            t("app-requests-identity"),
            Some(t("app-requests-identity.help")),
            "requests-identity".into(),
            requests
                .identity_proof
                .as_ref()
                .unwrap_or(&LocalText::default()),
            Message::IdentityProof,
        ),
        beside(
            field(
                t("app-requests-days"),
                Some(t("app-requests-days.help")),
                "requests-days",
                &requests
                    .response_days
                    .map_or_else(String::new, |d| d.to_string()),
                Message::ResponseDays,
            ),
            findings_at(findings, "requests.response_days", i18n, locale),
        ),
        column(sector_rules).spacing(6),
        field(
            t("app-complaints-name"),
            Some(t("app-complaints-name.help")),
            "complaints-name",
            &complaints.name,
            Message::ComplaintsName,
        ),
        beside(
            field(
                t("app-complaints-email"),
                None,
                "complaints-email",
                complaints.email.as_deref().unwrap_or(""),
                Message::ComplaintsEmail,
            ),
            findings_at(findings, "requests.complaints", i18n, locale),
        ),
    ]
    .spacing(10)
    .into()
}
