//! Cookie lists imported from what browsers and scanners export: known
//! cookies filled in from the catalogue, unknown ones added for the owner to
//! describe, duplicates and lines that name no cookie counted and reported,
//! also by the import-cookies command.

#[path = "support/catalogue.rs"]
mod catalogue;
#[path = "support/command_line.rs"]
mod command_line;

use catalogue::{bakery_copy, empty_project, i18n};
use command_line::{path_str, run};
use policywright::catalog::import::{self, IgnoreReason, IgnoredLine};
use policywright::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use policywright::model::{CookieCategory, CookieDuration, Locale, Party};
use policywright::storage;

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
        .map(|name| name.resolve(Locale::EN).unwrap().text.to_owned())
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

// ----- the command line ---------------------------------------------------------

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
