//! A purpose's decision taken by a computer, or its profiling: whether it
//! has legal or similarly significant effects (only then Art. 22
//! applies), the exception that allows it, who takes it, its logic and
//! its consequences.

use iced::Element;
use iced::widget::{checkbox, column, text, text_input};

use crate::i18n::I18n;
use crate::model::{Art22Ground, AutomatedDecision, LocalText, Locale};
use crate::ui::widgets::{Choice, local_field, long_drop_down, optional, yes_no};

#[derive(Clone, Debug)]
pub enum Message {
    /// Whether a computer decides or profiles for this purpose at all.
    Automated(bool),
    Profiling(bool),
    Significant(Option<bool>),
    Ground(Art22Ground),
    TakenBy(String),
    Logic(Locale, String),
    Effects(Locale, String),
}

pub fn update(decision: &mut Option<AutomatedDecision>, message: Message) {
    if let Message::Automated(on) = message {
        *decision = on.then(|| AutomatedDecision {
            profiling: false,
            logic: LocalText::default(),
            consequences: LocalText::default(),
            significant: None,
            ground: None,
            taken_by: None,
        });
        return;
    }
    let Some(decision) = decision else {
        return;
    };
    match message {
        Message::Automated(_) => {}
        Message::Profiling(on) => decision.profiling = on,
        Message::Significant(answer) => decision.significant = answer,
        Message::Ground(ground) => decision.ground = Some(ground),
        Message::TakenBy(name) => decision.taken_by = optional(name),
        Message::Logic(locale, value) => decision.logic.set(locale, value),
        Message::Effects(locale, value) => decision.consequences.set(locale, value),
    }
}

/// The fields of purpose number `index`.
pub fn view<'a>(
    index: usize,
    decision: Option<&AutomatedDecision>,
    languages: &[Locale],
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(locale, id);
    let mut form = column![
        checkbox(decision.is_some())
            .label(t("app-purpose-automated"))
            .on_toggle(Message::Automated)
            .text_size(13),
    ]
    .spacing(8);
    let Some(decision) = decision else {
        return form.into();
    };
    form = form
        .push(
            checkbox(decision.profiling)
                .label(t("app-purpose-profiling"))
                .on_toggle(Message::Profiling)
                .text_size(13),
        )
        .push(yes_no(
            "art22",
            decision.significant,
            Message::Significant,
            i18n,
            locale,
        ));
    if decision.under_art22() {
        let grounds: Vec<Choice<Art22Ground>> = Art22Ground::ALL
            .into_iter()
            .map(|ground| Choice {
                value: ground,
                label: t(&format!("art22-{}.label", ground.key())),
            })
            .collect();
        let chosen = grounds
            .iter()
            .find(|c| Some(c.value) == decision.ground)
            .cloned();
        form = form
            .push(text(t("app-purpose-art22-ground")).size(14))
            .push(long_drop_down(
                grounds,
                chosen,
                |c: Choice<Art22Ground>| Message::Ground(c.value),
                t("app-choose"),
            ))
            .push(text(t("app-purpose-taken-by")).size(14))
            .push(text(t("app-purpose-taken-by.help")).size(12))
            .push(
                text_input("", decision.taken_by.as_deref().unwrap_or(""))
                    .id(format!("purpose-{index}-taken-by"))
                    .on_input(Message::TakenBy)
                    .size(14),
            );
    }
    form.push(local_field(
        languages,
        t("app-purpose-logic"),
        Some(t("app-purpose-logic.help")),
        format!("purpose-{index}-logic"),
        &decision.logic,
        Message::Logic,
    ))
    .push(local_field(
        languages,
        t("app-purpose-effects"),
        None,
        format!("purpose-{index}-effects"),
        &decision.consequences,
        Message::Effects,
    ))
    .into()
}
