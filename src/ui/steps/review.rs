//! Step 7: everything the checks found, each leading to its step, and the
//! export. Export refuses nothing, but the errors come first.

use iced::Element;
use iced::widget::{button, checkbox, column, row, text, text_input};

use crate::check::Severity;
use crate::i18n::I18n;
use crate::model::Locale;
use crate::ui::theme;
use crate::ui::widgets::finding_card;
use crate::ui::{App, Message, export};

use super::Step;

pub fn view<'a>(app: &'a App, i18n: &I18n) -> Element<'a, Message> {
    let locale = app.locale;
    let t = |id: &str| i18n.simple(locale, id);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("errors", Severity::Error.count(&app.findings));
    args.set("warnings", Severity::Warning.count(&app.findings));
    args.set("advice", Severity::Info.count(&app.findings));
    let summary = i18n.plain(locale, "app-review-summary", &args);
    // The findings are one child of the form, however many there are, so
    // the fields below keep their place (and their focus) while typing
    // makes findings come and go.
    let mut list = column![].spacing(10);
    for finding in &app.findings {
        let step = Step::of_field(&finding.item.path);
        list = list.push(
            row![
                finding_card(finding, i18n, locale),
                button(text(i18n.simple(locale, &format!("app-step-{}", step.key()))).size(12))
                    .style(theme::outlined)
                    .on_press(Message::GoTo(step)),
            ]
            .spacing(8)
            .align_y(iced::Alignment::Center),
        );
    }
    let mut form = column![text(summary).size(15), list].spacing(10);
    let document = &app.project.document;
    let settings_message = |m| Message::Step(super::Message::Settings(m));
    let date = app
        .steps
        .date_typed
        .clone()
        .unwrap_or_else(|| document.effective_date.to_string());
    form = form
        .push(text(t("app-document")).size(20))
        .push(
            row![
                crate::ui::widgets::field(
                    t("app-document-version"),
                    None,
                    "document-version",
                    &document.version,
                    move |v| settings_message(super::settings::Message::Version(v)),
                ),
                crate::ui::widgets::field(
                    t("app-document-date"),
                    Some(t("app-document-date.help")),
                    "document-date",
                    &date,
                    move |v| settings_message(super::settings::Message::DateTyped(v)),
                ),
            ]
            .spacing(12),
        )
        .push(text(t("app-document-languages")).size(14))
        .push(
            row(Locale::ALL.into_iter().map(|l| {
                checkbox(document.languages.contains(&l))
                    .label(t(&format!("app-language-{}", l.code())))
                    .on_toggle(move |on| {
                        settings_message(super::settings::Message::Language(l, on))
                    })
                    .text_size(14)
                    .into()
            }))
            .spacing(16),
        );
    let settings = &app.export;
    let languages = row(Locale::ALL.into_iter().map(|l| {
        checkbox(settings.languages.contains(&l))
            .label(t(&format!("app-language-{}", l.code())))
            .on_toggle(move |on| Message::Export(export::Message::Language(l, on)))
            .text_size(14)
            .into()
    }))
    .spacing(16);
    form.push(text(t("app-export")).size(20))
        .push(languages)
        .push(
            row![
                checkbox(settings.html)
                    .label("HTML")
                    .on_toggle(|on| Message::Export(export::Message::Html(on)))
                    .text_size(14),
                checkbox(settings.pdf)
                    .label("PDF")
                    .on_toggle(|on| Message::Export(export::Message::Pdf(on)))
                    .text_size(14),
            ]
            .spacing(16),
        )
        .push(text(t("app-export-folder")).size(14))
        .push(
            row![
                text_input("", &settings.folder)
                    .id("export-folder")
                    .on_input(|v| Message::Export(export::Message::Folder(v)))
                    .size(14),
                button(text(t("app-choose")).size(13))
                    .style(theme::outlined)
                    .on_press(Message::Export(export::Message::ChooseFolder)),
            ]
            .spacing(8)
            .align_y(iced::Alignment::Center),
        )
        .push(
            text({
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("folder", settings.target().display().to_string());
                i18n.plain(locale, "app-export-target", &args)
            })
            .size(12),
        )
        .push(crate::ui::widgets::beside(
            row![
                button(text(t("app-export-write")))
                    .on_press(Message::Export(export::Message::Write))
                    .padding([8, 14]),
                match &app.status {
                    Some(crate::ui::Status::Exported(export)) => button(text(t("app-export-open")))
                        .style(theme::outlined)
                        .on_press(Message::Reveal(export.folder.clone()))
                        .padding([8, 14]),
                    _ => button(text(t("app-export-open")))
                        .style(theme::outlined)
                        .padding([8, 14]),
                },
            ]
            .spacing(10),
            export_remarks(app, i18n),
        ))
        .into()
}

/// What the last export noticed (texts missing in a language, characters
/// the PDF font lacks), as the command line prints it.
fn export_remarks<'a>(app: &App, i18n: &I18n) -> Element<'a, Message> {
    let remarks = match &app.status {
        Some(crate::ui::Status::Exported(export)) => export.written.remarks(None, i18n, app.locale),
        _ => Vec::new(),
    };
    let top = if remarks.is_empty() { 0 } else { 8 };
    column(
        remarks
            .into_iter()
            .map(|remark| text(remark).size(12).style(text::warning).into()),
    )
    .spacing(4)
    .padding(iced::Padding::ZERO.top(top))
    .into()
}
