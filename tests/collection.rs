//! How each group's data comes in and surveillance cameras: said only as
//! answered, and for Belgian organisations checked against the camera law.

#[path = "support/answers.rs"]
mod answers;

use answers::{complete, everything, found, not_found, run, with};
use policywright::check::Rule;
use policywright::model::{
    AudienceProfile, Cameras, Channel, Country, LegalBasis, LocalText, Project,
};
use policywright::ui::steps::data;

fn profiled() -> Project {
    with(|p| {
        p.profiles.push(AudienceProfile {
            audience: "customers".into(),
            channels: vec![Channel::WebForm, Channel::InPerson],
            data: vec!["identity".into(), "contact-details".into()],
        })
    })
}

fn watched(cameras: Cameras) -> Project {
    with(|p| p.cameras = Some(cameras))
}

fn shop_cameras() -> Cameras {
    Cameras {
        purpose: Some(LocalText::universal("preventing theft in the shop")),
        legal_basis: Some(LegalBasis::LegitimateInterests),
        retention_days: Some(30),
        pictogram: true,
        declared: true,
        shared_with_police: Some(true),
    }
}

#[test]
fn how_a_group_gives_its_data_is_said_only_as_answered() {
    let said = everything(&profiled());
    assert!(
        said.contains("Customers: Identity data, Contact details; we receive them through web forms or in person at our premises."),
        "{said}"
    );
    assert!(said.contains("die ontvangen wij via webformulieren of persoonlijk bij ons."));
    assert!(!everything(&complete()).contains("How we receive your data"));
}

#[test]
fn cameras_get_a_section_of_their_own_saying_only_what_was_answered() {
    assert!(!everything(&complete()).contains("Camera surveillance"));
    let said = everything(&watched(shop_cameras()));
    for sentence in [
        "Purpose of the camera surveillance: preventing theft in the shop.",
        "Legal basis of the camera surveillance: our legitimate interest in that purpose (Art. 6(1)(f) GDPR).",
        "Signs with the legal pictogram show where cameras are in use.",
        "We may give images to the police or the courts if they can help prove an offence",
        "We keep the images for at most 30 days, unless they are needed as evidence",
        "The Belgian Act of 21 March 2007 regulating the installation and use of surveillance cameras applies to this surveillance.",
        "You can ask for the images in which you appear by writing to privacy@ateliervermeulen.be",
        "Wij bewaren de beelden maximaal 30 dagen",
        // Everything the statement says elsewhere counts the cameras too.
        "Camera images: images of people at our premises",
        "We process your data only for the purposes below and for the camera surveillance described above.",
        "Camera surveillance: preventing theft in the shop",
        "Camera surveillance. You can object to this use of your data at any time",
    ] {
        assert!(said.contains(sentence), "missing {sentence:?}");
    }
    not_found(&watched(shop_cameras()), Rule::CameraRetentionTooLong);

    // Nothing promised that was not ticked; the purpose asked for.
    let bare = watched(Cameras::default());
    let said = everything(&bare);
    assert!(!said.contains("pictogram"));
    assert!(!said.contains("We keep the images"));
    assert!(said.contains("[To be answered: what are your surveillance cameras for?]"));
    assert!(said.contains("[To be answered: what allows you to use the cameras?]"));
    found(&bare, Rule::CameraBasisMissing, "cameras.legal_basis");
    found(
        &bare,
        Rule::CameraRecipientsUnanswered,
        "cameras.shared_with_police",
    );
    assert!(!said.contains("police or the courts"));
    found(&bare, Rule::CameraPurposeMissing, "cameras.purpose");
    found(
        &bare,
        Rule::CameraRetentionMissing,
        "cameras.retention_days",
    );
    found(&bare, Rule::CameraPictogramMissing, "cameras.pictogram");
    found(&bare, Rule::CameraNotDeclared, "cameras.declared");
}

#[test]
fn the_belgian_camera_law_applies_to_belgian_organisations_only() {
    let long = Cameras {
        retention_days: Some(60),
        ..shop_cameras()
    };
    found(
        &watched(long.clone()),
        Rule::CameraRetentionTooLong,
        "cameras.retention_days",
    );
    let mut dutch = watched(Cameras {
        pictogram: false,
        declared: false,
        ..long
    });
    dutch.organisation.address.country = Country::new("NL");
    let rules: Vec<Rule> = run(&dutch).iter().map(|f| f.rule).collect();
    for rule in [
        Rule::CameraRetentionTooLong,
        Rule::CameraPictogramMissing,
        Rule::CameraNotDeclared,
    ] {
        assert!(!rules.contains(&rule), "{rule:?} for a Dutch organisation");
    }
    assert!(!everything(&dutch).contains("Belgian law of 21 March 2007"));
}

#[test]
fn removing_a_group_or_a_kind_of_data_in_the_wizard_leaves_nothing_naming_it() {
    let mut project = profiled();
    project.purposes[0]
        .per_audience
        .push(policywright::model::AudienceTerms::new("customers".into()));
    data::update(
        &mut data::State,
        &mut project,
        data::Message::Audience(policywright::model::AudienceKind::Customers, false),
    );
    assert!(project.profiles.is_empty());
    assert!(project.purposes[0].per_audience.is_empty());
    assert!(project.dangling_references().is_empty());
}
