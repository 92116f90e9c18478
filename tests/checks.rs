//! The compliance checks as an owner meets them: each gap in the
//! organisation's details, identifiers and dates is found, at the right
//! place, with the right severity, and worded in the owner's language; a
//! complete project and every starter pass without errors, and the mistakes
//! of real statements are all found.

#[path = "support/checks.rs"]
mod checks;

use checks::{assert_found, assert_not_found, complete, country, english, run};
use policywright::check::{self, Finding, Rule, Severity};
use policywright::i18n::I18n;
use policywright::model::{
    Audience, AudienceKind, Authority, ConsentMethod, Contact, CookieConsent, Dpo, LocalText,
    Locale, Project,
};
use policywright::starter::STARTERS;
use time::macros::date;

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

/// `render` counts errors without the checks that only ever warn; the
/// count must be the one `check` reports, on projects with and without
/// errors.
#[test]
fn the_error_count_without_warnings_is_the_count_of_all_checks() {
    let today = date!(2026 - 12 - 02);
    let mut projects = vec![complete(), Project::empty("", today)];
    for starter in STARTERS {
        projects.push(starter.project().unwrap());
        projects.push(starter.new_project(today).unwrap());
    }
    let mut broken = complete();
    broken.purposes[2].legal_basis = None;
    broken.organisation.email.clear();
    projects.push(broken);
    let mut counted_errors = 0;
    for project in &projects {
        let all = Severity::Error.count(&check::run(project, today));
        assert_eq!(
            check::error_count(project),
            all,
            "{}",
            project.organisation.name
        );
        counted_errors += all;
    }
    assert!(counted_errors > 10, "the projects include some with errors");
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
    let dutch = finding.message(i18n, Locale::NL);
    assert!(dutch.contains("\"Bestellingen uitvoeren\""), "{dutch}");
    assert!(dutch.contains("rechtsgrond"), "{dutch}");
    assert!(finding.hint(i18n, Locale::NL).contains("toestemming"));
    assert_eq!(
        finding.basis().describe(i18n, Locale::EN),
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
                Locale::NL,
                "Commissie voor de bescherming van de persoonlijke levenssfeer",
            ),
            (Locale::EN, "Privacy Commission"),
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
        finding.item_name(I18n::embedded(), Locale::EN),
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
