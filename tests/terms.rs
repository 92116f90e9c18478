//! A purpose whose basis, interest or duty to give data differs between
//! its audiences, and one that uses special data under a condition of its
//! own: the documents say which terms hold for whom, and the checks ask
//! for each set of terms.

#[path = "support/answers.rs"]
mod answers;

use answers::{everything, found, not_found, run, with};
use policywright::check::Rule;
use policywright::model::{
    Art9Condition, AudienceTerms, LegalBasis, LocalText, Project, Provision, Requirement,
    SpecialDataTerms,
};

/// Purpose 0 ("Fulfilling orders", customers, contract, data needed for
/// the contract) also concerns course participants, who get their own
/// terms.
fn orders_with_participants(terms: AudienceTerms) -> Project {
    with(|p| {
        p.purposes[0].audiences.push("course-participants".into());
        p.purposes[0].per_audience.push(terms);
    })
}

fn participants_on_legitimate_interests() -> AudienceTerms {
    AudienceTerms {
        audience: "course-participants".into(),
        legal_basis: Some(LegalBasis::LegitimateInterests),
        legitimate_interest: Some(LocalText::universal("telling participants of a change")),
        provision: Some(Provision {
            requirement: Requirement::Voluntary,
            consequence: None,
        }),
    }
}

#[test]
fn each_audience_is_told_its_own_basis_and_whether_it_must_give_data() {
    let said = everything(&orders_with_participants(
        participants_on_legitimate_interests(),
    ));
    // The purpose's own terms are said for the audiences they still cover.
    assert!(
        said.contains("For customers: performance of a contract"),
        "{said}"
    );
    assert!(
        said.contains("for customers: we need this data in order to enter into a contract"),
        "{said}"
    );
    // The other audience gets its own, in both languages.
    assert!(said.contains("For course participants: legitimate interests pursued"));
    assert!(said.contains("for course participants: telling participants of a change"));
    assert!(said.contains("for course participants: providing this data is up to you."));
    assert!(said.contains("voor cursisten: u beslist zelf of u deze gegevens verstrekt"));
    // Nothing says that participants must give their data for a contract.
    assert!(!said.contains("for course participants: we need this data"));
}

#[test]
fn a_purpose_with_one_set_of_terms_names_no_audience() {
    let said = everything(&with(|_| {}));
    assert!(!said.contains("For customers:"));
}

#[test]
fn an_audience_with_terms_of_its_own_is_asked_for_each_of_them() {
    let mut terms = participants_on_legitimate_interests();
    terms.legal_basis = None;
    let project = orders_with_participants(terms);
    found(
        &project,
        Rule::PurposeLegalBasisMissing,
        "purposes[0].per_audience[0].legal_basis",
    );
    // Only the missing basis: the purpose's own terms are complete.
    assert_eq!(
        run(&project)
            .iter()
            .filter(|f| f.rule == Rule::PurposeLegalBasisMissing)
            .count(),
        1
    );

    let mut terms = participants_on_legitimate_interests();
    terms.legitimate_interest = None;
    found(
        &orders_with_participants(terms),
        Rule::PurposeLegitimateInterestMissing,
        "purposes[0].per_audience[0].legitimate_interest",
    );

    let mut terms = participants_on_legitimate_interests();
    terms.provision = Some(Provision {
        requirement: Requirement::Contractual,
        consequence: None,
    });
    found(
        &orders_with_participants(terms),
        Rule::PurposeProvisionConsequenceMissing,
        "purposes[0].per_audience[0].provision.consequence",
    );
}

#[test]
fn a_contract_with_people_not_party_to_it_is_warned_unless_they_have_another_basis() {
    let visitors_on_contract = with(|p| p.purposes[0].audiences.push("website-visitors".into()));
    found(
        &visitors_on_contract,
        Rule::ContractBasisNonParty,
        "purposes[0].legal_basis",
    );
    let visitors_on_interests = with(|p| {
        p.purposes[0].audiences.push("website-visitors".into());
        p.purposes[0].per_audience.push(AudienceTerms {
            audience: "website-visitors".into(),
            ..participants_on_legitimate_interests()
        });
    });
    not_found(&visitors_on_interests, Rule::ContractBasisNonParty);
}

#[test]
fn when_every_audience_has_its_own_terms_the_purposes_own_are_not_asked_or_said() {
    let project = with(|p| {
        let purpose = &mut p.purposes[0];
        purpose.legal_basis = None;
        purpose.provision = None;
        purpose.per_audience.push(AudienceTerms {
            audience: "customers".into(),
            ..participants_on_legitimate_interests()
        });
    });
    assert!(
        run(&project)
            .iter()
            .all(|f| f.item.path != "purposes[0].legal_basis"),
    );
    let said = everything(&project);
    assert!(said.contains("For customers: legitimate interests pursued"));
    assert!(!said.contains("not stated"), "{said}");
}

#[test]
fn a_purpose_may_use_special_data_under_its_own_condition() {
    // Workshops use health data (explicit consent for the kind); first aid
    // in an emergency rests on vital interests.
    let project = with(|p| {
        p.purposes[2].special_data.push(SpecialDataTerms {
            data: "health".into(),
            art9_condition: Some(Art9Condition::VitalInterests),
            art10_authorisation: None,
        })
    });
    let said = everything(&project);
    assert!(said.contains("only with your explicit consent (Art. 9(2)(a) GDPR)"));
    assert!(said.contains("For “Workshops”: We process this data to protect your vital interests"));
    assert!(said.contains("Voor ‘Workshops’:"));

    // With the condition given by every purpose that uses it, the kind
    // needs none of its own.
    let mut covered = project.clone();
    covered.data_categories[4].art9_condition = None;
    not_found(&covered, Rule::SpecialCategoryConditionMissing);
    let mut uncovered = covered.clone();
    uncovered.purposes[2].special_data.clear();
    found(
        &uncovered,
        Rule::SpecialCategoryConditionMissing,
        "data_categories[4].art9_condition",
    );
}

#[test]
fn an_art_10_authorisation_of_a_purpose_that_is_only_consent_is_an_error() {
    let project = with(|p| {
        p.purposes[2].special_data.push(SpecialDataTerms {
            data: "criminal-records".into(),
            art9_condition: None,
            art10_authorisation: Some(LocalText::universal("the applicant's consent")),
        })
    });
    found(
        &project,
        Rule::Art10ConsentOnly,
        "purposes[2].special_data[0].art10_authorisation",
    );
}

#[test]
fn the_right_to_object_names_a_purpose_only_for_the_groups_it_rests_on_interests_for() {
    let said = everything(&orders_with_participants(
        participants_on_legitimate_interests(),
    ));
    assert!(
        said.contains("These purposes rest on legitimate interests: Fulfilling orders (for course participants); Website security."),
        "{said}"
    );
    assert!(said.contains("Bestellingen uitvoeren (voor cursisten)"));
    // No answer rests on a public task, so none is mentioned.
    assert!(!said.contains("task in the public interest:"));
}
