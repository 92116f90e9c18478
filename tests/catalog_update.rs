//! When the catalogue's facts change: entries nobody edited take the new
//! facts, edited ones are kept and named, and projects that need no
//! change are not touched.

#[path = "support/catalogue.rs"]
mod catalogue;
#[path = "support/command_line.rs"]
mod command_line;

use catalogue::{empty_project, i18n};
use command_line::{path_str, run};
use policywright::catalog::project as in_project;
use policywright::catalog::update::{EntryChange, update};
use policywright::catalog::{Catalog, catalog};
use policywright::cli::EXIT_OK;
use policywright::model::{LocalText, Project};
use policywright::storage;

const SHIPPED: &str = include_str!("../templates/services.ron");

/// A project with Mollie and Google Analytics added from the catalogue,
/// Mollie serving the owner's purpose "orders".
fn with_services() -> Project {
    let mut project = empty_project();
    for key in ["mollie", "google-analytics"] {
        in_project::add(&mut project, catalog().service(key).unwrap(), i18n());
    }
    project.purposes.push(policywright::model::Purpose {
        key: "orders".into(),
        name: LocalText::universal("Orders"),
        ..Default::default()
    });
    project.recipients[0].purposes = vec!["orders".into()];
    project
}

/// The shipped catalogue with Mollie's privacy policy moved and Google
/// Analytics no longer listing `_gat`.
fn changed_catalogue() -> Catalog {
    let text = SHIPPED
        .replace(
            "https://www.mollie.com/privacy",
            "https://www.mollie.com/legal/privacy",
        )
        .replace(
            "                (name: \"_gat\", party: First, category: Analytics, duration: Minutes(1)),\n",
            "",
        );
    assert_ne!(text, SHIPPED, "the catalogue text changed");
    Catalog::parse(&text).unwrap()
}

#[test]
fn the_shipped_catalogue_changes_nothing_in_a_project_it_just_filled() {
    let mut project = with_services();
    let before = project.clone();
    let changes = update(&mut project, catalog(), i18n());
    assert!(changes.iter().all(|c| !c.changes_project()), "{changes:?}");
    assert_eq!(project, before);
}

#[test]
fn unedited_entries_take_the_new_facts_and_keep_the_owner_s_answers() {
    let mut project = with_services();
    let changes = update(&mut project, &changed_catalogue(), i18n());
    let mollie = &project.recipients[0];
    assert_eq!(
        mollie.privacy_policy.as_deref(),
        Some("https://www.mollie.com/legal/privacy")
    );
    assert_eq!(mollie.purposes, ["orders"], "the owner's answer stays");
    assert!(changes.contains(&EntryChange::Updated {
        entry: mollie.name.clone(),
        fields: vec!["field-privacy_policy"],
    }));
    assert!(!project.cookies.iter().any(|c| c.name == "_gat"));
    assert!(changes.iter().any(|c| matches!(c,
        EntryChange::Removed { entry, .. } if *entry == LocalText::universal("_gat"))));
    // Everything else is as it was.
    assert_eq!(project.recipients.len(), 2);
    assert_eq!(project.cookies.len(), with_services().cookies.len() - 1);
    // Updated once, the project is up to date with that catalogue.
    let again = update(&mut project, &changed_catalogue(), i18n());
    assert!(again.iter().all(|c| !c.changes_project()), "{again:?}");
}

#[test]
fn an_entry_the_user_edited_is_kept_and_named() {
    let mut project = with_services();
    project.recipients[0].service = LocalText::universal("our payment provider for the webshop");
    let edited = project.recipients[0].clone();
    let changes = update(&mut project, &changed_catalogue(), i18n());
    assert_eq!(project.recipients[0], edited);
    assert!(changes.contains(&EntryChange::Kept {
        entry: edited.name.clone()
    }));
}

#[test]
fn update_services_saves_only_the_projects_that_change() {
    let dir = tempfile::tempdir().unwrap();
    let filled = dir.path().join("filled.ron");
    storage::save(&filled, &with_services()).unwrap();
    let plain = dir.path().join("plain.ron");
    storage::save(&plain, &empty_project()).unwrap();
    let untouched = std::fs::metadata(&plain).unwrap().modified().unwrap();

    let result = run(&["update-services", path_str(&filled), path_str(&plain)]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    assert!(result.out.contains("nothing to change"), "{}", result.out);
    assert_eq!(
        std::fs::metadata(&plain).unwrap().modified().unwrap(),
        untouched
    );
    assert!(!storage::backup_path(&plain, 1).exists());
    assert_eq!(storage::load(&filled).unwrap(), with_services());
}
