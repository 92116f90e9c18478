//! Why data is processed and on what terms: purposes, their basis and
//! retention, automated decisions, special and criminal-offence data, and
//! the sources of data not collected from the person.

use super::{Finding, Label, Rule};
use crate::model::{
    DataCategory, DataCategoryKind, LegalBasis, LocalText, Project, Purpose, Requirement,
    Retention, SpecialDataTerms, Terms,
};

/// The basis, interest and provision of one set of a purpose's terms:
/// its own, or one audience's.
fn terms_findings(index: usize, purpose: &Purpose, terms: &Terms, findings: &mut Vec<Finding>) {
    let finding =
        |rule, field: &str| Finding::new(rule, terms.path(index, field)).answer(&purpose.name);
    match terms.legal_basis {
        None => findings.push(finding(Rule::PurposeLegalBasisMissing, "legal_basis")),
        Some(LegalBasis::LegitimateInterests) if blank_ref(terms.legitimate_interest) => {
            findings.push(finding(
                Rule::PurposeLegitimateInterestMissing,
                "legitimate_interest",
            ));
        }
        Some(_) => {}
    }
    match terms.provision {
        None if matches!(
            terms.legal_basis,
            Some(LegalBasis::Contract | LegalBasis::LegalObligation)
        ) =>
        {
            findings.push(finding(Rule::PurposeProvisionMissing, "provision"));
        }
        Some(provision)
            if provision.requirement != Requirement::Voluntary && blank(&provision.consequence) =>
        {
            findings.push(finding(
                Rule::PurposeProvisionConsequenceMissing,
                "provision.consequence",
            ));
        }
        _ => {}
    }
}

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    for (index, purpose) in project.purposes.iter().enumerate() {
        let at = |field: &str| format!("purposes[{index}].{field}");
        let finding = |rule, field: &str| Finding::new(rule, at(field)).answer(&purpose.name);
        for terms in purpose.terms() {
            terms_findings(index, purpose, &terms, findings);
        }
        let retention_stated = match &purpose.retention {
            Some(Retention::For { .. }) => true,
            Some(Retention::Criteria(criteria)) => !criteria.is_blank(),
            None => false,
        };
        if !retention_stated {
            findings.push(finding(Rule::PurposeRetentionMissing, "retention"));
        }
        if let Some(decision) = &purpose.automated_decision {
            if decision.logic.is_blank() {
                findings.push(finding(
                    Rule::AutomatedDecisionLogicMissing,
                    "automated_decision.logic",
                ));
            }
            if decision.consequences.is_blank() {
                findings.push(finding(
                    Rule::AutomatedDecisionConsequencesMissing,
                    "automated_decision.consequences",
                ));
            }
            match (decision.significant, decision.ground) {
                (None, _) => findings.push(finding(
                    Rule::AutomatedDecisionSignificanceUnanswered,
                    "automated_decision.significant",
                )),
                (Some(true), None) => findings.push(finding(
                    Rule::AutomatedDecisionGroundMissing,
                    "automated_decision.ground",
                )),
                _ => {}
            }
        }
    }
    data_categories(project, findings);
    sources(project, findings);
}

fn blank(text: &Option<LocalText>) -> bool {
    blank_ref(text.as_ref())
}

fn blank_ref(text: Option<&LocalText>) -> bool {
    text.is_none_or(LocalText::is_blank)
}

/// How a data category is named to its owner: its own name when custom,
/// else policywright's name for the kind.
fn category_label(category: &DataCategory) -> Label {
    match &category.kind {
        DataCategoryKind::Custom { name, .. } => Label::Answer(name.clone()),
        kind => Label::Message(format!("data-{}", kind.key())),
    }
}

fn data_categories(project: &Project, findings: &mut Vec<Finding>) {
    for (index, category) in project.data_categories.iter().enumerate() {
        // A kind needs a condition of its own unless every purpose that
        // uses it gives one.
        let every_purpose_says = |says: fn(&SpecialDataTerms) -> bool| {
            let mut users = project
                .purposes
                .iter()
                .filter(|p| p.data.iter().any(|k| k == category.key()))
                .peekable();
            users.peek().is_some()
                && users.all(|p| {
                    p.special_data
                        .iter()
                        .any(|s| s.data == category.key() && says(s))
                })
        };
        if category.kind.is_special()
            && category.art9_condition.is_none()
            && !every_purpose_says(|s| s.art9_condition.is_some())
        {
            findings.push(
                Finding::new(
                    Rule::SpecialCategoryConditionMissing,
                    format!("data_categories[{index}].art9_condition"),
                )
                .labelled(category_label(category)),
            );
        }
        if category.kind == DataCategoryKind::CriminalRecords
            && blank(&category.art10_authorisation)
            && !every_purpose_says(|s| !blank(&s.art10_authorisation))
        {
            findings.push(
                Finding::new(
                    Rule::CriminalDataAuthorisationMissing,
                    format!("data_categories[{index}].art10_authorisation"),
                )
                .labelled(category_label(category)),
            );
        }
    }
}

fn sources(project: &Project, findings: &mut Vec<Finding>) {
    for (index, source) in project.sources.iter().enumerate() {
        if source.description.is_blank() {
            findings.push(Finding::new(
                Rule::SourceDescriptionMissing,
                format!("sources[{index}].description"),
            ));
        }
        if source.data.is_empty() {
            findings.push(
                Finding::new(Rule::SourceDataMissing, format!("sources[{index}].data"))
                    .answer(&source.description),
            );
        }
    }
}
