//! The service catalogue as an owner or an accountant meets it: every
//! service complete in both languages and consistent with the transfer
//! rules, cookie names matched as browsers show them, services that go in
//! and out of a project cleanly, and cookie lists imported from what
//! browsers and scanners export.

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsString;
use std::path::Path;

use fluent_bundle::FluentArgs;
use policywright::catalog::import::{self, IgnoreReason, IgnoredLine};
use policywright::catalog::project::{self as in_project, RecipientOutcome};
use policywright::catalog::{CookiePattern, ServiceRole, catalog};
use policywright::check::{self, Rule};
use policywright::cli::{self, EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output};
use policywright::i18n::{self, I18n};
use policywright::model::{
    Cookie, CookieCategory, CookieDuration, Country, LocalText, Locale, Party, Project,
    StorageKind, TransferSafeguard,
};
use policywright::{identifier, jurisdiction, starter, storage};

fn i18n() -> &'static I18n {
    I18n::embedded()
}

/// The message `id` in `locale`, failing the test when it is missing,
/// falls back to English or does not format.
fn message(locale: Locale, id: &str, args: &FluentArgs) -> String {
    let mut issues = Vec::new();
    let text = i18n().format(locale, id, args, &mut issues);
    assert!(issues.is_empty(), "{} {id}: {issues:?}", locale.code());
    assert!(!text.trim().is_empty(), "{} {id} is empty", locale.code());
    text
}

fn today() -> time::Date {
    time::macros::date!(2026 - 11 - 23)
}

fn empty_project() -> Project {
    let mut project = Project::empty("Bakkerij Peeters", today());
    project.organisation.websites = vec!["https://www.bakkerijpeeters.be".into()];
    project
}

fn bakery() -> Project {
    starter::find("bakery").unwrap().project().unwrap()
}

// ----- the catalogue itself ------------------------------------------------

#[test]
fn the_catalogue_covers_sixty_services_of_every_kind() {
    let catalog = catalog();
    assert!(catalog.services.len() >= 60, "{}", catalog.services.len());
    for kind in policywright::catalog::ServiceKind::ALL {
        assert!(
            catalog.services.iter().any(|s| s.kind == kind),
            "no service of kind {kind:?}"
        );
    }
    for named in [
        "Google Analytics",
        "Matomo",
        "Plausible Analytics",
        "Hotjar",
        "Meta Pixel",
        "LinkedIn Insight Tag",
        "Google Ads",
        "Mailchimp",
        "Brevo",
        "Flexmail",
        "HubSpot",
        "Teamleader",
        "Odoo",
        "Exact Online",
        "Yuki",
        "Billit",
        "Mollie",
        "Stripe",
        "PayPal",
        "Shopify",
        "WooCommerce",
        "Lightspeed eCom",
        "Combell",
        "OVHcloud",
        "Amazon Web Services",
        "Microsoft 365",
        "Google Workspace",
        "YouTube",
        "Vimeo",
        "Cloudflare",
        "Google reCAPTCHA",
        "Cookiebot",
        "Calendly",
        "SD Worx",
        "Securex",
        "Partena Professional",
        "Acerta",
        "Liantis",
    ] {
        assert!(catalog.service(named).is_some(), "{named} is missing");
    }
    assert!(catalog.checked <= today());
}

#[test]
fn every_service_is_complete_in_both_languages() {
    let mut keys = Vec::new();
    for service in &catalog().services {
        let key = &service.key;
        assert!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{key}: keys are lower case with dashes"
        );
        keys.push(key.clone());
        assert!(!service.name.trim().is_empty() && !service.company.trim().is_empty());
        assert!(
            identifier::is_link(&service.privacy_policy)
                && service.privacy_policy.starts_with("https://")
                && !identifier::is_placeholder(&service.privacy_policy),
            "{key}: {}",
            service.privacy_policy
        );
        assert!(!service.purposes.is_empty(), "{key} has no purpose");
        assert!(!service.data.is_empty(), "{key} handles no data");
        for locale in Locale::ALL {
            let none = FluentArgs::new();
            message(locale, &service.description_id(), &none);
            message(
                locale,
                &format!("catalog-kind-{}", service.kind.key()),
                &none,
            );
            for purpose in &service.purposes {
                message(locale, &format!("catalog-purpose-{}", purpose.key()), &none);
            }
            for data in &service.data {
                message(locale, &format!("data-{data}"), &none);
            }
            for country in [Some(&service.country), service.processed_in.as_ref()]
                .into_iter()
                .flatten()
            {
                message(locale, &format!("country-{}", country.code()), &none);
            }
            for cookie in &service.cookies {
                message(locale, &cookie.purpose_id(), &none);
            }
            let mut args = FluentArgs::new();
            args.set("service", service.name.clone());
            args.set("company", service.company.clone());
            message(locale, "catalog-recipient-name", &args);
        }
    }
    let count = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), count, "two services share a key");
}

#[test]
fn the_translations_of_the_catalogue_match_entry_for_entry() {
    let files = i18n::embedded_files();
    for report in i18n::check::run(&files, &files) {
        assert!(report.is_clean(), "{report:?}");
    }
}

#[test]
fn every_safeguard_fits_the_country_the_data_goes_to() {
    for service in &catalog().services {
        let key = &service.key;
        let location = service.data_location();
        let safeguard = service.safeguard.as_ref();
        if service.role == ServiceRole::OwnWebsite {
            assert_eq!(
                safeguard, None,
                "{key}: software on your own site transfers nothing"
            );
            continue;
        }
        if jurisdiction::is_eea(location) {
            assert_eq!(safeguard, None, "{key}: no transfer inside the EEA");
        } else if jurisdiction::is_data_privacy_framework_country(location) {
            assert!(
                matches!(
                    safeguard,
                    Some(
                        TransferSafeguard::DataPrivacyFramework
                            | TransferSafeguard::StandardContractualClauses
                    )
                ),
                "{key}: the US needs the DPF or standard contractual clauses"
            );
        } else if jurisdiction::has_adequacy_decision(location) {
            assert!(
                matches!(safeguard, None | Some(TransferSafeguard::AdequacyDecision)),
                "{key}: {location} has an adequacy decision"
            );
        } else {
            assert!(
                matches!(
                    safeguard,
                    Some(
                        TransferSafeguard::StandardContractualClauses
                            | TransferSafeguard::BindingCorporateRules
                    )
                ),
                "{key}: {location} needs an Art. 46 safeguard"
            );
        }
    }
}

#[test]
fn a_project_with_every_service_has_no_transfer_or_cookie_gaps_from_the_catalogue() {
    let mut project = empty_project();
    for service in &catalog().services {
        in_project::add(&mut project, service, i18n());
    }
    let findings = check::run(&project, today());
    for finding in &findings {
        let from_catalogue = finding.item.path.starts_with("recipients")
            || finding.item.path.starts_with("cookies[");
        let id = finding.id();
        assert!(
            !(from_catalogue
                && (id.contains("transfer")
                    || id.contains("recipient")
                    || id.contains("duration-missing")
                    || id.contains("purpose-missing")
                    || id.contains("category-missing")
                    || id.contains("tracking-as-necessary"))),
            "{id} at {}",
            finding.item.path
        );
    }
}

#[test]
fn a_cookie_two_services_share_is_described_the_same_way() {
    let mut seen: HashMap<&str, (Party, CookieCategory, CookieDuration, StorageKind)> =
        HashMap::new();
    let mut slugs: BTreeMap<String, &str> = BTreeMap::new();
    for service in &catalog().services {
        for cookie in &service.cookies {
            let name = cookie.name.as_str();
            let facts = (
                cookie.party,
                cookie.category,
                cookie.duration,
                cookie.storage,
            );
            if let Some(earlier) = seen.insert(name, facts) {
                assert_eq!(earlier, facts, "{name} differs between services");
            }
            if let Some(other) = slugs.insert(cookie.name.slug(), name) {
                assert_eq!(other, name, "{other} and {name} share a message id");
            }
        }
    }
}

// ----- matching cookie names ------------------------------------------------

fn pattern(text: &str) -> CookiePattern {
    CookiePattern::try_from(text.to_owned()).unwrap()
}

#[test]
fn patterns_match_the_names_browsers_show_and_not_their_neighbours() {
    let cases: [(&str, &[&str], &[&str]); 7] = [
        (
            "_ga_*",
            &["_ga_ABC123", "_ga_X"],
            &["_ga", "_gat", "_ga_", "_GA_ABC123", "x_ga_A"],
        ),
        ("_ga", &["_ga"], &["_ga_ABC123", "_gat", "_gid", "_GA"]),
        (
            "_hjSession_*",
            &["_hjSession_1234567"],
            &["_hjSessionUser_1", "_hjSession_", "_hjsession_1"],
        ),
        (
            "_hjSessionUser_*",
            &["_hjSessionUser_1"],
            &["_hjSession_1", "_hjSessionUser_"],
        ),
        (
            "_pk_id.*",
            &["_pk_id.1.a1b2"],
            &["_pk_id", "_pk_ses.1.a1b2"],
        ),
        (
            "intercom-id-*",
            &["intercom-id-abc123"],
            &["intercom-device-id-abc123", "intercom-session-abc123"],
        ),
        (
            "__cf_bm",
            &["__cf_bm"],
            &["__cf_bm_x", "_cf_bm", "__cfruid"],
        ),
    ];
    for (written, matching, neighbours) in cases {
        let pattern = pattern(written);
        for name in matching {
            assert!(pattern.matches(name), "{written} should match {name}");
        }
        for name in neighbours {
            assert!(!pattern.matches(name), "{written} should not match {name}");
        }
    }
    for bad in ["*", "_ga*_x", "two words", "a=b", ""] {
        assert!(CookiePattern::try_from(bad.to_owned()).is_err(), "{bad}");
    }
}

/// A name a browser could show for `pattern`: the pattern itself, or its
/// prefix followed by a site number.
fn example(pattern: &CookiePattern) -> String {
    match pattern.prefix() {
        Some(prefix) => format!("{prefix}1a2B3c"),
        None => pattern.as_str().to_owned(),
    }
}

#[test]
fn every_catalogue_cookie_is_recognised_and_none_claims_another_s_name() {
    let all: Vec<&CookiePattern> = catalog()
        .services
        .iter()
        .flat_map(|s| s.cookies.iter().map(|c| &c.name))
        .collect();
    for pattern in &all {
        let name = example(pattern);
        let found = catalog().identify(&name);
        let (_, best) = found.first().unwrap_or_else(|| panic!("{name} not found"));
        assert_eq!(best.name, **pattern, "{name}");
        // The written pattern itself is recognised too, as project files
        // hold it.
        let (_, written) = catalog().identify(pattern.as_str())[0];
        assert_eq!(written.name, **pattern);
        if let Some(prefix) = pattern.prefix() {
            assert!(
                !pattern.matches(prefix),
                "{prefix} alone is not {pattern:?}"
            );
        }
        for other in &all {
            if other.as_str() != pattern.as_str() {
                assert!(
                    !pattern.matches(&example(other)),
                    "{} also matches {}",
                    pattern.as_str(),
                    example(other)
                );
            }
        }
    }
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
    let nl = recipient.service.resolve(Locale::Nl).unwrap();
    let en = recipient.service.resolve(Locale::En).unwrap();
    assert!(nl.fallback_from.is_none() && en.fallback_from.is_none());
    assert!(nl.text.contains("onze website") && en.text.contains("our website"));

    let ga4 = project.cookies.iter().find(|c| c.name == "_ga_*").unwrap();
    assert_eq!(ga4.duration, Some(CookieDuration::Years(2)));
    assert_eq!(ga4.category, CookieCategory::Analytics);
    assert_eq!(ga4.provider, "Google Analytics (Google Ireland Limited)");
    let ga = project.cookies.iter().find(|c| c.name == "_ga").unwrap();
    let purpose = |locale| ga.purpose.resolve(locale).unwrap().text;
    assert!(purpose(Locale::Nl).contains("uw browser"));
    assert!(purpose(Locale::En).contains("your browser"));
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
    in_project::add(&mut project, catalog().service("stripe").unwrap(), i18n());
    storage::save(&path, &project).unwrap();
    let loaded = storage::load(&path).unwrap();
    assert_eq!(loaded, project);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("from_catalog: \"stripe\""));
    // Entries the user wrote carry no mark.
    assert_eq!(text.matches("from_catalog").count(), 3);
}

#[test]
fn adding_then_removing_any_service_leaves_every_starter_as_it_was() {
    for starter in starter::STARTERS {
        let original = starter.project().unwrap();
        for service in &catalog().services {
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

// ----- importing cookie lists ------------------------------------------------

const MIXED_LIST: &str = "_ga
_ga_ABC123XYZ
_gid

_fbp
  _hjSessionUser_1234567
_hjSession_1234567
PHPSESSID
my_custom_pref
_ga
_ga_DEF456
PHPSESSID
this is not a cookie
name=value
   \n\"__stripe_mid\"
";

#[test]
fn a_realistic_mixed_list_is_counted_right() {
    let mut project = empty_project();
    let report = import::import(&mut project, MIXED_LIST, i18n());
    assert_eq!(
        report.matched,
        [
            "_ga",
            "_ga_*",
            "_gid",
            "_fbp",
            "_hjSessionUser_*",
            "_hjSession_*",
            "__stripe_mid"
        ]
    );
    assert_eq!(report.unknown, ["PHPSESSID", "my_custom_pref"]);
    assert_eq!(report.duplicates, 3);
    assert_eq!(report.already_present, 0);
    assert_eq!(
        report.ignored,
        [
            IgnoredLine {
                line: 13,
                text: "this is not a cookie".into(),
                reason: IgnoreReason::NotACookieName,
            },
            IgnoredLine {
                line: 14,
                text: "name=value".into(),
                reason: IgnoreReason::NotACookieName,
            },
        ]
    );
    let recipients: Vec<String> = report
        .recipients_added
        .iter()
        .map(|name| name.resolve(Locale::En).unwrap().text.to_owned())
        .collect();
    assert_eq!(
        recipients,
        [
            "Google Analytics (Google Ireland Limited)",
            "Meta Pixel (Meta Platforms Ireland Limited)",
            "Hotjar Ltd",
            "Stripe Payments Europe, Limited",
        ]
    );

    // Known cookies are complete; unknown ones wait for the owner.
    let fbp = project.cookies.iter().find(|c| c.name == "_fbp").unwrap();
    assert_eq!(fbp.duration, Some(CookieDuration::Months(3)));
    assert_eq!(fbp.category, CookieCategory::Marketing);
    let unknown = project
        .cookies
        .iter()
        .find(|c| c.name == "PHPSESSID")
        .unwrap();
    assert_eq!(unknown.category, CookieCategory::Unclassified);
    assert_eq!(unknown.duration, None);
    assert!(unknown.purpose.is_blank() && unknown.from_catalog.is_none());

    // The same list again: everything is already there.
    let again = import::import(&mut project, MIXED_LIST, i18n());
    assert!(again.matched.is_empty() && again.unknown.is_empty());
    assert_eq!((again.already_present, again.duplicates), (9, 3));
}

#[test]
fn a_csv_export_with_header_and_semicolons_imports() {
    let export = "\u{feff}Cookies on www.bakkerijpeeters.be, 23/11/2026\r\n\
        \"Name\";\"Value\";\"Domain\";\"Path\";\"Expires / Max-Age\"\r\n\
        \"_ga\";\"GA1.1.123.456\";\".bakkerijpeeters.be\";\"/\";\"2028-12-28T10:00:00.000Z\"\r\n\
        \"IDE\";\"AHWqTU\";\".doubleclick.net\";\"/\";\"2027-12-23T10:00:00.000Z\"\r\n\
        \r\n\
        \"cart_token\";\"c1;d2\";\"www.bakkerijpeeters.be\";\"/\";\"Session\"\r\n\
        \"trk\";\"1\";\"ads.tracker.example\";\"/\";\"\"\r\n\
        \"\";\"orphan\";\".bakkerijpeeters.be\";\"/\";\"\"\r\n\
        \"_ga\";\"GA1.1.789\";\"www.bakkerijpeeters.be\";\"/\";\"\"\r\n";
    let mut project = empty_project();
    let report = import::import(&mut project, export, i18n());
    assert_eq!(report.matched, ["_ga", "IDE"]);
    assert_eq!(report.unknown, ["cart_token", "trk"]);
    assert_eq!(report.duplicates, 1);
    let ignored: Vec<(usize, IgnoreReason)> =
        report.ignored.iter().map(|i| (i.line, i.reason)).collect();
    assert_eq!(
        ignored,
        [(1, IgnoreReason::BeforeHeader), (8, IgnoreReason::NoName)]
    );
    let own = project
        .cookies
        .iter()
        .find(|c| c.name == "cart_token")
        .unwrap();
    assert_eq!(
        (own.party, own.provider.as_str()),
        (Party::First, "Bakkerij Peeters")
    );
    let other = project.cookies.iter().find(|c| c.name == "trk").unwrap();
    assert_eq!(
        (other.party, other.provider.as_str()),
        (Party::Third, "ads.tracker.example")
    );
    // The domain is kept for the cookie policy, as the browser wrote it.
    assert_eq!(own.domain.as_deref(), Some("www.bakkerijpeeters.be"));
    assert_eq!(other.domain.as_deref(), Some("ads.tracker.example"));
}

#[test]
fn a_comma_separated_scanner_report_finds_its_name_column() {
    let report_csv = "Category,Cookie ID,Domain,Duration\n\
        Analytics,_pk_id.1.a1b2,bakkerijpeeters.be,13 months\n\
        Necessary,\"wp_woocommerce_session_0a1b\",bakkerijpeeters.be,2 days\n";
    let mut project = empty_project();
    let report = import::import(&mut project, report_csv, i18n());
    assert_eq!(report.matched, ["_pk_id.*", "wp_woocommerce_session_*"]);
    // Matomo on the organisation's own server is preferred to Matomo
    // Cloud: nothing is sent elsewhere, so no recipient is invented.
    assert!(project.recipients.is_empty());
    assert!(report.ignored.is_empty());
}

// ----- the check the catalogue makes possible ---------------------------------

fn cookie_named(name: &str, category: CookieCategory) -> Cookie {
    Cookie {
        name: name.into(),
        provider: "Bakkerij Peeters".into(),
        domain: None,
        names_unknown: false,
        party: Party::First,
        category,
        purpose: LocalText::universal("a purpose"),
        duration: Some(CookieDuration::Days(1)),
        storage: StorageKind::Cookie,
        from_catalog: None,
    }
}

fn tracking_findings(project: &Project) -> Vec<String> {
    check::run(project, today())
        .into_iter()
        .filter(|f| f.rule == Rule::CookieTrackingAsNecessary)
        .map(|f| f.message(i18n(), Locale::En))
        .collect()
}

#[test]
fn analytics_or_marketing_cookies_called_necessary_are_an_error() {
    let mut project = empty_project();
    project.cookies = vec![
        cookie_named("_ga_XYZ123", CookieCategory::StrictlyNecessary),
        cookie_named("_fbp", CookieCategory::StrictlyNecessary),
    ];
    let findings = tracking_findings(&project);
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert!(findings[0].contains("_ga_XYZ123") && findings[0].contains("Google Analytics"));
    assert!(findings[1].contains("advertising"), "{}", findings[1]);
    assert_eq!(
        Rule::CookieTrackingAsNecessary.severity(),
        check::Severity::Error
    );
    let nl: Vec<String> = check::run(&project, today())
        .into_iter()
        .filter(|f| f.rule == Rule::CookieTrackingAsNecessary)
        .map(|f| f.message(i18n(), Locale::Nl))
        .collect();
    assert!(nl[0].contains("strikt noodzakelijk"), "{}", nl[0]);

    // The near misses: rightly necessary, rightly classified, or unknown.
    project.cookies = vec![
        cookie_named("__stripe_mid", CookieCategory::StrictlyNecessary),
        cookie_named("_ga", CookieCategory::Analytics),
        cookie_named("our_own_session", CookieCategory::StrictlyNecessary),
        cookie_named("_gat_other", CookieCategory::StrictlyNecessary),
    ];
    assert!(tracking_findings(&project).is_empty());
}

// ----- the command line ---------------------------------------------------------

struct Run {
    code: u8,
    out: String,
    err: String,
}

fn run(args: &[&str]) -> Run {
    run_in("en", args)
}

fn run_in(language: &str, args: &[&str]) -> Run {
    let mut argv: Vec<OsString> = vec!["policywright".into(), "--ui-lang".into(), language.into()];
    argv.extend(args.iter().map(OsString::from));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(
        argv,
        &mut Output {
            out: &mut out,
            err: &mut err,
            progress: false,
        },
    );
    Run {
        code,
        out: String::from_utf8(out).unwrap(),
        err: String::from_utf8(err).unwrap(),
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A copy of the bakery starter in a temporary folder.
fn bakery_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("bakery.ron");
    std::fs::write(&path, starter::find("bakery").unwrap().text).unwrap();
    path
}

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
    assert!(added.out.contains("bakery.ron.bak"), "{}", added.out);
    let backup = std::fs::read_to_string(storage::backup_path(&path)).unwrap();
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

#[test]
fn import_cookies_reads_a_list_and_reports_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = bakery_copy(dir.path());
    let list = dir.path().join("cookies.txt");
    std::fs::write(&list, MIXED_LIST.replace('\n', "\r\n")).unwrap();

    let result = run(&["import-cookies", path_str(&path), path_str(&list)]);
    // Two lines could not be used: partly done.
    assert_eq!(result.code, EXIT_FAILED, "{}", result.err);
    // The bakery already has _ga and _ga_*.
    assert!(
        result.out.contains(
            "5 known cookies filled in, 2 unknown cookies added, 3 duplicates and 2 already in the project skipped"
        ),
        "{}",
        result.out
    );
    assert!(
        result
            .err
            .contains("line 13 ignored: \"this is not a cookie\"")
    );
    assert!(result.out.contains("PHPSESSID, my_custom_pref"));
    let project = storage::load(&path).unwrap();
    assert!(project.cookies.iter().any(|c| c.name == "__stripe_mid"));

    let clean = dir.path().join("clean.txt");
    std::fs::write(&clean, "_uetsid\nmystery_two\n").unwrap();
    let result = run(&["import-cookies", path_str(&path), path_str(&clean)]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    assert!(
        result.out.contains(
            "1 known cookie filled in, 1 unknown cookie added, 0 duplicates and 0 already in the project skipped"
        ),
        "{}",
        result.out
    );

    let unreadable = run(&["import-cookies", path_str(&path), "no/such/list.txt"]);
    assert_eq!(unreadable.code, EXIT_USAGE);
}
