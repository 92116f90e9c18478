//! The checks of the owner's own words and of answers that do not fit
//! together, each shown to find its mistake and to stay quiet on the
//! complete project.

#[path = "support/answers.rs"]
mod answers;

use answers::{complete, found, not_found, run};
use policywright::check::{Finding, Rule, Severity};
use policywright::i18n::I18n;
use policywright::model::{
    Audience, AudienceKind, Contact, LegalBasis, LocalText, Locale, Party, Project, Retention,
};

fn in_english(finding: &Finding) -> String {
    finding.message(I18n::embedded(), Locale::EN)
}

#[test]
fn the_complete_project_has_none_of_these_mistakes() {
    for rule in [
        Rule::TextUntranslated,
        Rule::TextWrongLanguage,
        Rule::InformalRegister,
        Rule::RetentionVague,
        Rule::Art10ConsentOnly,
        Rule::CookieProviderNotRecipient,
        Rule::ContractBasisNonParty,
        Rule::AudienceUnused,
        Rule::DataUnused,
        Rule::PersonalMailbox,
    ] {
        not_found(&complete(), rule);
    }
}

#[test]
fn a_text_missing_in_a_document_language_is_an_error_naming_the_language() {
    let mut project = complete();
    project.purposes[0].description = Some(LocalText::translated(&[(
        Locale::NL,
        "Wij leveren wat u bestelt.",
    )]));
    let finding = found(&project, Rule::TextUntranslated, "purposes[0].description");
    assert_eq!(finding.severity(), Severity::Error);
    assert!(
        in_english(&finding).contains("no English version"),
        "{}",
        in_english(&finding)
    );
    // Published in Dutch only, the same text is complete.
    project.document.languages = vec![Locale::NL];
    not_found(&project, Rule::TextUntranslated);
}

#[test]
fn english_written_in_the_dutch_field_is_a_warning() {
    let mut project = complete();
    project.purposes[0].description = Some(LocalText::translated(&[
        (
            Locale::NL,
            "We send you our newsletter every month with news about our products.",
        ),
        (
            Locale::EN,
            "We send you our newsletter every month with news about our products.",
        ),
    ]));
    let finding = found(&project, Rule::TextWrongLanguage, "purposes[0].description");
    assert!(
        in_english(&finding).contains("Dutch"),
        "{}",
        in_english(&finding)
    );
    assert!(
        in_english(&finding).contains("English"),
        "{}",
        in_english(&finding)
    );
}

#[test]
fn the_informal_register_in_dutch_is_a_warning() {
    let mut project = complete();
    project.purposes[0].description = Some(LocalText::translated(&[
        (Locale::NL, "Wij leveren wat je bestelt."),
        (Locale::EN, "We deliver what you order."),
    ]));
    found(&project, Rule::InformalRegister, "purposes[0].description");
}

#[test]
fn as_long_as_necessary_is_no_retention_criterion() {
    let mut project = complete();
    project.purposes[1].retention = Some(Retention::Criteria(LocalText::translated(&[
        (Locale::NL, "Zolang nodig."),
        (Locale::EN, "As long as necessary."),
    ])));
    let finding = found(&project, Rule::RetentionVague, "purposes[1].retention");
    assert_eq!(finding.severity(), Severity::Error);
}

#[test]
fn consent_is_no_art_10_authorisation() {
    let mut project = complete();
    let criminal = project
        .data_categories
        .iter_mut()
        .position(|c| c.art10_authorisation.is_some())
        .expect("the complete project has criminal-record data");
    project.data_categories[criminal].art10_authorisation =
        Some(LocalText::universal("the volunteer's consent"));
    let finding = found(
        &project,
        Rule::Art10ConsentOnly,
        &format!("data_categories[{criminal}].art10_authorisation"),
    );
    assert_eq!(finding.severity(), Severity::Error);
}

#[test]
fn a_third_party_setting_cookies_belongs_among_the_recipients() {
    let mut project = complete();
    let third = project
        .cookies
        .iter()
        .position(|c| c.party == Party::Third)
        .expect("a third-party cookie");
    project.cookies[third].provider = "Hotjar Ltd".into();
    let finding = found(
        &project,
        Rule::CookieProviderNotRecipient,
        &format!("cookies[{third}]"),
    );
    assert!(in_english(&finding).starts_with("Hotjar Ltd sets cookies"));
}

#[test]
fn a_contract_basis_for_website_visitors_is_questioned() {
    let mut project = complete();
    project.purposes[1].legal_basis = Some(LegalBasis::Contract);
    let finding = found(
        &project,
        Rule::ContractBasisNonParty,
        "purposes[1].legal_basis",
    );
    assert!(
        in_english(&finding).contains("website visitors"),
        "{}",
        in_english(&finding)
    );
}

#[test]
fn a_group_or_a_kind_of_data_no_purpose_uses_is_named() {
    let mut project = complete();
    project
        .audiences
        .push(Audience::Standard(AudienceKind::Donors));
    let at = project.audiences.len() - 1;
    let finding = found(&project, Rule::AudienceUnused, &format!("audiences[{at}]"));
    assert!(
        in_english(&finding).contains("donors"),
        "{}",
        in_english(&finding)
    );
    project
        .purposes
        .iter_mut()
        .for_each(|p| p.data.retain(|k| k != "portfolio"));
    found(&project, Rule::DataUnused, "data_categories[6]");
}

#[test]
fn a_person_s_own_mailbox_for_requests_is_a_warning() {
    let mut project = complete();
    project.privacy_contact = Some(Contact {
        name: "Sara Peeters".into(),
        email: Some("sara.peeters@ateliervermeulen.be".into()),
        ..Contact::default()
    });
    found(&project, Rule::PersonalMailbox, "privacy_contact.email");
    project.privacy_contact = None;
    project.organisation.email = "atelier.vermeulen@gmail.com".into();
    found(&project, Rule::PersonalMailbox, "organisation.email");
}

#[test]
fn a_purpose_without_a_name_is_called_by_its_number_not_by_the_field() {
    let mut project = complete();
    project.purposes[1].legal_basis = None;
    project.purposes[1].name = LocalText::default();
    let legal = found(
        &project,
        Rule::PurposeLegalBasisMissing,
        "purposes[1].legal_basis",
    );
    assert_eq!(
        in_english(&legal),
        "The purpose \"Purpose 2\" has no legal basis."
    );
    assert_eq!(
        legal.place(I18n::embedded(), Locale::EN),
        "Purpose 2: legal basis"
    );
}

#[test]
fn every_finding_names_its_place_in_words_in_the_reader_s_language() {
    let mut project = complete();
    project.purposes[1].legal_basis = None;
    project.cookies[0].duration = None;
    let legal = found(
        &project,
        Rule::PurposeLegalBasisMissing,
        "purposes[1].legal_basis",
    );
    assert_eq!(
        legal.place(I18n::embedded(), Locale::EN),
        "Purpose 2 “Website security”: legal basis"
    );
    assert_eq!(
        legal.place(I18n::embedded(), Locale::NL),
        "Doeleinde 2 ‘Websitebeveiliging’: rechtsgrond"
    );
    let duration = found(&project, Rule::CookieDurationMissing, "cookies[0].duration");
    let name = &project.cookies[0].name;
    assert_eq!(
        duration.place(I18n::embedded(), Locale::EN),
        format!("Cookie 1 “{name}”: duration")
    );
    // No finding of any project speaks in file paths.
    let mut projects: Vec<Project> = policywright::starter::STARTERS
        .iter()
        .map(|s| s.project().unwrap())
        .collect();
    projects.push(Project::empty("", time::macros::date!(2026 - 12 - 01)));
    projects.push(project);
    for project in projects {
        for finding in run(&project) {
            for locale in Locale::BUILT_IN {
                let words = [
                    finding.place(I18n::embedded(), locale),
                    finding.message(I18n::embedded(), locale),
                ];
                let path = &finding.item.path;
                let field = path.rsplit('.').next().unwrap_or(path);
                for text in words {
                    let technical = path.contains(['.', '[', '_']);
                    assert!(
                        !technical || !text.contains(path.as_str()),
                        "{path}: {text}"
                    );
                    assert!(
                        !field.contains('_') || !text.contains(field),
                        "{path}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn an_invalid_e_mail_address_is_an_error_wherever_the_documents_print_it() {
    let mut project = complete();
    project.organisation.email = "info at atelier".into();
    let finding = found(&project, Rule::EmailInvalid, "organisation.email");
    assert_eq!(finding.severity(), Severity::Error);
}

#[test]
fn a_name_that_already_ends_in_its_legal_form_is_warned() {
    let mut project = complete();
    project.organisation.legal_form = Some("BV".into());
    project.organisation.name = "Atelier Vermeulen BV".into();
    let finding = found(
        &project,
        Rule::ControllerNameHasLegalForm,
        "organisation.name",
    );
    assert!(in_english(&finding).contains("twice"));
    project.organisation.name = "Atelier Vermeulen".into();
    not_found(&project, Rule::ControllerNameHasLegalForm);
}

#[test]
fn a_complaints_address_that_is_a_person_s_own_mailbox_is_a_warning() {
    let mut project = complete();
    project.requests.complaints = Some(Contact {
        name: "Jan Vermeulen".into(),
        email: Some("jan.vermeulen@gmail.com".into()),
        ..Contact::default()
    });
    found(&project, Rule::PersonalMailbox, "requests.complaints.email");
}
