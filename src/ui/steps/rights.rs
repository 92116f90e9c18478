//! Step 6: who people contact about their data, and where they can
//! complain (Art. 13(1)(b), 13(2)(b)-(d), 37).

use iced::Element;
use iced::widget::{checkbox, column, container, text};

use crate::check::Finding;
use crate::i18n::I18n;
use crate::jurisdiction;
use crate::model::{ChangeChannel, Contact, Locale, Project, SecurityMeasure};
use crate::ui::widgets::{field, findings_at, optional};

#[derive(Clone, Debug)]
pub enum Message {
    /// A standard security measure, by its place in `SecurityMeasure::STANDARD`.
    Security(usize, bool),
    ForChildren(bool),
    /// Announcing changes on the website (`true`) or by e-mail (`false`).
    Announce(bool, bool),
    HasDpo(bool),
    DpoName(String),
    DpoEmail(String),
    ContactName(String),
    ContactEmail(String),
}

pub fn update(project: &mut Project, message: Message) {
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
        Message::ForChildren(on) => project.services_for_children = on,
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
        Message::HasDpo(true) => {
            project.dpo.get_or_insert_with(Contact::default);
        }
        Message::HasDpo(false) => project.dpo = None,
        Message::DpoName(v) => project.dpo.get_or_insert_with(Contact::default).name = v,
        Message::DpoEmail(v) => {
            project.dpo.get_or_insert_with(Contact::default).email = optional(v)
        }
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
    }
}

pub fn view<'a>(
    project: &'a Project,
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
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
        field(
            t("app-rights-contact-email"),
            None,
            "contact-email",
            contact.email.as_deref().unwrap_or(""),
            Message::ContactEmail
        ),
        checkbox(project.dpo.is_some())
            .label(t("app-rights-has-dpo"))
            .on_toggle(Message::HasDpo)
            .text_size(14),
    ]
    .spacing(10);
    if let Some(dpo) = &project.dpo {
        form = form
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
    let country = &project.organisation.address.country;
    let authority = project
        .supervisory_authority
        .as_ref()
        .or_else(|| jurisdiction::authority(country));
    let authority_text = match authority {
        Some(authority) => {
            let name = authority
                .name
                .resolve(locale)
                .map_or_else(String::new, |r| r.text.to_owned());
            format!("{name}\n{}", authority.address.join(", "))
        }
        None => t("app-rights-authority-unknown"),
    };
    form = form
        .push(text(t("app-rights-authority")).size(17))
        .push(text(t("app-rights-authority.help")).size(13))
        .push(
            container(text(authority_text).size(14))
                .padding(10)
                .style(container::bordered_box),
        );
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
        .push(column(measures).spacing(6))
        .push(text(t("app-children")).size(17))
        .push(
            checkbox(project.services_for_children)
                .label(t("app-children-offered"))
                .on_toggle(Message::ForChildren)
                .text_size(14),
        )
        .push(text(t("app-changes")).size(17))
        .push(
            checkbox(project.change_notice.contains(&ChangeChannel::Website))
                .label(t("changes-website"))
                .on_toggle(|on| Message::Announce(true, on))
                .text_size(13),
        )
        .push(
            checkbox(project.change_notice.contains(&ChangeChannel::Email))
                .label(t("changes-email"))
                .on_toggle(|on| Message::Announce(false, on))
                .text_size(13),
        );
    for path in ["dpo", "privacy_contact", "supervisory_authority"] {
        form = form.push(findings_at(findings, path, i18n, locale));
    }
    form.into()
}
