//! The compliance checks as an owner meets them: each gap in the answers is
//! found, at the right place, with the right severity, and worded in the
//! owner's language; a complete project and every starter pass without
//! errors.

use std::path::Path;

use policywright::check::{self, Finding, Rule, Severity};
use policywright::i18n::I18n;
use policywright::model::{
    Art22Ground, Audience, AudienceKind, Authority, AutomatedDecision, ConsentMethod, Contact,
    Cookie, CookieCategory, CookieConsent, CookieDuration, Country, Dpo, LocalText, Locale, Party,
    Project, Provision, Requirement, Retention, TransferSafeguard,
};
use policywright::starter::STARTERS;
use policywright::storage;
use time::Date;
use time::macros::date;

/// The day the tests pretend it is: three weeks after the fixture's
/// effective date.
const TODAY: Date = date!(2026 - 11 - 23);

fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).expect("the fixture loads")
}

fn run(project: &Project) -> Vec<Finding> {
    check::run(project, TODAY)
}

/// The paths at which `rule` was found.
fn places(project: &Project, rule: Rule) -> Vec<String> {
    run(project)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.item.path)
        .collect()
}

#[track_caller]
fn assert_found(project: &Project, rule: Rule, path: &str) {
    let found = places(project, rule);
    assert!(
        found.iter().any(|p| p == path),
        "{} expected at {path}, found at {found:?}",
        rule.id()
    );
}

#[track_caller]
fn assert_not_found(project: &Project, rule: Rule) {
    let found = places(project, rule);
    assert!(found.is_empty(), "{} unexpected at {found:?}", rule.id());
}

fn country(code: &str) -> Country {
    Country::new(code).unwrap()
}

fn english(finding: &Finding) -> String {
    finding.message(I18n::embedded(), Locale::En)
}

fn contact(name: &str, email: Option<&str>) -> Contact {
    Contact {
        name: name.into(),
        email: email.map(str::to_owned),
        ..Contact::default()
    }
}

fn authority(name: &str) -> Authority {
    Authority {
        name: LocalText::universal(name),
        address: Vec::new(),
        phone: None,
        email: None,
        website: None,
    }
}

// ----- the whole picture ---------------------------------------------------

#[test]
fn the_complete_fixture_has_no_errors_and_only_the_warnings_it_earns() {
    let findings = run(&complete());
    let ids: Vec<&str> = findings.iter().map(Finding::id).collect();
    assert_eq!(
        ids,
        vec![
            // The credit check rests on a contract and does not say
            // whether the data must be given.
            "art13.purpose.provision-missing",
            // _ga lives two years.
            "art5.cookie.duration-too-long",
        ]
    );
}

#[test]
fn every_starter_project_passes_without_errors() {
    for starter in STARTERS {
        let project = starter
            .project()
            .unwrap_or_else(|e| panic!("{}: {e}", starter.name));
        let errors: Vec<String> = run(&project)
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .map(|f| format!("{} at {}: {}", f.id(), f.item.path, english(f)))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", starter.name);
    }
}

#[test]
fn errors_come_first_then_warnings_then_advice() {
    let mut project = complete();
    project.purposes[2].legal_basis = None;
    project.document.effective_date = date!(2024 - 01 - 01);
    let severities: Vec<Severity> = run(&project).iter().map(Finding::severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(severities.first(), Some(&Severity::Error));
    assert_eq!(severities.last(), Some(&Severity::Info));
}

#[test]
fn a_finding_names_its_item_in_the_reader_s_language_and_cites_its_article() {
    let mut project = complete();
    project.purposes[0].legal_basis = None;
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::PurposeLegalBasisMissing)
        .unwrap();
    let i18n = I18n::embedded();
    assert_eq!(finding.item.path, "purposes[0].legal_basis");
    assert_eq!(finding.severity(), Severity::Error);
    assert!(english(&finding).contains("\"Fulfilling orders\""));
    let dutch = finding.message(i18n, Locale::Nl);
    assert!(dutch.contains("\"Bestellingen uitvoeren\""), "{dutch}");
    assert!(dutch.contains("rechtsgrond"), "{dutch}");
    assert!(finding.hint(i18n, Locale::Nl).contains("toestemming"));
    assert_eq!(
        finding.basis().describe(i18n, Locale::En),
        "GDPR Art. 13(1)(c), 14(1)(c)"
    );
}

// ----- the controller --------------------------------------------------------

#[test]
fn an_organisation_without_a_name_or_full_address_is_an_error() {
    let mut project = complete();
    project.organisation.name = " ".into();
    project.organisation.address.city.clear();
    assert_found(&project, Rule::ControllerNameMissing, "organisation.name");
    assert_found(
        &project,
        Rule::ControllerAddressIncomplete,
        "organisation.address",
    );
    assert_not_found(&complete(), Rule::ControllerNameMissing);
    assert_not_found(&complete(), Rule::ControllerAddressIncomplete);
}

#[test]
fn a_belgian_organisation_without_an_enterprise_number_is_warned() {
    let mut project = complete();
    project.organisation.enterprise_number = None;
    assert_found(
        &project,
        Rule::EnterpriseNumberMissing,
        "organisation.enterprise_number",
    );
    // policywright knows no company number for Germany, so asks for none.
    project.organisation.address.country = Some(country("DE"));
    assert_not_found(&project, Rule::EnterpriseNumberMissing);
}

#[test]
fn a_controller_outside_the_eea_needs_a_reachable_representative() {
    let mut project = complete();
    project.organisation.address.country = Some(country("US"));
    project.supervisory_authority = Some(authority("Data Protection Commission"));
    assert_found(
        &project,
        Rule::RepresentativeMissing,
        "organisation.representative",
    );
    project.organisation.representative = Some(contact("EU Rep BV", None));
    assert_not_found(&project, Rule::RepresentativeMissing);
    assert_found(
        &project,
        Rule::RepresentativeContactMissing,
        "organisation.representative",
    );
    project.organisation.representative = Some(contact("EU Rep BV", Some("rep@eurep.be")));
    assert_not_found(&project, Rule::RepresentativeContactMissing);
    assert_not_found(&complete(), Rule::RepresentativeMissing);
}

#[test]
fn a_dpo_without_contact_details_is_an_error() {
    let mut project = complete();
    project.dpo = Dpo::Appointed(contact("Sara De Smet", None));
    assert_found(&project, Rule::DpoContactMissing, "dpo");
    assert_not_found(&complete(), Rule::DpoContactMissing);
}

#[test]
fn sensitive_data_of_people_other_than_staff_without_a_dpo_is_a_warning() {
    let mut project = complete();
    project.dpo = Dpo::NotAppointed;
    // The workshops use health data of employees only: personnel records.
    project.purposes[2].audiences = vec!["employees".into()];
    project
        .audiences
        .push(Audience::Standard(AudienceKind::Employees));
    assert_not_found(&project, Rule::DpoLikelyRequired);
    // The same data of patients, or of anyone else, whatever the name.
    project
        .audiences
        .push(Audience::Standard(AudienceKind::Patients));
    project.purposes[2].audiences = vec!["patients".into()];
    assert_found(&project, Rule::DpoLikelyRequired, "dpo");
    project.purposes[2].audiences = vec!["customers".into()];
    assert_found(&project, Rule::DpoLikelyRequired, "dpo");
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::DpoLikelyRequired)
        .unwrap();
    assert_eq!(finding.severity(), Severity::Warning);
    assert!(english(&finding).contains("\"Workshops\""));
    project.dpo = complete().dpo;
    assert_not_found(&project, Rule::DpoLikelyRequired);
}

#[test]
fn without_a_working_address_for_requests_rights_cannot_be_exercised() {
    let mut project = complete();
    project.privacy_contact = None;
    project.organisation.email = "info@ateliervermeulen".into();
    assert_found(&project, Rule::RightsChannelMissing, "organisation.email");
    // The same mistake is not reported twice.
    assert_not_found(&project, Rule::EmailInvalid);

    project.organisation.email = "privacy@example.com".into();
    assert_found(&project, Rule::RightsChannelMissing, "organisation.email");

    // With a privacy contact, requests go there; the organisation's own
    // address is then only a warning.
    project.privacy_contact = complete().privacy_contact;
    project.organisation.email = "info@ateliervermeulen".into();
    assert_not_found(&project, Rule::RightsChannelMissing);
    assert_found(&project, Rule::EmailInvalid, "organisation.email");
}

#[test]
fn an_authority_must_be_known_and_still_exist() {
    let mut project = complete();
    project.organisation.address.country = Some(country("DE"));
    assert_found(&project, Rule::AuthorityMissing, "supervisory_authority");
    project.supervisory_authority = Some(authority("Berliner Beauftragte für Datenschutz"));
    assert_not_found(&project, Rule::AuthorityMissing);
    assert_not_found(&complete(), Rule::AuthorityMissing);

    let mut project = complete();
    project.supervisory_authority = Some(Authority {
        name: LocalText::translated(&[
            (
                Locale::Nl,
                "Commissie voor de bescherming van de persoonlijke levenssfeer",
            ),
            (Locale::En, "Privacy Commission"),
        ]),
        ..authority("")
    });
    assert_found(
        &project,
        Rule::AuthorityFormer,
        "supervisory_authority.name",
    );
    project.supervisory_authority = Some(authority("Gegevensbeschermingsautoriteit"));
    assert_not_found(&project, Rule::AuthorityFormer);
}

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
    project.purposes[1].legitimate_interest = Some(LocalText::translated(&[(Locale::Nl, " ")]));
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

// ----- cookies ---------------------------------------------------------------

#[test]
fn cookies_that_need_consent_need_a_banner_and_a_way_back() {
    let mut project = complete();
    project.cookie_consent = None;
    assert_found(&project, Rule::CookieConsentUnanswered, "cookie_consent");
    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::NotAsked));
    assert_found(
        &project,
        Rule::CookieConsentMissing,
        "cookie_consent.method",
    );
    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::ImpliedByBrowsing));
    assert_found(
        &project,
        Rule::CookieConsentImplied,
        "cookie_consent.method",
    );

    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::Banner));
    assert_not_found(&project, Rule::CookieConsentMissing);
    assert_found(
        &project,
        Rule::CookieRefusalHarder,
        "cookie_consent.refuse_as_easy",
    );
    assert_found(&project, Rule::CookieWall, "cookie_consent.no_cookie_wall");
    assert_found(
        &project,
        Rule::CookieWithdrawalMissing,
        "cookie_consent.withdraw_via",
    );

    // Only strictly necessary cookies: nothing to consent to.
    let mut necessary_only = complete();
    necessary_only.cookie_consent = None;
    necessary_only
        .cookies
        .retain(|c| c.category == CookieCategory::StrictlyNecessary);
    assert_not_found(&necessary_only, Rule::CookieConsentMissing);
    assert_not_found(&necessary_only, Rule::CookieConsentUnanswered);
    assert_not_found(&necessary_only, Rule::CookieWithdrawalMissing);
    assert_not_found(&complete(), Rule::CookieConsentMissing);
    assert_not_found(&complete(), Rule::CookieWithdrawalMissing);
    assert_not_found(&complete(), Rule::CookieRefusalHarder);
    assert_not_found(&complete(), Rule::CookieWall);
    assert_not_found(&necessary_only, Rule::CookieRefusalHarder);
}

fn marketing_cookie() -> Cookie {
    Cookie {
        name: "_fbp".into(),
        provider: "Meta".into(),
        domain: None,
        names_unknown: false,
        party: Party::Third,
        category: CookieCategory::Marketing,
        purpose: LocalText::universal("advertising"),
        duration: Some(CookieDuration::Months(3)),
        storage: Default::default(),
        from_catalog: None,
    }
}

#[test]
fn several_categories_needing_consent_should_be_chosen_one_by_one() {
    let mut project = complete();
    project.cookie_consent.as_mut().unwrap().per_category = false;
    // Only analytics needs consent: one question is enough.
    assert_not_found(&project, Rule::CookieConsentNotGranular);
    project.cookies.push(marketing_cookie());
    assert_found(
        &project,
        Rule::CookieConsentNotGranular,
        "cookie_consent.per_category",
    );
    project.cookie_consent.as_mut().unwrap().per_category = true;
    assert_not_found(&project, Rule::CookieConsentNotGranular);
}

#[test]
fn every_cookie_has_a_purpose_a_category_and_a_duration() {
    let mut project = complete();
    project.cookies[0].duration = None;
    project.cookies[1].category = CookieCategory::Unclassified;
    project.cookies[2].purpose = LocalText::universal("");
    assert_found(&project, Rule::CookieDurationMissing, "cookies[0].duration");
    assert_found(&project, Rule::CookieCategoryMissing, "cookies[1].category");
    assert_found(&project, Rule::CookiePurposeMissing, "cookies[2].purpose");
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::CookieDurationMissing)
        .unwrap();
    assert!(english(&finding).contains("\"PHPSESSID\""));
    for rule in [
        Rule::CookieDurationMissing,
        Rule::CookieCategoryMissing,
        Rule::CookiePurposeMissing,
    ] {
        assert_not_found(&complete(), rule);
    }
}

#[test]
fn a_cookie_living_longer_than_13_months_is_warned() {
    let project = complete();
    // _ga is set for two years.
    assert_found(&project, Rule::CookieDurationTooLong, "cookies[1].duration");
    let mut project = complete();
    project.cookies[1].duration = Some(CookieDuration::Months(13));
    assert_not_found(&project, Rule::CookieDurationTooLong);
    project.cookies[2].duration = Some(CookieDuration::Persistent);
    assert_found(&project, Rule::CookieDurationTooLong, "cookies[2].duration");
}

// ----- identifiers -----------------------------------------------------------

#[test]
fn a_mistyped_belgian_enterprise_or_vat_number_is_caught() {
    let mut project = complete();
    project.organisation.enterprise_number = Some("0428.555.897".into());
    project.organisation.vat_number = Some("BE 0428 555 89".into());
    assert_found(
        &project,
        Rule::BelgianEnterpriseNumberInvalid,
        "organisation.enterprise_number",
    );
    assert_found(
        &project,
        Rule::BelgianVatNumberInvalid,
        "organisation.vat_number",
    );
    assert_not_found(&complete(), Rule::BelgianEnterpriseNumberInvalid);
    assert_not_found(&complete(), Rule::BelgianVatNumberInvalid);
}

#[test]
fn a_belgian_vat_number_must_be_the_enterprise_number() {
    let mut project = complete();
    // Valid on its own, but the GBA's number, not the organisation's.
    project.organisation.vat_number = Some("BE0694679950".into());
    assert_found(
        &project,
        Rule::BelgianVatNumberMismatch,
        "organisation.vat_number",
    );
    assert_not_found(&complete(), Rule::BelgianVatNumberMismatch);
}

#[test]
fn dutch_organisations_are_checked_against_kvk_and_btw_id_rules() {
    let mut project = complete();
    project.organisation.address.country = Some(country("NL"));
    project.organisation.enterprise_number = Some("1234567".into());
    project.organisation.vat_number = Some("NL123456789B1".into());
    assert_found(
        &project,
        Rule::DutchKvkNumberInvalid,
        "organisation.enterprise_number",
    );
    assert_found(
        &project,
        Rule::DutchVatNumberInvalid,
        "organisation.vat_number",
    );
    // The Belgian rules do not apply to a Dutch organisation.
    assert_not_found(&project, Rule::BelgianEnterpriseNumberInvalid);
    project.organisation.enterprise_number = Some("12345678".into());
    project.organisation.vat_number = Some("NL123456789B01".into());
    assert_not_found(&project, Rule::DutchKvkNumberInvalid);
    assert_not_found(&project, Rule::DutchVatNumberInvalid);
}

#[test]
fn malformed_e_mail_addresses_and_phone_numbers_are_named() {
    let mut project = complete();
    if let Dpo::Appointed(dpo) = &mut project.dpo {
        dpo.email = Some("dpo at ateliervermeulen.be".into());
    }
    project.organisation.phone = Some("call us".into());
    assert_found(&project, Rule::EmailInvalid, "dpo.email");
    assert_found(&project, Rule::PhoneInvalid, "organisation.phone");
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::PhoneInvalid)
        .unwrap();
    assert!(english(&finding).contains("\"call us\""));
    assert_not_found(&complete(), Rule::EmailInvalid);
    assert_not_found(&complete(), Rule::PhoneInvalid);
}

#[test]
fn links_must_be_web_or_mail_links_and_not_placeholders() {
    let mut project = complete();
    project.organisation.websites = vec!["https://www.example.com".into()];
    project.recipients[0].privacy_policy = Some("javascript:void(0)".into());
    assert_found(&project, Rule::Placeholder, "organisation.websites[0]");
    assert_found(&project, Rule::LinkInvalid, "recipients[0].privacy_policy");
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::LinkInvalid)
        .unwrap();
    assert_eq!(
        finding.item_name(I18n::embedded(), Locale::En),
        "Combell NV"
    );
    assert_not_found(&complete(), Rule::LinkInvalid);
    assert_not_found(&complete(), Rule::Placeholder);
}

// ----- dates -----------------------------------------------------------------

#[test]
fn an_effective_date_in_the_future_is_warned_and_an_old_one_advised() {
    // The fixture takes effect on 1 November 2026.
    let project = complete();
    let future = check::run(&project, date!(2026 - 10 - 01));
    assert!(future.iter().any(|f| f.rule == Rule::EffectiveDateInFuture
        && f.item.path == "document.effective_date"
        && english(f).contains("1 November 2026")));
    let old = check::run(&project, date!(2027 - 11 - 02));
    let advice = old
        .iter()
        .find(|f| f.rule == Rule::EffectiveDateOld)
        .expect("more than a year old");
    assert_eq!(advice.severity(), Severity::Info);
    let on_time = check::run(&project, date!(2027 - 11 - 01));
    assert!(
        on_time
            .iter()
            .all(|f| f.rule != Rule::EffectiveDateOld && f.rule != Rule::EffectiveDateInFuture)
    );
}

// ----- what real statements get wrong (CONTENT.md §5) ------------------------

/// A project with the mistakes of the real Belgian statements we studied,
/// as far as a project file can hold them.
fn typical_mistakes() -> Project {
    let mut project = complete();
    // No legal basis for a purpose, no retention for another.
    project.purposes[0].legal_basis = None;
    project.purposes[1].retention = None;
    // The outdated Privacy Commission named as the authority.
    project.supervisory_authority = Some(authority(
        "Commissie voor de bescherming van de persoonlijke levenssfeer",
    ));
    // Placeholder and script links left in the text.
    project.organisation.websites = vec!["http://www.example.com".into()];
    project.recipients[0].privacy_policy = Some("javascript:void(0)".into());
    // Identifiers typed wrongly.
    project.organisation.enterprise_number = Some("0428.555.869".into());
    project.organisation.phone = Some("tel. 09 123 45 67".into());
    // Consent "by continuing to browse": no banner, no way to withdraw.
    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::ImpliedByBrowsing));
    // A cookie whose duration nobody knew.
    project.cookies[1].duration = None;
    project
}

#[test]
fn the_typical_mistakes_of_real_statements_are_all_found() {
    let found: Vec<&str> = run(&typical_mistakes()).iter().map(Finding::id).collect();
    for expected in [
        "art13.purpose.legal-basis-missing",
        "art13.purpose.retention-missing",
        "art13.complaint.authority-former",
        "identifier.placeholder",
        "identifier.link-invalid",
        "identifier.belgian-enterprise-number-invalid",
        "identifier.phone-invalid",
        "eprivacy.cookies.consent-implied",
        "eprivacy.cookie.duration-missing",
    ] {
        assert!(found.contains(&expected), "{expected} not in {found:?}");
    }
    let errors = Severity::Error.count(&run(&typical_mistakes()));
    assert!(errors >= 5, "{errors}");
}
