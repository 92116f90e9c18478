//! A translator sees an edit as they save it: with a folder of edited
//! texts, the window reads them again when a file changes, redraws its own
//! words and the preview, and shows a syntax error with its place instead
//! of losing the preview. Alone in its binary, as the texts in use are the
//! window's, shared by every test that would run beside it.

#[path = "support/simulate.rs"]
mod simulate;

use policywright::i18n::I18n;
use policywright::model::Locale;
use policywright::ui::Message;

fn preview_title(app: &policywright::ui::App) -> String {
    app.preview.document.as_ref().unwrap().title.clone()
}

#[test]
fn an_edited_text_shows_in_the_window_and_a_mistake_is_placed() {
    let folder = tempfile::tempdir().unwrap();
    let english = policywright::i18n::embedded_files()
        .into_iter()
        .find(|f| f.locale == Locale::EN && f.name == "privacy.ftl")
        .unwrap();
    let privacy = folder.path().join("en").join("privacy.ftl");
    std::fs::create_dir_all(privacy.parent().unwrap()).unwrap();
    std::fs::write(&privacy, &english.text).unwrap();

    let project = policywright::starter::find("bakery")
        .unwrap()
        .project()
        .unwrap();
    let app = simulate::opened(&project, Locale::EN);
    let mut app = app.with_texts(folder.path().to_owned());
    assert_eq!(preview_title(&app), "Privacy statement");
    assert!(app.text_problems.is_empty(), "{:?}", app.text_problems);

    let edited = english.text.replace(
        "privacy-title = Privacy statement",
        "privacy-title = Privacy notice",
    );
    std::fs::write(&privacy, &edited).unwrap();
    let _ = app.update(Message::TextsChanged);
    assert_eq!(preview_title(&app), "Privacy notice");

    // A mistake while typing: the place is shown, the preview stays.
    let broken = edited.replace("privacy-data-title = ", "privacy-data-title = { $x");
    std::fs::write(&privacy, broken).unwrap();
    let _ = app.update(Message::TextsChanged);
    assert_eq!(preview_title(&app), "Privacy notice");
    let problem = app
        .text_problems
        .first()
        .expect("the mistake is shown")
        .describe(I18n::embedded(), app.locale);
    assert!(problem.contains("privacy.ftl:"), "{problem}");
    assert!(
        simulate::sees(&app, &problem),
        "the mistake is in the window"
    );
    // Kept as what it is, not as words: it follows the window's language.
    let _ = app.update(Message::Language(Locale::FR));
    let french = app.text_problems[0].describe(I18n::embedded(), Locale::FR);
    assert_ne!(french, problem);
    assert!(simulate::sees(&app, &french), "the mistake is in French");
}
