//! The check command as an accountant scripts it: findings grouped by
//! severity with the item and the fix, in the reader's language or as JSON;
//! and render warning about the errors it finds, or with --strict refusing
//! to write the projects that have them.

#[path = "support/command_line.rs"]
mod command_line;

use std::path::Path;

use command_line::{path_str, run};
use policywright::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};

/// The complete fixture with its workshops left without a legal basis,
/// saved in `dir`: a project the checks find one error in.
fn project_with_an_error(dir: &Path) -> std::path::PathBuf {
    let mut project =
        policywright::storage::load(Path::new("tests/fixtures/complete.ron")).unwrap();
    project.purposes[2].legal_basis = None;
    let path = dir.join("no-basis.ron");
    policywright::storage::save(&path, &project).unwrap();
    path
}

#[test]
fn check_passes_a_project_without_errors_and_still_shows_its_warnings() {
    let result = run(&["check", "tests/fixtures/complete.ron"]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let out = &result.out;
    assert!(
        out.starts_with("tests/fixtures/complete.ron: 0 errors, "),
        "{out}"
    );
    assert!(
        out.contains("Where: Cookie 2 “_ga”: duration (cookies[1].duration; GDPR Art. 5(1)(e))"),
        "{out}"
    );
    assert!(!out.contains("Errors:"), "{out}");
}

#[test]
fn check_groups_findings_by_severity_with_the_item_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_with_an_error(dir.path());
    let result = run(&["check", path_str(&path)]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    let out = &result.out;
    assert!(out.contains(": 1 error, "), "{out}");
    let errors = out.find("Errors:").expect(out);
    let warnings = out.find("Warnings:").expect(out);
    let missing_basis = out
        .find("The purpose \"Workshops\" has no legal basis.")
        .expect(out);
    assert!(errors < missing_basis && missing_basis < warnings, "{out}");
    assert!(
        out.contains(
            "Where: Purpose 3 “Workshops”: legal basis (purposes[2].legal_basis; GDPR Art. 13(1)(c), 14(1)(c))"
        ),
        "{out}"
    );
    assert!(out.contains("What to do: Choose the basis"), "{out}");
}

#[test]
fn check_speaks_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_with_an_error(dir.path());
    let result = run(&["check", path_str(&path), "--lang", "nl"]);
    assert_eq!(result.code, EXIT_FAILED);
    assert!(result.out.contains(": 1 fout, "), "{}", result.out);
    assert!(
        result.out.contains("heeft geen rechtsgrond"),
        "{}",
        result.out
    );
    assert!(
        result.out.contains("art. 13(1)(c), 14(1)(c) AVG"),
        "{}",
        result.out
    );
}

#[test]
fn check_as_json_gives_tools_ids_severities_and_places() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_with_an_error(dir.path());
    let result = run(&[
        "check",
        path_str(&path),
        "tests/fixtures/complete.ron",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    let report: serde_json::Value = serde_json::from_str(&result.out).expect(&result.out);
    let projects = report["projects"].as_array().unwrap();
    assert_eq!(projects.len(), 2);
    assert_eq!(projects[0]["errors"], 1);
    assert_eq!(projects[1]["errors"], 0);
    let first = &projects[0]["findings"][0];
    assert_eq!(first["id"], "art13.purpose.legal-basis-missing");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], "purposes[2].legal_basis");
    assert_eq!(first["item"], "Workshops");
    assert_eq!(first["basis"]["law"], "gdpr");
    assert_eq!(first["basis"]["articles"], "13(1)(c), 14(1)(c)");
    assert!(first["hint"].as_str().unwrap().starts_with("Choose"));
}

#[test]
fn check_names_an_unreadable_project_exits_2_and_checks_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1, organisation: (name: 12))").unwrap();
    let result = run(&["check", path_str(&broken), "tests/fixtures/complete.ron"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("broken.ron:1:"), "{}", result.err);
    assert!(
        result.out.contains("tests/fixtures/complete.ron: 0 errors"),
        "{}",
        result.out
    );

    let json = run(&[
        "check",
        path_str(&broken),
        "tests/fixtures/complete.ron",
        "--format",
        "json",
    ]);
    assert_eq!(json.code, EXIT_USAGE);
    let report: serde_json::Value = serde_json::from_str(&json.out).expect(&json.out);
    let unreadable = report["projects"][0]["unreadable"].as_str().unwrap();
    assert!(unreadable.contains("organisation.name"), "{unreadable}");
    assert_eq!(report["projects"][1]["errors"], 0);
}

#[test]
fn check_refuses_unknown_formats_and_languages() {
    let result = run(&["check", "tests/fixtures/complete.ron", "--format", "xml"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("Use text or json"), "{}", result.err);
    let result = run(&["check", "tests/fixtures/complete.ron", "--lang", "pt"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert_eq!(run(&["check"]).code, EXIT_USAGE);
}

#[test]
fn render_reports_the_errors_it_finds_but_writes_anyway() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_with_an_error(dir.path());
    let out = dir.path().join("export");
    let result = run(&[
        "render",
        path_str(&path),
        "--format",
        "html",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    assert!(
        result.err.contains("the checks found 1 error"),
        "{}",
        result.err
    );
    assert!(
        out.join("no-basis")
            .join("privacy-statement.en.html")
            .exists()
    );
}

#[test]
fn render_strict_refuses_a_project_with_errors_and_writes_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_with_an_error(dir.path());
    let out = dir.path().join("export");
    let result = run(&[
        "render",
        "--strict",
        path_str(&path),
        "tests/fixtures/complete.ron",
        "--format",
        "html",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    assert!(result.err.contains("not written"), "{}", result.err);
    assert!(
        result.err.contains("1 of 2 projects failed"),
        "{}",
        result.err
    );
    assert!(!out.join("no-basis").exists());
    assert!(out.join("complete").join("cookie-policy.en.html").exists());
}

/// A translation that names a variable the program does not pass would
/// print "{$e-mail}" into a published document: render refuses instead.
#[test]
fn a_broken_translation_never_reaches_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let english = policywright::i18n::embedded_files()
        .into_iter()
        .find(|f| f.locale.code() == "en" && f.name == "privacy.ftl")
        .unwrap();
    let folder = dir.path().join("en");
    std::fs::create_dir_all(&folder).unwrap();
    let broken = english.text.replace(
        "privacy-data-title = Which personal data we process",
        "privacy-data-title = Which personal data we process ({ $e-mail })",
    );
    assert_ne!(broken, english.text);
    std::fs::write(folder.join("privacy.ftl"), broken).unwrap();
    let out = dir.path().join("out");
    let result = run(&[
        "--i18n",
        path_str(dir.path()),
        "render",
        "tests/fixtures/complete.ron",
        "--lang",
        "en",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    assert!(result.err.contains("privacy-data-title"), "{}", result.err);
    assert!(!out.join("complete/privacy-statement.en.html").exists());
}
