//! The questionnaire's steps, in order, and the sidebar that shows each
//! step's findings. Each step lives in its own file, with one contract:
//! its `Message`, its own `State` (what is typed or chosen that is not an
//! answer), `update(&mut State, &mut Project, Message) -> Outcome`, which
//! says whether the answers changed, and `view(&State, &Project, Context)`.
//! This file only routes; the window never looks inside a step's messages.

pub mod cookies;
pub mod data;
pub mod organisation;
pub mod purposes;
pub mod recipients;
pub mod review;
pub mod rights;

use iced::widget::{button, column, container, text};
use iced::{Element, Length};

use iced::Task;

use super::{App, Status};
use crate::check::{Finding, Severity};
use crate::i18n::I18n;
use crate::model::{Locale, Project};

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
    Review(review::Message),
}

/// What every step's view is given besides its own state and the answers.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub i18n: &'a I18n,
    pub locale: Locale,
    /// Everything the checks found in the answers.
    pub findings: &'a [Finding],
}

/// What a step's update did: whether it changed the answers (or only the
/// step's own state), and what else the window must do.
pub struct Outcome {
    pub changed: bool,
    pub action: Action,
}

impl Outcome {
    /// The answers changed, and that is all.
    pub fn changed() -> Outcome {
        Outcome {
            changed: true,
            action: Action::None,
        }
    }

    /// Only the step's own state changed, or nothing.
    pub fn kept() -> Outcome {
        Outcome {
            changed: false,
            action: Action::None,
        }
    }

    pub fn then(self, action: Action) -> Outcome {
        Outcome { action, ..self }
    }
}

/// What a step asks of the window besides what it changed in the answers.
pub enum Action {
    None,
    /// Show the container with this id at the top of the form.
    Reveal(iced::widget::Id),
    /// Read the cookie list at this path into the answers: the window
    /// reads files and reports on them.
    ImportCookies(std::path::PathBuf),
    /// Run this task; what it yields goes back to the steps.
    Run(Task<Message>),
    /// Say this in the status line.
    Report(Status),
    /// Show this folder in the desktop's file manager.
    OpenFolder(std::path::PathBuf),
    /// Go to this step.
    GoTo(Step),
}

/// Each step's own state: what is typed or chosen that is not an answer.
#[derive(Debug, Default)]
pub struct State {
    pub organisation: organisation::State,
    pub data: data::State,
    pub purposes: purposes::State,
    pub recipients: recipients::State,
    pub cookies: cookies::State,
    pub rights: rights::State,
    pub review: review::State,
}

/// A change to the answers, as the steps report it.
pub struct Change {
    /// The field it typed into, when it was typing: typing on in one
    /// field is one change to undo.
    pub typing: Option<String>,
}

/// What [`update`] did.
pub struct Update {
    /// `Some` when the answers changed.
    pub change: Option<Change>,
    pub action: Action,
}

/// Passes `message` to its step, and reports whether the answers changed
/// and what else the window must do. Only the steps look inside their
/// messages.
pub fn update(state: &mut State, project: &mut Project, message: Message) -> Update {
    let typing = typed_field(&message);
    let outcome = match message {
        Message::Organisation(m) => organisation::update(&mut state.organisation, project, m),
        Message::Data(m) => data::update(&mut state.data, project, m),
        Message::Purposes(m) => purposes::update(&mut state.purposes, project, m),
        Message::Recipients(m) => recipients::update(&mut state.recipients, project, m),
        Message::Cookies(m) => cookies::update(&mut state.cookies, project, m),
        Message::Rights(m) => rights::update(&mut state.rights, project, m),
        Message::Review(m) => review::update(&mut state.review, project, m),
    };
    Update {
        change: outcome.changed.then_some(Change { typing }),
        action: outcome.action,
    }
}

/// The field a message types into, when it carries typed text: by the
/// steps' convention the typed text is a message's last value, so the
/// message's text before that value names the step, the field and the
/// item (`Purposes(Name(0, nl, `). Deriving it from the message keeps the
/// steps free of undo bookkeeping.
pub fn typed_field(message: &impl std::fmt::Debug) -> Option<String> {
    let written = format!("{message:?}");
    let value_end = written.trim_end_matches(')');
    if !value_end.ends_with('"') {
        return None;
    }
    written.find('"').map(|start| written[..start].to_owned())
}

/// The form of `step`, with its title and introduction.
pub fn view<'a>(
    step: Step,
    state: &'a State,
    project: &'a Project,
    context: Context,
) -> Element<'a, Message> {
    let (i18n, locale) = (context.i18n, context.locale);
    let title = text(i18n.simple(locale, &format!("app-step-{}", step.key()))).size(24);
    let intro = text(i18n.simple(locale, &format!("app-step-{}.intro", step.key()))).size(14);
    let form: Element<Message> = match step {
        Step::Organisation => {
            organisation::view(&state.organisation, project, context).map(Message::Organisation)
        }
        Step::Data => data::view(&state.data, project, context).map(Message::Data),
        Step::Purposes => purposes::view(&state.purposes, project, context).map(Message::Purposes),
        Step::Recipients => {
            recipients::view(&state.recipients, project, context).map(Message::Recipients)
        }
        Step::Cookies => cookies::view(&state.cookies, project, context).map(Message::Cookies),
        Step::Rights => rights::view(&state.rights, project, context).map(Message::Rights),
        Step::Review => review::view(&state.review, project, context).map(Message::Review),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_names_its_field_and_toggles_do_not() {
        use crate::model::Locale;
        use crate::ui::steps::{Message, purposes};
        let name = purposes::Message::Name(2, Locale::NL, "Bakkerij \"De Hoek\"".into());
        let typed = typed_field(&Message::Purposes(name));
        assert_eq!(typed.as_deref(), Some("Purposes(Name(2, nl, "));
        let toggle = purposes::Message::Audience(2, "customers".into(), true);
        assert_eq!(typed_field(&Message::Purposes(toggle)), None);
    }
}
