//! The service catalogue as an owner or an accountant meets it: every
//! service complete in both languages and consistent with the transfer
//! rules, cookie names matched as browsers show them, and tracking cookies
//! the catalogue knows caught when they are called strictly necessary.

#[path = "support/catalogue.rs"]
mod catalogue;

use std::collections::{BTreeMap, HashMap};

use catalogue::{empty_project, i18n, today};
use fluent_bundle::FluentArgs;
use policywright::catalog::project as in_project;
use policywright::catalog::{CookiePattern, ServiceRole, catalog};
use policywright::check::{self, Rule};
use policywright::i18n;
use policywright::model::{
    Cookie, CookieCategory, CookieDuration, LocalText, Locale, Party, Project, StorageKind,
    TransferSafeguard,
};
use policywright::{identifier, jurisdiction};

/// The message `id` in `locale`, failing the test when it is missing,
/// falls back to English or does not format.
fn message(locale: Locale, id: &str, args: &FluentArgs) -> String {
    let mut issues = Vec::new();
    let text = i18n().format(locale, id, args, &mut issues);
    assert!(issues.is_empty(), "{} {id}: {issues:?}", locale.code());
    assert!(!text.trim().is_empty(), "{} {id} is empty", locale.code());
    text
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
        for locale in Locale::BUILT_IN {
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
        duration_range: None,
        storage: StorageKind::Cookie,
        from_catalog: None,
        catalog_fingerprint: None,
    }
}

fn tracking_findings(project: &Project) -> Vec<String> {
    check::run(project, today())
        .into_iter()
        .filter(|f| f.rule == Rule::CookieTrackingAsNecessary)
        .map(|f| f.message(i18n(), Locale::EN))
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
        .map(|f| f.message(i18n(), Locale::NL))
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
