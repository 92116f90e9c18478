//! Who receives the data, and whether data leaving the EEA goes on terms
//! that exist: an adequacy decision the Commission really took, the Data
//! Privacy Framework only for the United States, or another safeguard.

use super::{Detail, Finding, Rule};
use crate::jurisdiction;
use crate::model::{Country, Project, Recipient, RecipientRole, Scc, TransferSafeguard};

/// Clauses of a repealed decision: since 27 December 2022 transfers need
/// those of Decision (EU) 2021/914.
fn repealed_clauses(project: &Project, findings: &mut Vec<Finding>) {
    for (i, recipient) in project.recipients.iter().enumerate() {
        if let Some(scc) = recipient.scc.filter(|s| !matches!(s, Scc::Current(_))) {
            findings.push(
                Finding::new(Rule::SccRepealed, format!("recipients[{i}].scc"))
                    .answer(&recipient.name)
                    .with("decision", Detail::Text(scc.decision().to_owned())),
            );
        }
    }
}

/// Art. 26(2): the essence of a joint-controller arrangement is made
/// available to people; the statement is where they look for it.
fn arrangements(project: &Project, findings: &mut Vec<Finding>) {
    for (i, recipient) in project.recipients.iter().enumerate() {
        let stated = recipient
            .arrangement
            .as_ref()
            .is_some_and(|a| !a.is_blank());
        if recipient.role == Some(RecipientRole::JointController) && !stated {
            findings.push(
                Finding::new(
                    Rule::JointArrangementMissing,
                    format!("recipients[{i}].arrangement"),
                )
                .answer(&recipient.name),
            );
        }
    }
}

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    arrangements(project, findings);
    repealed_clauses(project, findings);
    for (index, recipient) in project.recipients.iter().enumerate() {
        let finding = |rule, field: &str| {
            Finding::new(rule, format!("recipients[{index}].{field}")).answer(&recipient.name)
        };
        if recipient.name.is_blank() {
            findings.push(Finding::new(
                Rule::RecipientNameMissing,
                format!("recipients[{index}].name"),
            ));
        }
        if recipient.role.is_none() {
            findings.push(finding(Rule::RecipientRoleMissing, "role"));
        }
        if let Some((rule, country)) = transfer_problem(recipient) {
            // Point at the answer that is most likely wrong.
            let field = match rule {
                Rule::TransferCountryMissing | Rule::TransferSafeguardInsideEea => "country",
                _ => "safeguard",
            };
            let mut found = finding(rule, field);
            found = match country {
                Some(country) => found.with("country", Detail::Country(country.clone())),
                None => found.with(
                    "country",
                    Detail::Message("country-outside-eea-unstated".into()),
                ),
            };
            findings.push(found);
        }
    }
}

/// What is wrong with the terms of a recipient's transfer, if anything,
/// and the country it concerns (`None`: a country outside the EEA the
/// provider does not name). Every country outside the EEA must be
/// covered by the safeguard.
fn transfer_problem(recipient: &Recipient) -> Option<(Rule, Option<&Country>)> {
    let safeguard = recipient.safeguard.as_ref();
    let outside: Vec<&Country> = recipient
        .processing_countries()
        .filter(|c| !jurisdiction::is_eea(c))
        .collect();
    if outside.is_empty() && !recipient.outside_eea_unstated {
        return match recipient.country.as_ref() {
            None => safeguard.map(|_| (Rule::TransferCountryMissing, None)),
            Some(country) => safeguard.map(|_| (Rule::TransferSafeguardInsideEea, Some(country))),
        };
    }
    if recipient.outside_eea_unstated {
        // Without a country, no adequacy decision can be relied on.
        let named = matches!(
            safeguard,
            Some(
                TransferSafeguard::StandardContractualClauses
                    | TransferSafeguard::BindingCorporateRules
                    | TransferSafeguard::Derogation(_)
            )
        );
        if !named {
            return Some((Rule::TransferSafeguardMissing, None));
        }
    }
    outside
        .into_iter()
        .find_map(|country| country_problem(safeguard, country).map(|rule| (rule, Some(country))))
}

/// What is wrong with `safeguard` for a transfer to `country`, outside the
/// EEA.
fn country_problem(safeguard: Option<&TransferSafeguard>, country: &Country) -> Option<Rule> {
    let adequate = jurisdiction::has_adequacy_decision(country);
    let dpf_country = jurisdiction::is_data_privacy_framework_country(country);
    match safeguard {
        None if adequate => None,
        None => Some(Rule::TransferSafeguardMissing),
        Some(TransferSafeguard::AdequacyDecision) if adequate => None,
        Some(TransferSafeguard::AdequacyDecision) if dpf_country => {
            Some(Rule::TransferAdequacyNeedsDpf)
        }
        Some(TransferSafeguard::AdequacyDecision) => Some(Rule::TransferAdequacyNotFound),
        Some(TransferSafeguard::DataPrivacyFramework) if dpf_country => None,
        Some(TransferSafeguard::DataPrivacyFramework) => Some(Rule::TransferDpfOutsideUs),
        Some(TransferSafeguard::Derogation(reason)) if reason.is_blank() => {
            Some(Rule::TransferDerogationUnexplained)
        }
        Some(
            TransferSafeguard::Derogation(_)
            | TransferSafeguard::StandardContractualClauses
            | TransferSafeguard::BindingCorporateRules,
        ) => None,
    }
}
