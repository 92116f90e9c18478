//! The wizard never loses work: opening and saving have their own places,
//! a project never saved asks where to go, another file is not replaced
//! without asking, closing or moving on with unsaved changes offers to
//! save, removals can be undone, and typing lands in the field typed in.
//! Each test drives the window through its real messages and compares the
//! files on disk before and after.

#[path = "support/window.rs"]
mod window;

use std::path::{Path, PathBuf};

use iced::keyboard::{self, Key, Modifiers};
use policywright::model::{Locale, Project};
use policywright::storage;
use policywright::ui::{self, App, Ask, FileMessage, Message, Pending, Screen, Step, steps};
use window::Window;

const TODAY: time::Date = time::macros::date!(2026 - 11 - 23);

fn new_window() -> Window {
    Window::new(App::boot_in(None, Locale::EN, None, TODAY).0)
}

/// The message a key combination sends, as the window's keyboard
/// subscription maps it.
fn shortcut(key: &str, modifiers: Modifiers) -> Message {
    let key = Key::Character(key.into());
    ui::shortcut(keyboard::Event::KeyPressed {
        modified_key: key.clone(),
        key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    })
    .expect("a shortcut")
}

fn ctrl(key: &str) -> Message {
    shortcut(key, Modifiers::CTRL)
}

fn saved_copy_of(fixture: &str, path: &Path) -> Vec<u8> {
    let project = storage::load(Path::new(fixture)).unwrap();
    storage::save(path, &project).unwrap();
    std::fs::read(path).unwrap()
}

fn open(window: &mut Window, path: &Path) {
    let _ = window.app.update(Message::Open(path.to_owned()));
    assert_eq!(window.app.screen, Screen::Editor, "{:?}", window.app.status);
}

fn loaded(path: &Path) -> Project {
    storage::load(path).unwrap()
}

#[test]
fn new_forgets_the_file_that_was_open_so_saving_cannot_overwrite_it() {
    let dir = tempfile::tempdir().unwrap();
    let client = dir.path().join("client.ron");
    let before = saved_copy_of("tests/fixtures/complete.ron", &client);
    let mut window = new_window();
    open(&mut window, &client);
    window.click(iced::widget::Id::new("org-name"));
    window.type_text(" 2");

    let _ = window.app.update(ctrl("n"));
    window.click("Discard changes");
    assert_eq!(window.app.path, None);
    assert_eq!(window.app.project.organisation.name, "");
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("Fietsen Maes");
    let _ = window.app.update(ctrl("s"));

    assert_eq!(
        std::fs::read(&client).unwrap(),
        before,
        "the old file changed"
    );
    let prompt = window.app.save_prompt.as_ref().expect("Save asks where");
    assert_eq!(prompt.name, "fietsen-maes.ron");
}

#[test]
fn a_project_never_saved_asks_where_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = new_window();
    window.click("Start from scratch");
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("Bakkerij Janssens");
    window.click("Save");
    assert!(window.app.save_prompt.is_some());

    // A blank folder is named as the problem, and nothing is written.
    window.click(iced::widget::Id::new("save-folder"));
    window.press(keyboard::key::Named::Backspace, 400);
    assert_eq!(window.app.save_prompt.as_ref().unwrap().folder, "");
    window.click("Save");
    assert!(
        window.shows("Type a folder and a file name to save the project in."),
        "no reason given: {:?}",
        window.app.status
    );
    assert!(window.app.is_dirty());
    // The reason follows the window's language.
    window.update(Message::Language(Locale::NL));
    assert!(window.shows("Typ een map en een bestandsnaam om het project in te bewaren."));
    window.update(Message::Language(Locale::EN));

    window.click(iced::widget::Id::new("save-folder"));
    window.type_text(dir.path().to_str().unwrap());
    window.click("Save");
    let target = dir.path().join("bakkerij-janssens.ron");
    assert_eq!(window.app.path.as_ref(), Some(&target));
    assert!(window.app.save_prompt.is_none());
    assert!(!window.app.is_dirty());
    assert_eq!(loaded(&target).organisation.name, "Bakkerij Janssens");
}

#[test]
fn saving_over_another_existing_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other-client.ron");
    let theirs = saved_copy_of("tests/fixtures/complete.ron", &other);
    let mut window = new_window();
    window.click("Start from scratch");
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("Mine");

    let _ = window
        .app
        .update(shortcut("s", Modifiers::CTRL | Modifiers::SHIFT));
    let _ = window.app.update(Message::File(FileMessage::Folder(
        dir.path().to_str().unwrap().into(),
    )));
    let _ = window
        .app
        .update(Message::File(FileMessage::Name("other-client.ron".into())));
    window.click("Save");
    assert!(matches!(window.app.ask, Some(Ask::Replace { .. })));
    window.click("Cancel");
    assert_eq!(std::fs::read(&other).unwrap(), theirs);
    assert!(window.app.is_dirty());

    window.click("Save");
    window.click("Replace it");
    assert_eq!(loaded(&other).organisation.name, "Mine");
    assert_eq!(window.app.path.as_ref(), Some(&other));

    // The file that is open is saved again without a question.
    window.click(iced::widget::Id::new("org-name"));
    window.type_text(" 2");
    let _ = window.app.update(ctrl("s"));
    assert_eq!(window.app.ask, None);
    assert_eq!(loaded(&other).organisation.name, "Mine 2");
}

#[test]
fn closing_with_unsaved_changes_offers_save_discard_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let client = dir.path().join("client.ron");
    saved_copy_of("tests/fixtures/complete.ron", &client);

    // Nothing changed: the window closes at once.
    let mut window = new_window();
    open(&mut window, &client);
    let _ = window.app.update(Message::CloseRequested);
    assert!(window.app.closing);

    // Cancel keeps the window and the changes.
    let mut window = new_window();
    open(&mut window, &client);
    window.click(iced::widget::Id::new("org-name"));
    window.type_text(" (new)");
    let _ = window.app.update(Message::CloseRequested);
    assert_eq!(window.app.ask, Some(Ask::Unsaved(Pending::Quit)));
    window.click("Cancel");
    assert!(!window.app.closing);
    assert!(window.app.is_dirty());

    // Save writes the file, then closes.
    let _ = window.app.update(ctrl("q"));
    window.click("Save");
    assert!(window.app.closing);
    assert!(loaded(&client).organisation.name.ends_with(" (new)"));

    // Discard closes without writing.
    let mut window = new_window();
    open(&mut window, &client);
    let on_disk = std::fs::read(&client).unwrap();
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("!");
    let _ = window.app.update(Message::CloseRequested);
    window.click("Discard changes");
    assert!(window.app.closing);
    assert_eq!(std::fs::read(&client).unwrap(), on_disk);
}

#[test]
fn a_new_project_saved_on_closing_asks_where_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = new_window();
    window.click("Start from scratch");
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("Nieuw");
    let _ = window.app.update(Message::CloseRequested);
    window.click("Save");
    assert!(!window.app.closing, "closing waits until it is saved");
    let _ = window.app.update(Message::File(FileMessage::Folder(
        dir.path().to_str().unwrap().into(),
    )));
    window.click("Save");
    assert!(window.app.closing);
    assert_eq!(
        loaded(&dir.path().join("nieuw.ron")).organisation.name,
        "Nieuw"
    );
}

#[test]
fn opening_another_project_with_unsaved_changes_can_save_them_first() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.ron");
    let second = dir.path().join("second.ron");
    saved_copy_of("tests/fixtures/complete.ron", &first);
    saved_copy_of("templates/starters/bakery.ron", &second);
    let mut window = new_window();
    open(&mut window, &first);
    window.click(iced::widget::Id::new("org-name"));
    window.type_text(" edited");

    let _ = window.app.update(Message::Open(second.clone()));
    assert_eq!(
        window.app.ask,
        Some(Ask::Unsaved(Pending::Open(second.clone())))
    );
    window.click("Save");
    assert_eq!(window.app.path.as_ref(), Some(&second));
    assert!(loaded(&first).organisation.name.ends_with(" edited"));
    assert!(!window.app.is_dirty());
}

#[test]
fn a_removed_purpose_comes_back_with_undo_and_goes_again_with_redo() {
    let mut window = new_window();
    let _ = window.app.update(Message::Open(PathBuf::from(
        "templates/starters/bakery.ron",
    )));
    let purposes = window.app.project.purposes.clone();
    let _ = window.app.update(Message::GoTo(Step::Purposes));
    window.click("Remove");
    assert_eq!(window.app.project.purposes.len(), purposes.len() - 1);
    assert_ne!(window.app.project.purposes[0], purposes[0]);

    let _ = window.app.update(Message::GoTo(Step::Review));
    let _ = window.app.update(ctrl("z"));
    assert_eq!(window.app.project.purposes, purposes);
    assert_eq!(window.app.step, Step::Purposes, "undo shows where it acted");
    assert!(!window.app.is_dirty());

    let _ = window
        .app
        .update(shortcut("z", Modifiers::CTRL | Modifiers::SHIFT));
    assert_eq!(window.app.project.purposes.len(), purposes.len() - 1);
    let _ = window.app.update(ctrl("z"));
    let _ = window.app.update(ctrl("y"));
    assert_eq!(window.app.project.purposes.len(), purposes.len() - 1);
}

#[test]
fn fifty_changes_can_be_undone_and_typing_a_word_is_one_change() {
    let mut window = new_window();
    window.click("Start from scratch");
    window.click(iced::widget::Id::new("org-name"));
    window.type_text("Janssens");
    let _ = window.app.update(Message::GoTo(Step::Purposes));
    window.click("Add a purpose");
    for _ in 1..60 {
        let add = steps::purposes::Message::Add;
        let _ = window
            .app
            .update(Message::Step(steps::Message::Purposes(add)));
    }
    assert_eq!(window.app.project.purposes.len(), 60);
    for _ in 0..60 {
        let _ = window.app.update(Message::Undo);
    }
    assert!(window.app.project.purposes.is_empty());
    assert_eq!(window.app.project.organisation.name, "Janssens");
    let _ = window.app.update(Message::Undo);
    assert_eq!(window.app.project.organisation.name, "");
    assert!(!window.app.can_undo());
}

#[test]
fn typing_stays_in_its_field_while_findings_come_and_go_above_it() {
    let mut window = new_window();
    let _ = window.app.update(Message::Open(PathBuf::from(
        "templates/starters/bakery.ron",
    )));
    let _ = window.app.update(Message::GoTo(Step::Review));
    let findings_before = window.app.findings.len();
    window.click(iced::widget::Id::new("document-date"));
    window.press(keyboard::key::Named::Backspace, 12);
    // A date more than a year old adds a finding above the field the
    // moment it is complete; the keys after it still land in the field.
    window.type_text("2020-01-01");
    assert_eq!(window.app.findings.len(), findings_before + 1);
    window.press(keyboard::key::Named::Backspace, 1);
    window.type_text("5");
    assert_eq!(
        window.app.project.document.effective_date,
        time::macros::date!(2020 - 01 - 05)
    );
}
