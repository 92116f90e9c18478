//! The questions whose answer decides whether the documents say
//! something, each with three states: not answered, yes, no. An empty list
//! or a missing field is a question not answered yet; only an explicit
//! answer lets the documents say "we do not". The documents, the checks
//! and the wizard all ask here.

use serde::Deserialize;

use crate::jurisdiction;
use crate::model::{Dpo, Project, Recipient};

/// Where a deciding question stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerState {
    NotAnswered,
    /// Two answers say opposite things (a recipient named and "nobody
    /// receives the data"): the documents say neither.
    Contradictory,
    Answered,
}

/// A question whose answer decides what the documents say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum Question {
    /// Where the organisation is established.
    Country,
    DataCategories,
    Purposes,
    Dpo,
    Sources,
    Recipients,
    Transfers,
    AutomatedDecisions,
    SecurityMeasures,
    Children,
    ChangeNotice,
    Cookies,
    CookieConsent,
}

impl Question {
    pub const ALL: [Question; 13] = [
        Question::Country,
        Question::DataCategories,
        Question::Purposes,
        Question::Dpo,
        Question::Sources,
        Question::Recipients,
        Question::Transfers,
        Question::AutomatedDecisions,
        Question::SecurityMeasures,
        Question::Children,
        Question::ChangeNotice,
        Question::Cookies,
        Question::CookieConsent,
    ];

    /// The suffix of its Fluent message (`question-<key>`), which names
    /// the question in placeholders and findings.
    pub fn key(self) -> &'static str {
        match self {
            Question::Country => "country",
            Question::DataCategories => "data-categories",
            Question::Purposes => "purposes",
            Question::Dpo => "dpo",
            Question::Sources => "sources",
            Question::Recipients => "recipients",
            Question::Transfers => "transfers",
            Question::AutomatedDecisions => "automated-decisions",
            Question::SecurityMeasures => "security-measures",
            Question::Children => "children",
            Question::ChangeNotice => "change-notice",
            Question::Cookies => "cookies",
            Question::CookieConsent => "cookie-consent",
        }
    }

    /// The field of the project file that answers it.
    pub fn path(self) -> &'static str {
        match self {
            Question::Country => "organisation.address.country",
            Question::DataCategories => "data_categories",
            Question::Purposes => "purposes",
            Question::Dpo => "dpo",
            Question::Sources => "sources",
            Question::Recipients => "recipients",
            Question::Transfers => "transfers_outside_eea",
            Question::AutomatedDecisions => "automated_decisions",
            Question::SecurityMeasures => "security_measures",
            Question::Children => "children.online_services",
            Question::ChangeNotice => "change_notice",
            Question::Cookies => "cookies",
            Question::CookieConsent => "cookie_consent",
        }
    }

    /// Whether the question is asked of this project at all: how consent
    /// for cookies is asked only matters when a cookie needs it, and
    /// neither cookie question when the cookie policy is published
    /// elsewhere.
    pub fn applies(self, project: &Project) -> bool {
        let elsewhere = project.cookie_policy_elsewhere.is_some();
        match self {
            Question::Cookies => !elsewhere,
            Question::CookieConsent => {
                !elsewhere
                    && project
                        .cookies
                        .iter()
                        .any(|c| project.needs_consent(c.category))
            }
            _ => true,
        }
    }

    pub fn state(self, project: &Project) -> AnswerState {
        match self {
            Question::Country => answered_if(project.organisation.address.country.is_some()),
            Question::DataCategories => answered_if(!project.data_categories.is_empty()),
            Question::Purposes => answered_if(!project.purposes.is_empty()),
            Question::Dpo => answered_if(project.dpo != Dpo::NotAnswered),
            Question::Sources => listed(!project.sources.is_empty(), project.sources_none),
            Question::Recipients => listed(!project.recipients.is_empty(), project.recipients_none),
            Question::Transfers => transfers(project),
            Question::AutomatedDecisions => declared(
                project.purposes.iter().any(|p| {
                    p.automated_decision
                        .as_ref()
                        .is_some_and(|d| d.under_art22())
                }),
                project.automated_decisions,
            ),
            Question::SecurityMeasures => answered_if(!project.security_measures.is_empty()),
            Question::Children => answered_if(project.children.online_services.is_some()),
            Question::ChangeNotice => answered_if(!project.change_notice.is_empty()),
            Question::Cookies => listed(!project.cookies.is_empty(), project.cookies_none),
            Question::CookieConsent => answered_if(project.cookie_consent.is_some()),
        }
    }

    /// Answered, without contradiction, or not asked of this project.
    pub fn is_settled(self, project: &Project) -> bool {
        !self.applies(project) || self.state(project) == AnswerState::Answered
    }
}

fn answered_if(answered: bool) -> AnswerState {
    if answered {
        AnswerState::Answered
    } else {
        AnswerState::NotAnswered
    }
}

/// A list with an explicit "none": items answer yes, "none" answers no,
/// both at once contradict each other.
fn listed(has_items: bool, none: bool) -> AnswerState {
    match (has_items, none) {
        (true, true) => AnswerState::Contradictory,
        (false, false) => AnswerState::NotAnswered,
        _ => AnswerState::Answered,
    }
}

/// A yes-or-no answer that details elsewhere may also give: the details
/// answer yes, a "no" beside them contradicts them, a "yes" without them
/// is not yet answered.
fn declared(has_details: bool, said: Option<bool>) -> AnswerState {
    match (has_details, said) {
        (true, Some(false)) => AnswerState::Contradictory,
        (true, _) | (false, Some(false)) => AnswerState::Answered,
        (false, _) => AnswerState::NotAnswered,
    }
}

/// Recipients outside the EEA answer yes. A recipient with a safeguard for
/// a transfer but no country outside the EEA means a transfer the
/// documents cannot place: with "no transfers" it contradicts, without it
/// the question stays open.
fn transfers(project: &Project) -> AnswerState {
    let outside = project.recipients.iter().any(is_outside_eea);
    let unplaced = project
        .recipients
        .iter()
        .any(|r| r.safeguard.is_some() && !is_outside_eea(r));
    match (outside, unplaced, project.transfers_outside_eea) {
        (_, true, Some(false)) => AnswerState::Contradictory,
        (false, true, _) => AnswerState::NotAnswered,
        (outside, _, said) => declared(outside, said),
    }
}

/// Whether a recipient processes the data outside the EEA, as far as
/// its country is known. The one place that answers it.
pub fn is_outside_eea(recipient: &Recipient) -> bool {
    recipient.outside_eea_unstated
        || recipient
            .processing_countries()
            .any(|c| !jurisdiction::is_eea(c))
}

/// Whether the documents say that data leaves the EEA: only when answered
/// so, by a recipient outside it.
pub fn transfers_yes(project: &Project) -> bool {
    Question::Transfers.state(project) == AnswerState::Answered
        && project.recipients.iter().any(is_outside_eea)
}

/// Whether the documents describe decisions taken by automated means
/// only: answered so, without contradiction.
pub fn automated_decisions_yes(project: &Project) -> bool {
    Question::AutomatedDecisions.state(project) == AnswerState::Answered
        && project.purposes.iter().any(|p| {
            p.automated_decision
                .as_ref()
                .is_some_and(|d| d.under_art22())
        })
}
