//! The command line as a translator uses it: `i18n check` and `i18n new`,
//! a folder of edited texts used without rebuilding, message ids shown.

#[path = "support/command_line.rs"]
mod command_line;

use command_line::{path_str, run};
use policywright::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};

/// A copy of the shipped translations, for a translator to edit.
fn translations_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in policywright::i18n::embedded_files() {
        let folder = dir.path().join(file.locale.code());
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(&file.name), &file.text).unwrap();
    }
    dir
}

#[test]
fn i18n_check_passes_the_shipped_translations() {
    let result = run(&["i18n", "check"]);
    assert_eq!(result.code, EXIT_OK, "{}", result.out);
    assert!(result.out.contains("nl: complete"));
}

#[test]
fn i18n_check_reports_a_translator_s_mistakes_with_their_place() {
    let dir = translations_copy();
    let privacy = dir.path().join("nl").join("privacy.ftl");
    let text = std::fs::read_to_string(&privacy).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    // A missing message, a renamed variable, a syntax error and an extra.
    let title = lines
        .iter()
        .position(|l| l.starts_with("privacy-rights-title"))
        .unwrap();
    lines.remove(title);
    let consent = lines
        .iter()
        .position(|l| l.starts_with("privacy-withdrawal ="))
        .unwrap();
    lines[consent] = lines[consent].replace("{ $email }", "{ $mail }");
    lines.push("broken = { $x".into());
    lines.push("nieuw-bericht = Extra".into());
    std::fs::write(&privacy, lines.join("\n") + "\n").unwrap();

    let result = run(&["i18n", "check", path_str(dir.path())]);
    assert_eq!(result.code, EXIT_FAILED);
    let out = &result.out;
    assert!(
        out.contains("nl: missing: privacy.ftl: privacy-rights-title"),
        "{out}"
    );
    assert!(out.contains("privacy.ftl: privacy-withdrawal: variables differ from English; missing: $email; unknown: $mail"), "{out}");
    let syntax = out.lines().find(|l| l.contains("syntax error")).expect(out);
    let expected_line = lines.len() - 1;
    assert!(
        syntax.contains(&format!("privacy.ftl:{expected_line}:")),
        "{syntax} (expected line {expected_line})"
    );
    assert!(
        out.contains("nl: not in English: privacy.ftl: nieuw-bericht"),
        "{out}"
    );
    assert!(out.contains("en: complete"));
}

#[test]
fn an_edited_translation_shows_in_the_documents_without_rebuilding() {
    let dir = translations_copy();
    let privacy = dir.path().join("en").join("privacy.ftl");
    let text = std::fs::read_to_string(&privacy).unwrap();
    let edited = text.replace(
        "privacy-title = Privacy statement",
        "privacy-title = Privacy notice",
    );
    assert_ne!(text, edited);
    std::fs::write(&privacy, edited).unwrap();
    // A message removed from Dutch makes Dutch incomplete: its documents
    // are refused, never mixed with English.
    let nl = dir.path().join("nl").join("privacy.ftl");
    let nl_text = std::fs::read_to_string(&nl).unwrap();
    let kept: Vec<&str> = nl_text
        .lines()
        .filter(|l| !l.starts_with("privacy-complaint-title"))
        .collect();
    std::fs::write(&nl, kept.join("\n")).unwrap();

    let out = tempfile::tempdir().unwrap();
    let result = run(&[
        "--i18n",
        path_str(dir.path()),
        "render",
        "tests/fixtures/complete.ron",
        "--out",
        path_str(out.path()),
    ]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    assert!(
        !out.path()
            .join("complete/privacy-statement.nl.html")
            .exists()
    );
    assert!(
        result.err.contains(
            "\"nl\" are not complete (1 messages missing, such as privacy-complaint-title)"
        ),
        "{}",
        result.err
    );
    let result = run(&[
        "--i18n",
        path_str(dir.path()),
        "render",
        "tests/fixtures/complete.ron",
        "--lang",
        "en",
        "--out",
        path_str(out.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let html =
        std::fs::read_to_string(out.path().join("complete/privacy-statement.en.html")).unwrap();
    assert!(html.contains("<h1>Privacy notice</h1>"));
}

#[test]
fn a_missing_translation_folder_is_a_usage_error() {
    let result = run(&["--i18n", "no/such/folder", "templates"]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("no/such/folder"), "{}", result.err);
}

#[test]
fn a_translator_adds_a_language_with_a_folder_and_no_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let translations = dir.path().join("translations");
    let started = run(&["i18n", "new", "pt", "--dir", path_str(&translations)]);
    assert_eq!(started.code, EXIT_OK, "{}", started.err);
    let privacy = translations.join("pt").join("privacy.ftl");
    let english = std::fs::read_to_string(&privacy).unwrap();
    std::fs::write(
        &privacy,
        english.replace(
            "privacy-title = Privacy statement",
            "privacy-title = Declaração de privacidade",
        ),
    )
    .unwrap();
    // Starting it again would lose the translator's work: refused.
    let again = run(&["i18n", "new", "pt", "--dir", path_str(&translations)]);
    assert_eq!(again.code, EXIT_USAGE);
    assert!(
        std::fs::read_to_string(&privacy)
            .unwrap()
            .contains("Declaração")
    );

    let out = dir.path().join("out");
    let result = run(&[
        "--i18n",
        path_str(&translations),
        "render",
        "tests/fixtures/complete.ron",
        "--lang",
        "pt",
        "--format",
        "html",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let page = std::fs::read_to_string(out.join("complete/privacy-statement.pt.html")).unwrap();
    assert!(page.contains("<html lang=\"pt\">"), "{page}");
    assert!(page.contains("Declaração de privacidade"));
}

#[test]
fn show_ids_names_the_message_behind_every_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let result = run(&[
        "render",
        "tests/fixtures/complete.ron",
        "--show-ids",
        "--lang",
        "de",
        "--documents",
        "privacy-statement",
        "--format",
        "html",
        "--out",
        path_str(dir.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let page =
        std::fs::read_to_string(dir.path().join("complete/privacy-statement.de.html")).unwrap();
    assert!(
        page.contains("⟦privacy-title⟧ Datenschutzerklärung"),
        "{page}"
    );
    assert!(page.contains("⟦privacy-rights-title⟧"));
}

#[test]
fn a_folder_with_one_file_is_checked_and_its_mistake_placed_and_counted_once() {
    // A French translator who only edits the privacy statement keeps only
    // that file, and leaves a `}` out in the middle of it.
    let dir = tempfile::tempdir().unwrap();
    let french = policywright::i18n::embedded_files()
        .into_iter()
        .find(|f| f.locale.code() == "fr" && f.name == "privacy.ftl")
        .unwrap();
    let mut lines: Vec<String> = french.text.lines().map(String::from).collect();
    let controller = lines
        .iter()
        .position(|l| l.starts_with("privacy-controller ="))
        .unwrap();
    let open = lines[controller].find("{ $org }").unwrap();
    lines[controller].replace_range(open..open + "{ $org }".len(), "{ $org");
    let folder = dir.path().join("fr");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("privacy.ftl"), lines.join("\n") + "\n").unwrap();

    let result = run(&["i18n", "check", path_str(dir.path())]);
    assert_eq!(result.code, EXIT_FAILED, "{}", result.out);
    let out = &result.out;
    // Placed at the mistake itself: just after `{ $org`, on its own line,
    // with where the `{` opened.
    let line = controller + 1;
    let brace = lines[controller][..open].chars().count() + 1;
    let after = brace + "{ $org".chars().count();
    assert!(
        out.contains(&format!("privacy.ftl:{line}:{after}:")),
        "expected {line}:{after} in:\n{out}"
    );
    assert!(
        out.contains(&format!("line {line}, column {brace}")),
        "{out}"
    );
    // One mistake, one report: not also a missing message, and no
    // complaint about the files the folder leaves to the built-in ones.
    assert!(!out.contains("missing:"), "{out}");
    assert!(out.contains("1 problem"), "{out}");
}
