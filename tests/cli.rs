//! The command line as an accountant or a translator uses it: files
//! written where promised, failures named, exit codes that scripts can use.

#[path = "support/command_line.rs"]
mod command_line;

use std::ffi::OsString;
use std::path::Path;

use command_line::{path_str, run, run_on};
use policywright::cli::{self, EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output};

#[test]
fn render_writes_both_documents_in_the_project_s_languages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    for document in ["privacy-statement", "cookie-policy"] {
        for lang in ["nl", "en"] {
            let folder = out.join("complete");
            let html = std::fs::read_to_string(folder.join(format!("{document}.{lang}.html")))
                .unwrap_or_else(|e| panic!("{document}.{lang}.html: {e}"));
            assert!(html.contains("Atelier Vermeulen"));
            let pdf = std::fs::read(folder.join(format!("{document}.{lang}.pdf"))).unwrap();
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }
    assert!(result.out.contains("8 files written"), "{}", result.out);
}

#[test]
fn render_can_limit_languages_and_write_fragments() {
    let dir = tempfile::tempdir().unwrap();
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--lang",
        "en",
        "--format",
        "html",
        "--fragment",
        "--out",
        path_str(dir.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let folder = dir.path().join("complete");
    assert!(!folder.join("privacy-statement.nl.html").exists());
    assert!(!folder.join("privacy-statement.en.pdf").exists());
    let html = std::fs::read_to_string(folder.join("privacy-statement.en.html")).unwrap();
    assert!(html.starts_with("<article"));
}

#[test]
fn render_can_write_one_document_only() {
    let dir = tempfile::tempdir().unwrap();
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--documents",
        "cookie-policy",
        "--lang",
        "nl",
        "--format",
        "pdf",
        "--out",
        path_str(dir.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let written: Vec<_> = std::fs::read_dir(dir.path().join("complete"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(written, ["cookie-policy.nl.pdf"]);
}

#[test]
fn a_broken_project_is_named_and_the_others_are_still_rendered() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1, organisation: (name: 12))").unwrap();
    let out = dir.path().join("export");
    let result = run(&[
        "render",
        path_str(&broken),
        "tests/fixtures/complete.ron",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("broken.ron:1:"), "{}", result.err);
    assert!(result.err.contains("organisation.name"), "{}", result.err);
    assert!(
        result.err.contains("1 of 2 projects failed"),
        "{}",
        result.err
    );
    assert!(out.join("complete").join("cookie-policy.en.html").exists());
}

#[test]
fn pdf_options_shape_the_pdf_and_a_bad_logo_fails_only_that_project() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--format",
        "pdf",
        "--paper",
        "letter",
        "--ragged",
        "--accent",
        "#aa3300",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    assert!(out.join("complete/cookie-policy.nl.pdf").exists());
    assert!(!out.join("complete/cookie-policy.nl.html").exists());

    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, "not a picture").unwrap();
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--logo",
        path_str(&logo),
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_FAILED);
    assert!(result.err.contains("PNG or JPEG"), "{}", result.err);

    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--logo",
        "no/such.png",
    ]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("no/such.png"), "{}", result.err);
}

#[test]
fn an_unwritable_output_folder_is_a_failure_of_that_project() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("export");
    std::fs::write(&blocker, "a file where the folder should be").unwrap();
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--out",
        path_str(&blocker),
    ]);
    assert_eq!(result.code, EXIT_FAILED);
    assert!(result.err.contains("could not write"), "{}", result.err);
}

#[test]
fn usage_errors_exit_with_2_and_say_what_is_accepted() {
    let result = run(&["render", "tests/fixtures/complete.ron", "--lang", "pt"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(
        result.err.contains("\"pt\" is not a language") && result.err.contains("nl, fr, de, en"),
        "{}",
        result.err
    );

    let result = run(&["render", "tests/fixtures/complete.ron", "--format", "docx"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(
        result.err.contains("\"docx\" is not an output format"),
        "{}",
        result.err
    );

    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--documents",
        "terms",
    ]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(
        result.err.contains("\"terms\" is not a document") && result.err.contains("cookie-policy"),
        "{}",
        result.err
    );

    let result = run(&["render", "tests/fixtures/complete.ron", "--paper", "a5"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(
        result.err.contains("\"a5\" is not a paper size"),
        "{}",
        result.err
    );

    let result = run(&["render", "tests/fixtures/complete.ron", "--accent", "blue"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("#rrggbb"), "{}", result.err);

    assert_eq!(run(&["render"]).code, EXIT_USAGE);
    assert_eq!(run(&["frobnicate"]).code, EXIT_USAGE);
}

#[test]
fn without_a_command_it_prints_usage() {
    let result = run(&[]);
    assert_eq!(result.code, EXIT_OK);
    assert!(result.out.contains("render") && result.out.contains("templates"));
}

#[test]
fn help_follows_the_chosen_language() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = cli::run(
        ["policywright", "--ui-lang", "nl", "--help"]
            .iter()
            .map(OsString::from)
            .collect(),
        &mut Output {
            out: &mut out,
            err: &mut err,
            progress: false,
        },
    );
    assert_eq!(code, EXIT_OK);
    let help = String::from_utf8(out).unwrap() + &String::from_utf8(err).unwrap();
    let english = run(&["--help"]);
    let english = english.out + &english.err;
    assert_ne!(help, english, "Dutch help must differ from English");
}

#[test]
fn new_writes_a_starter_that_renders_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bakery-client.ron");
    let result = run(&["new", path_str(&path), "--template", "bakery"]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    policywright::storage::load(&path).expect("the new project loads");

    let again = run(&["new", path_str(&path), "--template", "bakery"]);
    assert_eq!(again.code, EXIT_USAGE);
    assert!(again.err.contains("already exists"));

    let unknown = run(&[
        "new",
        path_str(&dir.path().join("x.ron")),
        "--template",
        "zoo",
    ]);
    assert_eq!(unknown.code, EXIT_USAGE);
    assert!(unknown.err.contains("policywright templates"));
}

#[test]
fn new_without_a_template_writes_an_empty_project_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    // Into a client's folder that does not exist yet.
    let path = dir.path().join("clients").join("2026").join("empty.ron");
    assert_eq!(run(&["new", path_str(&path)]).code, EXIT_OK);
    let project = policywright::storage::load(&path).unwrap();
    assert!(project.purposes.is_empty());
}

#[test]
fn templates_lists_every_starter_with_a_description() {
    let result = run(&["templates"]);
    assert_eq!(result.code, EXIT_OK);
    for starter in policywright::starter::STARTERS {
        let line = result
            .out
            .lines()
            .find(|l| l.starts_with(&format!("{}: ", starter.name)))
            .unwrap_or_else(|| panic!("{} not listed", starter.name));
        assert!(line.len() > starter.name.len() + 10);
    }
}

/// Copies of the complete fixture, and one broken file among them.
fn many_projects(dir: &Path, count: usize, broken_at: usize) -> Vec<String> {
    let text = std::fs::read_to_string("tests/fixtures/complete.ron").unwrap();
    (0..count)
        .map(|i| {
            let path = dir.join(format!("client-{i:02}.ron"));
            let contents = if i == broken_at {
                "(version: 1, oops"
            } else {
                &text
            };
            std::fs::write(&path, contents).unwrap();
            path_str(&path).to_owned()
        })
        .collect()
}

#[test]
fn render_over_many_projects_names_the_broken_one_and_writes_all_others_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let projects = many_projects(dir.path(), 12, 5);
    let out = dir.path().join("export");
    let mut args = vec!["render", "--format", "html", "--out", path_str(&out)];
    args.extend(projects.iter().map(String::as_str));
    let result = run(&args);

    assert_eq!(result.code, EXIT_USAGE, "{}", result.err);
    assert!(result.err.contains("client-05.ron:1:"), "{}", result.err);
    assert!(
        result.err.contains("1 of 12 projects failed"),
        "{}",
        result.err
    );
    let rendered: Vec<&str> = result.out.lines().collect();
    assert_eq!(rendered.len(), 11, "{}", result.out);
    for (line, i) in rendered.iter().zip((0..12).filter(|&i| i != 5)) {
        assert!(
            line.starts_with(&projects[i]),
            "{line} is not client-{i:02}"
        );
        let folder = out.join(format!("client-{i:02}"));
        assert!(folder.join("privacy-statement.en.html").exists());
    }
    assert!(!out.join("client-05").exists());
    assert!(
        !result.err.contains("projects rendered"),
        "progress in a log: {}",
        result.err
    );
}

#[test]
fn render_on_a_terminal_counts_the_projects_done() {
    let dir = tempfile::tempdir().unwrap();
    let projects = many_projects(dir.path(), 3, usize::MAX);
    let out = dir.path().join("export");
    let mut args = vec!["render", "--format", "html", "--out", path_str(&out)];
    args.extend(projects.iter().map(String::as_str));
    let result = run_on(&args, true);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    assert!(
        result.err.contains("3 of 3 projects rendered"),
        "{}",
        result.err
    );
}
