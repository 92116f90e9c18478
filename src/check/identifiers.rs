//! The numbers, addresses and links a reader will copy: company and VAT
//! numbers, e-mail addresses, phone numbers and web links, each checked by
//! [`crate::identifier`].

use super::controller::usable_email;
use super::{Detail, Finding, Label, Rule};
use crate::identifier;
use crate::jurisdiction::{self, CompanyNumbers};
use crate::model::{Contact, Project};

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    company_numbers(project, findings);
    let (rights_channel, _) = project.privacy_email_field();
    for (path, address) in emails(project) {
        // An unusable rights channel is already an error of its own.
        if path == rights_channel && !usable_email(address) {
            continue;
        }
        if !identifier::is_email(address) {
            findings.push(invalid(Rule::EmailInvalid, path, address));
        } else if identifier::is_placeholder(address) {
            findings.push(invalid(Rule::Placeholder, path, address));
        }
    }
    for (path, phone) in phones(project) {
        if !identifier::is_phone_number(phone) {
            findings.push(invalid(Rule::PhoneInvalid, path, phone));
        }
    }
    for (path, link, label) in links(project) {
        let rule = if !identifier::is_link(link) {
            Rule::LinkInvalid
        } else if identifier::is_placeholder(link) {
            Rule::Placeholder
        } else {
            continue;
        };
        let mut finding = invalid(rule, path, link);
        finding.item.label = label;
        findings.push(finding);
    }
}

fn invalid(rule: Rule, path: String, value: &str) -> Finding {
    Finding::new(rule, path).with("value", Detail::Text(value.trim().to_owned()))
}

fn company_numbers(project: &Project, findings: &mut Vec<Finding>) {
    let org = &project.organisation;
    let Some(scheme) = org
        .address
        .country
        .as_ref()
        .and_then(jurisdiction::company_numbers)
    else {
        return;
    };
    let number = filled(&org.enterprise_number);
    let vat = filled(&org.vat_number);
    const NUMBER: &str = "organisation.enterprise_number";
    const VAT: &str = "organisation.vat_number";
    match scheme {
        CompanyNumbers::Belgian => {
            let enterprise = number.map(|n| (n, identifier::belgian_enterprise_number(n)));
            if let Some((text, None)) = enterprise {
                findings.push(invalid(
                    Rule::BelgianEnterpriseNumberInvalid,
                    NUMBER.into(),
                    text,
                ));
            }
            match (
                vat.map(|v| (v, identifier::belgian_vat_number(v))),
                enterprise,
            ) {
                (Some((text, None)), _) => {
                    findings.push(invalid(Rule::BelgianVatNumberInvalid, VAT.into(), text));
                }
                (Some((text, Some(vat_digits))), Some((number, Some(digits))))
                    if vat_digits != digits =>
                {
                    findings.push(
                        invalid(Rule::BelgianVatNumberMismatch, VAT.into(), text)
                            .with("number", Detail::Text(number.to_owned())),
                    );
                }
                _ => {}
            }
        }
        CompanyNumbers::Dutch => {
            if let Some(text) = number.filter(|n| !identifier::is_dutch_kvk_number(n)) {
                findings.push(invalid(Rule::DutchKvkNumberInvalid, NUMBER.into(), text));
            }
            if let Some(text) = vat.filter(|v| !identifier::is_dutch_vat_number(v)) {
                findings.push(invalid(Rule::DutchVatNumberInvalid, VAT.into(), text));
            }
        }
    }
}

fn filled(field: &Option<String>) -> Option<&str> {
    field
        .as_deref()
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

/// The people and offices the documents give contact details for, with
/// the path of each in the project file.
fn contacts(project: &Project) -> Vec<(String, &Contact)> {
    let own = [
        (
            "organisation.representative",
            project.organisation.representative.as_ref(),
        ),
        ("dpo", project.dpo.contact()),
        ("privacy_contact", project.privacy_contact.as_ref()),
        ("requests.complaints", project.requests.complaints.as_ref()),
    ]
    .into_iter()
    .filter_map(|(path, contact)| contact.map(|c| (path.to_owned(), c)));
    let recipients = project.recipients.iter().enumerate().filter_map(|(i, r)| {
        r.contact
            .as_ref()
            .map(|c| (format!("recipients[{i}].contact"), c))
    });
    own.chain(recipients).collect()
}

/// Every e-mail address the documents show, with its path; blank ones are
/// left to the rules that need them.
fn emails(project: &Project) -> Vec<(String, &str)> {
    let mut found = vec![(
        "organisation.email".to_owned(),
        project.organisation.email.as_str(),
    )];
    for (path, contact) in contacts(project) {
        if let Some(email) = &contact.email {
            found.push((format!("{path}.email"), email.as_str()));
        }
    }
    if let Some(email) = project
        .supervisory_authority
        .as_ref()
        .and_then(|a| a.email.as_ref())
    {
        found.push(("supervisory_authority.email".to_owned(), email.as_str()));
    }
    found.retain(|(_, email)| !email.trim().is_empty());
    found
}

fn phones(project: &Project) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    if let Some(phone) = &project.organisation.phone {
        found.push(("organisation.phone".to_owned(), phone.as_str()));
    }
    for (path, contact) in contacts(project) {
        if let Some(phone) = &contact.phone {
            found.push((format!("{path}.phone"), phone.as_str()));
        }
    }
    if let Some(phone) = project
        .supervisory_authority
        .as_ref()
        .and_then(|a| a.phone.as_ref())
    {
        found.push(("supervisory_authority.phone".to_owned(), phone.as_str()));
    }
    found.retain(|(_, phone)| !phone.trim().is_empty());
    found
}

/// Every web link the documents show, with its path and, for a
/// recipient's privacy policy, the recipient's name.
fn links(project: &Project) -> Vec<(String, &str, Option<Label>)> {
    let mut found = Vec::new();
    for (index, site) in project.organisation.websites.iter().enumerate() {
        found.push((
            format!("organisation.websites[{index}]"),
            site.as_str(),
            None,
        ));
    }
    for (index, recipient) in project.recipients.iter().enumerate() {
        if let Some(policy) = &recipient.privacy_policy {
            found.push((
                format!("recipients[{index}].privacy_policy"),
                policy.as_str(),
                Some(Label::Answer(recipient.name.clone())),
            ));
        }
    }
    if let Some(form) = &project.requests.web_form {
        found.push(("requests.web_form".to_owned(), form.as_str(), None));
    }
    if let Some(policy) = &project.cookie_policy_elsewhere {
        found.push(("cookie_policy_elsewhere".to_owned(), policy.as_str(), None));
    }
    if let Some(website) = project
        .supervisory_authority
        .as_ref()
        .and_then(|a| a.website.as_ref())
    {
        for site in website.texts() {
            found.push(("supervisory_authority.website".to_owned(), site, None));
        }
    }
    found.retain(|(_, link, _)| !link.trim().is_empty());
    found
}
