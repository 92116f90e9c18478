//! The accountant's overview of all clients: `policywright status` and the
//! export history it reads, agreeing with what `check` finds.

#[path = "support/command_line.rs"]
mod command_line;

use std::path::{Path, PathBuf};

use command_line::{path_str, run};
use policywright::check::{self, Severity};
use policywright::cli::{EXIT_OK, EXIT_USAGE};
use policywright::desk;
use policywright::storage;
use serde_json::Value;

/// A folder of clients: three starters, an empty project, a file that is
/// no project, a backup and a history folder, which are not clients.
fn clients() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for starter in ["bakery", "dental-brussels", "webshop-nl"] {
        std::fs::copy(
            format!("templates/starters/{starter}.ron"),
            dir.path().join(format!("{starter}.ron")),
        )
        .unwrap();
    }
    let empty = run(&["new", path_str(&dir.path().join("empty.ron"))]);
    assert_eq!(empty.code, EXIT_OK, "{}", empty.err);
    std::fs::write(dir.path().join("bakery.ron.1.bak"), "old").unwrap();
    std::fs::create_dir(dir.path().join("bakery.history")).unwrap();
    dir
}

fn json_status(paths: &[&Path]) -> (u8, Vec<Value>) {
    let mut args = vec!["status", "--format", "json"];
    args.extend(paths.iter().map(|p| path_str(p)));
    let result = run(&args);
    let value: Value = serde_json::from_str(&result.out).expect(&result.out);
    (result.code, value["projects"].as_array().unwrap().clone())
}

fn entry<'a>(projects: &'a [Value], file: &str) -> &'a Value {
    projects
        .iter()
        .find(|p| p["project"].as_str().unwrap().ends_with(file))
        .unwrap_or_else(|| panic!("{file} not listed"))
}

#[test]
fn a_folder_lists_every_client_with_what_check_finds() {
    let dir = clients();
    let (code, projects) = json_status(&[dir.path()]);
    assert_eq!(code, EXIT_OK);
    assert_eq!(projects.len(), 4, "{projects:#?}");
    let today = time::OffsetDateTime::now_utc().date();
    for file in [
        "bakery.ron",
        "dental-brussels.ron",
        "webshop-nl.ron",
        "empty.ron",
    ] {
        let path = dir.path().join(file);
        let findings = check::run(&storage::load(&path).unwrap(), today);
        let listed = entry(&projects, file);
        assert_eq!(listed["errors"], Severity::Error.count(&findings), "{file}");
        assert_eq!(
            listed["warnings"],
            Severity::Warning.count(&findings),
            "{file}"
        );
        assert_eq!(listed["last_export"], Value::Null, "{file}");
    }
    assert_eq!(
        entry(&projects, "bakery.ron")["organisation"],
        "De Zuurdesemhoeve"
    );
    let empty = entry(&projects, "empty.ron");
    assert!(empty["errors"].as_u64().unwrap() > 0);
    assert!(empty["unanswered"].as_u64().unwrap() > 0);
    let dental = entry(&projects, "dental-brussels.ron");
    assert!(
        dental["services"]
            .as_array()
            .unwrap()
            .contains(&Value::from("google-analytics")),
        "{dental}"
    );

    // The table for people says the same, with a line of totals.
    let table = run(&["status", path_str(dir.path())]);
    assert!(table.out.contains("De Zuurdesemhoeve"), "{}", table.out);
    assert!(
        table
            .out
            .contains("4 projects: 1 with errors, 0 unreadable."),
        "{}",
        table.out
    );
}

#[test]
fn an_export_is_recorded_and_a_later_change_to_the_answers_shows() {
    let dir = clients();
    let bakery = dir.path().join("bakery.ron");
    let out = dir.path().join("export");
    let rendered = run(&[
        "render",
        path_str(&bakery),
        "--format",
        "html",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(rendered.code, EXIT_OK, "{}", rendered.err);

    let exports = desk::history::exports(&bakery);
    assert_eq!(exports.len(), 1);
    assert_eq!(exports[0].files.len(), 4, "{:?}", exports[0].files);
    let (_, projects) = json_status(&[&bakery]);
    assert_ne!(projects[0]["last_export"], Value::Null);
    assert_eq!(projects[0]["changed_since_export"], false);

    let mut project = storage::load(&bakery).unwrap();
    project.document.version = "1.1".into();
    storage::save(&bakery, &project).unwrap();
    let (_, projects) = json_status(&[&bakery]);
    assert_eq!(projects[0]["changed_since_export"], true);
    let table = run(&["status", path_str(&bakery)]);
    assert!(table.out.contains("answers changed since"), "{}", table.out);
}

#[test]
fn documents_in_effect_for_over_a_year_are_flagged() {
    let dir = clients();
    let bakery = dir.path().join("bakery.ron");
    let mut project = storage::load(&bakery).unwrap();
    project.document.effective_date = time::macros::date!(2024 - 03 - 01);
    storage::save(&bakery, &project).unwrap();
    let (_, projects) = json_status(&[&bakery]);
    assert_eq!(projects[0]["over_a_year_old"], true);
    let table = run(&["status", path_str(&bakery)]);
    assert!(
        table.out.contains("2024-03-01 (over a year ago)"),
        "{}",
        table.out
    );
}

#[test]
fn an_unreadable_project_is_named_and_the_others_still_listed() {
    let dir = clients();
    std::fs::write(dir.path().join("notes.ron"), "just some notes").unwrap();
    let (code, projects) = json_status(&[dir.path()]);
    assert_eq!(code, EXIT_USAGE);
    assert_eq!(projects.len(), 5);
    let notes = entry(&projects, "notes.ron");
    assert!(
        notes["unreadable"].as_str().unwrap().contains("notes.ron"),
        "{notes}"
    );
    let table = run(&["status", path_str(dir.path())]);
    assert!(table.err.contains("notes.ron"), "{}", table.err);
    assert!(
        table
            .out
            .contains("5 projects: 1 with errors, 1 unreadable."),
        "{}",
        table.out
    );
}

#[test]
fn the_history_lives_beside_the_project() {
    let path = PathBuf::from("/clients/bakery.ron");
    assert_eq!(
        desk::history::folder(&path),
        Path::new("/clients/bakery.history")
    );
}

#[path = "support/simulate.rs"]
mod simulate;

#[test]
fn an_export_from_the_wizard_is_recorded_too() {
    use policywright::ui::steps::{self, review};
    use policywright::ui::{App, ExportMessage, Message, Step};

    let dir = clients();
    let bakery = dir.path().join("bakery.ron");
    let mut app = App::boot_in(None, policywright::model::Locale::EN, None, simulate::TODAY).0;
    let _ = app.update(Message::Open(bakery.clone()));
    let _ = app.update(Message::GoTo(Step::Review));
    let folder = ExportMessage::Folder(dir.path().join("out").display().to_string());
    let _ = app.update(Message::Step(steps::Message::Review(
        review::Message::Export(folder),
    )));
    // The record of processing activities comes along when ticked.
    simulate::click(&mut app, "Record of processing activities (XLSX)");
    simulate::click(&mut app, "Write the documents");
    let exports = desk::history::exports(&bakery);
    assert_eq!(exports.len(), 1, "{:?}", app.status);
    assert!(exports[0].files.iter().all(|f| f.exists()));
    let out = dir.path().join("out");
    assert!(out.join("record-of-processing.nl.xlsx").is_file());
    assert!(out.join("record-of-processing.en.xlsx").is_file());
    let (_, projects) = json_status(&[&bakery]);
    assert_eq!(projects[0]["changed_since_export"], false);
}

/// The paper size of the first page of a PDF, in points.
fn page_size(pdf: &Path) -> (f32, f32) {
    let doc = lopdf::Document::load(pdf).expect("the PDF parses");
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let media = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect::<Vec<_>>();
    (media[2], media[3])
}

#[test]
fn each_client_keeps_its_own_look_and_the_command_line_still_overrides_it() {
    let dir = clients();
    let bakery = dir.path().join("bakery.ron");
    let mut project = storage::load(&bakery).unwrap();
    project.document.branding.paper = Some(policywright::model::Paper::Letter);
    project.document.branding.logo = Some(PathBuf::from("logo.png"));
    storage::save(&bakery, &project).unwrap();
    let out = dir.path().join("export");
    let args = [
        "render",
        "--format",
        "pdf",
        "--documents",
        "privacy-statement",
        "--lang",
        "en",
    ];

    // The logo is looked for beside the project file: missing, that client
    // fails and the other is still written.
    let webshop = dir.path().join("webshop-nl.ron");
    let mut both = args.to_vec();
    both.extend([
        path_str(&bakery),
        path_str(&webshop),
        "--out",
        path_str(&out),
    ]);
    let result = run(&both);
    assert!(result.err.contains("logo.png"), "{}", result.err);
    assert!(out.join("webshop-nl/privacy-statement.en.pdf").exists());

    project.document.branding.logo = None;
    storage::save(&bakery, &project).unwrap();
    let result = run(&both);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let (width, height) = page_size(&out.join("bakery/privacy-statement.en.pdf"));
    assert!(
        (width - 612.0).abs() < 0.5 && (height - 792.0).abs() < 0.5,
        "Letter: {width}×{height}"
    );
    let (width, _) = page_size(&out.join("webshop-nl/privacy-statement.en.pdf"));
    assert!((width - 595.3).abs() < 0.5, "A4: {width}");

    let mut chosen = args.to_vec();
    chosen.extend([path_str(&bakery), "--paper", "a4", "--out", path_str(&out)]);
    assert_eq!(run(&chosen).code, EXIT_OK);
    let (width, _) = page_size(&out.join("bakery/privacy-statement.en.pdf"));
    assert!((width - 595.3).abs() < 0.5, "--paper a4 wins: {width}");
}
