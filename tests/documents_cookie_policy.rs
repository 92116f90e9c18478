//! What the cookie policy says: a table of the cookies per category with
//! their durations, how consent is asked and withdrawn, and no consent asked
//! or cookies described that the site does not use.

#[path = "support/documents.rs"]
mod documents;

use documents::{build, complete, has_section, section_text, statement};
use policywright::document::{Block, Document, DocumentKind};
use policywright::model::{Locale, Project};

fn cookie_policy(project: &Project) -> Document {
    build(project, Locale::EN, DocumentKind::CookiePolicy)
}

#[test]
fn the_cookie_policy_has_a_table_per_category_with_typed_durations() {
    let document = cookie_policy(&complete());
    let section = document.section("cookie-list").unwrap();
    let tables: Vec<_> = section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 2, "necessary and analytics");
    assert_eq!(
        tables[0].columns,
        ["Name", "Provider", "Purpose", "Duration"]
    );
    let text = section_text(&document, "cookie-list").unwrap();
    assert!(text.contains("PHPSESSID | Atelier Vermeulen\nfirst-party cookie (stored under our domain) | keeps your shopping basket | until you close your browser"), "{text}");
    assert!(text.contains(
        "_ga | Cloudmail Inc.\nset by a third party | distinguishes visitors | up to 2 years"
    ));
    assert!(text.contains("consent_choice\nlocal storage"));

    let nl = build(&complete(), Locale::NL, DocumentKind::CookiePolicy);
    let text = section_text(&nl, "cookie-list").unwrap();
    assert!(text.contains("2 jaar"), "{text}");
}

#[test]
fn the_cookie_policy_explains_consent_and_how_to_withdraw_it() {
    let mut project = complete();
    let document = cookie_policy(&project);
    let consent = section_text(&document, "consent").unwrap();
    assert!(consent.contains("banner"));
    assert!(consent.contains("Refusing is as easy as accepting"));
    assert!(consent.contains("Cookiebot"));
    assert!(consent.contains("'Cookie settings' at the bottom of every page"));
    assert!(has_section(&document, "third-parties"));
    assert!(has_section(&document, "browser"));
    assert!(
        section_text(&document, "contact")
            .unwrap()
            .contains("privacy@ateliervermeulen.be")
    );

    project.cookie_consent.as_mut().unwrap().withdraw_via = None;
    let consent = section_text(&cookie_policy(&project), "consent").unwrap();
    assert!(
        consent.contains("by deleting the cookies in your browser"),
        "{consent}"
    );
}

#[test]
fn a_site_with_only_necessary_cookies_does_not_ask_for_consent() {
    let mut project = complete();
    project.cookies.retain(|c| !c.category.needs_consent());
    project.cookie_consent = None;
    let document = cookie_policy(&project);
    let consent = section_text(&document, "consent").unwrap();
    assert!(
        consent.contains("None of the cookies our website uses needs your consent"),
        "{consent}"
    );
    assert!(!has_section(&document, "third-parties"));
}

#[test]
fn a_site_without_cookies_says_so_only_when_answered() {
    let mut project = complete();
    project.cookies.clear();
    let text = cookie_policy(&project).to_plain_string();
    assert!(!text.contains("does not use cookies"), "{text}");
    assert!(!text.contains("only strictly necessary"), "{text}");
    assert!(text.contains("[To be answered: does your website set cookies"));

    project.cookies_none = true;
    let document = cookie_policy(&project);
    let text = section_text(&document, "categories").unwrap();
    assert!(text.contains("does not use cookies"), "{text}");
    assert!(
        !document
            .to_plain_string()
            .contains("only strictly necessary"),
        "no cookies at all is not \"only necessary ones\""
    );
    assert!(!has_section(&document, "cookie-list"));
    assert!(!has_section(&statement(&project), "cookies"));
}

#[test]
fn the_documents_name_only_the_technologies_and_the_consent_the_answers_give() {
    let mut project = complete();
    // The complete project keeps a choice in local storage.
    let said = section_text(&statement(&project), "cookies").unwrap();
    assert!(said.contains("cookies and similar technologies"), "{said}");
    let said = section_text(&cookie_policy(&project), "categories").unwrap();
    assert!(said.contains("we ask your consent first"), "{said}");
    assert!(
        said.contains("We set them only with your consent."),
        "{said}"
    );

    project
        .cookies
        .retain(|c| c.storage == policywright::model::StorageKind::Cookie);
    let said = section_text(&statement(&project), "cookies").unwrap();
    assert!(said.contains("Our website uses cookies."), "{said}");
    assert!(!said.contains("similar"), "{said}");
    let intro = section_text(&cookie_policy(&project), "introduction").unwrap();
    assert!(intro.contains("which cookies"), "{intro}");
    assert!(
        !intro.contains("whether") && !intro.contains("similar"),
        "{intro}"
    );

    // A banner that lets cookies in before the visitor chooses does not
    // ask first, and the policy does not say it does.
    project.cookie_consent.as_mut().unwrap().waits_for_choice = false;
    let said = section_text(&cookie_policy(&project), "categories").unwrap();
    assert!(!said.contains("we ask your consent first"), "{said}");
    assert!(!said.contains("only with your consent"), "{said}");
}
