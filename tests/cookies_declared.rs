//! Cookies as sites declare them: an entry for all cookies of a provider
//! that names none, the domain, durations in weeks, and an "other" kind
//! apart from cookies not yet classified.

#[path = "support/answers.rs"]
mod answers;

use answers::{everything, not_found, with};
use policywright::check::Rule;
use policywright::model::{CookieCategory, CookieDuration, Country, Party};

#[test]
fn a_provider_that_names_no_cookies_gets_one_row_that_says_so() {
    let project = with(|p| {
        let ga = &mut p.cookies[1];
        ga.names_unknown = true;
        ga.domain = Some(".example-analytics.com".into());
    });
    let said = everything(&project);
    let provider = project.cookies[1].provider.clone();
    assert!(
        said.contains(&format!(
            "All cookies of {provider} (the provider does not name them)"
        )),
        "{said}"
    );
    assert!(said.contains(&format!(
        "Alle cookies van {provider} (de aanbieder noemt ze niet)"
    )));
    assert!(said.contains(".example-analytics.com"));
}

#[test]
fn durations_in_weeks_are_said_in_weeks_and_checked_as_days() {
    let two_weeks = with(|p| p.cookies[1].duration = Some(CookieDuration::Weeks(2)));
    let said = everything(&two_weeks);
    assert!(said.contains("2 weeks"), "{said}");
    assert!(said.contains("2 weken"));
    not_found(&two_weeks, Rule::CookieDurationTooLong);
    let too_long = with(|p| p.cookies[1].duration = Some(CookieDuration::Weeks(57)));
    answers::found(
        &too_long,
        Rule::CookieDurationTooLong,
        "cookies[1].duration",
    );
}

#[test]
fn other_cookies_are_classified_and_need_consent_unlike_unclassified_ones() {
    let other = with(|p| p.cookies[1].category = CookieCategory::Other);
    let said = everything(&other);
    assert!(said.contains("Other cookies: these serve purposes that fit none of the kinds above"));
    assert!(said.contains("Andere cookies"));
    assert!(!said.contains("not yet classified"));
    not_found(&other, Rule::CookieCategoryMissing);
    let unclassified = with(|p| p.cookies[1].category = CookieCategory::Unclassified);
    answers::found(
        &unclassified,
        Rule::CookieCategoryMissing,
        "cookies[1].category",
    );
}

#[test]
fn the_dutch_analytics_exemption_is_said_only_for_a_dutch_organisation_that_claims_it() {
    let exempt_sentence = "Dutch law lets us set them without your consent";
    // Its own analytics, as the exemption needs, and a marketing cookie
    // that still waits for consent.
    let dutch = with(|p| {
        p.organisation.address.country = Country::new("NL");
        p.analytics_exempt = true;
        p.cookies[1].party = Party::First;
        let mut advertising = p.cookies[1].clone();
        advertising.name = "ads".into();
        advertising.category = CookieCategory::Marketing;
        p.cookies.push(advertising);
    });
    let said = everything(&dutch);
    assert!(said.contains(exempt_sentence), "{said}");
    assert!(said.contains("art. 11.7a lid 3 onder b Telecommunicatiewet"));
    // The banner's promise makes room for them.
    assert!(said.contains(
        "Until you choose, we place only strictly necessary cookies and the analytics cookies that need no consent."
    ));
    assert!(!dutch.needs_consent(CookieCategory::Analytics));
    not_found(&dutch, Rule::AnalyticsExemptOutsideNl);
    not_found(&dutch, Rule::AnalyticsExemptThirdParty);

    // Not claimed, or claimed by a Belgian organisation: consent is asked.
    let unclaimed = with(|p| p.organisation.address.country = Country::new("NL"));
    assert!(!everything(&unclaimed).contains(exempt_sentence));
    let belgian = with(|p| p.analytics_exempt = true);
    assert!(!everything(&belgian).contains(exempt_sentence));
    assert!(belgian.needs_consent(CookieCategory::Analytics));
    answers::found(&belgian, Rule::AnalyticsExemptOutsideNl, "analytics_exempt");

    // Another company's analytics (the fixture's "_ga") rarely qualifies.
    let third = with(|p| {
        p.organisation.address.country = Country::new("NL");
        p.analytics_exempt = true;
    });
    answers::found(&third, Rule::AnalyticsExemptThirdParty, "analytics_exempt");
}

#[test]
fn a_duration_range_is_said_as_a_range_and_a_reversed_one_is_a_finding() {
    use policywright::model::DurationRange;
    let up_to = with(|p| {
        p.cookies[1].duration = Some(CookieDuration::Months(13));
        p.cookies[1].duration_range = Some(DurationRange::UpTo);
    });
    let said = everything(&up_to);
    assert!(said.contains("up to 13 months"), "{said}");
    assert!(said.contains("maximaal 13 maanden"), "{said}");
    not_found(&up_to, Rule::CookieDurationRangeUnclear);

    let between = with(|p| {
        p.cookies[1].duration = Some(CookieDuration::Years(1));
        p.cookies[1].duration_range = Some(DurationRange::From(CookieDuration::Days(1)));
    });
    let said = everything(&between);
    assert!(said.contains("between 1 day and 1 year"), "{said}");
    assert!(said.contains("tussen 1 dag en 1 jaar"), "{said}");

    let session_or = with(|p| {
        p.cookies[1].duration = Some(CookieDuration::Days(30));
        p.cookies[1].duration_range = Some(DurationRange::From(CookieDuration::Session));
    });
    assert!(everything(&session_or).contains("until you close your browser, or up to 30 days"));

    // The shortest end longer than the longest: a finding, and the policy
    // says only the longest rather than nonsense.
    let reversed = with(|p| {
        p.cookies[1].duration = Some(CookieDuration::Days(1));
        p.cookies[1].duration_range = Some(DurationRange::From(CookieDuration::Years(2)));
    });
    answers::found(
        &reversed,
        Rule::CookieDurationRangeUnclear,
        "cookies[1].duration_range",
    );
    let said = everything(&reversed);
    assert!(!said.contains("between 2 years"), "{said}");
}

#[test]
fn a_cookie_policy_published_elsewhere_is_linked_and_not_written() {
    let address = "https://consent.example.com/policy/bakery";
    let elsewhere = with(|p| {
        p.cookie_policy_elsewhere = Some(address.into());
        p.cookies.clear();
        p.cookie_consent = None;
    });
    // Neither the cookie list nor the banner is asked for then.
    not_found(&elsewhere, Rule::CookiesUnanswered);
    not_found(&elsewhere, Rule::CookieConsentUnanswered);
    let statement = answers::build(
        &elsewhere,
        policywright::model::Locale::EN,
        policywright::document::DocumentKind::PrivacyStatement,
    );
    let html = policywright::export::html(&statement, &Default::default());
    assert!(html.contains(&format!("href=\"{address}\"")), "{html}");

    let folder = tempfile::tempdir().unwrap();
    let languages = [policywright::model::Locale::EN];
    let request = policywright::export::Request {
        languages: &languages,
        documents: &policywright::document::DocumentKind::ALL,
        html: Some(&Default::default()),
        pdf: None,
    };
    let written = policywright::export::write(
        &elsewhere,
        policywright::i18n::I18n::embedded(),
        &request,
        folder.path(),
    )
    .unwrap();
    let names: Vec<String> = written
        .files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["privacy-statement.en.html"]);
    let remarks = written.remarks(None, policywright::i18n::I18n::embedded(), languages[0]);
    assert!(remarks[0].contains(address), "{remarks:?}");

    // The policy that would say how consent is withdrawn is not written
    // here, so the statement says it, once answered.
    answers::found(
        &elsewhere,
        Rule::CookieWithdrawalUntold,
        "cookie_consent.withdraw_via",
    );
    let told = with(|p| {
        p.cookie_policy_elsewhere = Some(address.into());
        if let Some(consent) = &mut p.cookie_consent {
            consent.withdraw_via = Some(policywright::model::LocalText::universal(
                "via the cookie icon at the bottom left of every page.",
            ));
        }
    });
    not_found(&told, Rule::CookieWithdrawalUntold);
    assert!(everything(&told).contains(
        "You can change or withdraw your consent to cookies at any time via the cookie icon"
    ));

    // An address that is no web link is an error.
    let broken = with(|p| p.cookie_policy_elsewhere = Some("consent tool".into()));
    assert!(
        answers::run(&broken)
            .iter()
            .any(|f| f.item.path == "cookie_policy_elsewhere"),
        "the address is checked"
    );
}
