//! The documents in Dutch and English: every kind of answer has its words
//! in both, Dutch keeps the formal register, and an answer given in one
//! language only or an unknown country is shown and reported as a notice.

#[path = "support/documents.rs"]
mod documents;

use documents::{build, complete, section_text, statement};
use policywright::document::{DocumentKind, Notice};
use policywright::model::{Country, LegalBasis, LocalText, Locale, Project, TransferSafeguard};

#[test]
fn the_complete_fixture_builds_without_notices_in_its_languages() {
    let project = complete();
    for &locale in &project.document.languages {
        for kind in DocumentKind::ALL {
            let document = build(&project, locale, kind);
            assert!(
                document.notices.is_empty(),
                "{locale:?} {kind:?}: {:?}",
                document.notices
            );
        }
    }
}

#[test]
fn an_answer_missing_in_one_language_falls_back_and_is_reported() {
    let mut project = complete();
    project.purposes[0].name = LocalText::translated(&[(Locale::EN, "Fulfilling orders")]);
    let nl = build(&project, Locale::NL, DocumentKind::PrivacyStatement);
    assert!(
        section_text(&nl, "purposes")
            .unwrap()
            .contains("Fulfilling orders")
    );
    assert!(nl.notices.contains(&Notice::UntranslatedAnswer {
        field: "purposes[0].name".into(),
        used: Locale::EN,
    }));
}

#[test]
fn an_unknown_country_is_shown_as_its_code_and_reported() {
    let mut project = complete();
    project.recipients[1].country = Country::new("XK");
    let document = statement(&project);
    assert!(
        section_text(&document, "recipients")
            .unwrap()
            .contains("| XK")
    );
    assert!(
        document
            .notices
            .contains(&Notice::UnknownCountry("XK".into()))
    );
}

#[test]
fn dutch_documents_use_the_formal_register_throughout() {
    let project = complete();
    for kind in DocumentKind::ALL {
        let text = build(&project, Locale::NL, kind)
            .to_plain_string()
            .to_lowercase();
        for informal in [" je ", " jij ", " jouw ", " jou ", " je.", " jullie "] {
            assert!(!text.contains(informal), "{kind:?} contains {informal:?}");
        }
        assert!(text.contains(" u ") || text.contains(" uw "), "{kind:?}");
    }
}

/// A project that uses every kind of answer the model knows, so that every
/// message the builder can ask for is asked for.
fn every_variant() -> Project {
    use policywright::model::{
        Art9Condition, Audience, AudienceKind, ChangeChannel, CookieCategory, CookieDuration,
        DataCategory, DataCategoryKind as K, Period, Provision, RecipientRole, Requirement,
        Retention, RetentionStart, SecurityMeasure, StorageKind,
    };
    let mut project = complete();
    project.audiences = AudienceKind::ALL
        .iter()
        .map(|k| Audience::Standard(*k))
        .collect();
    let kinds = K::STANDARD;
    let conditions = Art9Condition::ALL;
    project.data_categories = kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let mut category = DataCategory::new(kind);
            if category.kind.is_special() {
                category.art9_condition = Some(conditions[i % conditions.len()]);
            }
            category
        })
        .collect();
    let all_keys: Vec<String> = project
        .data_categories
        .iter()
        .map(|c| c.key().to_owned())
        .collect();
    let starts = RetentionStart::STANDARD;
    let periods = [
        Period::Days(1),
        Period::Weeks(2),
        Period::Months(1),
        Period::Years(10),
    ];
    let requirements = Requirement::ALL;
    let template = project.purposes[0].clone();
    project.purposes = LegalBasis::ALL
        .iter()
        .enumerate()
        .map(|(i, basis)| {
            let mut purpose = template.clone();
            purpose.legal_basis = Some(*basis);
            purpose.legitimate_interest = Some(LocalText::universal("an interest"));
            purpose.audiences = vec![AudienceKind::ALL[i].key().to_owned()];
            purpose.data = all_keys.clone();
            purpose.retention = Some(Retention::For {
                period: periods[i % periods.len()],
                after: starts[i % starts.len()].clone(),
            });
            purpose.provision = Some(Provision {
                requirement: requirements[i % requirements.len()],
                consequence: None,
            });
            purpose
        })
        .chain(starts.iter().skip(LegalBasis::ALL.len()).map(|start| {
            let mut purpose = template.clone();
            purpose.retention = Some(Retention::For {
                period: Period::Months(3),
                after: start.clone(),
            });
            purpose
        }))
        .collect();
    let roles = RecipientRole::ALL;
    let safeguards = [
        TransferSafeguard::AdequacyDecision,
        TransferSafeguard::DataPrivacyFramework,
        TransferSafeguard::StandardContractualClauses,
        TransferSafeguard::BindingCorporateRules,
        TransferSafeguard::Derogation(LocalText::universal("your explicit consent")),
    ];
    let recipient = project.recipients[1].clone();
    project.recipients = roles
        .iter()
        .zip(&safeguards)
        .map(|(role, safeguard)| {
            let mut r = recipient.clone();
            r.role = Some(*role);
            r.safeguard = Some(safeguard.clone());
            r
        })
        .collect();
    project.security_measures = SecurityMeasure::STANDARD.to_vec();
    project.change_notice = vec![ChangeChannel::Website, ChangeChannel::Email];
    let durations = [
        Some(CookieDuration::Session),
        Some(CookieDuration::Minutes(30)),
        Some(CookieDuration::Hours(1)),
        Some(CookieDuration::Days(1)),
        Some(CookieDuration::Months(13)),
        Some(CookieDuration::Years(1)),
        Some(CookieDuration::Persistent),
        None,
    ];
    let storages = [
        StorageKind::Cookie,
        StorageKind::LocalStorage,
        StorageKind::SessionStorage,
        StorageKind::Pixel,
    ];
    let cookie = project.cookies[1].clone();
    project.cookies = CookieCategory::ALL
        .iter()
        .flat_map(|category| {
            durations.iter().enumerate().map(|(i, duration)| {
                let mut c = cookie.clone();
                c.category = *category;
                c.duration = *duration;
                c.storage = storages[i % storages.len()];
                c
            })
        })
        .collect();
    project
}

#[test]
fn every_kind_of_answer_has_its_words_in_both_languages() {
    let project = every_variant();
    for online_services in [None, Some(false), Some(true)] {
        let mut project = project.clone();
        project.children.online_services = online_services;
        for locale in Locale::BUILT_IN {
            for kind in DocumentKind::ALL {
                let document = build(&project, locale, kind);
                let text_issues: Vec<_> = document
                    .notices
                    .iter()
                    .filter(|n| matches!(n, Notice::Text(_)))
                    .collect();
                assert!(
                    text_issues.is_empty(),
                    "{locale:?} {kind:?}: {text_issues:#?}"
                );
            }
        }
    }
}
