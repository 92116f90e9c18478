//! A purpose's terms where they are not the same for everyone: another
//! legal basis, interest or duty to give data for one of its groups
//! (Art. 6(1), 13(2)(e)), and another condition for special or
//! criminal-offence data used for this purpose (Art. 9(2), 10).

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

use crate::i18n::I18n;
use crate::model::{
    Art9Condition, AudienceTerms, LegalBasis, LocalText, Locale, Project, Provision, Purpose,
    Requirement, SpecialDataTerms,
};
use crate::ui::widgets::{Choice, basis_radios, category_label, local_field, long_drop_down};

#[derive(Clone, Debug)]
pub enum Message {
    /// Give this audience terms of its own.
    Add(String),
    Remove(usize),
    Basis(usize, LegalBasis),
    Interest(usize, Locale, String),
    Requirement(usize, Option<Requirement>),
    Consequence(usize, Locale, String),
    /// The Art. 9(2) condition of this purpose for a data kind; `None`
    /// goes back to the one of the kind.
    Condition(String, Option<Art9Condition>),
    /// The law that allows criminal-offence data for this purpose.
    Authorisation(String, Locale, String),
}

pub fn update(purpose: &mut Purpose, message: Message) {
    let text_of = |slot: &mut Option<LocalText>, locale, value| {
        slot.get_or_insert_with(LocalText::default)
            .set(locale, value);
    };
    match message {
        Message::Add(audience) => {
            if !purpose.per_audience.iter().any(|t| t.audience == audience) {
                purpose.per_audience.push(AudienceTerms::new(audience));
            }
        }
        Message::Remove(j) => {
            if j < purpose.per_audience.len() {
                purpose.per_audience.remove(j);
            }
        }
        Message::Basis(j, basis) => {
            if let Some(terms) = purpose.per_audience.get_mut(j) {
                terms.legal_basis = Some(basis);
            }
        }
        Message::Interest(j, locale, value) => {
            if let Some(terms) = purpose.per_audience.get_mut(j) {
                text_of(&mut terms.legitimate_interest, locale, value);
            }
        }
        Message::Requirement(j, requirement) => {
            if let Some(terms) = purpose.per_audience.get_mut(j) {
                set_requirement(&mut terms.provision, requirement);
            }
        }
        Message::Consequence(j, locale, value) => {
            if let Some(provision) = purpose
                .per_audience
                .get_mut(j)
                .and_then(|t| t.provision.as_mut())
            {
                text_of(&mut provision.consequence, locale, value);
            }
        }
        Message::Condition(data, condition) => {
            special(purpose, data).art9_condition = condition;
            forget_empty(purpose);
        }
        Message::Authorisation(data, locale, value) => {
            text_of(
                &mut special(purpose, data).art10_authorisation,
                locale,
                value,
            );
            forget_empty(purpose);
        }
    }
}

/// Sets whether the data must be given, keeping what was said about the
/// consequence when only the requirement changes.
pub fn set_requirement(provision: &mut Option<Provision>, requirement: Option<Requirement>) {
    match (provision.as_mut(), requirement) {
        (_, None) => *provision = None,
        (Some(provision), Some(requirement)) => provision.requirement = requirement,
        (None, Some(requirement)) => {
            *provision = Some(Provision {
                requirement,
                consequence: None,
            })
        }
    }
}

fn special(purpose: &mut Purpose, data: String) -> &mut SpecialDataTerms {
    let at = match purpose.special_data.iter().position(|s| s.data == data) {
        Some(at) => at,
        None => {
            purpose.special_data.push(SpecialDataTerms {
                data,
                art9_condition: None,
                art10_authorisation: None,
            });
            purpose.special_data.len() - 1
        }
    };
    &mut purpose.special_data[at]
}

/// Terms that say nothing of their own are not kept.
fn forget_empty(purpose: &mut Purpose) {
    purpose.special_data.retain(|s| {
        s.art9_condition.is_some()
            || s.art10_authorisation
                .as_ref()
                .is_some_and(|t| !t.is_blank())
    });
}

/// The choices of "must people give this data?", "not asked" first.
pub fn requirement_choices(i18n: &I18n, locale: Locale) -> Vec<Choice<Option<Requirement>>> {
    let mut requirements = vec![Choice {
        value: None,
        label: i18n.simple(locale, "app-purpose-requirement-none"),
    }];
    requirements.extend(Requirement::ALL.iter().map(|r| Choice {
        value: Some(*r),
        label: i18n.simple(locale, &format!("app-requirement-{}", r.key())),
    }));
    requirements
}

/// The groups with terms of their own, and a list to give one more group
/// its own terms.
pub fn audiences_view<'a>(
    index: usize,
    project: &'a Project,
    purpose: &'a Purpose,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let mut form = column![].spacing(10);
    for (j, terms) in purpose.per_audience.iter().enumerate() {
        let name = audience_label(project, &terms.audience, i18n, locale);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("audience", name);
        let mut card = column![
            row![
                text(i18n.plain(locale, "app-terms-for", &args))
                    .size(14)
                    .width(Length::Fill),
                button(text(t("app-remove")).size(12))
                    .on_press(Message::Remove(j))
                    .style(button::secondary)
                    .padding([4, 10]),
            ]
            .align_y(iced::Alignment::Center),
            basis_radios(
                terms.legal_basis,
                move |basis| Message::Basis(j, basis),
                i18n,
                locale
            ),
        ]
        .spacing(8);
        if terms.legal_basis == Some(LegalBasis::LegitimateInterests) {
            card = card.push(local_field(
                &project.document.languages,
                t("app-purpose-interest"),
                None,
                format!("purpose-{index}-terms-{j}-interest"),
                terms
                    .legitimate_interest
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Interest(j, l, v),
            ));
        }
        let requirements = requirement_choices(i18n, locale);
        let requirement = requirements
            .iter()
            .find(|c| c.value == terms.provision.as_ref().map(|p| p.requirement))
            .cloned();
        card = card.push(
            column![
                text(t("app-purpose-requirement")).size(13),
                long_drop_down(
                    requirements,
                    requirement,
                    move |c: Choice<_>| Message::Requirement(j, c.value),
                    String::new(),
                ),
            ]
            .spacing(4),
        );
        if let Some(provision) = &terms.provision {
            card = card.push(local_field(
                &project.document.languages,
                t("app-purpose-consequence"),
                None,
                format!("purpose-{index}-terms-{j}-consequence"),
                provision
                    .consequence
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Consequence(j, l, v),
            ));
        }
        form = form.push(
            container(card)
                .padding(10)
                .style(container::rounded_box)
                .width(Length::Fill),
        );
    }
    // One button per group still on the purpose's own terms: a purpose
    // has few groups, and a button says at once what it does.
    let open: Vec<Element<'a, Message>> = purpose
        .audiences
        .iter()
        .filter(|key| !purpose.per_audience.iter().any(|t| &t.audience == *key))
        .map(|key| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("audience", audience_label(project, key, i18n, locale));
            button(text(i18n.plain(locale, "app-terms-add-button", &args)).size(12))
                .on_press(Message::Add(key.clone()))
                .style(button::secondary)
                .padding([4, 10])
                .into()
        })
        .collect();
    if purpose.audiences.len() > 1 && !open.is_empty() {
        form = form.push(
            column![
                text(t("app-terms-add")).size(13),
                row(open).spacing(8).wrap(),
            ]
            .spacing(4),
        );
    }
    form.into()
}

/// For each special or criminal-offence kind the purpose uses: the
/// condition of this purpose, where it is not the one of the kind.
pub fn special_view<'a>(
    index: usize,
    project: &'a Project,
    purpose: &'a Purpose,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let mut form = column![].spacing(8);
    let used = project
        .data_categories
        .iter()
        .filter(|c| purpose.data.iter().any(|k| k == c.key()));
    for category in used {
        let key = category.key().to_owned();
        let own = purpose.special_data.iter().find(|s| s.data == key);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("data", category_label(category, i18n, locale));
        if category.kind.is_special() {
            let mut conditions = vec![Choice {
                value: None,
                label: t("app-purpose-art9-as-kind"),
            }];
            conditions.extend(Art9Condition::ALL.iter().map(|c| Choice {
                value: Some(*c),
                label: t(&format!("app-art9-{}", c.key())),
            }));
            let selected = conditions
                .iter()
                .find(|c| c.value == own.and_then(|s| s.art9_condition))
                .cloned();
            form = form.push(
                column![
                    text(i18n.plain(locale, "app-purpose-art9", &args)).size(13),
                    long_drop_down(
                        conditions,
                        selected,
                        move |c: Choice<_>| Message::Condition(key.clone(), c.value),
                        String::new(),
                    ),
                ]
                .spacing(4),
            );
        } else if category.kind == crate::model::DataCategoryKind::CriminalRecords {
            form = form.push(local_field(
                &project.document.languages,
                i18n.plain(locale, "app-purpose-art10", &args),
                Some(t("app-purpose-art10.help")),
                format!("purpose-{index}-art10"),
                own.and_then(|s| s.art10_authorisation.as_ref())
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Authorisation(key.clone(), l, v),
            ));
        }
    }
    form.into()
}

pub fn audience_label(project: &Project, key: &str, i18n: &I18n, locale: Locale) -> String {
    match project.audience(key) {
        Some(crate::model::Audience::Standard(kind)) => {
            i18n.simple(locale, &format!("audience-{}", kind.key()))
        }
        Some(crate::model::Audience::Custom { name, .. }) => name
            .resolve(locale)
            .map_or_else(String::new, |r| r.text.to_owned()),
        None => key.to_owned(),
    }
}
