//! Where data goes: a recipient processes it in one or more countries, or
//! outside the EEA without naming where, apart from its company seat; and
//! the kinds of recipients beyond processors and controllers.

#[path = "support/answers.rs"]
mod answers;

use answers::{everything, found, not_found, with};
use policywright::check::{Detail, Rule};
use policywright::model::{Country, RecipientRole, TransferSafeguard};
use policywright::questions::{self, AnswerState, Question};

fn country(code: &str) -> Country {
    Country::new(code).unwrap()
}

#[test]
fn every_country_of_processing_is_named_and_the_seat_apart() {
    // Recipient 0, Combell NV in Belgium, also processes in the US.
    let project = with(|p| {
        let combell = &mut p.recipients[0];
        combell.also_processed_in.push(country("US"));
        combell.safeguard = Some(TransferSafeguard::DataPrivacyFramework);
        combell.seat = Some(country("NL"));
    });
    let said = everything(&project);
    assert!(
        said.contains("Belgium, United States\nRegistered office: Netherlands"),
        "{said}"
    );
    assert!(said.contains("Combell NV (United States): the company in the United States that receives or can access the data is certified"));
    assert!(questions::is_outside_eea(&project.recipients[0]));
    not_found(&project, Rule::TransferSafeguardMissing);
}

#[test]
fn each_country_outside_the_eea_needs_the_safeguard() {
    // Switzerland has an adequacy decision; the US only for certified
    // companies.
    let project = with(|p| {
        let combell = &mut p.recipients[0];
        combell.country = Some(country("CH"));
        combell.also_processed_in.push(country("US"));
    });
    let finding = found(
        &project,
        Rule::TransferSafeguardMissing,
        "recipients[0].safeguard",
    );
    let named = finding
        .details
        .iter()
        .find(|(name, _)| *name == "country")
        .map(|(_, detail)| detail.clone());
    assert_eq!(named, Some(Detail::Country(country("US"))));
}

#[test]
fn a_provider_that_names_no_country_outside_the_eea_is_a_transfer() {
    let unstated = with(|p| {
        p.recipients[0].outside_eea_unstated = true;
        p.transfers_outside_eea = Some(true);
    });
    assert!(questions::transfers_yes(&unstated));
    let finding = found(
        &unstated,
        Rule::TransferSafeguardMissing,
        "recipients[0].safeguard",
    );
    let message = finding.message(
        policywright::i18n::I18n::embedded(),
        policywright::model::Locale::EN,
    );
    assert!(
        message.contains("a country outside the EEA that the provider does not name"),
        "{message}"
    );
    let said = everything(&unstated);
    assert!(said.contains("Belgium, a country outside the EEA that the provider does not name"));

    // An adequacy decision cannot cover a country nobody names; clauses can.
    let adequacy = with(|p| {
        p.recipients[0].outside_eea_unstated = true;
        p.recipients[0].safeguard = Some(TransferSafeguard::AdequacyDecision);
    });
    found(
        &adequacy,
        Rule::TransferSafeguardMissing,
        "recipients[0].safeguard",
    );
    let clauses = with(|p| {
        p.recipients[0].outside_eea_unstated = true;
        p.recipients[0].safeguard = Some(TransferSafeguard::StandardContractualClauses);
        p.recipients[0].scc = Some(policywright::model::Scc::Current(Some(2)));
        p.transfers_outside_eea = Some(true);
    });
    not_found(&clauses, Rule::TransferSafeguardMissing);
    // Saying "no transfers" beside it contradicts it.
    let contradicted = with(|p| {
        p.recipients[0].outside_eea_unstated = true;
        p.transfers_outside_eea = Some(false);
    });
    assert_eq!(
        Question::Transfers.state(&contradicted),
        AnswerState::Contradictory
    );
}

#[test]
fn employers_professional_bodies_and_buyers_are_recipients_of_their_own_kind() {
    for (role, en, nl) in [
        (RecipientRole::Employer, "Your employer", "Uw werkgever"),
        (
            RecipientRole::ProfessionalBody,
            "Professional body or regulator of our profession",
            "Beroepsorde of toezichthouder van ons beroep",
        ),
        (
            RecipientRole::Acquirer,
            "Buyer of all or part of our business, in a sale or merger",
            "Koper van (een deel van) onze onderneming, bij een verkoop of fusie",
        ),
    ] {
        let said = everything(&with(|p| p.recipients[2].role = Some(role)));
        assert!(
            said.contains(&format!(
                "bookkeeping and tax returns\nPurpose: Fulfilling orders | {en}"
            )),
            "{said}"
        );
        assert!(said.contains(nl));
    }
}

#[test]
fn a_joint_controller_s_own_contact_is_given_after_the_arrangement_and_checked() {
    use policywright::model::{Contact, LocalText, RecipientRole};
    let joint = |email: &str| {
        answers::with(|p| {
            let r = &mut p.recipients[0];
            r.role = Some(RecipientRole::JointController);
            r.arrangement = Some(LocalText::universal("we share the newsletter list"));
            r.contact = Some(Contact {
                name: "Data protection office".into(),
                email: Some(email.into()),
                ..Contact::default()
            });
        })
    };
    let project = joint("privacy@partner.example");
    let name = project.recipients[0]
        .name
        .resolve(policywright::model::Locale::EN)
        .unwrap()
        .text
        .to_owned();
    let said = answers::everything(&project);
    assert!(
        said.contains(&format!(
            "we share the newsletter list. You can contact {name} at: Data protection office, privacy@partner.example."
        )),
        "{said}"
    );
    answers::found(
        &joint("partner at example"),
        policywright::check::Rule::EmailInvalid,
        "recipients[0].contact.email",
    );
}
