//! Cookies and similar storage: consent asked before anything that needs
//! it, consent as easy to withdraw as to give, and every cookie described
//! with its purpose, category and duration.

use super::{Detail, Finding, Rule};
use crate::catalog::catalog;
use crate::model::{ConsentMethod, CookieCategory, CookieDuration, LocalText, Party, Project};

/// The longest life for a cookie that data protection authorities accept,
/// after which consent must be asked again: thirteen months, the figure of
/// the French CNIL's guidance that the others follow in practice.
const MAX_MONTHS: u32 = 13;

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    for (index, cookie) in project.cookies.iter().enumerate() {
        let label = LocalText::universal(cookie.name.clone());
        let finding = |rule, field: &str| {
            Finding::new(rule, format!("cookies[{index}].{field}")).answer(&label)
        };
        if cookie.purpose.is_blank() {
            findings.push(finding(Rule::CookiePurposeMissing, "purpose"));
        }
        if cookie.category == CookieCategory::Unclassified {
            findings.push(finding(Rule::CookieCategoryMissing, "category"));
        }
        if cookie.category == CookieCategory::StrictlyNecessary
            && let Some((service, known)) = catalog().identify(&cookie.name).first()
            && tracks(known.category)
        {
            findings.push(
                finding(Rule::CookieTrackingAsNecessary, "category")
                    .with("service", Detail::Text(service.name.clone()))
                    .with("category", Detail::Text(known.category.key().to_owned())),
            );
        }
        match cookie.duration {
            None => findings.push(finding(Rule::CookieDurationMissing, "duration")),
            Some(duration) if longer_than_allowed(duration) => findings.push(
                finding(Rule::CookieDurationTooLong, "duration")
                    .with("months", Detail::Number(MAX_MONTHS)),
            ),
            Some(_) => {}
        }
        if !cookie.duration_range_fits() {
            findings.push(finding(Rule::CookieDurationRangeUnclear, "duration_range"));
        }
    }
    consent(project, findings);
    analytics_exemption(project, findings);
    let withdrawal_told = project
        .cookie_consent
        .as_ref()
        .and_then(|c| c.withdraw_via.as_ref())
        .is_some_and(|via| !via.is_blank());
    if project.cookie_policy_elsewhere.is_some() && !withdrawal_told {
        findings.push(Finding::new(
            Rule::CookieWithdrawalUntold,
            "cookie_consent.withdraw_via",
        ));
    }
}

/// The Dutch exemption for low-impact analytics exists in Dutch law only,
/// and third-party analytics rarely meets it: the provider can use the
/// data for itself.
fn analytics_exemption(project: &Project, findings: &mut Vec<Finding>) {
    if !project.analytics_exempt {
        return;
    }
    if !project.analytics_exempt_applies() {
        findings.push(Finding::new(
            Rule::AnalyticsExemptOutsideNl,
            "analytics_exempt",
        ));
        return;
    }
    let third_party = project
        .cookies
        .iter()
        .position(|c| c.category == CookieCategory::Analytics && c.party == Party::Third);
    if let Some(index) = third_party {
        findings.push(
            Finding::new(Rule::AnalyticsExemptThirdParty, "analytics_exempt")
                .answer(&LocalText::universal(project.cookies[index].name.clone())),
        );
    }
}

fn consent(project: &Project, findings: &mut Vec<Finding>) {
    let mut needing_consent: Vec<CookieCategory> = project
        .cookies
        .iter()
        .map(|c| c.category)
        .filter(|c| project.needs_consent(*c))
        .collect();
    if needing_consent.is_empty() {
        return;
    }
    needing_consent.sort_unstable();
    needing_consent.dedup();
    // Unanswered is a finding of its own (`answers`).
    let Some(consent) = project.cookie_consent.as_ref() else {
        return;
    };
    match consent.method {
        ConsentMethod::NotAsked => {
            findings.push(Finding::new(
                Rule::CookieConsentMissing,
                "cookie_consent.method",
            ));
            return;
        }
        ConsentMethod::ImpliedByBrowsing => {
            findings.push(Finding::new(
                Rule::CookieConsentImplied,
                "cookie_consent.method",
            ));
            return;
        }
        ConsentMethod::Banner => {}
    }
    if needing_consent.len() > 1 && !consent.per_category {
        findings.push(Finding::new(
            Rule::CookieConsentNotGranular,
            "cookie_consent.per_category",
        ));
    }
    if !consent.waits_for_choice {
        findings.push(Finding::new(
            Rule::CookiesBeforeChoice,
            "cookie_consent.waits_for_choice",
        ));
    }
    if !consent.refuse_as_easy {
        findings.push(Finding::new(
            Rule::CookieRefusalHarder,
            "cookie_consent.refuse_as_easy",
        ));
    }
    if !consent.no_cookie_wall {
        findings.push(Finding::new(
            Rule::CookieWall,
            "cookie_consent.no_cookie_wall",
        ));
    }
    let withdrawal = consent
        .withdraw_via
        .as_ref()
        .is_some_and(|via| !via.is_blank());
    if !withdrawal {
        findings.push(Finding::new(
            Rule::CookieWithdrawalMissing,
            "cookie_consent.withdraw_via",
        ));
    }
}

/// Categories that follow what visitors do, for the owner or for others:
/// never needed to deliver what a visitor asked for.
fn tracks(category: CookieCategory) -> bool {
    matches!(
        category,
        CookieCategory::Analytics | CookieCategory::Marketing | CookieCategory::SocialMedia
    )
}

/// Whether a cookie lives longer than [`MAX_MONTHS`]; a month is counted
/// as the average of 365/12 days, so 395 days pass and 396 do not.
fn longer_than_allowed(duration: CookieDuration) -> bool {
    let months = u64::from(MAX_MONTHS);
    let days_over = |days: u64| days * 12 > months * 365;
    match duration {
        CookieDuration::Session => false,
        CookieDuration::Minutes(n) => days_over(u64::from(n) / (24 * 60)),
        CookieDuration::Hours(n) => days_over(u64::from(n) / 24),
        CookieDuration::Days(n) => days_over(u64::from(n)),
        CookieDuration::Weeks(n) => days_over(u64::from(n) * 7),
        CookieDuration::Months(n) => u64::from(n) > months,
        CookieDuration::Years(n) => u64::from(n) * 12 > months,
        CookieDuration::Persistent => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_months_is_the_limit_in_every_unit() {
        assert!(!longer_than_allowed(CookieDuration::Months(13)));
        assert!(longer_than_allowed(CookieDuration::Months(14)));
        assert!(!longer_than_allowed(CookieDuration::Years(1)));
        assert!(longer_than_allowed(CookieDuration::Years(2)));
        assert!(!longer_than_allowed(CookieDuration::Days(395)));
        assert!(longer_than_allowed(CookieDuration::Days(396)));
        assert!(!longer_than_allowed(CookieDuration::Hours(395 * 24)));
        assert!(longer_than_allowed(CookieDuration::Minutes(400 * 24 * 60)));
        assert!(!longer_than_allowed(CookieDuration::Session));
        assert!(longer_than_allowed(CookieDuration::Persistent));
    }
}
