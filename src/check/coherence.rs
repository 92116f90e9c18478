//! Answers that do not fit together: a third-party cookie from a company
//! the recipients do not name, a contract basis for people who are not
//! party to the contract, groups and kinds of data no purpose uses, and a
//! privacy address that looks like someone's own mailbox.

use super::{Detail, Finding, Label, Rule};
use crate::model::{Audience, AudienceKind, Contact, LegalBasis, Party, Project};

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    providers_among_recipients(project, findings);
    contract_parties(project, findings);
    unused(project, findings);
    personal_mailbox(project, findings);
}

/// A third party reads its cookies' data, so it receives personal data
/// and belongs among the recipients (Art. 13(1)(e)).
fn providers_among_recipients(project: &Project, findings: &mut Vec<Finding>) {
    let mut reported: Vec<String> = Vec::new();
    for (i, cookie) in project.cookies.iter().enumerate() {
        let provider = cookie.provider.trim();
        if cookie.party != Party::Third || provider.is_empty() {
            continue;
        }
        let named = project
            .recipients
            .iter()
            .any(|r| r.name.texts().any(|name| same_company(name, provider)));
        if !named && !reported.iter().any(|p| p == provider) {
            reported.push(provider.to_owned());
            findings.push(
                Finding::new(Rule::CookieProviderNotRecipient, format!("cookies[{i}]"))
                    .with("provider", Detail::Text(provider.to_owned())),
            );
        }
    }
}

/// Whether two names denote the same company: one contains the other,
/// ignoring case and what is said between brackets ("Google (YouTube)"
/// and "Google Ireland Limited").
fn same_company(a: &str, b: &str) -> bool {
    let bare = |name: &str| {
        let name = name.split('(').next().unwrap_or_default();
        name.trim().to_lowercase()
    };
    let (a, b) = (bare(a), bare(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Groups of people who are, as a rule, not party to the organisation's
/// contract: a website visitor, a newsletter reader, a supplier's contact
/// person (the supplier is the party). Art. 6(1)(b) does not cover them.
const NOT_PARTY: [AudienceKind; 3] = [
    AudienceKind::WebsiteVisitors,
    AudienceKind::NewsletterSubscribers,
    AudienceKind::Suppliers,
];

fn contract_parties(project: &Project, findings: &mut Vec<Finding>) {
    for (i, purpose) in project.purposes.iter().enumerate() {
        for key in &purpose.audiences {
            let not_party = NOT_PARTY.iter().any(|kind| kind.key() == key.as_str());
            // The terms that apply to this audience: its own, else the
            // purpose's.
            let terms = purpose.terms();
            let Some(applying) = terms
                .iter()
                .find(|t| t.audience == Some(key.as_str()))
                .or_else(|| terms.iter().find(|t| t.audience.is_none()))
            else {
                continue;
            };
            if not_party && applying.legal_basis == Some(LegalBasis::Contract) {
                findings.push(
                    Finding::new(Rule::ContractBasisNonParty, applying.path(i, "legal_basis"))
                        .answer(&purpose.name)
                        .with("audience", audience_name(project, key)),
                );
            }
        }
    }
}

fn unused(project: &Project, findings: &mut Vec<Finding>) {
    if project.purposes.is_empty() {
        return;
    }
    for (i, audience) in project.audiences.iter().enumerate() {
        let used = project
            .purposes
            .iter()
            .any(|p| p.audiences.iter().any(|k| k == audience.key()));
        if !used {
            let label = match audience {
                Audience::Standard(kind) => Label::Message(format!("audience-{}", kind.key())),
                Audience::Custom { name, .. } => Label::Answer(name.clone()),
            };
            findings.push(
                Finding::new(Rule::AudienceUnused, format!("audiences[{i}]")).labelled(label),
            );
        }
    }
    for (i, category) in project.data_categories.iter().enumerate() {
        let used = project
            .purposes
            .iter()
            .any(|p| p.data.iter().any(|k| k == category.key()));
        if !used {
            let label = match &category.kind {
                crate::model::DataCategoryKind::Custom { name, .. } => Label::Answer(name.clone()),
                kind => Label::Message(format!("data-{}", kind.key())),
            };
            findings.push(
                Finding::new(Rule::DataUnused, format!("data_categories[{i}]")).labelled(label),
            );
        }
    }
}

/// Mail providers people use for their own mailbox.
const PERSONAL_PROVIDERS: [&str; 12] = [
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.be",
    "outlook.com",
    "live.com",
    "live.be",
    "yahoo.com",
    "icloud.com",
    "telenet.be",
    "skynet.be",
    "proximus.be",
];

/// Words that name a role or a team rather than a person ("Privacy
/// desk"), so an address that contains them is no one's own.
const ROLE_WORDS: [&str; 14] = [
    "privacy",
    "desk",
    "team",
    "info",
    "office",
    "support",
    "contact",
    "service",
    "dpo",
    "gdpr",
    "data",
    "protection",
    "officer",
    "helpdesk",
];

/// Requests and complaints should reach the organisation, not one
/// person's own mailbox, which nobody reads when that person is away or
/// gone: a free-mail address, or one named after the privacy contact.
fn personal_mailbox(project: &Project, findings: &mut Vec<Finding>) {
    let (path, address) = project.privacy_email_field();
    let mut addresses = vec![(path.to_owned(), address, project.privacy_contact.as_ref())];
    if let Some(complaints) = &project.requests.complaints
        && let Some(address) = complaints.email.as_deref()
    {
        addresses.push((
            "requests.complaints.email".to_owned(),
            address,
            Some(complaints),
        ));
    }
    for (path, address, contact) in addresses {
        if looks_personal(address, contact) {
            findings.push(
                Finding::new(Rule::PersonalMailbox, path)
                    .with("address", Detail::Text(address.trim().to_lowercase())),
            );
        }
    }
}

/// A free-mail address, or one named after the person it belongs to.
fn looks_personal(address: &str, contact: Option<&Contact>) -> bool {
    let address = address.trim().to_lowercase();
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let named_after_contact = contact.map(|c| c.name.to_lowercase()).is_some_and(|name| {
        name.split(|c: char| !c.is_alphabetic())
            .filter(|part| part.chars().count() > 2 && !ROLE_WORDS.contains(part))
            .any(|part| local.contains(part))
    });
    PERSONAL_PROVIDERS.contains(&domain) || named_after_contact
}

/// The name of the audience `key`, in the reader's language when shown.
fn audience_name(project: &Project, key: &str) -> Detail {
    match project.audience(key) {
        Some(Audience::Custom { name, .. }) => Detail::Answer(name.clone()),
        _ => Detail::Message(format!("audience-{key}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_is_recognised_by_part_of_its_name() {
        assert!(same_company("Google Ireland Limited", "Google"));
        assert!(same_company("meta", "Meta Platforms Ireland"));
        assert!(same_company("Google (YouTube)", "Google Ireland Limited"));
        assert!(!same_company("Mollie", "Google"));
    }
}
