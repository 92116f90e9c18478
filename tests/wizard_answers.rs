//! The wizard tells the truth: steps are "not started" until answered and
//! count what is left to answer, each deciding question offers "not
//! answered" and says what each answer makes the documents say, and
//! examples are answers the owner sees.

#[path = "support/simulate.rs"]
mod simulate;
#[path = "support/window.rs"]
mod window;

use policywright::model::{Dpo, Locale};
use policywright::ui::steps::{self, Progress, data, rights};
use policywright::ui::{App, Message, Step};
use simulate::{TODAY, click, sees};
use window::Window;

fn from_scratch() -> App {
    let mut app = App::boot_in(None, Locale::EN, None, TODAY).0;
    click(&mut app, "Start from scratch");
    app
}

fn progress(app: &App, step: Step) -> Progress {
    steps::progress(&app.project, &app.findings, step)
}

#[test]
fn from_scratch_every_step_is_not_started_and_none_is_complete() {
    let app = from_scratch();
    for step in Step::ALL.into_iter().filter(|s| *s != Step::Review) {
        assert_eq!(progress(&app, step), Progress::NotStarted, "{step:?}");
    }
    assert!(sees(&app, "not started"));
    assert!(!sees(&app, "complete"));
}

#[test]
fn a_step_counts_its_questions_left_to_answer() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Rights));
    let dpo = rights::Message::Dpo(rights::DpoChoice::NotAppointed);
    let _ = app.update(Message::Step(steps::Message::Rights(dpo)));
    // Security, children and announcements are still open.
    assert_eq!(progress(&app, Step::Rights), Progress::ToAnswer(3));
    assert!(sees(&app, "3 to answer"));
}

#[test]
fn the_dpo_question_offers_not_answered_and_says_what_each_answer_does() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Rights));
    assert!(sees(
        &app,
        "Have you appointed a data protection officer (DPO)?"
    ));
    assert!(sees(
        &app,
        "The documents say nothing about a DPO yet, and stay drafts until you answer."
    ));
    let no = rights::Message::Dpo(rights::DpoChoice::NotAppointed);
    let _ = app.update(Message::Step(steps::Message::Rights(no)));
    assert_eq!(app.project.dpo, Dpo::NotAppointed);
    assert!(sees(
        &app,
        "The privacy statement says that you have not appointed a DPO, and gives a reason only if you write one."
    ));
    let preview = app.preview.document.as_ref().unwrap().to_plain_string();
    assert!(preview.contains("We have not appointed a data protection officer."));
    assert!(!preview.contains("because"));
    // Back to "not answered" (a radio button, whose label the simulator
    // cannot select by text): the statement says nothing again.
    let unanswered = rights::Message::Dpo(rights::DpoChoice::NotAnswered);
    let _ = app.update(Message::Step(steps::Message::Rights(unanswered)));
    assert_eq!(app.project.dpo, Dpo::NotAnswered);
    let preview = app.preview.document.as_ref().unwrap().to_plain_string();
    assert!(!preview.contains("We have not appointed"));
}

#[test]
fn a_ticked_kind_of_data_comes_with_its_examples_to_edit() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Data));
    click(
        &mut app,
        "Identity data — name, first name, date of birth, language",
    );
    let identity = &app.project.data_categories[0];
    let examples = identity.examples.as_ref().expect("pre-filled");
    assert_eq!(
        examples.exact(Locale::EN),
        "name, first name, date of birth, language"
    );
    assert!(sees(&app, "Examples the documents give"));
    let edit = data::Message::Examples("identity".into(), Locale::EN, "name only".into());
    let _ = app.update(Message::Step(steps::Message::Data(edit)));
    let preview = app.preview.document.as_ref().unwrap().to_plain_string();
    assert!(preview.contains("Identity data: name only"), "{preview}");
}

#[test]
fn a_new_project_from_a_starter_asks_who_you_are() {
    let mut app = App::boot_in(None, Locale::EN, None, TODAY).0;
    click(&mut app, "Bakery with a webshop");
    assert_eq!(app.project.organisation.name, "");
    assert_eq!(progress(&app, Step::Organisation), Progress::NotStarted);
    assert!(
        !app.project.purposes.is_empty(),
        "the sector's suggestions stay"
    );
    let preview = app.preview.document.as_ref().unwrap();
    assert!(preview.draft.is_some());
    assert!(!preview.to_plain_string().contains("Zuurdesemhoeve"));
}

#[test]
fn the_window_language_is_remembered_and_both_switches_say_what_they_switch() {
    let state = tempfile::tempdir().unwrap();
    let boot = || App::boot_in(None, Locale::EN, Some(state.path().to_owned()), TODAY).0;
    let mut app = boot();
    assert!(sees(&app, "Window language"));
    click(&mut app, "NL");
    assert_eq!(app.locale, Locale::NL);
    let again = boot();
    assert_eq!(
        again.locale,
        Locale::NL,
        "started in English, remembered Dutch"
    );
    let mut editor = again;
    click(&mut editor, "Van nul beginnen");
    assert!(sees(&editor, "Taal van het venster"));
    assert!(sees(&editor, "Taal van het document"));
}

#[test]
fn the_export_step_shows_the_whole_folder_it_writes_to() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Review));
    let full = std::env::current_dir().unwrap().join("export");
    assert!(sees(
        &app,
        &format!("The files are written to {}", full.display())
    ));
}

#[test]
fn a_new_purpose_has_no_retention_until_the_owner_gives_one() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Purposes));
    click(&mut app, "Add a purpose");
    assert_eq!(app.project.purposes[0].retention, None);
    assert!(
        app.findings
            .iter()
            .any(|f| f.item.path == "purposes[0].retention"),
        "the missing period is a finding"
    );
}

#[test]
fn a_finding_shows_right_under_the_field_it_concerns() {
    let mut app = from_scratch();
    let edit = policywright::ui::steps::organisation::Message::Email("info at example".into());
    let _ = app.update(Message::Step(steps::Message::Organisation(edit)));
    let mut ui =
        iced_test::Simulator::with_size(simulate::settings(), (1400.0, 4000.0), app.view());
    let y = |bounds: Option<iced::Rectangle>| bounds.expect("visible").y;
    let email = y(ui
        .find(iced::widget::Id::new("org-email"))
        .unwrap()
        .visible_bounds());
    let websites = y(ui
        .find(iced::widget::Id::new("org-websites"))
        .unwrap()
        .visible_bounds());
    let finding = y(ui
        .find("Error · Your organisation: e-mail address")
        .unwrap()
        .visible_bounds());
    assert!(
        email < finding && finding < websites,
        "{email} {finding} {websites}"
    );
}

#[test]
fn one_group_of_a_purpose_can_be_given_a_basis_of_its_own() {
    let mut app = from_scratch();
    let accountancy = policywright::starter::STARTERS
        .iter()
        .find(|s| s.name == "accountancy")
        .unwrap();
    app.project = accountancy.new_project(TODAY).unwrap();
    app.project.purposes[0].per_audience.clear();
    let _ = app.update(Message::GoTo(Step::Purposes));
    let mut window = Window::new(app);
    window.click("+ directors, representatives and ultimate beneficial owners of clients");
    let purpose = &window.app.project.purposes[0];
    assert_eq!(purpose.per_audience.len(), 1);
    assert_eq!(purpose.per_audience[0].audience, "client-representatives");
    assert!(
        window
            .app
            .findings
            .iter()
            .any(|f| f.item.path == "purposes[0].per_audience[0].legal_basis"),
        "the new group's basis is asked for"
    );
}

#[test]
fn a_purposes_findings_show_under_the_fields_they_concern() {
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Purposes));
    click(&mut app, "Add a purpose");
    let mut ui =
        iced_test::Simulator::with_size(simulate::settings(), (1400.0, 6000.0), app.view());
    let mut y = |selector: &str| {
        ui.find(selector)
            .unwrap_or_else(|e| panic!("{selector}: {e}"))
            .visible_bounds()
            .expect("visible")
            .y
    };
    let basis = y("What allows you to use it?");
    let basis_finding = y("Error · Purpose 1: legal basis");
    let retention = y("How long do you keep the data?");
    let retention_finding = y("Error · Purpose 1: retention");
    let requirement = y("Must people give this data?");
    assert!(
        basis < basis_finding && basis_finding < retention,
        "{basis} {basis_finding} {retention}"
    );
    assert!(
        retention < retention_finding && retention_finding < requirement,
        "{retention} {retention_finding} {requirement}"
    );
}

#[test]
fn a_recipient_s_role_and_country_say_what_the_statement_will_say() {
    use policywright::model::{Country, RecipientRole};
    use policywright::ui::steps::recipients::Message as Recipient;
    let mut app = from_scratch();
    let _ = app.update(Message::GoTo(Step::Recipients));
    click(&mut app, "Add a recipient");
    assert!(sees(
        &app,
        "Not chosen yet: the privacy statement shows a placeholder for the role, and stays a draft."
    ));
    assert!(sees(
        &app,
        "Not chosen yet: the privacy statement shows a placeholder for where the data is processed."
    ));
    let mut choose = |change: Recipient| {
        let _ = app.update(Message::Step(steps::Message::Recipients(change)));
    };
    choose(Recipient::Role(0, RecipientRole::Processor));
    choose(Recipient::Country(0, Country::new("US").unwrap()));
    assert!(sees(
        &app,
        "The privacy statement says it works on your instructions and may not use the data \
         for its own purposes. Have a processing agreement with it (Art. 28 GDPR)."
    ));
    assert!(sees(
        &app,
        "Outside the European Economic Area: the privacy statement names the country and the \
         safeguard you choose below."
    ));
}

#[test]
fn the_organisation_s_country_says_which_law_and_authority_the_statement_names() {
    use policywright::model::Country;
    use policywright::ui::steps::organisation::Message as Organisation;
    let mut app = from_scratch();
    assert!(sees(
        &app,
        "Not chosen yet: the documents name no national law and no supervisory authority, \
         and stay drafts."
    ));
    let choose = Organisation::Country(Country::new("BE").unwrap());
    let _ = app.update(Message::Step(steps::Message::Organisation(choose)));
    assert!(sees(
        &app,
        "The privacy statement names the Belgian law of 30 July 2018 beside the GDPR. \
         Complaints go to: Data Protection Authority (Gegevensbeschermingsautoriteit, GBA)."
    ));
}

#[test]
fn a_cookie_policy_published_elsewhere_and_a_duration_range_are_answered_in_the_wizard() {
    use policywright::ui::steps::cookies::{self, duration};
    let bakery = policywright::starter::STARTERS
        .iter()
        .find(|s| s.name == "bakery")
        .unwrap();
    let mut app = simulate::opened(&bakery.project().unwrap(), Locale::EN);
    let _ = app.update(Message::GoTo(Step::Cookies));
    let span = duration::Message::Span(duration::Span::UpTo);
    let _ = app.update(Message::Step(steps::Message::Cookies(
        cookies::Message::Duration(1, span),
    )));
    assert_eq!(
        app.project.cookies[1].duration_range,
        Some(policywright::model::DurationRange::UpTo)
    );
    assert!(sees(&app, "up to"), "the range is shown as chosen");

    simulate::type_into(
        &mut app,
        "cookie-policy-elsewhere",
        "https://consent.example/policy",
    );
    assert_eq!(
        app.project.cookie_policy_elsewhere.as_deref(),
        Some("https://consent.example/policy")
    );
    assert!(sees(
        &app,
        "Your cookie policy is published at https://consent.example/policy, so policywright \
         writes none. The privacy statement links to it."
    ));
}
