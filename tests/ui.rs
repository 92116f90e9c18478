//! The wizard, driven headless as a person would: clicking buttons and
//! tick boxes by their labels and typing into fields. Pick lists open an
//! overlay the simulator cannot reach in one frame, so their choice is sent
//! as the message the list produces.

use std::path::Path;

#[path = "support/simulate.rs"]
mod simulate;

use iced_test::Simulator;
use policywright::model::{CookieCategory, LegalBasis, Locale};
use policywright::ui::steps::{self, purposes, review};
use policywright::ui::{App, Message, Screen, Status, Step};
use simulate::{TODAY, click, interact, sees, settings, type_into};

/// An app that keeps no state between runs.
fn new_app() -> App {
    App::boot_in(None, Locale::EN, None, TODAY).0
}

#[test]
fn a_project_made_from_scratch_through_every_step_exports() {
    let mut app = new_app();
    assert_eq!(app.screen, Screen::Welcome);
    click(&mut app, "Start from scratch");
    assert_eq!(app.screen, Screen::Editor);

    // 1. Organisation
    type_into(&mut app, "org-name", "Bakkerij Peeters");
    type_into(&mut app, "org-street", "Markt 1");
    type_into(&mut app, "org-postcode", "2000");
    type_into(&mut app, "org-city", "Antwerpen");
    type_into(&mut app, "org-email", "privacy@bakkerijpeeters.be");
    assert_eq!(app.project.organisation.name, "Bakkerij Peeters");
    assert_eq!(app.project.organisation.address.city, "Antwerpen");
    assert!(app.preview.document.as_ref().unwrap().organisation == "Bakkerij Peeters");

    // 2. People and data
    click(&mut app, "Next");
    assert_eq!(app.step, Step::Data);
    click(&mut app, "customers");
    click(
        &mut app,
        "Identity data — name, first name, date of birth, language",
    );
    click(
        &mut app,
        "Contact details — postal address, e-mail address, telephone number",
    );
    assert_eq!(app.project.audiences.len(), 1);
    assert_eq!(app.project.data_categories.len(), 2);

    // 3. Purposes
    click(&mut app, "Next");
    click(&mut app, "Add a purpose");
    type_into(&mut app, "purpose-0-name-en", "Delivering your orders");
    type_into(&mut app, "purpose-0-name-nl", "Uw bestellingen leveren");
    click(&mut app, "customers");
    click(&mut app, "Identity data");
    let _ = app.update(Message::Step(steps::Message::Purposes(
        purposes::Message::Basis(0, LegalBasis::Contract),
    )));
    let purpose = &app.project.purposes[0];
    assert_eq!(purpose.audiences, vec!["customers".to_owned()]);
    assert_eq!(purpose.data, vec!["identity".to_owned()]);
    assert_eq!(purpose.legal_basis, Some(LegalBasis::Contract));
    assert_eq!(
        purpose.retention, None,
        "no period until the owner gives one"
    );

    // 4. Recipients, 5. Cookies, 6. Contact
    click(&mut app, "Next");
    click(&mut app, "Add a recipient");
    type_into(&mut app, "recipient-0-name-en", "our accountant");
    click(&mut app, "Next");
    click(&mut app, "Add a cookie");
    type_into(&mut app, "cookie-0-name", "PHPSESSID");
    assert_eq!(app.project.cookies[0].name, "PHPSESSID");
    click(&mut app, "Next");
    type_into(&mut app, "contact-email", "privacy@bakkerijpeeters.be");

    // 7. Review and export
    click(&mut app, "Next");
    assert_eq!(app.step, Step::Review);
    let folder = tempfile::tempdir().unwrap();
    interact(&mut app, |ui| {
        ui.click(iced::widget::Id::new("export-folder")).unwrap();
        // Select what is there and replace it.
        ui.tap_key(iced::keyboard::Key::Named(iced::keyboard::key::Named::End));
        for _ in 0.."export".len() {
            ui.tap_key(iced::keyboard::Key::Named(
                iced::keyboard::key::Named::Backspace,
            ));
        }
        ui.typewrite(folder.path().to_str().unwrap());
    });
    click(&mut app, "Write the documents");
    assert!(
        matches!(&app.status, Some(Status::Exported(export)) if export.written.files.len() == 8),
        "{:?}",
        app.status
    );
    let statement =
        std::fs::read_to_string(folder.path().join("privacy-statement.nl.html")).unwrap();
    assert!(
        statement.contains("Bakkerij Peeters") && statement.contains("Uw bestellingen leveren")
    );
    assert!(folder.path().join("cookie-policy.en.pdf").exists());
}

#[test]
fn purposes_services_and_cookies_can_be_added_and_removed() {
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let _ = app.update(Message::GoTo(Step::Purposes));
    click(&mut app, "Add a purpose");
    click(&mut app, "Add a purpose");
    assert_eq!(app.project.purposes.len(), 2);
    type_into(&mut app, "purpose-1-name-en", "Second");
    interact(&mut app, |ui| {
        // The first card's Remove button.
        ui.click("Remove").unwrap();
    });
    assert_eq!(app.project.purposes.len(), 1);
    assert_eq!(app.project.purposes[0].name.exact(Locale::EN), "Second");

    let _ = app.update(Message::GoTo(Step::Recipients));
    click(&mut app, "Add a recipient");
    assert_eq!(app.project.recipients.len(), 1);
    click(&mut app, "Remove");
    assert!(app.project.recipients.is_empty());

    let _ = app.update(Message::GoTo(Step::Cookies));
    click(&mut app, "Add a cookie");
    assert_eq!(
        app.project.cookies[0].category,
        CookieCategory::Unclassified
    );
    click(&mut app, "Remove");
    assert!(app.project.cookies.is_empty());
}

#[test]
fn the_language_of_the_window_switches_at_once() {
    let mut app = new_app();
    assert!(sees(&app, "Start from scratch"));
    click(&mut app, "NL");
    assert_eq!(app.locale, Locale::NL);
    assert!(sees(&app, "Van nul beginnen"));
    assert!(!sees(&app, "Start from scratch"));
    click(&mut app, "Van nul beginnen");
    assert!(sees(&app, "Uw organisatie"));
}

#[test]
fn a_saved_project_opens_by_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let fixture = policywright::storage::load(Path::new("tests/fixtures/complete.ron")).unwrap();
    policywright::storage::save(&path, &fixture).unwrap();

    let mut app = new_app();
    type_into(&mut app, "open-path", path.to_str().unwrap());
    click(&mut app, "Open");
    assert_eq!(app.screen, Screen::Editor);
    assert_eq!(app.project, fixture);
    assert!(!app.is_dirty());
    assert!(sees(&app, "Atelier Vermeulen"));

    let mut broken = new_app();
    type_into(&mut broken, "open-path", "no/such/file.ron");
    click(&mut broken, "Open");
    assert_eq!(broken.screen, Screen::Welcome);
    assert!(status_text(&broken).contains("no/such/file.ron"));
}

#[test]
fn saving_does_not_overwrite_a_file_someone_else_changed_since_it_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let fixture = policywright::storage::load(Path::new("tests/fixtures/complete.ron")).unwrap();
    policywright::storage::save(&path, &fixture).unwrap();
    let mut app = new_app();
    let _ = app.update(Message::Open(path.clone()));
    assert_eq!(app.screen, Screen::Editor);

    let mut theirs = fixture.clone();
    theirs.organisation.name = "A colleague's longer name".into();
    policywright::storage::save(&path, &theirs).unwrap();
    type_into(&mut app, "org-name", " (mine)");
    click(&mut app, "Save");

    assert!(app.is_dirty(), "my edit must still count as unsaved");
    assert_eq!(policywright::storage::load(&path).unwrap(), theirs);
    let message = &status_text(&app);
    assert!(
        message.contains("someone else changed this file"),
        "{message}"
    );
    assert!(
        sees(&app, message),
        "the status line does not show {message}"
    );
}

#[test]
fn unsaved_changes_are_not_lost_without_asking() {
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    type_into(&mut app, "org-name", "Unsaved Ltd");
    assert!(app.is_dirty());

    // Starting anew asks first; keeping the changes keeps them.
    let _ = app.update(Message::Start(Some("bakery")));
    assert!(app.ask.is_some());
    assert!(sees(&app, "Discard changes"));
    click(&mut app, "Cancel");
    assert_eq!(app.project.organisation.name, "Unsaved Ltd");

    // Saving clears the marker; then nothing is asked.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unsaved.ron");
    let _ = app.update(Message::SaveTo(path.clone()));
    assert!(!app.is_dirty());
    assert_eq!(
        policywright::storage::load(&path)
            .unwrap()
            .organisation
            .name,
        "Unsaved Ltd"
    );

    type_into(&mut app, "org-name", " 2");
    let _ = app.update(Message::Start(None));
    click(&mut app, "Discard changes");
    assert_eq!(app.project.organisation.name, "");
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let state = tempfile::tempdir().unwrap();
    let boot = || App::boot_in(None, Locale::EN, Some(state.path().to_owned()), TODAY).0;
    let mut app = boot();
    click(&mut app, "Start from scratch");
    type_into(&mut app, "org-name", "Crashed Ltd");
    // An autosave of an earlier change writes nothing; the last one does.
    let _ = app.update(Message::Autosave(app.generation - 1));
    assert!(boot().recovery.is_none());
    let _ = app.update(Message::Autosave(app.generation));
    drop(app);

    let mut restarted = boot();
    assert!(sees(&restarted, "Recover it"));
    click(&mut restarted, "Recover it");
    assert_eq!(restarted.screen, Screen::Editor);
    assert_eq!(restarted.project.organisation.name, "Crashed Ltd");
    assert!(restarted.is_dirty(), "recovered work is not saved yet");

    let saved = state.path().join("crashed.ron");
    let _ = restarted.update(Message::SaveTo(saved.clone()));
    let again = boot();
    assert!(again.recovery.is_none(), "saving forgets the recovery file");
    assert_eq!(
        again.recent.first().map(|p| p.file_name()),
        Some(saved.file_name())
    );
    assert!(sees(&again, "Recent projects"));
}

/// The status line's text, in the window's language.
fn status_text(app: &App) -> String {
    app.status.as_ref().map_or_else(String::new, |status| {
        status.describe(policywright::i18n::I18n::embedded(), app.locale)
    })
}

/// What each screen looks like, drawn by tiny-skia and compared with the
/// images in tests/snapshots/ (shown in the README). A missing image is a
/// failure: after a deliberate change to the look, delete the images and
/// run the tests with POLICYWRIGHT_NEW_SNAPSHOTS=1 to draw them anew, then
/// look at them before committing.
#[test]
fn every_screen_matches_its_snapshot() {
    let theme = policywright::ui::theme::theme();
    let snapshot = |app: &App, name: &str| {
        let mut ui = Simulator::with_size(settings(), (1280.0, 820.0), app.view());
        let image = ui.snapshot(&theme).expect("the screen draws");
        let path = format!("tests/snapshots/{name}");
        let drawn = Path::new(&format!("{path}-tiny-skia.png")).exists();
        assert!(
            drawn || std::env::var_os("POLICYWRIGHT_NEW_SNAPSHOTS").is_some(),
            "no reference image {path}-tiny-skia.png; draw it with POLICYWRIGHT_NEW_SNAPSHOTS=1"
        );
        assert!(
            image
                .matches_image(&path)
                .expect("the snapshot can be read or written"),
            "{name} looks different from {path}.png"
        );
    };
    let mut app = new_app();
    snapshot(&app, "welcome");
    let _ = app.update(Message::Open("templates/starters/bakery.ron".into()));
    for (number, step) in Step::ALL.into_iter().enumerate() {
        let _ = app.update(Message::GoTo(step));
        snapshot(&app, &format!("step-{}-{}", number + 1, step.key()));
    }
    let _ = app.update(Message::SaveAs);
    snapshot(&app, "save-prompt");

    // Long answers in Dutch, whose words are longer: the legal bases and
    // the purpose's name stay inside the form, in full.
    let _ = app.update(Message::File(policywright::ui::FileMessage::Cancel));
    let _ = app.update(Message::Language(Locale::NL));
    let long = "Bestellingen verwerken, klaarmaken en leveren, ook wanneer iemand anders ze voor u bestelde en betaalde";
    let _ = app.update(Message::Step(steps::Message::Purposes(
        purposes::Message::Name(0, Locale::NL, long.into()),
    )));
    let _ = app.update(Message::Preview(
        policywright::ui::preview::Message::Locale(Locale::NL),
    ));
    for (number, step) in Step::ALL.into_iter().enumerate() {
        let _ = app.update(Message::GoTo(step));
        snapshot(&app, &format!("nl-step-{}-{}", number + 1, step.key()));
    }
}

#[test]
fn a_service_from_the_catalogue_fills_in_its_recipient_and_cookies() {
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let _ = app.update(Message::GoTo(Step::Recipients));
    type_into(&mut app, "catalog-search", "Google Analytics");
    assert!(sees(&app, "Google Analytics"));
    click(&mut app, "Add");
    assert_eq!(app.project.recipients.len(), 1);
    assert!(app.project.cookies.iter().any(|c| c.name == "_ga"));
    assert!(app.is_dirty());
    // The same button now takes the service away again.
    click(&mut app, "Remove");
    assert!(app.project.recipients.is_empty());
    assert!(app.project.cookies.is_empty());

    type_into(&mut app, "catalog-search", "zzzz");
    assert!(sees(&app, "No service in the catalogue matches this."));
}

#[test]
fn the_date_of_effect_changes_only_once_a_whole_date_is_typed() {
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let before = app.project.document.effective_date;
    let typed = |text: &str| {
        Message::Step(steps::Message::Review(review::Message::Settings(
            review::settings::Message::DateTyped(text.into()),
        )))
    };
    let _ = app.update(typed("2027-0"));
    assert_eq!(app.project.document.effective_date, before);
    assert_eq!(app.steps.review.date_typed.as_deref(), Some("2027-0"));
    // Half a date is not an answer: nothing to undo, nothing unsaved.
    assert!(!app.can_undo() && !app.is_dirty());
    let _ = app.update(typed("2027-01-15"));
    assert_eq!(
        app.project.document.effective_date,
        time::macros::date!(2027 - 01 - 15)
    );
    assert!(app.steps.review.date_typed.is_none());
    assert!(app.can_undo() && app.is_dirty());
}

#[test]
fn what_a_step_keeps_for_itself_is_not_a_change_to_the_answers() {
    use policywright::ui::steps::{cookies, recipients};
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let generation = app.generation;
    let _ = app.update(Message::Step(steps::Message::Recipients(
        recipients::Message::Search("mollie".into()),
    )));
    let _ = app.update(Message::Step(steps::Message::Cookies(
        cookies::Message::ImportPath("cookies.csv".into()),
    )));
    assert_eq!(app.steps.recipients.catalog_query, "mollie");
    assert_eq!(app.steps.cookies.import_path, "cookies.csv");
    assert!(!app.can_undo() && !app.is_dirty());
    assert_eq!(app.generation, generation, "no autosave was scheduled");
}

#[test]
fn a_list_of_cookies_imports_into_the_cookies_step() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("cookies.txt");
    std::fs::write(&list, "_ga\n_ga\nmystery_cookie\n\n").unwrap();
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let _ = app.update(Message::GoTo(Step::Cookies));
    type_into(&mut app, "import-path", list.to_str().unwrap());
    click(&mut app, "Import");
    let names: Vec<&str> = app
        .project
        .cookies
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        names.contains(&"_ga") && names.contains(&"mystery_cookie"),
        "{names:?}"
    );
    assert!(
        matches!(
            app.status,
            Some(Status::Imported {
                matched: 1,
                unknown: 1,
                duplicates: 1,
                ..
            })
        ),
        "{:?}",
        app.status
    );
    assert!(app.is_dirty());

    type_into(&mut app, "import-path", "-missing");
    click(&mut app, "Import");
    assert!(
        status_text(&app).contains("cannot read"),
        "{:?}",
        app.status
    );
}

#[test]
fn own_groups_kinds_of_data_sources_and_protection_are_answered_in_the_wizard() {
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let _ = app.update(Message::GoTo(Step::Data));
    click(&mut app, "Add another group");
    type_into(&mut app, "audience-group-1-en", "course participants");
    click(&mut app, "Add another kind of data");
    type_into(&mut app, "category-data-1-en", "portfolio");
    click(
        &mut app,
        "Identity data — name, first name, date of birth, language",
    );
    click(&mut app, "Add a source");
    type_into(&mut app, "source-0-description-en", "the public register");
    // The source's tick box for the kind added above is labelled like the
    // kind's own name field, which a text selector finds first.
    let _ = app.update(Message::Step(steps::Message::Data(
        steps::data::Message::SourceData(0, "data-1".into(), true),
    )));
    // Each source asks "publicly accessible?" with Yes and No, like other
    // questions on the page; the answer is sent as its message.
    let _ = app.update(Message::Step(steps::Message::Data(
        steps::data::Message::SourcePublic(0, Some(true)),
    )));

    let _ = app.update(Message::GoTo(Step::Rights));
    click(
        &mut app,
        "Personal data is encrypted when it is sent over the internet.",
    );
    let _ = app.update(Message::Step(steps::Message::Rights(
        steps::rights::Message::ForChildren(Some(true)),
    )));
    click(
        &mut app,
        "We publish the new version on our website, with the date it takes effect.",
    );

    let project = &app.project;
    assert_eq!(project.audiences.len(), 1);
    assert_eq!(project.sources[0].data, vec!["data-1".to_owned()]);
    assert_eq!(project.sources[0].publicly_accessible, Some(true));
    assert_eq!(project.security_measures.len(), 1);
    assert_eq!(project.children.online_services, Some(true));
    assert_eq!(project.change_notice.len(), 1);
    let statement = app.preview.document.as_ref().unwrap().to_plain_string();
    assert!(
        statement.contains("the public register: portfolio"),
        "{statement}"
    );

    // Saved and opened again, the answers hold together.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("own.ron");
    let _ = app.update(Message::SaveTo(path.clone()));
    assert_eq!(&policywright::storage::load(&path).unwrap(), &app.project);

    // Removing the kind of data also removes it from the source.
    let _ = app.update(Message::GoTo(Step::Data));
    let _ = app.update(Message::Step(steps::Message::Data(
        steps::data::Message::RemoveCategory("data-1".into()),
    )));
    assert!(app.project.sources[0].data.is_empty());
}

#[test]
fn enter_adds_the_next_item_of_a_list() {
    use iced::keyboard::{Key, key::Named};
    let mut app = new_app();
    click(&mut app, "Start from scratch");
    let _ = app.update(Message::GoTo(Step::Cookies));
    click(&mut app, "Add a cookie");
    interact(&mut app, |ui| {
        ui.click(iced::widget::Id::new("cookie-0-name")).unwrap();
        ui.typewrite("_session");
        ui.tap_key(Key::Named(Named::Enter));
    });
    assert_eq!(app.project.cookies.len(), 2);
    assert_eq!(app.project.cookies[0].name, "_session");

    let _ = app.update(Message::GoTo(Step::Recipients));
    interact(&mut app, |ui| {
        ui.click(iced::widget::Id::new("catalog-search")).unwrap();
        ui.typewrite("Mollie");
    });
    interact(&mut app, |ui| {
        ui.click(iced::widget::Id::new("catalog-search")).unwrap();
        ui.tap_key(Key::Named(Named::Enter));
    });
    assert_eq!(
        app.project.recipients.len(),
        1,
        "Enter added the first match"
    );
}
