//! The compliance checks on cookies: consent asked with a banner, category
//! by category and as easy to refuse as to give, and every cookie with a
//! purpose, a category and a duration of at most 13 months.

#[path = "support/checks.rs"]
mod checks;

use checks::{assert_found, assert_not_found, complete, english, run};
use policywright::check::Rule;
use policywright::model::{
    ConsentMethod, Cookie, CookieCategory, CookieConsent, CookieDuration, LocalText, Party,
};

#[test]
fn cookies_that_need_consent_need_a_banner_and_a_way_back() {
    let mut project = complete();
    project.cookie_consent = None;
    assert_found(&project, Rule::CookieConsentUnanswered, "cookie_consent");
    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::NotAsked));
    assert_found(
        &project,
        Rule::CookieConsentMissing,
        "cookie_consent.method",
    );
    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::ImpliedByBrowsing));
    assert_found(
        &project,
        Rule::CookieConsentImplied,
        "cookie_consent.method",
    );

    project.cookie_consent = Some(CookieConsent::asked_by(ConsentMethod::Banner));
    assert_not_found(&project, Rule::CookieConsentMissing);
    assert_found(
        &project,
        Rule::CookieRefusalHarder,
        "cookie_consent.refuse_as_easy",
    );
    assert_found(&project, Rule::CookieWall, "cookie_consent.no_cookie_wall");
    assert_found(
        &project,
        Rule::CookieWithdrawalMissing,
        "cookie_consent.withdraw_via",
    );

    // Only strictly necessary cookies: nothing to consent to.
    let mut necessary_only = complete();
    necessary_only.cookie_consent = None;
    necessary_only
        .cookies
        .retain(|c| c.category == CookieCategory::StrictlyNecessary);
    assert_not_found(&necessary_only, Rule::CookieConsentMissing);
    assert_not_found(&necessary_only, Rule::CookieConsentUnanswered);
    assert_not_found(&necessary_only, Rule::CookieWithdrawalMissing);
    assert_not_found(&complete(), Rule::CookieConsentMissing);
    assert_not_found(&complete(), Rule::CookieWithdrawalMissing);
    assert_not_found(&complete(), Rule::CookieRefusalHarder);
    assert_not_found(&complete(), Rule::CookieWall);
    assert_not_found(&necessary_only, Rule::CookieRefusalHarder);
}

fn marketing_cookie() -> Cookie {
    Cookie {
        name: "_fbp".into(),
        provider: "Meta".into(),
        domain: None,
        names_unknown: false,
        party: Party::Third,
        category: CookieCategory::Marketing,
        purpose: LocalText::universal("advertising"),
        duration: Some(CookieDuration::Months(3)),
        duration_range: None,
        storage: Default::default(),
        from_catalog: None,
        catalog_fingerprint: None,
    }
}

#[test]
fn several_categories_needing_consent_should_be_chosen_one_by_one() {
    let mut project = complete();
    project.cookie_consent.as_mut().unwrap().per_category = false;
    // Only analytics needs consent: one question is enough.
    assert_not_found(&project, Rule::CookieConsentNotGranular);
    project.cookies.push(marketing_cookie());
    assert_found(
        &project,
        Rule::CookieConsentNotGranular,
        "cookie_consent.per_category",
    );
    project.cookie_consent.as_mut().unwrap().per_category = true;
    assert_not_found(&project, Rule::CookieConsentNotGranular);
}

#[test]
fn every_cookie_has_a_purpose_a_category_and_a_duration() {
    let mut project = complete();
    project.cookies[0].duration = None;
    project.cookies[1].category = CookieCategory::Unclassified;
    project.cookies[2].purpose = LocalText::universal("");
    assert_found(&project, Rule::CookieDurationMissing, "cookies[0].duration");
    assert_found(&project, Rule::CookieCategoryMissing, "cookies[1].category");
    assert_found(&project, Rule::CookiePurposeMissing, "cookies[2].purpose");
    let finding = run(&project)
        .into_iter()
        .find(|f| f.rule == Rule::CookieDurationMissing)
        .unwrap();
    assert!(english(&finding).contains("\"PHPSESSID\""));
    for rule in [
        Rule::CookieDurationMissing,
        Rule::CookieCategoryMissing,
        Rule::CookiePurposeMissing,
    ] {
        assert_not_found(&complete(), rule);
    }
}

#[test]
fn a_cookie_living_longer_than_13_months_is_warned() {
    let project = complete();
    // _ga is set for two years.
    assert_found(&project, Rule::CookieDurationTooLong, "cookies[1].duration");
    let mut project = complete();
    project.cookies[1].duration = Some(CookieDuration::Months(13));
    assert_not_found(&project, Rule::CookieDurationTooLong);
    project.cookies[2].duration = Some(CookieDuration::Persistent);
    assert_found(&project, Rule::CookieDurationTooLong, "cookies[2].duration");
}
