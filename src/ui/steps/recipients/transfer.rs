//! Where a recipient processes the data and on what terms it leaves the
//! EEA: further countries, an unnamed country, the seat, the safeguard and
//! the standard contractual clauses.

use iced::widget::column;

use super::*;

/// The safeguards offered as choices; a derogation needs its reason
/// written in the project file.
pub(super) fn safeguards(i18n: &I18n, locale: Locale) -> Vec<Choice<TransferSafeguard>> {
    [
        (TransferSafeguard::AdequacyDecision, "adequacy"),
        (TransferSafeguard::DataPrivacyFramework, "dpf"),
        (TransferSafeguard::StandardContractualClauses, "scc"),
        (TransferSafeguard::BindingCorporateRules, "bcr"),
    ]
    .into_iter()
    .map(|(value, key)| Choice {
        value,
        label: i18n.simple(locale, &format!("app-safeguard-{key}")),
    })
    .collect()
}

/// Further countries of processing, a provider that names none outside
/// the EEA, and the company's seat where it is elsewhere.
pub(super) fn places<'a>(
    i: usize,
    recipient: &'a Recipient,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let countries = country_choices(i18n, locale);
    let chips = recipient
        .also_processed_in
        .iter()
        .enumerate()
        .map(|(at, country)| {
            let name = countries
                .iter()
                .find(|c| &c.value == country)
                .map_or_else(|| country.code().to_owned(), |c| c.label.clone());
            button(text(format!("{name} ×")).size(12))
                .on_press(Message::NotAlsoIn(i, at))
                .style(button::secondary)
                .padding([3, 8])
                .into()
        });
    let mut seats = vec![Choice {
        value: None,
        label: t("app-recipient-seat-same"),
    }];
    seats.extend(countries.iter().map(|c| Choice {
        value: Some(c.value.clone()),
        label: c.label.clone(),
    }));
    let seat = seats.iter().find(|c| c.value == recipient.seat).cloned();
    column![
        row![
            text(t("app-recipient-also-in")).size(13),
            row(chips).spacing(6).wrap(),
            drop_down(
                countries,
                None::<Choice<Country>>,
                move |c| Message::AlsoIn(i, c.value),
                t("app-recipient-also-in.placeholder"),
                Length::Shrink,
            ),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center),
        tick(
            t("app-recipient-unstated"),
            recipient.outside_eea_unstated,
            move |on| Message::Unstated(i, on),
        ),
        row![
            text(t("app-recipient-seat")).size(13),
            drop_down(
                seats,
                seat,
                move |c: Choice<Option<Country>>| Message::Seat(i, c.value),
                String::new(),
                Length::Shrink,
            ),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center),
    ]
    .spacing(6)
    .into()
}

/// What the chosen safeguard makes the privacy statement say, in its own
/// words; without one, the country's adequacy decision where it has one,
/// else that a placeholder stands there.
pub(super) fn safeguard_says(recipient: &Recipient, i18n: &I18n, locale: Locale) -> String {
    let adequate = !recipient.outside_eea_unstated
        && recipient
            .processing_countries()
            .filter(|c| !jurisdiction::is_eea(c))
            .all(jurisdiction::has_adequacy_decision);
    let key = match &recipient.safeguard {
        None if adequate => "adequacy",
        None => return i18n.simple(locale, "app-recipient-safeguard-none.says"),
        Some(TransferSafeguard::AdequacyDecision) => "adequacy",
        Some(TransferSafeguard::DataPrivacyFramework) => "dpf",
        Some(TransferSafeguard::StandardContractualClauses) => "scc",
        Some(TransferSafeguard::BindingCorporateRules) => "bcr",
        Some(TransferSafeguard::Derogation(_)) => "derogation",
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("reason", "…");
    let sentence = i18n.plain(locale, &format!("safeguard-{key}"), &args);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("sentence", sentence);
    i18n.plain(locale, "app-purpose-requirement-says", &args)
}

/// Which standard contractual clauses, and the module of the current ones.
pub(super) fn scc_fields<'a>(
    i: usize,
    recipient: &Recipient,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let versions: Vec<Choice<Scc>> = [
        Scc::Current(None),
        Scc::Repealed2010,
        Scc::Repealed2004,
        Scc::Repealed2001,
    ]
    .into_iter()
    .map(|scc| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("decision", scc.decision());
        Choice {
            value: scc,
            label: i18n.plain(locale, "app-scc-decision", &args),
        }
    })
    .collect();
    let chosen = versions
        .iter()
        .find(|c| recipient.scc.map(Scc::decision) == Some(c.value.decision()))
        .cloned();
    let mut fields = column![
        text(t("app-scc")).size(14),
        long_drop_down(
            versions,
            chosen,
            move |c: Choice<Scc>| Message::Scc(i, c.value),
            t("app-choose"),
        ),
    ]
    .spacing(4);
    if let Some(Scc::Current(module)) = recipient.scc {
        fields = fields.push(field(
            t("app-scc-module"),
            Some(t("app-scc-module.help")),
            format!("recipient-{i}-scc-module"),
            &module.map_or_else(String::new, |m| m.to_string()),
            move |v| Message::SccModule(i, v),
        ));
    }
    fields.into()
}
