//! Step 7: everything the checks found, each leading to its step, the
//! document settings, and the export. Export refuses nothing, but the
//! errors come first.

pub mod settings;

use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Element, Task};

use crate::check::Severity;
use crate::model::Project;
use crate::ui::export;
use crate::ui::status::{Export, Status};
use crate::ui::theme;
use crate::ui::widgets::finding_card;

use super::{Action, Context, Outcome, Step};

#[derive(Clone, Debug)]
pub enum Message {
    Settings(settings::Message),
    Export(export::Message),
    /// Show the folder of the last export.
    OpenFolder,
    GoTo(Step),
}

/// The step's own state.
#[derive(Debug, Default)]
pub struct State {
    /// A date of effect being typed, until it reads as a date.
    pub date_typed: Option<String>,
    /// Which files to write, and where.
    pub export: export::Settings,
    /// What the last export wrote: its folder can be opened, and its
    /// remarks stay in view.
    pub exported: Option<Export>,
}

pub fn update(state: &mut State, project: &mut Project, message: Message) -> Outcome {
    match message {
        Message::Settings(settings::Message::DateTyped(typed)) => {
            match settings::parse_date(&typed) {
                Some(date) => {
                    state.date_typed = None;
                    settings::update(project, settings::Message::EffectiveDate(date));
                    Outcome::changed()
                }
                None => {
                    state.date_typed = Some(typed);
                    Outcome::kept()
                }
            }
        }
        Message::Settings(message) => {
            settings::update(project, message);
            Outcome::changed()
        }
        Message::Export(export::Message::ChooseFolder) => {
            let start = state.export.target();
            let chosen = Task::future(export::choose_folder(start)).then(|chosen| match chosen {
                Some(folder) => {
                    let folder = export::Message::Folder(folder.display().to_string());
                    Task::done(super::Message::Review(Message::Export(folder)))
                }
                None => Task::none(),
            });
            Outcome::kept().then(Action::Run(chosen))
        }
        Message::Export(message) => match state.export.update(message, project) {
            Some(status) => {
                state.exported = match &status {
                    Status::Exported(export) => Some(export.clone()),
                    _ => None,
                };
                Outcome::kept().then(Action::Report(status))
            }
            None => Outcome::kept(),
        },
        Message::OpenFolder => match &state.exported {
            Some(export) => Outcome::kept().then(Action::OpenFolder(export.folder.clone())),
            None => Outcome::kept(),
        },
        Message::GoTo(step) => Outcome::kept().then(Action::GoTo(step)),
    }
}

pub fn view<'a>(state: &'a State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let t = |id: &str| i18n.simple(locale, id);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("errors", Severity::Error.count(findings));
    args.set("warnings", Severity::Warning.count(findings));
    args.set("advice", Severity::Info.count(findings));
    let summary = i18n.plain(locale, "app-review-summary", &args);
    // The findings are one child of the form, however many there are, so
    // the fields below keep their place (and their focus) while typing
    // makes findings come and go.
    let mut list = column![].spacing(10);
    for finding in findings {
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
    let document = &project.document;
    let settings_message = Message::Settings;
    let date = state
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
                    move |v| settings_message(settings::Message::Version(v)),
                ),
                crate::ui::widgets::field(
                    t("app-document-date"),
                    Some(t("app-document-date.help")),
                    "document-date",
                    &date,
                    move |v| settings_message(settings::Message::DateTyped(v)),
                ),
            ]
            .spacing(12),
        )
        .push(text(t("app-document-languages")).size(14))
        .push(
            row(i18n.complete_locales().iter().map(|&l| {
                checkbox(document.languages.contains(&l))
                    .label(t(&format!("app-language-{}", l.code())))
                    .on_toggle(move |on| settings_message(settings::Message::Language(l, on)))
                    .text_size(14)
                    .into()
            }))
            .spacing(16),
        );
    let settings = &state.export;
    let languages = row(document.languages.iter().map(|&l| {
        checkbox(!settings.left_out.contains(&l))
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
                checkbox(settings.record)
                    .label(t("app-export-record"))
                    .on_toggle(|on| Message::Export(export::Message::Record(on)))
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
                button(text(t("app-export-open")))
                    .style(theme::outlined)
                    .on_press_maybe(state.exported.as_ref().map(|_| Message::OpenFolder))
                    .padding([8, 14]),
            ]
            .spacing(10),
            export_remarks(state, context),
        ))
        .into()
}

/// What the last export noticed (texts missing in a language, characters
/// the PDF font lacks), as the command line prints it.
fn export_remarks<'a>(state: &State, context: Context) -> Element<'a, Message> {
    let remarks = match &state.exported {
        Some(export) => export.written.remarks(None, context.i18n, context.locale),
        None => Vec::new(),
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
