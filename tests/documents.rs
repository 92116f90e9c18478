//! What the privacy statement says: every GDPR Art. 13/14 item appears
//! when the project answers it, and is left out or said not to apply when
//! it does not. Nothing is invented.

#[path = "support/documents.rs"]
mod documents;

use documents::{build, complete, has_section, section_text, statement};
use policywright::document::DocumentKind;
use policywright::model::{
    Authority, Contact, Country, Dpo, LegalBasis, LocalText, Locale, TransferSafeguard,
};

#[test]
fn item_1_the_controller_identity_and_contact_details() {
    let text = section_text(&statement(&complete()), "controller").unwrap();
    for expected in [
        "Atelier Vermeulen BV",
        "Kouter 12, 9000 Gent, Belgium",
        "0428.555.896",
        "BE0428555896",
        "info@ateliervermeulen.be",
        "+32 9 123 45 67",
        "https://www.ateliervermeulen.be",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn item_1_a_representative_only_when_there_is_one() {
    let mut project = complete();
    assert!(!has_section(&statement(&project), "representative"));
    project.organisation.representative = Some(Contact {
        name: "EU Rep GmbH".into(),
        email: Some("rep@example.eu".into()),
        ..Contact::default()
    });
    let text = section_text(&statement(&project), "representative").unwrap();
    assert!(text.contains("EU Rep GmbH") && text.contains("rep@example.eu"));
}

#[test]
fn a_dutch_organisation_shows_its_kvk_number_as_such() {
    let mut project = complete();
    project.organisation.address.country = Country::new("NL");
    project.organisation.enterprise_number = Some("12345678".into());
    let text = section_text(&statement(&project), "controller").unwrap();
    assert!(
        text.contains("Chamber of Commerce (KvK) number: 12345678"),
        "{text}"
    );
}

#[test]
fn item_2_the_dpo_or_a_plain_statement_that_there_is_none() {
    let mut project = complete();
    let text = section_text(&statement(&project), "dpo").unwrap();
    assert!(text.contains("Sara De Smet") && text.contains("dpo@ateliervermeulen.be"));

    project.dpo = Dpo::NotAppointed;
    let text = section_text(&statement(&project), "dpo").unwrap();
    assert!(
        text.contains("We have not appointed a data protection officer."),
        "{text}"
    );
    assert!(!text.contains("because"), "no reason nobody gave: {text}");
    assert!(!text.contains("Sara De Smet"));
    // The privacy contact is named with the controller, DPO or not.
    let controller = section_text(&statement(&project), "controller").unwrap();
    assert!(
        controller.contains("privacy@ateliervermeulen.be"),
        "{controller}"
    );

    project.dpo = Dpo::NotAppointedBecause(LocalText::universal(
        "Our core activities do not involve large-scale monitoring.",
    ));
    let text = section_text(&statement(&project), "dpo").unwrap();
    assert!(text.contains("large-scale monitoring"), "{text}");
}

#[test]
fn item_3_each_purpose_with_its_legal_basis() {
    let text = section_text(&statement(&complete()), "purposes").unwrap();
    assert!(
        text.contains(
            "Fulfilling orders\nWe deliver what you order and invoice it.\nApplies to: customers | \
         Identity data, Contact details, Financial data | Performance of a contract"
        ),
        "{text}"
    );
    assert!(text.contains("Website security"));
    assert!(
        text.contains("Legitimate interests pursued by us or by a third party (Art. 6(1)(f) GDPR)")
    );
    assert!(text.contains("Your consent (Art. 6(1)(a) GDPR)"));
}

#[test]
fn a_purpose_without_a_legal_basis_says_so_instead_of_inventing_one() {
    let mut project = complete();
    project.purposes[0].legal_basis = None;
    let text = section_text(&statement(&project), "purposes").unwrap();
    let row = text
        .lines()
        .find(|l| l.contains("Identity data, Contact details, Financial data"))
        .unwrap();
    assert!(row.contains("| not stated |"), "{row}");
}

#[test]
fn item_4_the_legitimate_interest_of_each_purpose_that_relies_on_one() {
    let mut project = complete();
    let text = section_text(&statement(&project), "legitimate-interests").unwrap();
    assert!(text.contains("Website security: protecting our website against abuse"));

    project.purposes[1].legal_basis = Some(LegalBasis::Contract);
    let document = statement(&project);
    assert!(!has_section(&document, "legitimate-interests"));
    // Nothing is left to object to, so no section promises it.
    assert!(!has_section(&document, "objection"));
}

#[test]
fn item_5_recipients_or_a_plain_statement_that_there_are_none() {
    let mut project = complete();
    let text = section_text(&statement(&project), "recipients").unwrap();
    assert!(
        text.contains(
            "Combell NV | hosting our website\nPurposes: Fulfilling orders; Website security | Processor"
        ),
        "{text}"
    );
    assert!(text.contains(
        "our accountant | bookkeeping and tax returns\nPurpose: Fulfilling orders | Independent controller"
    ));
    assert!(text.contains("on our instructions"), "{text}");

    // No recipients and no answer: nothing is said, a placeholder asks.
    project.recipients.clear();
    let text = section_text(&statement(&project), "recipients").unwrap();
    assert!(!text.contains("We do not share"), "{text}");
    assert!(text.contains("[To be answered:"), "{text}");
    // Only "nobody" said in so many words says so.
    project.recipients_none = true;
    let text = section_text(&statement(&project), "recipients").unwrap();
    assert!(
        text.contains("We do not share your personal data"),
        "{text}"
    );
    // "Nobody" beside a named recipient: neither is said.
    project.recipients = complete().recipients;
    let text = section_text(&statement(&project), "recipients").unwrap();
    assert!(
        !text.contains("We do not share") && !text.contains("Combell"),
        "{text}"
    );
}

#[test]
fn item_6_transfers_name_the_country_and_the_safeguard() {
    let mut project = complete();
    let text = section_text(&statement(&project), "transfers").unwrap();
    assert!(text.contains("Cloudmail Inc. (United States)"), "{text}");
    assert!(text.contains("EU-U.S. Data Privacy Framework"), "{text}");
    // An adequacy decision has no document to copy (Art. 13(1)(f)).
    assert!(!text.contains("copy of the safeguards"), "{text}");

    project.recipients[1].safeguard = Some(TransferSafeguard::StandardContractualClauses);
    let text = section_text(&statement(&project), "transfers").unwrap();
    assert!(text.contains("standard contractual clauses"), "{text}");
    assert!(text.contains("copy of the safeguards"), "{text}");

    // A safeguard for a recipient in the EEA: a transfer nobody can
    // place, so neither "we transfer" nor "we do not".
    project.recipients[1].country = Country::new("IE");
    for said in [Some(true), Some(false), None] {
        project.transfers_outside_eea = said;
        let text = section_text(&statement(&project), "transfers").unwrap();
        assert!(!text.contains("We do not transfer"), "{said:?}: {text}");
        assert!(!text.contains("Cloudmail"), "{said:?}: {text}");
    }
    project.transfers_outside_eea = Some(false);
    let findings = policywright::check::run(&project, time::macros::date!(2026 - 11 - 23));
    assert!(
        findings
            .iter()
            .any(|f| f.rule == policywright::check::Rule::TransfersContradictory),
        "a contradiction is an error"
    );
    project.recipients[1].safeguard = None;
    let text = section_text(&statement(&project), "transfers").unwrap();
    assert!(
        text.contains("We do not transfer your personal data outside"),
        "{text}"
    );
}

#[test]
fn a_transfer_to_a_country_with_an_adequacy_decision_needs_no_stated_safeguard() {
    let mut project = complete();
    project.recipients[1].country = Country::new("CH");
    project.recipients[1].safeguard = None;
    let text = section_text(&statement(&project), "transfers").unwrap();
    assert!(
        text.contains("Cloudmail Inc. (Switzerland): the European Commission has decided"),
        "{text}"
    );
}

#[test]
fn item_7_retention_as_a_period_or_as_criteria() {
    let text = section_text(&statement(&complete()), "purposes").unwrap();
    assert!(text.contains("7 years after the end of the financial year concerned"));
    assert!(text.contains("30 days after collection"));
    assert!(text.contains("6 months after collection"));
    assert!(text.contains("until the end of the workshop"));
}

#[test]
fn item_8_every_right_with_how_to_exercise_it_and_objection_apart() {
    let document = statement(&complete());
    let rights = section_text(&document, "rights").unwrap();
    for right in [
        "Right of access",
        "Right to rectification",
        "Right to erasure",
        "Right to restriction of processing",
        "Right to data portability",
        "write to privacy@ateliervermeulen.be",
        "within one month",
        "two further months",
        "free of charge",
    ] {
        assert!(rights.contains(right), "missing {right:?}");
    }
    let objection = section_text(&document, "objection").unwrap();
    assert!(objection.contains("right to object"), "{objection}");
    assert!(objection.contains("particular situation"), "{objection}");
    assert!(
        objection.contains("This purpose rests on legitimate interests: Website security."),
        "{objection}"
    );
    assert!(!rights.contains("Right to object"));
    // Objecting to direct marketing is said once a purpose is answered to
    // be direct marketing.
    assert!(!objection.contains("direct marketing"));
    let mut marketing = complete();
    marketing.purposes[5].direct_marketing = Some(true);
    let objection = section_text(&statement(&marketing), "objection").unwrap();
    assert!(objection.contains("direct marketing"), "{objection}");
}

#[test]
fn item_9_withdrawing_consent_only_where_something_rests_on_consent() {
    let mut project = complete();
    assert!(has_section(&statement(&project), "consent-withdrawal"));
    project.purposes[2].legal_basis = Some(LegalBasis::Contract);
    project.purposes[5].legal_basis = Some(LegalBasis::LegitimateInterests);
    // Health data still rests on explicit consent (Art. 9(2)(a)).
    assert!(has_section(&statement(&project), "consent-withdrawal"));
    project.data_categories[4].art9_condition =
        Some(policywright::model::Art9Condition::HealthCare);
    // Cookies that wait for consent rest on consent too, and the statement
    // says where visitors withdraw it, as answered.
    let section = section_text(&statement(&project), "consent-withdrawal").unwrap();
    assert!(
        section.contains("You can change or withdraw your consent to cookies at any time"),
        "{section}"
    );
    project.cookies.clear();
    project.cookies_none = true;
    assert!(!has_section(&statement(&project), "consent-withdrawal"));
}

#[test]
fn item_10_the_competent_authority_is_chosen_by_country() {
    let mut project = complete();
    let text = section_text(&statement(&project), "complaint").unwrap();
    assert!(text.contains("Gegevensbeschermingsautoriteit"), "{text}");
    assert!(text.contains("Drukpersstraat 35 / Rue de la Presse 35, 1000 Brussel / Bruxelles"));
    assert!(text.contains("contact@apd-gba.be"));
    assert!(!text.contains("Commissie voor de bescherming"));

    project.organisation.address.country = Country::new("NL");
    let text = section_text(&statement(&project), "complaint").unwrap();
    assert!(text.contains("Autoriteit Persoonsgegevens"), "{text}");
    // With its country, so the address works from abroad.
    assert!(
        text.contains("Postbus 93374, 2509 AJ Den Haag, Netherlands"),
        "{text}"
    );
    assert!(text.contains("+31 88 1805 250"));

    project.organisation.address.country = Country::new("DE");
    let text = section_text(&statement(&project), "complaint").unwrap();
    assert!(
        text.contains("data protection authority of the country where we are established: Germany"),
        "{text}"
    );

    project.supervisory_authority = Some(Authority {
        name: LocalText::universal("Der Landesbeauftragte"),
        address: vec!["Musterstraße 1".into()],
        phone: None,
        email: None,
        website: None,
    });
    let text = section_text(&statement(&project), "complaint").unwrap();
    assert!(text.contains("Der Landesbeauftragte") && text.contains("Musterstraße 1"));
}

#[test]
fn item_11_whether_data_must_be_provided_and_the_consequence() {
    let mut project = complete();
    let text = section_text(&statement(&project), "obligation").unwrap();
    assert!(
        text.contains("Fulfilling orders: we need this data in order to enter into a contract")
    );
    assert!(text.contains("If you do not provide it, we cannot deliver your order."));
    for purpose in &mut project.purposes {
        purpose.provision = None;
    }
    assert!(!has_section(&statement(&project), "obligation"));
}

#[test]
fn item_12_automated_decisions_with_their_logic_or_a_statement_that_there_are_none() {
    let mut project = complete();
    let text = section_text(&statement(&project), "automated-decisions").unwrap();
    assert!(text.contains("Credit check"));
    assert!(text.contains("profiling"));
    assert!(text.contains("a score based on your payment history"));
    assert!(text.contains("with a low score you cannot pay afterwards"));
    assert!(text.contains("have a person of ours review"));

    // complete.ron answers "yes" in so many words: without the decision
    // that answer has nothing to describe, and nothing is said.
    project.purposes[3].automated_decision = None;
    let text = section_text(&statement(&project), "automated-decisions").unwrap();
    assert!(!text.contains("We do not take decisions"), "{text}");
    assert!(text.contains("[To be answered:"), "{text}");
    project.automated_decisions = Some(false);
    let text = section_text(&statement(&project), "automated-decisions").unwrap();
    assert!(
        text.contains("We do not take decisions about you based solely on automated processing")
    );
}

#[test]
fn items_13_and_14_data_from_other_sources_with_the_source_and_whether_it_is_public() {
    let mut project = complete();
    let text = section_text(&statement(&project), "sources").unwrap();
    assert!(
        text.contains("your public LinkedIn profile: Identity data, portfolio"),
        "{text}"
    );
    assert!(text.contains("This is a publicly accessible source."));
    project.sources[0].publicly_accessible = Some(false);
    let text = section_text(&statement(&project), "sources").unwrap();
    assert!(text.contains("This source is not publicly accessible."));
    project.sources[0].publicly_accessible = None;
    let text = section_text(&statement(&project), "sources").unwrap();
    assert!(!text.contains("publicly accessible source."), "{text}");
    assert!(text.contains("[To be answered: is this source publicly accessible?]"));
    project.sources.clear();
    project.sources_none = true;
    assert!(!has_section(&statement(&project), "sources"));
}

#[test]
fn special_categories_carry_their_art9_condition_and_criminal_data_its_law() {
    let mut project = complete();
    let document = statement(&project);
    let special = section_text(&document, "special-data").unwrap();
    assert!(special.contains("Health data: allergies you report for a workshop"));
    assert!(special.contains("explicit consent (Art. 9(2)(a) GDPR)"));
    let criminal = section_text(&document, "criminal-data").unwrap();
    assert!(criminal.contains("criminal record extracts for work with minors"));
    // Sensitive data is not listed among the ordinary data.
    assert!(
        !section_text(&document, "data")
            .unwrap()
            .contains("Health data")
    );

    project.data_categories.retain(|c| !c.kind.is_special());
    project.purposes[2].data.retain(|k| k != "health");
    let document = statement(&project);
    assert!(!has_section(&document, "special-data"));
}

#[test]
fn children_are_addressed_with_the_age_of_digital_consent_of_the_country() {
    let mut project = complete();
    project.children.online_services = Some(true);
    let text = section_text(&statement(&project), "children").unwrap();
    assert!(text.contains("younger than 13"), "{text}");
    assert!(text.contains("parent or guardian"), "{text}");
    project.organisation.address.country = Country::new("NL");
    let text = section_text(&statement(&project), "children").unwrap();
    assert!(text.contains("younger than 16"), "{text}");
    project.children.online_services = Some(false);
    let text = section_text(&statement(&project), "children").unwrap();
    assert!(
        text.contains("We do not offer online services directly to children."),
        "{text}"
    );
    assert!(!text.contains("delete"), "no promise nobody made: {text}");
}

#[test]
fn the_statement_carries_its_version_and_date_of_effect_in_each_language() {
    let project = complete();
    let en = statement(&project);
    assert_eq!(en.subtitle, "Version 2.1 · in effect from 1 November 2026");
    let nl = build(&project, Locale::NL, DocumentKind::PrivacyStatement);
    assert!(nl.subtitle.contains("1 november 2026"), "{}", nl.subtitle);
    assert!(
        section_text(&en, "changes")
            .unwrap()
            .contains("We publish the new version on our website")
    );
}
