//! Every starter project is valid, complete in every language the program
//! writes, and renders to both documents without a single notice.

use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, html};
use policywright::i18n::I18n;
use policywright::model::{ConsentMethod, Dpo, LegalBasis, Locale};
use policywright::questions::Question;
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

/// A Belgian organisation may publish in any of the country's languages:
/// every starter has its answers in all four, so none of its documents
/// borrows an answer from another language.
#[test]
fn every_starter_renders_in_every_language_without_borrowing_an_answer() {
    for starter in STARTERS {
        let project = starter.project().unwrap();
        for locale in Locale::BUILT_IN {
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
            assert!(
                consent.method == ConsentMethod::Banner && consent.withdraw_via.is_some(),
                "{name}"
            );
            assert!(consent.refuse_as_easy && consent.no_cookie_wall, "{name}");
        }
        for cookie in &project.cookies {
            assert!(cookie.duration.is_some(), "{name}: {}", cookie.name);
        }
    }
}

#[test]
fn every_starter_answers_every_deciding_question_and_is_no_draft() {
    for starter in STARTERS {
        let project = starter.project().unwrap();
        let name = starter.name;
        for question in Question::ALL {
            assert!(question.is_settled(&project), "{name}: {question:?}");
        }
        // Said in so many words, not only derived from other answers.
        assert!(project.transfers_outside_eea.is_some(), "{name}");
        assert!(project.automated_decisions.is_some(), "{name}");
        assert!(
            project
                .sources
                .iter()
                .all(|s| s.publicly_accessible.is_some())
        );
        assert!(!policywright::check::has_errors(&project), "{name}");
        for locale in Locale::BUILT_IN {
            for kind in DocumentKind::ALL {
                let document = document::build(&project, I18n::embedded(), locale, kind);
                assert_eq!(document.draft, None, "{name} {locale:?} {kind:?}");
            }
        }
    }
}

#[test]
fn a_new_project_from_a_starter_publishes_nothing_of_the_example_organisation() {
    let today = time::macros::date!(2026 - 12 - 01);
    for starter in STARTERS {
        let example = starter.project().unwrap();
        let project = starter.new_project(today).unwrap();
        let name = starter.name;
        assert_eq!(project.organisation.name, "", "{name}");
        assert_eq!(project.dpo, Dpo::NotAnswered, "{name}");
        assert_eq!(project.privacy_contact, None, "{name}");
        assert_eq!(
            project.purposes, example.purposes,
            "{name}: sector answers kept"
        );
        assert_eq!(project.document.effective_date, today);
        let org = &example.organisation;
        let mut identity: Vec<&str> = vec![&org.name, &org.email];
        identity.extend(org.phone.as_deref());
        identity.extend(org.enterprise_number.as_deref());
        identity.extend(org.websites.iter().map(String::as_str));
        if !org.address.street.is_empty() {
            identity.push(&org.address.street);
        }
        identity.extend(example.privacy_contact.as_ref().map(|c| c.name.as_str()));
        identity.extend(example.dpo.contact().map(|c| c.name.as_str()));
        for locale in Locale::BUILT_IN {
            for kind in DocumentKind::ALL {
                let text =
                    document::build(&project, I18n::embedded(), locale, kind).to_plain_string();
                for fact in &identity {
                    assert!(
                        !text.contains(fact),
                        "{name} {locale:?} {kind:?} publishes {fact:?}"
                    );
                }
            }
        }
    }
}
