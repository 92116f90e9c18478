//! Sentences about decisions, requests, joint controllers, the
//! organisation's other names and roles, transfers and consent, each said
//! only with the answer that supports it.

#[path = "support/answers.rs"]
mod answers;

use answers::{build, complete, everything, only_with, with};
use policywright::check::{self, Rule};
use policywright::document::DocumentKind;
use policywright::model::{ConsentMethod, Locale, Project};
#[test]
fn a_decision_by_another_controller_is_reviewed_by_them_not_by_us() {
    let project = with(|p| {
        let decision = p.purposes[3].automated_decision.as_mut().unwrap();
        decision.taken_by = Some("Klarna".into());
    });
    let text = everything(&project);
    assert!(text.contains("This decision is taken by Klarna, not by us."));
    assert!(text.contains("contact Klarna"));
    assert!(!text.contains("a person of ours review"), "{text}");
    // Taken by us on a contract: our own review is promised.
    let ours = everything(&complete());
    assert!(ours.contains("a person of ours review the decision"));
    assert!(ours.contains("Art. 22(2)(a) GDPR"));
}

#[test]
fn profiling_without_significant_effects_is_no_art_22_decision() {
    let project = with(|p| {
        let decision = p.purposes[3].automated_decision.as_mut().unwrap();
        decision.significant = Some(false);
        p.automated_decisions = Some(false);
    });
    let text = build(&project, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(text.contains("We do not take decisions about you based solely"));
    assert!(text.contains("(profiling), without this having legal effects for you or similarly significantly affecting you"));
    assert!(text.contains("Credit check"));
    assert!(!text.contains("Art. 22(2)"), "no exception needed: {text}");
    assert!(!check::has_errors(&project));
}

#[test]
fn an_unanswered_significance_or_exception_shows_a_placeholder() {
    let project = with(|p| {
        let decision = p.purposes[3].automated_decision.as_mut().unwrap();
        decision.significant = None;
        decision.ground = None;
    });
    let text = build(&project, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(text.contains("[To be answered: which exception of Art. 22(2) allows this decision?]"));
    assert!(text.contains("[To be answered: does this decision have legal or similarly"));
    assert!(!text.contains("a person of ours review"), "{text}");
}

#[test]
fn the_right_to_go_to_court_is_always_stated() {
    for project in [
        complete(),
        Project::empty("", time::macros::date!(2026 - 12 - 01)),
    ] {
        let text = everything(&project);
        assert!(text.contains("(Art. 79 GDPR)") && text.contains("(art. 79 AVG)"));
    }
}

#[test]
fn ways_to_make_a_request_are_named_only_as_answered() {
    let plain = everything(&with(|p| p.requests = Default::default()));
    assert!(!plain.contains("by post, to") && !plain.contains("in person, at our premises"));
    assert!(!plain.contains("We aim to answer within"));
    let project = with(|p| {
        p.requests.by_post = true;
        p.requests.in_person = true;
        p.requests.web_form = Some("https://ateliervermeulen.be/privacy-request".into());
        p.requests.identity_proof = Some(policywright::model::LocalText::translated(&[
            (Locale::NL, "een kopie van uw identiteitskaart"),
            (Locale::EN, "a copy of your identity card"),
        ]));
        p.requests.response_days = Some(14);
        p.requests.complaints = Some(policywright::model::Contact {
            name: "Ombudsdienst".into(),
            email: Some("ombuds@ateliervermeulen.be".into()),
            ..Default::default()
        });
    });
    let text = build(&project, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(text.contains("by post, to "), "{text}");
    assert!(text.contains("https://ateliervermeulen.be/privacy-request"));
    assert!(text.contains("in person, at our premises"));
    assert!(text.contains("proof of your identity when we cannot otherwise be sure that a request comes from you: a copy of your identity card"));
    assert!(text.contains("We aim to answer within 14 days."));
    assert!(text.contains("Complaints about how we handle your data go to:"));
    assert!(text.contains("ombuds@ateliervermeulen.be"));
    assert!(!check::has_errors(&project));
    // More days than a month can have: an error, and no promise printed.
    let slow = with(|p| p.requests.response_days = Some(45));
    assert!(check::has_errors(&slow));
    assert!(!everything(&slow).contains("45 days"));
}

#[test]
fn a_joint_controller_comes_with_the_essence_of_the_arrangement() {
    let joint = |arrangement: Option<&str>| {
        with(move |p| {
            p.recipients[0].role = Some(policywright::model::RecipientRole::JointController);
            p.recipients[0].arrangement =
                arrangement.map(policywright::model::LocalText::universal);
        })
    };
    let stated = joint(Some(
        "We inform you; Combell answers questions about its data.",
    ));
    let text = build(&stated, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(
        text.contains("we are joint controllers (Art. 26 GDPR)"),
        "{text}"
    );
    assert!(
        text.contains("Combell NV: We inform you; Combell answers"),
        "{text}"
    );
    assert!(text.contains("You can exercise your rights with us and with that recipient."));
    assert!(!check::has_errors(&stated));
    let unstated = joint(None);
    let text = build(&unstated, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(text.contains("[To be answered: what is the essence of your arrangement"));
    assert!(check::has_errors(&unstated));
    assert!(!everything(&complete()).contains("joint controllers (Art. 26"));
}

#[test]
fn trade_names_group_processor_role_and_the_kept_choice_are_said_as_answered() {
    let text = everything(&complete());
    assert!(text.contains("Trading as: Vermeulen Design"), "{text}");
    assert!(text.contains("Part of the group: Vermeulen Holding NV"));
    assert!(text.contains("as their processor (Art. 28 GDPR)"));
    assert!(text.contains("We manage some clients' customer lists on their behalf."));
    assert!(text.contains("We keep your choice for 6 months, then ask you again."));
    assert!(text.contains("Wij bewaren uw keuze 6 maanden en vragen het u daarna opnieuw."));
    let silent = with(|p| {
        p.organisation.trade_names.clear();
        p.organisation.group = None;
        p.organisation.processor_for = None;
        if let Some(consent) = &mut p.cookie_consent {
            consent.choice_kept_months = None;
        }
    });
    let text = everything(&silent);
    for absent in [
        "Trading as",
        "Part of the group",
        "as their processor",
        "We keep your choice",
    ] {
        assert!(!text.contains(absent), "{absent}");
    }
}

#[test]
fn standard_contractual_clauses_are_named_by_decision_and_old_ones_are_an_error() {
    use policywright::model::{Scc, TransferSafeguard};
    let clauses = |scc: Option<Scc>| {
        with(move |p| {
            p.recipients[1].safeguard = Some(TransferSafeguard::StandardContractualClauses);
            p.recipients[1].scc = scc;
        })
    };
    let current = clauses(Some(Scc::Current(Some(2))));
    let text = build(&current, Locale::EN, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(
        text.contains("Commission Implementing Decision (EU) 2021/914, module 2"),
        "{text}"
    );
    let nl = build(&current, Locale::NL, DocumentKind::PrivacyStatement).to_plain_string();
    assert!(
        nl.contains(
            "Uitvoeringsbesluit (EU) 2021/914 van de Europese Commissie gesloten, module 2"
        )
    );
    assert!(!check::has_errors(&current));
    let old = clauses(Some(Scc::Repealed2010));
    let findings = check::run(&old, old.document.effective_date);
    let repealed = findings
        .iter()
        .find(|f| f.rule == Rule::SccRepealed)
        .expect("repealed clauses found");
    assert!(
        repealed
            .message(policywright::i18n::I18n::embedded(), Locale::EN)
            .contains("2010/87")
    );
}

#[test]
fn sector_rules_on_rights_are_said_only_when_ticked() {
    use policywright::model::SectorRule;
    let plain = everything(&complete());
    assert!(!plain.contains("art. 65") && !plain.contains("person of trust"));
    let project = with(|p| {
        p.requests.sector_rules = vec![
            SectorRule::AmlIndirectAccess,
            SectorRule::PatientRights,
            SectorRule::ProfessionalSecrecy,
        ]
    });
    let text = everything(&project);
    assert!(
        text.contains("through the Data Protection Authority, not with us (Art. 65 of that Act)")
    );
    assert!(text.contains("within 15 days of your request"));
    assert!(text.contains("professional secrecy under Belgian criminal law"));
    assert!(text.contains("via de Gegevensbeschermingsautoriteit, niet bij ons"));
}

#[test]
fn only_necessary_cookies_before_the_choice_is_said_only_when_ticked() {
    let banner_that_waits = complete();
    only_with(
        (
            "Until you choose, we place only strictly necessary cookies.",
            "Zolang u geen keuze hebt gemaakt, plaatsen wij alleen strikt noodzakelijke cookies.",
        ),
        &banner_that_waits,
        &[
            (
                "not ticked",
                with(|p| p.cookie_consent.as_mut().unwrap().waits_for_choice = false),
            ),
            (
                "implied consent",
                with(|p| {
                    p.cookie_consent.as_mut().unwrap().method = ConsentMethod::ImpliedByBrowsing
                }),
            ),
        ],
    );
    let not_ticked = with(|p| p.cookie_consent.as_mut().unwrap().waits_for_choice = false);
    assert!(
        check::run(&not_ticked, not_ticked.document.effective_date)
            .iter()
            .any(|f| f.rule == Rule::CookiesBeforeChoice
                && f.item.path == "cookie_consent.waits_for_choice")
    );
}

#[test]
fn a_blank_version_is_not_printed_as_empty_brackets() {
    let blank = answers::with(|p| p.document.version = String::new());
    let said = answers::everything(&blank);
    assert!(!said.contains("()"), "{said}");
    assert!(said.contains("This version takes effect on"));
    assert!(said.contains("Deze versie treedt in werking op"));
}

/// A contact typed and then cleared again in the wizard stays in the
/// project as empty fields; the documents do not introduce it.
#[test]
fn a_contact_whose_fields_were_cleared_is_not_introduced() {
    let said = everything(&complete());
    assert!(said.contains("For questions about your personal data, you can contact:"));
    let cleared = with(|p| {
        p.privacy_contact = Some(Default::default());
        p.requests.complaints = Some(policywright::model::Contact {
            name: " ".into(),
            ..Default::default()
        });
    });
    let said = everything(&cleared);
    assert!(!said.contains("you can contact:"), "{said}");
    assert!(
        !said.contains("Complaints about how we handle your data go to"),
        "{said}"
    );
}
