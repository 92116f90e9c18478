//! Services from the catalogue added to and removed from a project: the
//! recipient and cookies filled in in both languages, nothing the owner
//! already wrote listed twice or lost, and the services, add-service and
//! remove-service commands.

#[path = "support/catalogue.rs"]
mod catalogue;
#[path = "support/command_line.rs"]
mod command_line;

use catalogue::{bakery_copy, empty_project, i18n, today};
use command_line::{path_str, run, run_in};
use policywright::catalog::catalog;
use policywright::catalog::project::{self as in_project, RecipientOutcome};
use policywright::check::{self, Rule};
use policywright::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use policywright::model::{
    CookieCategory, CookieDuration, Country, LocalText, Locale, Project, TransferSafeguard,
};
use policywright::{starter, storage};

fn bakery() -> Project {
    starter::find("bakery").unwrap().project().unwrap()
}

// ----- services in a project ------------------------------------------------

#[test]
fn adding_a_service_fills_in_its_recipient_and_cookies_in_both_languages() {
    let mut project = empty_project();
    let ga = catalog().service("Google Analytics").unwrap();
    let addition = in_project::add(&mut project, ga, i18n());
    assert_eq!(addition.recipient, RecipientOutcome::Added);
    let recipient = &project.recipients[0];
    assert_eq!(
        recipient.name,
        LocalText::universal("Google Analytics (Google Ireland Limited)")
    );
    assert_eq!(recipient.country, Country::new("US"));
    assert_eq!(
        recipient.safeguard,
        Some(TransferSafeguard::DataPrivacyFramework)
    );
    assert_eq!(recipient.from_catalog.as_deref(), Some("google-analytics"));
    let nl = recipient.service.resolve(Locale::NL).unwrap();
    let en = recipient.service.resolve(Locale::EN).unwrap();
    assert!(nl.fallback_from.is_none() && en.fallback_from.is_none());
    assert!(nl.text.contains("onze website") && en.text.contains("our website"));

    let ga4 = project.cookies.iter().find(|c| c.name == "_ga_*").unwrap();
    assert_eq!(ga4.duration, Some(CookieDuration::Years(2)));
    assert_eq!(ga4.category, CookieCategory::Analytics);
    assert_eq!(ga4.provider, "Google Analytics (Google Ireland Limited)");
    let ga = project.cookies.iter().find(|c| c.name == "_ga").unwrap();
    let purpose = |locale| ga.purpose.resolve(locale).unwrap().text;
    assert!(purpose(Locale::NL).contains("uw browser"));
    assert!(purpose(Locale::EN).contains("your browser"));
    assert_eq!(ga4.from_catalog.as_deref(), Some("google-analytics"));
    // The cookies need consent; no banner is invented for them.
    assert_eq!(project.cookie_consent, None);
    let findings = check::run(&project, today());
    assert!(
        findings
            .iter()
            .any(|f| f.rule == Rule::CookieConsentUnanswered)
    );
    // What the project lacks for this service is pointed out, not added.
    assert!(
        addition
            .data_missing
            .contains(&"online-identifiers".to_owned())
    );
    assert!(project.data_categories.is_empty());
}

#[test]
fn adding_and_saving_keeps_the_project_file_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.ron");
    let mut project = bakery();
    let marked_before = storage::to_ron(&project).matches("from_catalog").count();
    in_project::add(&mut project, catalog().service("stripe").unwrap(), i18n());
    storage::save(&path, &project).unwrap();
    let loaded = storage::load(&path).unwrap();
    assert_eq!(loaded, project);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("from_catalog: \"stripe\""));
    // Stripe's recipient and its two cookies are marked; nothing else is.
    assert_eq!(text.matches("from_catalog").count(), marked_before + 3);
}

#[test]
fn adding_then_removing_any_service_leaves_every_starter_as_it_was() {
    for starter in starter::STARTERS {
        let original = starter.project().unwrap();
        let from_catalog = |key: &str| {
            let key = Some(key.to_owned());
            original.recipients.iter().any(|r| r.from_catalog == key)
                || original.cookies.iter().any(|c| c.from_catalog == key)
        };
        // A service the starter already uses would be removed for good.
        for service in catalog().services.iter().filter(|s| !from_catalog(&s.key)) {
            let mut project = original.clone();
            in_project::add(&mut project, service, i18n());
            let removal = in_project::remove(&mut project, service, i18n());
            assert!(
                removal.recipients_kept.is_empty() && removal.cookies_kept.is_empty(),
                "{}: {removal:?}",
                service.key
            );
            assert_eq!(project, original, "{} in {}", service.key, starter.name);
            assert_eq!(storage::to_ron(&project), storage::to_ron(&original));
        }
    }
}

#[test]
fn adding_a_service_twice_changes_nothing_the_second_time() {
    let mut project = empty_project();
    let hotjar = catalog().service("hotjar").unwrap();
    in_project::add(&mut project, hotjar, i18n());
    let once = project.clone();
    let again = in_project::add(&mut project, hotjar, i18n());
    assert!(!again.changed());
    assert_eq!(project, once);
}

#[test]
fn what_the_user_already_wrote_is_not_listed_twice() {
    let mut project = bakery();
    let before = project.clone();
    let ga = catalog().service("google-analytics").unwrap();
    let addition = in_project::add(&mut project, ga, i18n());
    // The bakery names "Google (Google Analytics)" itself, with _ga and _ga_*.
    assert_eq!(
        addition.recipient,
        RecipientOutcome::AlreadyPresent(LocalText::universal("Google (Google Analytics)"))
    );
    assert_eq!(addition.cookies_present, ["_ga", "_ga_*"]);
    assert_eq!(project.recipients, before.recipients);
    assert_eq!(project.cookies.len(), before.cookies.len() + 3);

    let complianz = catalog().service("complianz").unwrap();
    let addition = in_project::add(&mut project, complianz, i18n());
    assert_eq!(addition.recipient, RecipientOutcome::NotARecipient);
    assert_eq!(addition.cookies_present, ["cmplz_*"]);
}

#[test]
fn removing_a_service_keeps_the_entries_the_user_changed() {
    let original = empty_project();
    let mut project = original.clone();
    let stripe = catalog().service("stripe").unwrap();
    in_project::add(&mut project, stripe, i18n());
    project.recipients[0].name = LocalText::universal("Stripe, our card payments");
    let mid = project
        .cookies
        .iter_mut()
        .find(|c| c.name == "__stripe_mid")
        .unwrap();
    mid.duration = Some(CookieDuration::Months(6));

    let removal = in_project::remove(&mut project, stripe, i18n());
    assert_eq!(removal.recipients_removed, 0);
    assert_eq!(
        removal.recipients_kept,
        [LocalText::universal("Stripe, our card payments")]
    );
    assert_eq!(removal.cookies_removed, ["__stripe_sid"]);
    assert_eq!(removal.cookies_kept, ["__stripe_mid"]);
    assert_eq!(project.recipients.len(), 1);
    assert_eq!(project.cookies.len(), 1);
    assert_eq!(project.cookies[0].duration, Some(CookieDuration::Months(6)));

    // A service the project never had: nothing to do, and it says so.
    let removal = in_project::remove(&mut project, catalog().service("mollie").unwrap(), i18n());
    assert!(removal.found_nothing());
}

// ----- the command line ---------------------------------------------------------

#[test]
fn services_lists_and_searches_the_catalogue() {
    let all = run(&["services"]);
    assert_eq!(all.code, EXIT_OK, "{}", all.err);
    assert_eq!(
        all.out.lines().count(),
        catalog().services.len() + 1,
        "{}",
        all.out
    );
    assert!(all.out.contains("mollie") && all.out.contains("Mollie B.V., Netherlands"));

    let mail = run(&["services", "MAIL"]);
    for key in ["mailchimp", "mailerlite", "flexmail"] {
        assert!(mail.out.contains(key), "{}", mail.out);
    }
    assert!(!mail.out.contains("stripe"));
    // Kinds are searched in the reader's language too.
    let payroll = run_in("nl", &["services", "loonadministratie"]);
    assert!(payroll.out.contains("acerta") && payroll.out.contains("België"));

    let none = run(&["services", "molie"]);
    assert_eq!(none.code, EXIT_OK);
    assert!(none.out.contains("No service"));
    assert!(none.err.contains("mollie"), "{}", none.err);
}

#[test]
fn add_and_remove_service_change_the_project_safely() {
    let dir = tempfile::tempdir().unwrap();
    let path = bakery_copy(dir.path());
    let original = storage::load(&path).unwrap();
    let original_text = std::fs::read_to_string(&path).unwrap();

    let added = run(&["add-service", path_str(&path), "google-ads", "Meta Pixel"]);
    assert_eq!(added.code, EXIT_OK, "{}", added.err);
    assert!(
        added
            .out
            .contains("recipient added: Google Ads (Google Ireland Limited)")
    );
    assert!(
        added
            .out
            .contains("4 cookies added: _gcl_au, _gcl_aw, IDE, test_cookie")
    );
    assert!(added.out.contains("bakery.ron.1.bak"), "{}", added.out);
    let backup = std::fs::read_to_string(storage::backup_path(&path, 1)).unwrap();
    assert_eq!(backup, original_text, "the previous version is kept");
    let project = storage::load(&path).unwrap();
    assert_eq!(project.recipients.len(), original.recipients.len() + 2);
    assert_eq!(project.cookies.len(), original.cookies.len() + 7);

    let again = run(&["add-service", path_str(&path), "google-ads"]);
    assert_eq!(again.code, EXIT_OK);
    assert!(again.out.contains("nothing to change"), "{}", again.out);

    let removed = run(&[
        "remove-service",
        path_str(&path),
        "google-ads",
        "meta-pixel",
    ]);
    assert_eq!(removed.code, EXIT_OK, "{}", removed.err);
    assert!(removed.out.contains("recipient removed"));
    assert_eq!(storage::load(&path).unwrap(), original);
}

#[test]
fn unknown_service_names_are_named_with_close_matches() {
    let dir = tempfile::tempdir().unwrap();
    let path = bakery_copy(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();

    let partly = run(&["add-service", path_str(&path), "Molie", "vimeo"]);
    assert_eq!(partly.code, EXIT_FAILED);
    assert!(
        partly.err.contains("no service \"Molie\""),
        "{}",
        partly.err
    );
    assert!(
        partly.err.contains("Did you mean: mollie"),
        "{}",
        partly.err
    );
    assert!(partly.out.contains("Vimeo"));

    let path2 = dir.path().join("untouched.ron");
    std::fs::write(&path2, &before).unwrap();
    let none = run(&["add-service", path_str(&path2), "qwertyuiop"]);
    assert_eq!(none.code, EXIT_USAGE);
    assert_eq!(std::fs::read_to_string(&path2).unwrap(), before);

    let nl = run_in("nl", &["remove-service", path_str(&path2), "stirpe"]);
    assert_eq!(nl.code, EXIT_USAGE);
    assert!(nl.err.contains("Bedoelt u: stripe"), "{}", nl.err);

    let missing = run(&["add-service", "no/such/project.ron", "mollie"]);
    assert_eq!(missing.code, EXIT_USAGE);
}
