//! Step 3: why the data is processed, on what basis, for how long, whether
//! it must be given, and whether a machine decides (Art. 13(1)(c)-(d),
//! 13(2)(a), (e), (f)).

mod decision;
mod terms;

use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Length};

use super::{Action, Context, Outcome};
use crate::check::Finding;
use crate::i18n::I18n;
use crate::model::{
    CookieCategory, LegalBasis, LocalText, Locale, Period, PeriodUnit, Project, Purpose,
    Requirement, Retention, RetentionStart,
};
use crate::ui::widgets::{
    Choice, basis_radios, beside, card_header, category_label, choices, drop_down, findings_at,
    findings_of, findings_rest, local_field, long_drop_down, tick, yes_no,
};

#[derive(Clone, Debug)]
pub enum Message {
    Add,
    Remove(usize),
    Name(usize, Locale, String),
    Description(usize, Locale, String),
    Audience(usize, String, bool),
    Data(usize, String, bool),
    Basis(usize, LegalBasis),
    Interest(usize, Locale, String),
    RetainFor(usize, bool),
    Amount(usize, String),
    Unit(usize, PeriodUnit),
    Start(usize, RetentionStart),
    Criteria(usize, Locale, String),
    Requirement(usize, Option<Requirement>),
    Consequence(usize, Locale, String),
    /// A change to the purpose's automated decision or profiling.
    Decision(usize, decision::Message),
    /// Whether any decision is taken by automated means only.
    AnyAutomated(Option<bool>),
    /// A change to the purpose's terms for one group or data kind.
    Terms(usize, terms::Message),
    DirectMarketing(usize, Option<bool>),
    /// Whether the website sets this kind of cookie for the purpose.
    Cookies(usize, CookieCategory, bool),
}

/// The fields of a purpose card whose findings show right under them.
const BESIDE_FIELDS: [&str; 13] = [
    "name",
    "audiences",
    "data",
    "special_data",
    "legal_basis",
    "legitimate_interest",
    "retention",
    "provision",
    "per_audience",
    "direct_marketing",
    "cookies",
    "automated_decision",
    "description",
];

/// The kinds of cookies a purpose may say the website sets for it.
const WEBSITE_COOKIES: [CookieCategory; 5] = [
    CookieCategory::StrictlyNecessary,
    CookieCategory::Functional,
    CookieCategory::Analytics,
    CookieCategory::Marketing,
    CookieCategory::SocialMedia,
];

const UNITS: [PeriodUnit; 4] = [
    PeriodUnit::Days,
    PeriodUnit::Weeks,
    PeriodUnit::Months,
    PeriodUnit::Years,
];

fn unit_key(unit: PeriodUnit) -> &'static str {
    match unit {
        PeriodUnit::Days => "days",
        PeriodUnit::Weeks => "weeks",
        PeriodUnit::Months => "months",
        PeriodUnit::Years => "years",
    }
}

fn period(amount: u32, unit: PeriodUnit) -> Period {
    match unit {
        PeriodUnit::Days => Period::Days(amount),
        PeriodUnit::Weeks => Period::Weeks(amount),
        PeriodUnit::Months => Period::Months(amount),
        PeriodUnit::Years => Period::Years(amount),
    }
}

/// The period proposed when the owner chooses a fixed period, shown in
/// its fields to change. A new purpose has none: how long data is kept is
/// the owner's answer, never a silent default.
fn default_retention() -> Retention {
    Retention::For {
        period: Period::Years(1),
        after: RetentionStart::Collection,
    }
}

fn toggle(list: &mut Vec<String>, key: String, on: bool) {
    list.retain(|k| *k != key);
    if on {
        list.push(key);
    }
}

/// This step keeps nothing but answers.
#[derive(Debug, Default)]
pub struct State;

pub fn update(_: &mut State, project: &mut Project, message: Message) -> Outcome {
    let added = matches!(message, Message::Add);
    apply(project, message);
    if added {
        // The new purpose is the last card: show its top, where its name
        // is asked.
        let index = project.purposes.len().saturating_sub(1);
        return Outcome::changed().then(Action::Reveal(card_id(index)));
    }
    Outcome::changed()
}

/// Applies a change to the answers.
fn apply(project: &mut Project, message: Message) {
    if let Message::Add = message {
        project.purposes.push(Purpose::default());
        return;
    }
    if let Message::AnyAutomated(answer) = message {
        project.automated_decisions = answer;
        return;
    }
    if let Message::Remove(index) = message {
        if index < project.purposes.len() {
            let removed = project.purposes.remove(index);
            // No recipient may go on naming a purpose that is gone.
            for recipient in &mut project.recipients {
                recipient.purposes.retain(|key| *key != removed.key);
            }
        }
        return;
    }
    let index = match &message {
        Message::Name(i, ..)
        | Message::Description(i, ..)
        | Message::Audience(i, ..)
        | Message::Data(i, ..)
        | Message::Basis(i, _)
        | Message::Interest(i, ..)
        | Message::RetainFor(i, _)
        | Message::Amount(i, _)
        | Message::Unit(i, _)
        | Message::Start(i, _)
        | Message::Criteria(i, ..)
        | Message::Requirement(i, _)
        | Message::Consequence(i, ..)
        | Message::Decision(i, _)
        | Message::Terms(i, _)
        | Message::DirectMarketing(i, _)
        | Message::Cookies(i, ..) => *i,
        Message::Add | Message::Remove(_) | Message::AnyAutomated(_) => return,
    };
    let Some(purpose) = project.purposes.get_mut(index) else {
        return;
    };
    let text_of = |slot: &mut Option<LocalText>, locale, value| {
        slot.get_or_insert_with(LocalText::default)
            .set(locale, value);
    };
    match message {
        Message::Name(_, locale, value) => purpose.name.set(locale, value),
        Message::Description(_, locale, value) => text_of(&mut purpose.description, locale, value),
        Message::Audience(_, key, on) => {
            if !on {
                purpose.per_audience.retain(|t| t.audience != key);
            }
            toggle(&mut purpose.audiences, key, on)
        }
        Message::Data(_, key, on) => toggle(&mut purpose.data, key, on),
        Message::Basis(_, basis) => purpose.legal_basis = Some(basis),
        Message::Interest(_, locale, value) => {
            text_of(&mut purpose.legitimate_interest, locale, value)
        }
        Message::RetainFor(_, true) => purpose.retention = Some(default_retention()),
        Message::RetainFor(_, false) => {
            purpose.retention = Some(Retention::Criteria(LocalText::default()))
        }
        Message::Amount(_, value) => {
            if let Some(Retention::For { period: p, .. }) = &mut purpose.retention {
                // Only whole numbers are taken; anything else leaves it.
                if let Ok(amount) = value.trim().parse::<u32>() {
                    *p = period(amount, p.unit());
                }
            }
        }
        Message::Unit(_, unit) => {
            if let Some(Retention::For { period: p, .. }) = &mut purpose.retention {
                *p = period(p.amount(), unit);
            }
        }
        Message::Start(_, start) => {
            if let Some(Retention::For { after, .. }) = &mut purpose.retention {
                *after = start;
            }
        }
        Message::Criteria(_, locale, value) => {
            if let Some(Retention::Criteria(text)) = &mut purpose.retention {
                text.set(locale, value);
            }
        }
        Message::Requirement(_, requirement) => {
            terms::set_requirement(&mut purpose.provision, requirement)
        }
        Message::Consequence(_, locale, value) => {
            if let Some(provision) = &mut purpose.provision {
                text_of(&mut provision.consequence, locale, value);
            }
        }
        Message::Decision(_, change) => decision::update(&mut purpose.automated_decision, change),
        Message::Terms(_, change) => terms::update(purpose, change),
        Message::DirectMarketing(_, answer) => purpose.direct_marketing = answer,
        Message::Cookies(_, category, on) => {
            purpose.cookies.retain(|c| *c != category);
            if on {
                purpose.cookies.push(category);
                purpose.cookies.sort();
            }
        }
        Message::Add | Message::Remove(_) | Message::AnyAutomated(_) => {}
    }
}

fn purpose_card<'a>(
    project: &'a Project,
    index: usize,
    purpose: &'a Purpose,
    findings: &[Finding],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let help = |id: &str| Some(i18n.simple(locale, &format!("{id}.help")));
    let id = |name: &str| format!("purpose-{index}-{name}");
    let i = index;
    // Each field's findings right under it; the rest at the card's end.
    let notes = |field: &str| {
        findings_at(
            findings,
            &format!("purposes[{index}].{field}"),
            i18n,
            locale,
        )
    };

    let mut card = column![
        card_header(
            format!("{} {}", t("app-purpose"), index + 1),
            t("app-remove"),
            Message::Remove(i),
        ),
        beside(
            local_field(
                &project.document.languages,
                t("app-purpose-name"),
                help("app-purpose-name"),
                id("name"),
                &purpose.name,
                move |l, v| Message::Name(i, l, v),
            ),
            notes("name"),
        ),
        beside(
            local_field(
                &project.document.languages,
                t("app-purpose-description"),
                None,
                id("description"),
                purpose
                    .description
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Description(i, l, v),
            ),
            notes("description"),
        ),
    ]
    .spacing(10);

    let audiences = project.audiences.iter().map(|audience| {
        let key = audience.key().to_owned();
        let label = terms::audience_label(project, &key, i18n, locale);
        let on = purpose.audiences.contains(&key);
        tick(label, on, move |on| Message::Audience(i, key.clone(), on))
    });
    card = card
        .push(text(t("app-purpose-audiences")).size(14))
        .push(beside(
            row(audiences).spacing(12).wrap(),
            notes("audiences"),
        ));
    let data = project.data_categories.iter().map(|category| {
        let key = category.key().to_owned();
        let label = category_label(category, i18n, locale);
        let on = purpose.data.contains(&key);
        tick(label, on, move |on| Message::Data(i, key.clone(), on))
    });
    card = card
        .push(text(t("app-purpose-data")).size(14))
        .push(beside(row(data).spacing(12).wrap(), notes("data")))
        .push(beside(
            terms::special_view(i, project, purpose, i18n, locale)
                .map(move |change| Message::Terms(i, change)),
            notes("special_data"),
        ));

    card = card.push(beside(
        column![
            text(t("app-purpose-basis")).size(14),
            text(t("app-purpose-basis.help")).size(12),
            // One choice per line, worded in full: a drop-down list cut
            // the long names of the bases and grew wider than its pane.
            basis_radios(
                purpose.legal_basis,
                move |basis| Message::Basis(i, basis),
                i18n,
                locale
            ),
        ]
        .spacing(4),
        notes("legal_basis"),
    ));
    let interest: Element<'a, Message> =
        if purpose.legal_basis == Some(LegalBasis::LegitimateInterests) {
            local_field(
                &project.document.languages,
                t("app-purpose-interest"),
                help("app-purpose-interest"),
                id("interest"),
                purpose
                    .legitimate_interest
                    .as_ref()
                    .unwrap_or(&LocalText::default()),
                move |l, v| Message::Interest(i, l, v),
            )
        } else {
            column![].into()
        };
    card = card.push(beside(interest, notes("legitimate_interest")));

    let fixed = matches!(purpose.retention, Some(Retention::For { .. }));
    let criteria = matches!(purpose.retention, Some(Retention::Criteria(_)));
    let mut retention = column![
        text(t("app-purpose-retention")).size(14),
        row![
            checkbox(fixed)
                .label(t("app-purpose-retention-fixed"))
                .on_toggle(move |on| Message::RetainFor(i, on))
                .text_size(13),
            checkbox(criteria)
                .label(t("app-purpose-retention-criteria"))
                .on_toggle(move |on| Message::RetainFor(i, !on))
                .text_size(13),
        ]
        .spacing(16),
    ]
    .spacing(6);
    match &purpose.retention {
        Some(Retention::For { period, after }) => {
            let units = choices(&UNITS, unit_key, "app-unit", i18n, locale);
            let unit = units.iter().find(|c| c.value == period.unit()).cloned();
            let starts: Vec<Choice<RetentionStart>> = RetentionStart::STANDARD
                .iter()
                .map(|s| Choice {
                    value: s.clone(),
                    label: t(&format!("retention-after-{}", s.key())),
                })
                .collect();
            let start = starts.iter().find(|c| &c.value == after).cloned();
            retention = retention.push(
                row![
                    text_input("", &period.amount().to_string())
                        .id(id("amount"))
                        .on_input(move |v| Message::Amount(i, v))
                        .width(70)
                        .size(13),
                    drop_down(
                        units,
                        unit,
                        move |c: Choice<PeriodUnit>| Message::Unit(i, c.value),
                        String::new(),
                        Length::Shrink,
                    ),
                    text(t("app-purpose-after")).size(13),
                    long_drop_down(
                        starts,
                        start,
                        move |c: Choice<RetentionStart>| Message::Start(i, c.value),
                        String::new(),
                    ),
                ]
                .spacing(8)
                .align_y(iced::Alignment::Center),
            );
        }
        Some(Retention::Criteria(criteria)) => {
            retention = retention.push(local_field(
                &project.document.languages,
                t("app-purpose-criteria"),
                help("app-purpose-criteria"),
                id("criteria"),
                criteria,
                move |l, v| Message::Criteria(i, l, v),
            ));
        }
        None => {}
    }
    card = card.push(beside(retention, notes("retention")));

    let requirements = terms::requirement_choices(i18n, locale);
    let requirement = requirements
        .iter()
        .find(|c| c.value == purpose.provision.as_ref().map(|p| p.requirement))
        .cloned();
    let mut provision = column![
        column![
            text(t("app-purpose-requirement")).size(14),
            long_drop_down(
                requirements,
                requirement,
                move |c: Choice<Option<Requirement>>| Message::Requirement(i, c.value),
                String::new(),
            ),
            text(requirement_says(purpose, i18n, locale))
                .size(12)
                .style(text::secondary),
        ]
        .spacing(4),
    ]
    .spacing(10);
    if let Some(answer) = &purpose.provision {
        provision = provision.push(local_field(
            &project.document.languages,
            t("app-purpose-consequence"),
            help("app-purpose-consequence"),
            id("consequence"),
            answer.consequence.as_ref().unwrap_or(&LocalText::default()),
            move |l, v| Message::Consequence(i, l, v),
        ));
    }
    card = card.push(beside(provision, notes("provision")));

    card = card.push(beside(
        terms::audiences_view(i, project, purpose, i18n, locale)
            .map(move |change| Message::Terms(i, change)),
        notes("per_audience"),
    ));
    card = card.push(beside(
        yes_no(
            "direct-marketing",
            purpose.direct_marketing,
            move |answer| Message::DirectMarketing(i, answer),
            i18n,
            locale,
        ),
        notes("direct_marketing"),
    ));
    let kinds = WEBSITE_COOKIES.iter().map(|&category| {
        tick(
            t(&format!("category-{}", category.key())),
            purpose.cookies.contains(&category),
            move |on| Message::Cookies(i, category, on),
        )
    });
    card = card.push(beside(
        column![
            text(t("app-purpose-cookies")).size(14),
            text(t("app-purpose-cookies.help")).size(12),
            row(kinds).spacing(12).wrap(),
        ]
        .spacing(4),
        notes("cookies"),
    ));
    card = card.push(beside(
        decision::view(
            i,
            purpose.automated_decision.as_ref(),
            &project.document.languages,
            i18n,
            locale,
        )
        .map(move |change| Message::Decision(i, change)),
        notes("automated_decision"),
    ));
    let here = format!("purposes[{index}]");
    card = card.push(findings_rest(findings, &here, &BESIDE_FIELDS, i18n, locale));
    container(card)
        .id(card_id(index))
        .padding(14)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
}

/// The card of the purpose at `index`, for scrolling to it.
pub fn card_id(index: usize) -> iced::widget::Id {
    iced::widget::Id::from(format!("purpose-card-{index}"))
}

pub fn view<'a>(_: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let cards = project
        .purposes
        .iter()
        .enumerate()
        .map(|(index, purpose)| purpose_card(project, index, purpose, findings, i18n, locale));
    column(cards)
        .spacing(14)
        .push(beside(
            button(text(i18n.simple(locale, "app-purpose-add")))
                .on_press(Message::Add)
                .padding([8, 14]),
            findings_of(findings, &["purposes"], i18n, locale),
        ))
        .push(beside(
            yes_no(
                "automated",
                automated_answer(project),
                Message::AnyAutomated,
                i18n,
                locale,
            ),
            findings_at(findings, "automated_decisions", i18n, locale),
        ))
        .into()
}

/// What "is any decision automated?" shows as answered: the owner's
/// answer, or yes when a purpose describes such a decision.
fn automated_answer(project: &Project) -> Option<bool> {
    let any = project
        .purposes
        .iter()
        .any(|p| p.automated_decision.is_some());
    project.automated_decisions.or(any.then_some(true))
}

/// What the answer to "must people give this data?" makes the privacy
/// statement say: its own sentence, or that it says nothing.
fn requirement_says(purpose: &Purpose, i18n: &I18n, locale: Locale) -> String {
    match &purpose.provision {
        None => i18n.simple(locale, "app-purpose-requirement-none.says"),
        Some(provision) => {
            let sentence = i18n.simple(
                locale,
                &format!("requirement-{}", provision.requirement.key()),
            );
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("sentence", sentence);
            i18n.plain(locale, "app-purpose-requirement-says", &args)
        }
    }
}
