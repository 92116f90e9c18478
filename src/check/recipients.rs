//! Who receives the data, and whether data leaving the EEA goes on terms
//! that exist: an adequacy decision the Commission really took, the Data
//! Privacy Framework only for the United States, or another safeguard.

use super::{Detail, Finding, Rule};
use crate::jurisdiction;
use crate::model::{Project, Recipient, RecipientRole, Scc, TransferSafeguard};

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
        if let Some(rule) = transfer_problem(recipient) {
            // Point at the answer that is most likely wrong.
            let field = match rule {
                Rule::TransferCountryMissing | Rule::TransferSafeguardInsideEea => "country",
                _ => "safeguard",
            };
            let mut found = finding(rule, field);
            if let Some(country) = &recipient.country {
                found = found.with("country", Detail::Country(country.clone()));
            }
            findings.push(found);
        }
    }
}

/// What is wrong with the terms of a recipient's transfer, if anything.
fn transfer_problem(recipient: &Recipient) -> Option<Rule> {
    let safeguard = recipient.safeguard.as_ref();
    let Some(country) = &recipient.country else {
        return safeguard.map(|_| Rule::TransferCountryMissing);
    };
    if jurisdiction::is_eea(country) {
        return safeguard.map(|_| Rule::TransferSafeguardInsideEea);
    }
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
