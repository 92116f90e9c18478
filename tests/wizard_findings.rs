//! Findings reach the owner where the answer is given: each one shows on
//! the step the sidebar counts it under, whatever its field.

#[path = "support/answers.rs"]
mod answers;
#[path = "support/simulate.rs"]
mod simulate;

use iced_test::Simulator;
use policywright::i18n::I18n;
use policywright::model::{Cameras, Contact, Locale, Project};
use policywright::starter::STARTERS;
use policywright::ui::{Message, Step};
use simulate::{TODAY, opened};

/// Every finding's message, looked for on the step of its field and on
/// the review step.
fn every_finding_shows_on_its_step(project: &Project, locale: Locale) {
    let mut app = opened(project, locale);
    let i18n = I18n::embedded();
    assert!(!app.findings.is_empty());
    for finding in &app.findings {
        let path = &finding.item.path;
        assert!(
            Step::of_field(path) != Step::Review || path.starts_with("document."),
            "{path} is asked on a step of its own, not only on the review"
        );
    }
    for step in Step::ALL {
        let _ = app.update(Message::GoTo(step));
        let mut ui = Simulator::with_size(simulate::settings(), (1400.0, 9000.0), app.view());
        for finding in app
            .findings
            .iter()
            .filter(|f| step == Step::Review || Step::of_field(&f.item.path) == step)
        {
            let message = finding.message(i18n, locale);
            assert!(
                ui.find(message.as_str()).is_ok(),
                "{step:?} does not show {} at {}: {message}",
                finding.id(),
                finding.item.path
            );
        }
    }
}

#[test]
fn the_findings_of_an_empty_project_show_on_their_steps() {
    every_finding_shows_on_its_step(&Project::empty("", TODAY), Locale::EN);
}

#[test]
fn the_findings_of_every_new_project_from_a_starter_show_on_their_steps() {
    for starter in STARTERS {
        let project = starter.new_project(TODAY).unwrap();
        every_finding_shows_on_its_step(&project, Locale::NL);
    }
}

#[test]
fn mistakes_in_every_part_of_a_project_show_on_their_steps() {
    let project = answers::with(|p| {
        p.requests.response_days = Some(60);
        p.requests.web_form = Some("not a link".into());
        p.requests.complaints = Some(Contact {
            email: Some("complaints at example".into()),
            ..Contact::default()
        });
        p.cameras = Some(Cameras {
            purpose: None,
            legal_basis: None,
            retention_days: Some(90),
            pictogram: false,
            declared: false,
            shared_with_police: None,
        });
        p.sources.iter_mut().for_each(|source| source.data.clear());
        p.security_measures.clear();
        p.change_notice.clear();
    });
    every_finding_shows_on_its_step(&project, Locale::EN);
}
