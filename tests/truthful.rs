//! Every sentence that states a fact about the organisation appears only
//! with the answer that supports it. Silence is not "no": a question left
//! unanswered yields no statement about it, a visible placeholder instead,
//! and a draft.

#[path = "support/answers.rs"]
mod answers;

use answers::{build, complete, everything, only_with, with};
use policywright::check::{self, Rule};
use policywright::document::DocumentKind;
use policywright::model::{
    Address, ChangeChannel, ConsentMethod, CookieCategory, Dpo, Locale, Project, SecurityMeasure,
};
use policywright::questions::Question;
use policywright::starter::STARTERS;
use proptest::prelude::*;

#[test]
fn no_dpo_is_said_only_when_answered_and_a_reason_only_when_given() {
    only_with(
        (
            "We have not appointed a data protection officer.",
            "Wij hebben geen functionaris voor gegevensbescherming aangesteld.",
        ),
        &with(|p| p.dpo = Dpo::NotAppointed),
        &[
            ("unanswered", with(|p| p.dpo = Dpo::NotAnswered)),
            ("appointed", complete()),
        ],
    );
    let said = everything(&with(|p| p.dpo = Dpo::NotAppointed));
    assert!(!said.contains("does not require"), "an invented reason");
}

#[test]
fn sharing_with_nobody_is_said_only_when_answered() {
    only_with(
        (
            "We do not share your personal data with others",
            "Wij delen uw persoonsgegevens niet met anderen",
        ),
        &with(|p| {
            p.recipients.clear();
            p.recipients_none = true;
        }),
        &[
            ("unanswered", with(|p| p.recipients.clear())),
            ("contradicted", with(|p| p.recipients_none = true)),
            ("named", complete()),
        ],
    );
}

#[test]
fn no_transfers_is_said_only_when_answered_and_never_beside_a_safeguard() {
    let inside = |p: &mut Project| {
        for r in &mut p.recipients {
            r.country = policywright::model::Country::new("BE");
            r.safeguard = None;
        }
    };
    only_with(
        (
            "We do not transfer your personal data outside",
            "Wij geven uw persoonsgegevens niet door buiten",
        ),
        &with(|p| {
            inside(p);
            p.transfers_outside_eea = Some(false);
        }),
        &[
            (
                "unanswered",
                with(|p| {
                    inside(p);
                    p.transfers_outside_eea = None;
                }),
            ),
            (
                "a safeguard in the EEA",
                with(|p| {
                    inside(p);
                    p.recipients[1].safeguard =
                        Some(policywright::model::TransferSafeguard::StandardContractualClauses);
                    p.transfers_outside_eea = Some(false);
                }),
            ),
            (
                "a recipient in the US",
                with(|p| p.transfers_outside_eea = Some(false)),
            ),
        ],
    );
    let contradicted = with(|p| p.transfers_outside_eea = Some(false));
    let findings = check::run(&contradicted, contradicted.document.effective_date);
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::TransfersContradictory)
        .expect("found");
    assert_eq!(finding.severity(), check::Severity::Error);
}

#[test]
fn no_automated_decisions_is_said_only_when_answered() {
    let none = |p: &mut Project| {
        for purpose in &mut p.purposes {
            purpose.automated_decision = None;
        }
    };
    only_with(
        (
            "We do not take decisions about you based solely on automated processing",
            "Wij nemen over u geen besluiten die uitsluitend",
        ),
        &with(|p| {
            none(p);
            p.automated_decisions = Some(false);
        }),
        &[
            (
                "unanswered",
                with(|p| {
                    none(p);
                    p.automated_decisions = None;
                }),
            ),
            (
                "contradicted",
                with(|p| p.automated_decisions = Some(false)),
            ),
        ],
    );
}

#[test]
fn children_are_mentioned_only_as_answered() {
    only_with(
        (
            "We do not offer online services directly to children.",
            "Wij bieden geen onlinediensten rechtstreeks aan kinderen aan.",
        ),
        &with(|p| p.children.online_services = Some(false)),
        &[
            ("unanswered", with(|p| p.children.online_services = None)),
            ("offered", with(|p| p.children.online_services = Some(true))),
        ],
    );
    only_with(
        (
            "We offer online services directly to children.",
            "Wij bieden onlinediensten rechtstreeks aan kinderen aan.",
        ),
        &with(|p| p.children.online_services = Some(true)),
        &[
            ("unanswered", with(|p| p.children.online_services = None)),
            ("not offered", complete()),
        ],
    );
    let said = everything(&with(|p| p.children.minors = None));
    assert!(
        !said.contains("we will delete it"),
        "no deletion promise for minors"
    );
    assert!(!said.contains("wij verwijderen die gegevens dan"));
}

#[test]
fn no_cookies_and_only_necessary_cookies_are_never_said_together() {
    only_with(
        (
            "Our website does not use cookies or similar technologies.",
            "Onze website gebruikt geen cookies of vergelijkbare technieken.",
        ),
        &with(|p| {
            p.cookies.clear();
            p.cookies_none = true;
        }),
        &[
            ("unanswered", with(|p| p.cookies.clear())),
            ("contradicted", with(|p| p.cookies_none = true)),
            ("listed", complete()),
        ],
    );
    only_with(
        (
            "None of the cookies our website uses needs your consent",
            "Geen van de cookies die onze website gebruikt, vereist uw toestemming",
        ),
        &with(|p| {
            p.cookies
                .retain(|c| c.category == CookieCategory::StrictlyNecessary)
        }),
        &[
            (
                "no cookies",
                with(|p| {
                    p.cookies.clear();
                    p.cookies_none = true;
                }),
            ),
            ("unanswered", with(|p| p.cookies.clear())),
            ("analytics too", complete()),
        ],
    );
}

#[test]
fn consent_is_claimed_only_for_a_banner() {
    let asked = |method| {
        with(move |p| {
            if let Some(consent) = &mut p.cookie_consent {
                consent.method = method;
            }
        })
    };
    for sentence in [
        (
            "For all other kinds, we ask your consent first.",
            "Voor alle andere soorten vragen wij eerst uw toestemming.",
        ),
        (
            "We set them only with your consent.",
            "Wij plaatsen ze alleen met uw toestemming.",
        ),
        ("a banner asks", "vragen wij u in een melding"),
    ] {
        only_with(
            sentence,
            &complete(),
            &[
                ("implied", asked(ConsentMethod::ImpliedByBrowsing)),
                ("not asked", asked(ConsentMethod::NotAsked)),
                ("unanswered", with(|p| p.cookie_consent = None)),
            ],
        );
    }
}

#[test]
fn a_source_is_called_public_or_not_only_as_answered() {
    only_with(
        (
            "This source is not publicly accessible.",
            "Deze bron is niet openbaar toegankelijk.",
        ),
        &with(|p| p.sources[0].publicly_accessible = Some(false)),
        &[(
            "unanswered",
            with(|p| p.sources[0].publicly_accessible = None),
        )],
    );
}

#[test]
fn each_security_sentence_says_exactly_its_tick() {
    let only = |measure: SecurityMeasure| with(move |p| p.security_measures = vec![measure]);
    only_with(
        (
            "We make backups of personal data regularly.",
            "Wij maken regelmatig back-ups van persoonsgegevens.",
        ),
        &only(SecurityMeasure::Backups),
        &[("restore tests", only(SecurityMeasure::RestoreTests))],
    );
    let backups = everything(&only(SecurityMeasure::Backups));
    assert!(!backups.contains("restored") && !backups.contains("teruggezet"));
    only_with(
        (
            "Personal data is encrypted when it is sent over the internet.",
            "Persoonsgegevens worden versleuteld wanneer ze over het internet worden verzonden.",
        ),
        &only(SecurityMeasure::EncryptionInTransit),
        &[
            ("at rest", only(SecurityMeasure::EncryptionAtRest)),
            ("where unsaid", only(SecurityMeasure::Encryption)),
        ],
    );
    // Format 1's "encryption" without a place says nothing at all.
    let unplaced = everything(&only(SecurityMeasure::Encryption));
    assert!(!unplaced.contains("encrypt") && !unplaced.contains("versleutel"));
}

#[test]
fn changes_are_announced_only_as_answered_and_never_promised_before_effect() {
    only_with(
        (
            "This is how we announce changes:",
            "Wijzigingen maken wij als volgt bekend:",
        ),
        &complete(),
        &[("unanswered", with(|p| p.change_notice.clear()))],
    );
    let email = everything(&with(|p| p.change_notice = vec![ChangeChannel::Email]));
    assert!(!email.contains("before they take effect"));
    assert!(!email.contains("voordat ze in werking treden"));
}

#[test]
fn an_empty_address_and_an_empty_version_print_nothing() {
    let project = with(|p| {
        p.organisation.address = Address::default();
        p.document.version = String::new();
    });
    let statement = build(&project, Locale::EN, DocumentKind::PrivacyStatement);
    let text = statement.to_plain_string();
    assert!(!text.contains("Address: Belgium"), "{text}");
    assert!(
        !text.contains("Version ·") && !text.contains("Version  "),
        "{text}"
    );
    assert_eq!(statement.subtitle, "In effect from 1 November 2026");
    assert!(
        !statement.footer.contains("version"),
        "{}",
        statement.footer
    );
}

#[test]
fn stock_examples_are_never_printed_for_the_organisation() {
    let project = with(|p| {
        for category in &mut p.data_categories {
            category.examples = None;
        }
        p.cookies.clear();
        p.cookies_none = true;
    });
    let text = everything(&project);
    for stock in [
        "date of birth, language",
        "geboortedatum, taal",
        "basket",
        "winkelmandje",
    ] {
        assert!(!text.contains(stock), "stock text {stock:?} printed");
    }
}

#[test]
fn a_project_with_errors_is_a_visible_draft_and_one_without_is_not() {
    let clean = complete();
    assert!(!check::has_errors(&clean));
    for locale in Locale::BUILT_IN {
        for kind in DocumentKind::ALL {
            assert_eq!(build(&clean, locale, kind).draft, None);
        }
    }
    let empty = Project::empty("", time::macros::date!(2026 - 12 - 01));
    let nl = build(&empty, Locale::NL, DocumentKind::PrivacyStatement);
    assert_eq!(nl.draft.as_deref(), Some("Ontwerp — niet publiceren"));
    let en = build(&empty, Locale::EN, DocumentKind::CookiePolicy);
    assert_eq!(en.draft.as_deref(), Some("Draft — not for publication"));
    let page = policywright::export::html(&en, &Default::default());
    assert_eq!(page.matches("class=\"pw-draft").count(), 2, "top and foot");
    assert!(page.contains("<mark class=\"pw-missing\">[To be answered: "));
}

#[test]
fn a_draft_is_exactly_a_project_with_error_findings() {
    let mut projects: Vec<Project> = STARTERS.iter().map(|s| s.project().unwrap()).collect();
    projects.push(complete());
    projects.push(Project::empty("", time::macros::date!(2026 - 12 - 01)));
    projects.push(with(|p| p.purposes[0].legal_basis = None));
    for project in projects {
        let errors = check::run(&project, project.document.effective_date)
            .iter()
            .any(|f| f.severity() == check::Severity::Error);
        assert_eq!(check::has_errors(&project), errors);
    }
}

#[test]
fn check_on_an_empty_project_names_every_unanswered_question() {
    let empty = Project::empty("", time::macros::date!(2026 - 12 - 01));
    let findings = check::run(&empty, time::macros::date!(2026 - 12 - 01));
    for question in Question::ALL {
        if !question.applies(&empty) {
            continue;
        }
        assert!(
            findings
                .iter()
                .any(|f| f.item.path == question.path() && f.rule.is_unanswered()),
            "{question:?} not named"
        );
    }
    // And the empty project's documents state nothing the owner did not say.
    let text = everything(&empty);
    for claim in [
        "We do not",
        "We have not",
        "Wij delen",
        "Wij hebben geen",
        "does not use cookies",
        "only strictly necessary",
    ] {
        assert!(!text.contains(claim), "{claim:?} in an empty project");
    }
}

/// The sentences that answer each question, in both languages: none of
/// them may appear while the question is unanswered.
fn claims(question: Question) -> &'static [&'static str] {
    match question {
        // The national law and the authority's address; a ticked Belgian
        // sector rule names the authority itself, as its own answer.
        Question::Country => &[
            "the Belgian Act of 30 July 2018",
            "de Belgische wet van 30 juli 2018",
            "Drukpersstraat 35",
            "Postbus 93374",
        ],
        Question::DataCategories => &["we process the following kinds of personal data"],
        Question::Purposes => &["We process your data only for the purposes below"],
        Question::Dpo => &[
            "We have not appointed",
            "We have appointed a data protection officer",
            "Wij hebben geen functionaris",
            "Wij hebben een functionaris",
        ],
        Question::Sources => &[
            "We receive it from the following sources",
            "publicly accessible",
        ],
        Question::Recipients => &["We share your data only with", "We do not share"],
        Question::Transfers => &[
            "outside the European Economic Area (EEA)",
            "We do not transfer",
        ],
        Question::AutomatedDecisions => &[
            "a decision about you is made by automated means",
            "We do not take decisions",
        ],
        Question::SecurityMeasures => &["We protect your personal data with the following"],
        Question::Children => &[
            "We do not offer online services",
            "We offer online services",
            "Wij bieden geen onlinediensten",
            "Wij bieden onlinediensten",
        ],
        Question::ChangeNotice => &["This is how we announce changes"],
        Question::Cookies => &[
            "does not use cookies or similar technologies",
            "We use the following kinds of cookies",
        ],
        Question::CookieConsent => &["a banner asks", "we ask your consent first"],
    }
}

/// Takes the answer to `question` away, as if never given.
fn unanswer(project: &mut Project, question: Question) {
    match question {
        Question::Country => project.organisation.address.country = None,
        Question::DataCategories => {
            project.data_categories.clear();
            for purpose in &mut project.purposes {
                purpose.data.clear();
            }
            for source in &mut project.sources {
                source.data.clear();
            }
        }
        Question::Purposes => {
            project.purposes.clear();
            for recipient in &mut project.recipients {
                recipient.purposes.clear();
            }
        }
        Question::Dpo => project.dpo = Dpo::NotAnswered,
        Question::Sources => {
            project.sources.clear();
            project.sources_none = false;
        }
        Question::Recipients => {
            project.recipients.clear();
            project.recipients_none = false;
        }
        Question::Transfers => {
            project.transfers_outside_eea = None;
            for recipient in &mut project.recipients {
                recipient.country = None;
                recipient.safeguard = None;
            }
        }
        Question::AutomatedDecisions => {
            project.automated_decisions = None;
            for purpose in &mut project.purposes {
                purpose.automated_decision = None;
            }
        }
        Question::SecurityMeasures => project.security_measures.clear(),
        Question::Children => project.children.online_services = None,
        Question::ChangeNotice => project.change_notice.clear(),
        Question::Cookies => {
            project.cookies.clear();
            project.cookies_none = false;
        }
        Question::CookieConsent => project.cookie_consent = None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// For any starter with any set of questions left unanswered, nothing
    /// is said about those questions, and the documents are drafts.
    #[test]
    fn an_unanswered_question_never_yields_a_statement(
        starter in 0..STARTERS.len(),
        cleared in proptest::collection::vec(any::<bool>(), Question::ALL.len()),
    ) {
        let mut project = STARTERS[starter].project().unwrap();
        let mut unanswered = Vec::new();
        for (question, clear) in Question::ALL.into_iter().zip(cleared) {
            if clear {
                unanswer(&mut project, question);
                unanswered.push(question);
            }
        }
        let unanswered: Vec<Question> = unanswered
            .into_iter()
            .filter(|q| q.applies(&project))
            .collect();
        let text = everything(&project);
        for question in &unanswered {
            for claim in claims(*question) {
                prop_assert!(!text.contains(claim), "{question:?} unanswered, yet {claim:?}");
            }
        }
        if !unanswered.is_empty() {
            prop_assert!(check::has_errors(&project));
            prop_assert!(text.contains("[To be answered: "));
            prop_assert!(text.contains("Draft — not for publication"));
            prop_assert!(text.contains("Ontwerp — niet publiceren"));
        }
    }
}
