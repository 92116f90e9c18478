//! The wizard driven headless as a person would, one view at a time:
//! clicking by label, typing into a field by its id, and looking for text.
//! Each call shows the app in a tall window from fresh widget state, then
//! feeds every message it produced back into `update`; see `window.rs`
//! for a window that keeps its state between frames.

#![allow(dead_code, reason = "each test file uses its own share")]

use iced::{Font, Settings};
use iced_test::Simulator;
use policywright::ui::{App, Message};

pub type Ui<'a> = Simulator<'a, Message>;

/// The day the tests live on, so findings about dates do not drift.
pub const TODAY: time::Date = time::macros::date!(2026 - 11 - 23);

pub fn settings() -> Settings {
    Settings {
        fonts: vec![notosans::REGULAR_TTF.into(), notosans::BOLD_TTF.into()],
        default_font: Font::with_name("Noto Sans"),
        ..Settings::default()
    }
}

/// Shows the app in a tall window, lets `act` use it, then feeds every
/// message it produced back into `update`.
pub fn interact(app: &mut App, act: impl FnOnce(&mut Ui)) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1400.0, 4000.0), app.view());
        act(&mut ui);
        ui.into_messages().collect()
    };
    for message in messages {
        let _ = app.update(message);
    }
}

pub fn click(app: &mut App, label: &str) {
    interact(app, |ui| {
        ui.click(label)
            .unwrap_or_else(|e| panic!("cannot click {label:?}: {e}"));
    });
}

pub fn type_into(app: &mut App, id: &'static str, text: &str) {
    interact(app, |ui| {
        ui.click(iced::widget::Id::new(id))
            .unwrap_or_else(|e| panic!("no field {id}: {e}"));
        ui.typewrite(text);
    });
}

pub fn sees(app: &App, text: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), (1400.0, 4000.0), app.view());
    ui.find(text).is_ok()
}

/// The wizard with `project` open, in `locale`, as opening its file does.
pub fn opened(project: &policywright::model::Project, locale: policywright::model::Locale) -> App {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("project.ron");
    policywright::storage::save(&path, project).unwrap();
    let mut app = App::boot_in(None, locale, None, TODAY).0;
    let _ = app.update(Message::Open(path));
    assert_eq!(&app.project, project, "the project opened");
    app
}
