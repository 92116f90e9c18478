//! The questions that decide what the documents say: each must be
//! answered, and answered without contradicting another answer.

use super::{Detail, Finding, Rule};
use crate::model::{ChangeChannel, Project, Requests, SecurityMeasure};
use crate::questions::{AnswerState, Question};

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    for question in Question::ALL {
        if !question.applies(project) {
            continue;
        }
        let rule = match question.state(project) {
            AnswerState::Answered => continue,
            AnswerState::NotAnswered => unanswered(question),
            AnswerState::Contradictory => contradictory(question),
        };
        findings.push(Finding::new(rule, question.path()));
    }
    for (i, source) in project.sources.iter().enumerate() {
        if source.publicly_accessible.is_none() {
            findings.push(
                Finding::new(
                    Rule::SourcePublicUnanswered,
                    format!("sources[{i}].publicly_accessible"),
                )
                .answer(&source.description),
            );
        }
    }
    if project
        .security_measures
        .contains(&SecurityMeasure::Encryption)
    {
        findings.push(Finding::new(Rule::EncryptionUnplaced, "security_measures"));
    }
    let no_website = project
        .organisation
        .websites
        .iter()
        .all(|w| w.trim().is_empty());
    if no_website && project.change_notice.contains(&ChangeChannel::Website) {
        findings.push(Finding::new(Rule::ChangeWebsiteMissing, "change_notice"));
    }
    if project
        .requests
        .response_days
        .is_some_and(|days| days > Requests::MONTH_IN_DAYS)
    {
        findings.push(
            Finding::new(Rule::ResponseTooSlow, "requests.response_days")
                .with("days", Detail::Number(u32::from(Requests::MONTH_IN_DAYS))),
        );
    }
    let no_phone = project
        .organisation
        .phone
        .as_deref()
        .is_none_or(|p| p.trim().is_empty());
    if project.requests.by_phone && no_phone {
        findings.push(Finding::new(Rule::RequestPhoneMissing, "requests.by_phone"));
    }
    if project.document.version.trim().is_empty() {
        findings.push(Finding::new(
            Rule::DocumentVersionMissing,
            "document.version",
        ));
    }
}

fn unanswered(question: Question) -> Rule {
    match question {
        Question::Country => Rule::CountryUnanswered,
        Question::DataCategories => Rule::DataCategoriesUnanswered,
        Question::Purposes => Rule::PurposesMissing,
        Question::Dpo => Rule::DpoUnanswered,
        Question::Sources => Rule::SourcesUnanswered,
        Question::Recipients => Rule::RecipientsUnanswered,
        Question::Transfers => Rule::TransfersUnanswered,
        Question::AutomatedDecisions => Rule::AutomatedDecisionsUnanswered,
        Question::SecurityMeasures => Rule::SecurityMeasuresUnanswered,
        Question::Children => Rule::ChildrenUnanswered,
        Question::ChangeNotice => Rule::ChangeNoticeUnanswered,
        Question::Cookies => Rule::CookiesUnanswered,
        Question::CookieConsent => Rule::CookieConsentUnanswered,
    }
}

/// Only questions answered by a list or by details elsewhere can
/// contradict themselves; the others are answered or not.
fn contradictory(question: Question) -> Rule {
    match question {
        Question::Sources => Rule::SourcesContradictory,
        Question::Recipients => Rule::RecipientsContradictory,
        Question::Transfers => Rule::TransfersContradictory,
        Question::AutomatedDecisions => Rule::AutomatedDecisionsContradictory,
        Question::Cookies => Rule::CookiesContradictory,
        other => unanswered(other),
    }
}
