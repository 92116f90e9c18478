//! Every starter project is valid, complete in both languages, and renders
//! to both documents without a single notice.

use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, html};
use policywright::i18n::I18n;
use policywright::model::{LegalBasis, Locale};
use policywright::starter::STARTERS;

#[test]
fn there_are_starters_for_several_kinds_of_organisation() {
    assert!(STARTERS.len() >= 4);
}

#[test]
fn every_starter_project_loads() {
    for starter in STARTERS {
        if let Err(error) = starter.project() {
            panic!("{}: {error}", starter.name);
        }
    }
}

#[test]
fn every_starter_renders_in_both_languages_without_notices() {
    for starter in STARTERS {
        let project = starter.project().unwrap();
        for locale in Locale::ALL {
            for kind in DocumentKind::ALL {
                let document = document::build(&project, I18n::embedded(), locale, kind);
                assert!(
                    document.notices.is_empty(),
                    "{} {locale:?} {kind:?}: {:#?}",
                    starter.name,
                    document.notices
                );
                let page = html(&document, &HtmlOptions::default());
                let escaped_name = policywright::export::html::escape(&project.organisation.name);
                assert!(page.contains(&escaped_name), "{}", starter.name);
            }
        }
    }
}

#[test]
fn every_starter_answers_what_art_13_always_asks() {
    for starter in STARTERS {
        let project = starter.project().unwrap();
        let name = starter.name;
        let org = &project.organisation;
        assert!(!org.name.is_empty() && !org.email.is_empty(), "{name}");
        assert!(
            !org.address.street.is_empty() && !org.address.city.is_empty(),
            "{name}"
        );
        assert!(org.enterprise_number.is_some(), "{name}");
        assert!(!project.purposes.is_empty(), "{name}");
        for purpose in &project.purposes {
            let label = format!("{name}: {:?}", purpose.name);
            assert!(purpose.legal_basis.is_some(), "{label} has no legal basis");
            assert!(purpose.retention.is_some(), "{label} has no retention");
            assert!(!purpose.data.is_empty(), "{label} names no data");
            if purpose.legal_basis == Some(LegalBasis::LegitimateInterests) {
                assert!(
                    purpose.legitimate_interest.is_some(),
                    "{label} states no interest"
                );
            }
        }
        for recipient in &project.recipients {
            assert!(
                recipient.role.is_some(),
                "{name}: {:?} has no role",
                recipient.name
            );
            let outside_eea = recipient
                .country
                .as_ref()
                .is_some_and(|c| !policywright::jurisdiction::is_eea(c));
            if outside_eea {
                assert!(
                    recipient.safeguard.is_some()
                        || policywright::jurisdiction::has_adequacy_decision(
                            recipient.country.as_ref().unwrap()
                        ),
                    "{name}: {:?} leaves the EEA without a safeguard",
                    recipient.name
                );
            }
        }
        for category in project
            .data_categories
            .iter()
            .filter(|c| c.kind.is_special())
        {
            assert!(
                category.art9_condition.is_some(),
                "{name}: {:?}",
                category.kind
            );
        }
        let needs_consent = project.cookies.iter().any(|c| c.category.needs_consent());
        if needs_consent {
            let consent = project.cookie_consent.as_ref().expect(name);
            assert!(consent.banner && consent.withdraw_via.is_some(), "{name}");
            assert!(consent.refuse_as_easy && consent.no_cookie_wall, "{name}");
        }
        for cookie in &project.cookies {
            assert!(cookie.duration.is_some(), "{name}: {}", cookie.name);
        }
    }
}
