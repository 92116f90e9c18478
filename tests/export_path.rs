//! The wizard and `policywright render` write a project's documents
//! through one function: the same files, and the same remarks about them.

#[path = "support/answers.rs"]
mod answers;
#[path = "support/command_line.rs"]
mod command_line;
#[path = "support/simulate.rs"]
mod simulate;

use std::path::Path;

use policywright::model::{LocalText, Locale};
use policywright::ui::steps::{self, review};
use policywright::ui::{ExportMessage, Message, Step};

/// The names of the files in `folder`, sorted.
fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_wizard_writes_what_the_command_line_writes_and_shows_what_it_prints() {
    // A purpose named in Dutch only: the English documents use the Dutch
    // name, which both the command line and the wizard must say.
    let project = answers::with(|p| {
        p.purposes[0].name = LocalText::translated(&[(Locale::NL, "Bestellingen leveren")]);
    });
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("client.ron");
    policywright::storage::save(&file, &project).unwrap();

    let by_command = folder.path().join("by-command");
    let run = command_line::run(&[
        "render",
        command_line::path_str(&file),
        "--out",
        command_line::path_str(&by_command),
    ]);
    assert_eq!(run.code, 0, "{}", run.err);
    let prefix = format!("{}: ", file.display());
    let printed = run
        .err
        .lines()
        .filter_map(|line| line.strip_prefix(&prefix))
        .find(|remark| remark.starts_with("privacy-statement (en): "))
        .unwrap_or_else(|| panic!("no notice printed: {}", run.err))
        .to_owned();

    let by_wizard = folder.path().join("by-wizard");
    let mut app = simulate::opened(&project, Locale::EN);
    let _ = app.update(Message::GoTo(Step::Review));
    let folder = ExportMessage::Folder(by_wizard.display().to_string());
    let _ = app.update(Message::Step(steps::Message::Review(
        review::Message::Export(folder),
    )));
    simulate::click(&mut app, "Write the documents");

    // The command line writes into a folder per project.
    assert_eq!(files_in(&by_command.join("client")), files_in(&by_wizard));
    for name in files_in(&by_wizard).iter().filter(|n| n.ends_with(".html")) {
        assert_eq!(
            std::fs::read(by_command.join("client").join(name)).unwrap(),
            std::fs::read(by_wizard.join(name)).unwrap(),
            "{name} differs"
        );
    }
    // The remark the command line printed after the project's file is
    // the one the wizard shows.
    let shown = printed;
    assert!(
        simulate::sees(&app, &shown),
        "the wizard does not show {shown:?}"
    );
}

#[test]
fn the_command_line_reports_in_the_user_s_language_and_names_places_in_words() {
    let project = answers::with(|p| {
        p.purposes[0].name = LocalText::translated(&[(Locale::NL, "Bestellingen leveren")]);
    });
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("client.ron");
    policywright::storage::save(&file, &project).unwrap();
    let out = folder.path().join("out");
    let run = command_line::run_in(
        "nl",
        &[
            "render",
            command_line::path_str(&file),
            "--out",
            command_line::path_str(&out),
        ],
    );
    assert!(
        run.err.contains(
            "Het antwoord \"Doeleinde 1: naam\" heeft geen tekst in deze taal; \
             de tekst in het Nederlands is gebruikt."
        ),
        "{}",
        run.err
    );
}
