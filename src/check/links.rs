//! Answers that link one part of the project to another: which purposes
//! each recipient receives data for, which purposes the website's cookies
//! serve, and which purposes are direct marketing.

use super::{Detail, Finding, Rule};
use crate::model::{AudienceKind, CookieCategory, Project, Purpose};

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    if project.purposes.is_empty() {
        // Nothing to link to yet; the missing purposes are a finding of
        // their own.
        return;
    }
    recipients_serve_purposes(project, findings);
    cookies_serve_purposes(project, findings);
    direct_marketing_answered(project, findings);
}

fn recipients_serve_purposes(project: &Project, findings: &mut Vec<Finding>) {
    for (i, recipient) in project.recipients.iter().enumerate() {
        if recipient.purposes.is_empty() {
            findings.push(
                Finding::new(
                    Rule::RecipientServesNoPurpose,
                    format!("recipients[{i}].purposes"),
                )
                .answer(&recipient.name),
            );
        }
    }
}

/// The kinds of cookies that serve a purpose of the organisation's own
/// choosing; strictly necessary and functional cookies serve the website
/// itself, and unclassified ones are a finding of their own.
const CHOSEN: [CookieCategory; 3] = [
    CookieCategory::Analytics,
    CookieCategory::Marketing,
    CookieCategory::SocialMedia,
];

/// One finding per kind of cookie no purpose says it sets, at its first
/// cookie.
fn cookies_serve_purposes(project: &Project, findings: &mut Vec<Finding>) {
    for category in CHOSEN {
        let served = project
            .purposes
            .iter()
            .any(|p| p.cookies.contains(&category));
        let first = project.cookies.iter().position(|c| c.category == category);
        if let (false, Some(i)) = (served, first) {
            findings.push(
                Finding::new(
                    Rule::CookieServesNoPurpose,
                    format!("cookies[{i}].category"),
                )
                .with("category", Detail::Text(category.key().to_owned())),
            );
        }
    }
}

/// Whether a purpose looks like direct marketing: it concerns newsletter
/// subscribers or prospects, or the website sets marketing cookies for it.
fn looks_like_marketing(purpose: &Purpose) -> bool {
    let audiences = [AudienceKind::NewsletterSubscribers, AudienceKind::Prospects];
    purpose
        .audiences
        .iter()
        .any(|key| audiences.iter().any(|kind| kind.key() == key))
        || purpose.cookies.contains(&CookieCategory::Marketing)
}

fn direct_marketing_answered(project: &Project, findings: &mut Vec<Finding>) {
    for (i, purpose) in project.purposes.iter().enumerate() {
        if purpose.direct_marketing.is_none() && looks_like_marketing(purpose) {
            findings.push(
                Finding::new(
                    Rule::DirectMarketingUnanswered,
                    format!("purposes[{i}].direct_marketing"),
                )
                .answer(&purpose.name),
            );
        }
    }
}
