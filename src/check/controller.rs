//! Who is responsible and how people reach them: the controller's identity,
//! its representative, the DPO, the channel for requests and the authority
//! to complain to.

use super::{Detail, Finding, Rule};
use crate::identifier;
use crate::jurisdiction;
use crate::model::{AudienceKind, Contact, Dpo, Project, Purpose};

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    identity(project, findings);
    representative(project, findings);
    dpo(project, findings);
    rights_channel(project, findings);
    authority(project, findings);
}

fn identity(project: &Project, findings: &mut Vec<Finding>) {
    let org = &project.organisation;
    if org.name.trim().is_empty() {
        findings.push(Finding::new(
            Rule::ControllerNameMissing,
            "organisation.name",
        ));
    }
    if let Some(form) = org.legal_form.as_deref().map(str::trim)
        && !form.is_empty()
        && name_ends_in(&org.name, form)
    {
        findings.push(
            Finding::new(Rule::ControllerNameHasLegalForm, "organisation.name")
                .with("form", Detail::Text(form.to_owned())),
        );
    }
    let address = &org.address;
    if [&address.street, &address.postcode, &address.city]
        .iter()
        .any(|part| part.trim().is_empty())
    {
        findings.push(Finding::new(
            Rule::ControllerAddressIncomplete,
            "organisation.address",
        ));
    }
    let has_number = org
        .enterprise_number
        .as_deref()
        .is_some_and(|n| !n.trim().is_empty());
    if let Some(country) = &address.country
        && !has_number
        && jurisdiction::company_numbers(country).is_some()
    {
        findings.push(
            Finding::new(
                Rule::EnterpriseNumberMissing,
                "organisation.enterprise_number",
            )
            .with("country", Detail::Country(country.clone())),
        );
    }
}

/// Whether `name` already ends in the legal form, which the documents add
/// after it ("Bakkerij Janssens BV" + "BV" would print "BV BV"). Dots and
/// case do not matter: "B.V." is "BV".
fn name_ends_in(name: &str, form: &str) -> bool {
    let bare = |text: &str| {
        text.chars()
            .filter(|c| *c != '.')
            .collect::<String>()
            .to_lowercase()
    };
    let (name, form) = (bare(name), bare(form));
    name.trim_end()
        .strip_suffix(form.trim())
        .is_some_and(|rest| rest.ends_with(char::is_whitespace))
}

/// Whether a contact gives any way to reach them.
fn reachable(contact: &Contact) -> bool {
    let filled = |field: &Option<String>| field.as_deref().is_some_and(|v| !v.trim().is_empty());
    filled(&contact.email) || filled(&contact.phone) || contact.address.is_some()
}

fn representative(project: &Project, findings: &mut Vec<Finding>) {
    let org = &project.organisation;
    let outside_eea = org
        .address
        .country
        .as_ref()
        .filter(|country| !jurisdiction::is_eea(country));
    match (&org.representative, outside_eea) {
        (None, Some(country)) => findings.push(
            Finding::new(Rule::RepresentativeMissing, "organisation.representative")
                .with("country", Detail::Country(country.clone())),
        ),
        (Some(contact), _) if !reachable(contact) => findings.push(Finding::new(
            Rule::RepresentativeContactMissing,
            "organisation.representative",
        )),
        _ => {}
    }
}

fn dpo(project: &Project, findings: &mut Vec<Finding>) {
    match &project.dpo {
        Dpo::Appointed(dpo) if !reachable(dpo) => {
            findings.push(Finding::new(Rule::DpoContactMissing, "dpo"));
        }
        Dpo::Appointed(_) => {}
        Dpo::NotAnswered | Dpo::NotAppointed | Dpo::NotAppointedBecause(_) => {
            if let Some(purpose) = special_category_purpose(project) {
                findings.push(
                    Finding::new(Rule::DpoLikelyRequired, "dpo")
                        .with("purpose", Detail::Answer(purpose.name.clone())),
                );
            }
        }
    }
}

/// The first purpose that processes special-category data of people
/// other than the organisation's own staff.
///
/// Art. 37(1)(c) requires a DPO when the core activities consist of
/// large-scale processing of special categories. The project does not say
/// how large the processing is, so any purpose that uses such data about
/// patients, members, clients or anyone else, whatever the owner calls
/// them, is taken as a sign; the owner judges the scale (a single
/// practitioner is usually not large-scale, a group practice, lab or
/// hospital is). Staff and applicants are left out: personnel records are
/// an ancillary activity of every employer, not a core one.
fn special_category_purpose(project: &Project) -> Option<&Purpose> {
    let staff = [
        AudienceKind::Employees.key(),
        AudienceKind::Applicants.key(),
    ];
    project.purposes.iter().find(|purpose| {
        let others = purpose
            .audiences
            .iter()
            .any(|key| !staff.contains(&key.as_str()));
        others
            && purpose.data.iter().any(|key| {
                project
                    .data_category(key)
                    .is_some_and(|c| c.kind.is_special())
            })
    })
}

/// An address that mail can reach: well formed and not a template's
/// example address.
pub(super) fn usable_email(address: &str) -> bool {
    identifier::is_email(address) && !identifier::is_placeholder(address)
}

/// Requests go to the privacy e-mail address; without a usable one the
/// statement names rights that nobody can exercise.
fn rights_channel(project: &Project, findings: &mut Vec<Finding>) {
    let (path, address) = project.privacy_email_field();
    if !usable_email(address) {
        findings.push(Finding::new(Rule::RightsChannelMissing, path));
    }
}

fn authority(project: &Project, findings: &mut Vec<Finding>) {
    let country = &project.organisation.address.country;
    let entered = project.supervisory_authority.as_ref();
    let named = entered
        .or_else(|| country.as_ref().and_then(jurisdiction::authority))
        .is_some_and(|authority| !authority.name.is_blank());
    // Without a country the unanswered country is the finding.
    if let (false, Some(country)) = (named, country) {
        findings.push(
            Finding::new(Rule::AuthorityMissing, "supervisory_authority")
                .with("country", Detail::Country(country.clone())),
        );
    }
    if let Some(authority) = entered {
        let former = authority
            .name
            .texts()
            .any(jurisdiction::is_former_authority);
        if former {
            findings.push(
                Finding::new(Rule::AuthorityFormer, "supervisory_authority.name")
                    .answer(&authority.name),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::name_ends_in;

    #[test]
    fn a_legal_form_at_the_end_of_the_name_is_found() {
        assert!(name_ends_in("Bakkerij Janssens BV", "BV"));
        assert!(name_ends_in("Bakkerij Janssens B.V.", "bv"));
        assert!(!name_ends_in("Bakkerij Janssens", "BV"));
        assert!(!name_ends_in("NV Bekaert", "NV"));
        assert!(!name_ends_in("Kaasbv", "BV"));
    }
}
