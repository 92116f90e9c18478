//! Answers that link parts of a project: the purposes each recipient
//! receives data for, the purposes the website's cookies serve, and the
//! purposes that are direct marketing. The documents say each link only
//! when it is answered; the checks ask for the missing ones.

#[path = "support/answers.rs"]
mod answers;

use answers::{complete, everything, found, not_found, with};
use policywright::check::Rule;
use policywright::model::CookieCategory;
use policywright::storage::{self, Inconsistency, LoadError};
use policywright::ui::steps::purposes;

#[test]
fn the_recipient_table_says_what_each_recipient_receives_data_for() {
    let said = everything(&complete());
    assert!(said.contains("Purposes: Fulfilling orders; Website security"));
    assert!(said.contains("Doeleinden: Bestellingen uitvoeren; Websitebeveiliging"));

    let unlinked = with(|p| p.recipients[0].purposes.clear());
    let said = everything(&unlinked);
    assert!(!said.contains("Purposes: Fulfilling orders; Website security"));
    found(
        &unlinked,
        Rule::RecipientServesNoPurpose,
        "recipients[0].purposes",
    );
    not_found(&complete(), Rule::RecipientServesNoPurpose);
}

#[test]
fn a_kind_of_cookie_names_the_purposes_it_is_set_for() {
    let said = everything(&complete());
    assert!(said.contains("They are set for this purpose: Website statistics."));
    assert!(said.contains("Ze worden geplaatst voor dit doel: Websitestatistieken."));
    not_found(&complete(), Rule::CookieServesNoPurpose);

    let unserved = with(|p| p.purposes[5].cookies.clear());
    assert!(!everything(&unserved).contains("They are set for"));
    let finding = found(
        &unserved,
        Rule::CookieServesNoPurpose,
        "cookies[1].category",
    );
    assert!(
        finding
            .message(
                policywright::i18n::I18n::embedded(),
                policywright::model::Locale::EN
            )
            .contains("analytics cookies, such as \"_ga\""),
    );
    // A strictly necessary cookie serves the website itself.
    let necessary_only = with(|p| {
        p.cookies
            .retain(|c| c.category == CookieCategory::StrictlyNecessary);
        p.purposes[5].cookies.clear();
    });
    not_found(&necessary_only, Rule::CookieServesNoPurpose);
}

#[test]
fn the_right_to_object_to_direct_marketing_is_said_only_for_direct_marketing() {
    let sentence = "This purpose is direct marketing: Website statistics. You can object to direct marketing at any time, without giving a reason, by writing to privacy@ateliervermeulen.be";
    assert!(!everything(&complete()).contains("direct marketing:"));
    let marketing = with(|p| p.purposes[5].direct_marketing = Some(true));
    let said = everything(&marketing);
    assert!(said.contains(sentence), "{said}");
    assert!(said.contains("Dit doel is direct marketing: Websitestatistieken."));
    let answered_no = with(|p| p.purposes[5].direct_marketing = Some(false));
    assert!(!everything(&answered_no).contains(sentence));
}

#[test]
fn a_purpose_that_looks_like_marketing_is_asked_whether_it_is() {
    not_found(&complete(), Rule::DirectMarketingUnanswered);
    let advertising = with(|p| p.purposes[5].cookies.push(CookieCategory::Marketing));
    found(
        &advertising,
        Rule::DirectMarketingUnanswered,
        "purposes[5].direct_marketing",
    );
    let answered = with(|p| {
        p.purposes[5].cookies.push(CookieCategory::Marketing);
        p.purposes[5].direct_marketing = Some(false);
    });
    not_found(&answered, Rule::DirectMarketingUnanswered);
}

#[test]
fn removing_a_purpose_in_the_wizard_unlinks_it_from_its_recipients() {
    let mut project = complete();
    purposes::update(
        &mut purposes::State,
        &mut project,
        purposes::Message::Remove(0),
    );
    assert_eq!(project.recipients[0].purposes, vec!["security".to_owned()]);
    assert!(project.recipients[2].purposes.is_empty());
    assert!(project.dangling_references().is_empty());
}

#[test]
fn a_purpose_gets_a_key_of_its_own_when_a_recipient_first_names_it() {
    let mut project = with(|p| {
        for purpose in &mut p.purposes {
            purpose.key.clear();
        }
        for recipient in &mut p.recipients {
            recipient.purposes.clear();
        }
        p.purposes[2].key = "purpose-2".into();
    });
    assert_eq!(project.purpose_key(1).as_deref(), Some("purpose-3"));
    assert_eq!(project.purpose_key(1).as_deref(), Some("purpose-3"));
    assert_eq!(project.purpose_key(0).as_deref(), Some("purpose-1"));
    assert_eq!(project.purpose_key(9), None);
}

#[test]
fn a_file_naming_a_purpose_it_does_not_have_is_refused_with_the_place() {
    let text = std::fs::read_to_string("tests/fixtures/complete.ron")
        .unwrap()
        .replacen(r#"purposes: ["workshops"]"#, r#"purposes: ["workshop"]"#, 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.ron");
    std::fs::write(&path, text).unwrap();
    let Err(LoadError::Inconsistent { problems, .. }) = storage::load(&path) else {
        panic!("a dangling purpose key loads");
    };
    assert_eq!(
        problems,
        vec![Inconsistency::UnknownKey {
            field: "recipients[1].purposes[0]".into(),
            key: "workshop".into()
        }]
    );
}

#[test]
fn direct_marketing_on_legitimate_interests_is_named_only_where_objecting_is_absolute() {
    // Objection to direct marketing needs no reason (Art. 21(3)); listing
    // the purpose also among those where "compelling grounds" may prevail
    // would contradict it.
    let marketing = with(|p| {
        p.purposes[5].legal_basis = Some(policywright::model::LegalBasis::LegitimateInterests);
        p.purposes[5].legitimate_interest = Some(policywright::model::LocalText::universal(
            "improving our website",
        ));
        p.purposes[5].direct_marketing = Some(true);
    });
    let said = everything(&marketing);
    assert!(said.contains("This purpose is direct marketing: Website statistics."));
    assert!(
        said.contains("This purpose rests on legitimate interests: Website security."),
        "{said}"
    );
}
