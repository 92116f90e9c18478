//! The questionnaire's steps, in order, and the sidebar that shows each
//! step's findings. Each step lives in its own file with its `Message`,
//! `update` and `view`; this file only routes.

pub mod cookies;
pub mod data;
pub mod organisation;
pub mod purposes;
pub mod recipients;
pub mod review;
pub mod rights;
pub mod settings;

use iced::widget::{button, column, container, text};
use iced::{Element, Length};

use super::App;
use crate::check::{Finding, Severity};
use crate::i18n::I18n;
use crate::model::Project;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Organisation,
    Data,
    Purposes,
    Recipients,
    Cookies,
    Rights,
    Review,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Organisation,
        Step::Data,
        Step::Purposes,
        Step::Recipients,
        Step::Cookies,
        Step::Rights,
        Step::Review,
    ];
    pub const FIRST: Step = Step::Organisation;
    pub const LAST: Step = Step::Review;

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Step {
        Step::ALL[(self.index() + 1).min(Step::ALL.len() - 1)]
    }

    pub fn previous(self) -> Step {
        Step::ALL[self.index().saturating_sub(1)]
    }

    pub fn key(self) -> &'static str {
        match self {
            Step::Organisation => "organisation",
            Step::Data => "data",
            Step::Purposes => "purposes",
            Step::Recipients => "recipients",
            Step::Cookies => "cookies",
            Step::Rights => "rights",
            Step::Review => "review",
        }
    }

    /// The step where the answer at `path` (a finding's field) is given.
    pub fn of_field(path: &str) -> Step {
        let head = path.split(['.', '[']).next().unwrap_or_default();
        match head {
            "organisation" => Step::Organisation,
            "audiences" | "data_categories" | "sources" | "profiles" | "cameras" => Step::Data,
            "purposes" => Step::Purposes,
            "recipients" => Step::Recipients,
            "cookies" | "cookie_consent" | "cookie_policy_elsewhere" => Step::Cookies,
            "recipients_none" | "transfers_outside_eea" => Step::Recipients,
            "cookies_none" => Step::Cookies,
            "sources_none" => Step::Data,
            "automated_decisions" => Step::Purposes,
            "dpo"
            | "privacy_contact"
            | "supervisory_authority"
            | "security_measures"
            | "children"
            | "change_notice"
            | "requests" => Step::Rights,
            _ => Step::Review,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Organisation(organisation::Message),
    Data(data::Message),
    Purposes(purposes::Message),
    Recipients(recipients::Message),
    Cookies(cookies::Message),
    Rights(rights::Message),
    Settings(settings::Message),
}

/// What the steps keep besides the answers: text being typed that is
/// not an answer yet.
#[derive(Debug, Default)]
pub struct State {
    /// The catalogue search on the recipients step.
    pub catalog_query: String,
    /// The path of a cookie list to import, on the cookies step.
    pub import_path: String,
    /// A date of effect being typed, until it reads as a date.
    pub date_typed: Option<String>,
}

/// What a step's update asks of the window besides what it changed in
/// the answers.
#[derive(Debug)]
pub enum Action {
    None,
    /// Show the container with this id at the top of the form.
    Reveal(iced::widget::Id),
    /// Read the cookie list at this path into the answers: the window
    /// reads files and reports on them.
    ImportCookies(std::path::PathBuf),
}

/// Applies `message`: to the steps' own state, or as a change to the
/// answers; returns what else the window must do.
pub fn update(state: &mut State, project: &mut Project, message: Message) -> Action {
    match message {
        Message::Recipients(recipients::Message::Search(query)) => {
            state.catalog_query = query;
            return Action::None;
        }
        Message::Cookies(cookies::Message::ImportPath(path)) => {
            state.import_path = path;
            return Action::None;
        }
        Message::Cookies(cookies::Message::Import) => {
            return Action::ImportCookies(state.import_path.trim().into());
        }
        Message::Settings(settings::Message::DateTyped(typed)) => {
            match settings::parse_date(&typed) {
                Some(date) => {
                    state.date_typed = None;
                    settings::update(project, settings::Message::EffectiveDate(date));
                }
                None => state.date_typed = Some(typed),
            }
            return Action::None;
        }
        Message::Purposes(purposes::Message::Add) => {
            purposes::update(project, purposes::Message::Add);
            // The new purpose is the last card: show its top, where its
            // name is asked.
            let index = project.purposes.len().saturating_sub(1);
            return Action::Reveal(purposes::card_id(index));
        }
        _ => {}
    }
    apply(project, message);
    Action::None
}

/// Applies a change to the answers.
fn apply(project: &mut Project, message: Message) {
    match message {
        Message::Organisation(m) => organisation::update(project, m),
        Message::Data(m) => data::update(project, m),
        Message::Purposes(m) => purposes::update(project, m),
        Message::Recipients(m) => recipients::update(project, m),
        Message::Cookies(m) => cookies::update(project, m),
        Message::Rights(m) => rights::update(project, m),
        Message::Settings(m) => settings::update(project, m),
    }
}

pub fn view<'a>(app: &'a App, i18n: &I18n) -> Element<'a, super::Message> {
    let locale = app.locale;
    let project = &app.project;
    let findings = &app.findings;
    let title = text(i18n.simple(locale, &format!("app-step-{}", app.step.key()))).size(24);
    let intro = text(i18n.simple(locale, &format!("app-step-{}.intro", app.step.key()))).size(14);
    let form: Element<super::Message> = match app.step {
        Step::Organisation => organisation::view(project, findings, i18n, locale)
            .map(|m| super::Message::Step(Message::Organisation(m))),
        Step::Data => data::view(project, findings, i18n, locale)
            .map(|m| super::Message::Step(Message::Data(m))),
        Step::Purposes => purposes::view(project, findings, i18n, locale)
            .map(|m| super::Message::Step(Message::Purposes(m))),
        Step::Recipients => {
            recipients::view(project, &app.steps.catalog_query, findings, i18n, locale)
                .map(|m| super::Message::Step(Message::Recipients(m)))
        }
        Step::Cookies => cookies::view(project, &app.steps.import_path, findings, i18n, locale)
            .map(|m| super::Message::Step(Message::Cookies(m))),
        Step::Rights => rights::view(project, findings, i18n, locale)
            .map(|m| super::Message::Step(Message::Rights(m))),
        Step::Review => review::view(app, i18n),
    };
    column![title, intro, form].spacing(14).into()
}

/// Whether nothing of a step has been answered yet: its answers are all
/// as a project from scratch has them.
fn not_started(project: &Project, step: Step) -> bool {
    let org = &project.organisation;
    match step {
        Step::Organisation => {
            org.name.trim().is_empty()
                && org.email.trim().is_empty()
                && org.address.street.trim().is_empty()
                && org.address.city.trim().is_empty()
        }
        Step::Data => {
            project.audiences.is_empty()
                && project.data_categories.is_empty()
                && project.sources.is_empty()
                && !project.sources_none
        }
        Step::Purposes => project.purposes.is_empty() && project.automated_decisions.is_none(),
        Step::Recipients => {
            project.recipients.is_empty()
                && !project.recipients_none
                && project.transfers_outside_eea.is_none()
        }
        Step::Cookies => {
            project.cookies.is_empty() && !project.cookies_none && project.cookie_consent.is_none()
        }
        Step::Rights => {
            project.dpo == crate::model::Dpo::NotAnswered
                && project.privacy_contact.is_none()
                && project.security_measures.is_empty()
                && project.children.online_services.is_none()
                && project.change_notice.is_empty()
        }
        Step::Review => false,
    }
}

/// How a step stands: not started, questions left to answer, errors,
/// other findings, or complete; never complete while something is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    ToAnswer(usize),
    Errors(usize),
    Warnings(usize),
    Advice(usize),
    Complete,
}

pub fn progress(project: &Project, findings: &[Finding], step: Step) -> Progress {
    if not_started(project, step) {
        return Progress::NotStarted;
    }
    // The last step sums up the whole project.
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|f| step == Step::Review || Step::of_field(&f.item.path) == step)
        .collect();
    let to_answer = here.iter().filter(|f| f.rule.is_unanswered()).count();
    let errors = Severity::Error.count_in(&here);
    if to_answer > 0 {
        Progress::ToAnswer(to_answer)
    } else if errors > 0 {
        Progress::Errors(errors)
    } else if let warnings @ 1.. = Severity::Warning.count_in(&here) {
        Progress::Warnings(warnings)
    } else if !here.is_empty() {
        Progress::Advice(here.len())
    } else {
        Progress::Complete
    }
}

pub fn sidebar<'a>(app: &'a App, i18n: &I18n) -> Element<'a, super::Message> {
    let locale = app.locale;
    let items = Step::ALL.into_iter().enumerate().map(|(i, step)| {
        let (id, count) = match progress(&app.project, &app.findings, step) {
            Progress::NotStarted => ("app-step-not-started", 0),
            Progress::ToAnswer(count) => ("app-step-to-answer", count),
            Progress::Errors(count) => ("app-step-errors", count),
            Progress::Warnings(count) => ("app-step-warnings", count),
            Progress::Advice(count) => ("app-step-advice", count),
            Progress::Complete => ("app-step-done", 0),
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", count);
        let mark = i18n.plain(locale, id, &args);
        let label = format!(
            "{}. {}",
            i + 1,
            i18n.simple(locale, &format!("app-step-{}", step.key()))
        );
        let chosen = step == app.step;
        button(
            // The state under the name, so long names and long states
            // ("2 waarschuwingen") both keep their lines.
            column![text(label).size(14), text(mark).size(12)].spacing(1),
        )
        .style(if chosen {
            button::primary
        } else {
            button::text
        })
        .width(Length::Fill)
        .on_press(super::Message::GoTo(step))
        .into()
    });
    container(column(items).spacing(2))
        .padding(10)
        .width(230)
        .height(Length::Fill)
        .into()
}
