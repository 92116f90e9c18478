//! The compliance checks on what is done with personal data: purposes with
//! their legal basis, retention and automated decisions, sensitive data and
//! its sources, and the recipients it goes to, with the safeguard a transfer
//! outside the EEA needs.

#[path = "support/checks.rs"]
mod checks;

use checks::{assert_found, assert_not_found, complete, country, english, places, run};
use policywright::check::{Rule, Severity};
use policywright::model::{
    Art22Ground, AutomatedDecision, LocalText, Locale, Project, Provision, Requirement, Retention,
    TransferSafeguard,
};

// ----- purposes --------------------------------------------------------------

#[test]
fn a_statement_without_purposes_is_an_error() {
    let mut project = complete();
    project.purposes.clear();
    assert_found(&project, Rule::PurposesMissing, "purposes");
    assert_not_found(&complete(), Rule::PurposesMissing);
}

#[test]
fn a_purpose_without_a_legal_basis_is_an_error() {
    let mut project = complete();
    project.purposes[2].legal_basis = None;
    assert_found(
        &project,
        Rule::PurposeLegalBasisMissing,
        "purposes[2].legal_basis",
    );
    assert_not_found(&complete(), Rule::PurposeLegalBasisMissing);
}

#[test]
fn a_legitimate_interest_must_be_stated() {
    let mut project = complete();
    project.purposes[1].legitimate_interest = Some(LocalText::translated(&[(Locale::NL, " ")]));
    assert_found(
        &project,
        Rule::PurposeLegitimateInterestMissing,
        "purposes[1].legitimate_interest",
    );
    assert_not_found(&complete(), Rule::PurposeLegitimateInterestMissing);
}

#[test]
fn a_purpose_needs_a_retention_period_or_criteria() {
    let mut project = complete();
    project.purposes[0].retention = None;
    project.purposes[2].retention = Some(Retention::Criteria(LocalText::universal("")));
    assert_found(
        &project,
        Rule::PurposeRetentionMissing,
        "purposes[0].retention",
    );
    assert_found(
        &project,
        Rule::PurposeRetentionMissing,
        "purposes[2].retention",
    );
    // Criteria instead of a period are enough.
    assert_not_found(&complete(), Rule::PurposeRetentionMissing);
}

#[test]
fn data_required_by_contract_says_whether_and_what_if_not() {
    let project = complete();
    // The credit check rests on a contract and says nothing.
    assert_found(
        &project,
        Rule::PurposeProvisionMissing,
        "purposes[3].provision",
    );
    // The workshops rest on consent: nobody is obliged.
    assert_eq!(
        places(&project, Rule::PurposeProvisionMissing),
        vec!["purposes[3].provision"]
    );

    let mut project = complete();
    project.purposes[0].provision.as_mut().unwrap().consequence = None;
    assert_found(
        &project,
        Rule::PurposeProvisionConsequenceMissing,
        "purposes[0].provision.consequence",
    );
    project.purposes[0].provision = Some(Provision {
        requirement: Requirement::Voluntary,
        consequence: None,
    });
    assert_not_found(&project, Rule::PurposeProvisionConsequenceMissing);
}

#[test]
fn an_automated_decision_explains_its_logic_and_consequences() {
    let mut project = complete();
    project.purposes[3].automated_decision = Some(AutomatedDecision {
        profiling: true,
        logic: LocalText::universal(""),
        consequences: LocalText::universal(" "),
        significant: Some(true),
        ground: Some(Art22Ground::Contract),
        taken_by: None,
    });
    assert_found(
        &project,
        Rule::AutomatedDecisionLogicMissing,
        "purposes[3].automated_decision.logic",
    );
    assert_found(
        &project,
        Rule::AutomatedDecisionConsequencesMissing,
        "purposes[3].automated_decision.consequences",
    );
    assert_not_found(&complete(), Rule::AutomatedDecisionLogicMissing);
    assert_not_found(&complete(), Rule::AutomatedDecisionConsequencesMissing);
}

#[test]
fn an_art_22_decision_names_the_exception_that_allows_it() {
    let mut project = complete();
    let decision = project.purposes[3].automated_decision.as_mut().unwrap();
    decision.ground = None;
    assert_found(
        &project,
        Rule::AutomatedDecisionGroundMissing,
        "purposes[3].automated_decision.ground",
    );
    let decision = project.purposes[3].automated_decision.as_mut().unwrap();
    decision.significant = None;
    assert_found(
        &project,
        Rule::AutomatedDecisionSignificanceUnanswered,
        "purposes[3].automated_decision.significant",
    );
    // Profiling without significant effects needs no exception.
    let decision = project.purposes[3].automated_decision.as_mut().unwrap();
    decision.significant = Some(false);
    assert_not_found(&project, Rule::AutomatedDecisionGroundMissing);
    assert_not_found(&complete(), Rule::AutomatedDecisionSignificanceUnanswered);
}

// ----- sensitive data and sources --------------------------------------------

#[test]
fn special_categories_need_an_art_9_condition() {
    let mut project = complete();
    project.data_categories[4].art9_condition = None;
    assert_found(
        &project,
        Rule::SpecialCategoryConditionMissing,
        "data_categories[4].art9_condition",
    );
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::SpecialCategoryConditionMissing)
        .unwrap();
    assert!(english(&finding).contains("\"Health data\""));
    assert_not_found(&complete(), Rule::SpecialCategoryConditionMissing);
}

#[test]
fn criminal_data_needs_the_law_that_allows_it() {
    let mut project = complete();
    project.data_categories[5].art10_authorisation = None;
    assert_found(
        &project,
        Rule::CriminalDataAuthorisationMissing,
        "data_categories[5].art10_authorisation",
    );
    assert_not_found(&complete(), Rule::CriminalDataAuthorisationMissing);
}

#[test]
fn a_source_says_what_it_is_and_which_data_it_gives() {
    let mut project = complete();
    project.sources[0].data.clear();
    assert_found(&project, Rule::SourceDataMissing, "sources[0].data");
    project.sources[0].description = LocalText::universal("");
    assert_found(
        &project,
        Rule::SourceDescriptionMissing,
        "sources[0].description",
    );
    assert_not_found(&complete(), Rule::SourceDataMissing);
    assert_not_found(&complete(), Rule::SourceDescriptionMissing);
}

// ----- recipients and transfers ----------------------------------------------

#[test]
fn a_recipient_needs_a_name_and_should_have_a_role() {
    let mut project = complete();
    project.recipients[0].name = LocalText::universal("");
    project.recipients[2].role = None;
    assert_found(&project, Rule::RecipientNameMissing, "recipients[0].name");
    assert_found(&project, Rule::RecipientRoleMissing, "recipients[2].role");
    assert_eq!(Rule::RecipientRoleMissing.severity(), Severity::Warning);
    assert_not_found(&complete(), Rule::RecipientNameMissing);
    assert_not_found(&complete(), Rule::RecipientRoleMissing);
}

/// The complete fixture with its US recipient moved to `code` under
/// `safeguard`.
fn transfer(code: Option<&str>, safeguard: Option<TransferSafeguard>) -> Project {
    let mut project = complete();
    project.recipients[1].country = code.map(country);
    project.recipients[1].safeguard = safeguard;
    project
}

#[test]
fn a_transfer_outside_the_eea_needs_a_safeguard_unless_the_country_is_adequate() {
    let project = transfer(Some("US"), None);
    assert_found(
        &project,
        Rule::TransferSafeguardMissing,
        "recipients[1].safeguard",
    );
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::TransferSafeguardMissing)
        .unwrap();
    assert!(
        english(&finding).contains("United States"),
        "{}",
        english(&finding)
    );
    assert_not_found(&transfer(Some("CH"), None), Rule::TransferSafeguardMissing);
    assert_not_found(
        &transfer(
            Some("IN"),
            Some(TransferSafeguard::StandardContractualClauses),
        ),
        Rule::TransferSafeguardMissing,
    );
}

#[test]
fn an_adequacy_decision_must_exist_for_the_country() {
    let adequacy = Some(TransferSafeguard::AdequacyDecision);
    assert_found(
        &transfer(Some("IN"), adequacy.clone()),
        Rule::TransferAdequacyNotFound,
        "recipients[1].safeguard",
    );
    assert_not_found(
        &transfer(Some("JP"), adequacy.clone()),
        Rule::TransferAdequacyNotFound,
    );
    // For the United States only certified organisations are covered.
    let us = transfer(Some("US"), adequacy);
    assert_found(
        &us,
        Rule::TransferAdequacyNeedsDpf,
        "recipients[1].safeguard",
    );
    assert_not_found(&us, Rule::TransferAdequacyNotFound);
}

#[test]
fn the_data_privacy_framework_only_covers_the_united_states() {
    let dpf = Some(TransferSafeguard::DataPrivacyFramework);
    assert_found(
        &transfer(Some("CA"), dpf.clone()),
        Rule::TransferDpfOutsideUs,
        "recipients[1].safeguard",
    );
    assert_not_found(
        &transfer(Some("US"), dpf.clone()),
        Rule::TransferDpfOutsideUs,
    );
    // Inside the EEA there is no transfer: the country is probably wrong,
    // but the documents break no law.
    let ireland = transfer(Some("IE"), dpf);
    assert_not_found(&ireland, Rule::TransferDpfOutsideUs);
    assert_found(
        &ireland,
        Rule::TransferSafeguardInsideEea,
        "recipients[1].country",
    );
    assert_not_found(&complete(), Rule::TransferSafeguardInsideEea);
}

#[test]
fn a_derogation_says_which_one() {
    let blank = Some(TransferSafeguard::Derogation(LocalText::universal("")));
    assert_found(
        &transfer(Some("IN"), blank),
        Rule::TransferDerogationUnexplained,
        "recipients[1].safeguard",
    );
    let stated = Some(TransferSafeguard::Derogation(LocalText::universal(
        "your explicit consent",
    )));
    assert_not_found(
        &transfer(Some("IN"), stated),
        Rule::TransferDerogationUnexplained,
    );
}

#[test]
fn a_safeguard_without_a_country_is_warned() {
    let project = transfer(None, Some(TransferSafeguard::StandardContractualClauses));
    assert_found(
        &project,
        Rule::TransferCountryMissing,
        "recipients[1].country",
    );
    assert_not_found(&transfer(None, None), Rule::TransferCountryMissing);
}
