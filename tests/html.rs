//! The HTML exporter: a well-formed standalone page or a fragment, in which
//! nothing a user typed can become markup or a dangerous link.

use std::path::Path;

use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, html};
use policywright::i18n::I18n;
use policywright::model::{LocalText, Locale, Project};
use policywright::storage;

fn complete() -> Project {
    storage::load(Path::new("tests/fixtures/complete.ron")).unwrap()
}

fn page(project: &Project, locale: Locale, kind: DocumentKind, fragment: bool) -> String {
    let document = document::build(project, I18n::embedded(), locale, kind);
    html(&document, &HtmlOptions { fragment })
}

const HOSTILE: &str = r#"<script>alert("x")</script> & 'quoted' <img src=x onerror=alert(1)>"#;

#[test]
fn user_text_is_escaped_everywhere() {
    let mut project = complete();
    project.organisation.name = HOSTILE.into();
    project.organisation.phone = Some(HOSTILE.into());
    project.purposes[0].name = LocalText::universal(HOSTILE);
    project.purposes[1].legitimate_interest = Some(LocalText::universal(HOSTILE));
    project.recipients[0].name = LocalText::universal(HOSTILE);
    project.cookies[0].name = HOSTILE.into();
    project.cookies[0].provider = HOSTILE.into();
    project.document.version = HOSTILE.into();
    for kind in DocumentKind::ALL {
        for locale in Locale::BUILT_IN {
            let out = page(&project, locale, kind, false);
            assert!(!out.contains("<script"), "{kind:?} {locale:?}");
            assert!(!out.contains("<img"), "{kind:?} {locale:?}");
            assert!(out.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"
            ));
        }
    }
}

#[test]
fn only_http_https_and_mailto_links_are_written() {
    let mut project = complete();
    project.organisation.websites = vec![
        "javascript:alert(1)".into(),
        "https://ok.example.be\" onmouseover=\"x".into(),
        "https://www.ateliervermeulen.be/privacy?a=1&b=2".into(),
    ];
    project.recipients[0].privacy_policy = Some("data:text/html,<b>x</b>".into());
    project.organisation.email = "x@y.be?bcc=all@evil.example".into();
    let out = page(&project, Locale::EN, DocumentKind::PrivacyStatement, false);
    for href in out.split("href=\"").skip(1) {
        let target = &href[..href.find('"').unwrap()];
        assert!(
            target.starts_with('#')
                || target.starts_with("https://")
                || target.starts_with("http://")
                || target.starts_with("mailto:")
                || target.ends_with(".html"),
            "unexpected link {target}"
        );
    }
    assert!(!out.contains("href=\"javascript"));
    assert!(!out.contains("href=\"data:"));
    assert!(
        out.contains("javascript:alert(1)"),
        "shown as text, not dropped"
    );
    assert!(out.contains("href=\"https://www.ateliervermeulen.be/privacy?a=1&amp;b=2\""));
    assert!(!out.contains("mailto:x@y.be?bcc"));
}

#[test]
fn a_standalone_page_is_a_complete_html5_document() {
    let out = page(
        &complete(),
        Locale::NL,
        DocumentKind::PrivacyStatement,
        false,
    );
    assert!(out.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(out.contains("<meta charset=\"utf-8\">"));
    assert!(out.contains("<title>"));
    assert!(out.contains("<style>") && out.contains("@media print"));
    assert!(out.contains("<th scope=\"col\">"));
    assert!(out.trim_end().ends_with("</html>"));
    for tag in ["section", "table", "ul", "dl", "nav", "article"] {
        assert_eq!(
            out.matches(&format!("<{tag}")).count(),
            out.matches(&format!("</{tag}>")).count(),
            "unbalanced <{tag}>"
        );
    }
}

#[test]
fn every_contents_link_leads_to_a_section() {
    let out = page(&complete(), Locale::EN, DocumentKind::CookiePolicy, false);
    let links: Vec<&str> = out
        .split("href=\"#")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert!(links.len() >= 5, "{links:?}");
    for id in links {
        assert!(out.contains(&format!("id=\"{id}\"")), "no section {id}");
    }
}

#[test]
fn a_fragment_has_no_page_around_it() {
    let out = page(
        &complete(),
        Locale::EN,
        DocumentKind::PrivacyStatement,
        true,
    );
    assert!(out.starts_with("<article class=\"policywright\" lang=\"en\">"));
    assert!(!out.contains("<html") && !out.contains("<head>") && !out.contains("<style"));
    assert!(out.trim_end().ends_with("</article>"));
}

#[test]
fn the_documents_link_to_each_other_in_the_same_language() {
    let statement = page(
        &complete(),
        Locale::NL,
        DocumentKind::PrivacyStatement,
        false,
    );
    assert!(statement.contains("href=\"cookie-policy.nl.html\""));
    let policy = page(&complete(), Locale::EN, DocumentKind::CookiePolicy, false);
    assert!(policy.contains("href=\"privacy-statement.en.html\""));
}

/// The elements of `html` as (name, names of the open elements around
/// it), by a real HTML5 tokenizer.
fn elements_with_ancestors(html: &str) -> Vec<(String, Vec<String>)> {
    use html5ever::tokenizer::{
        BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
    };
    use std::cell::RefCell;
    const VOID: [&str; 6] = ["meta", "br", "link", "img", "hr", "input"];
    #[derive(Default)]
    struct Walk {
        open: RefCell<Vec<String>>,
        seen: RefCell<Vec<(String, Vec<String>)>>,
    }
    impl TokenSink for Walk {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(Tag { kind, name, .. }) = token {
                let name = name.to_string();
                match kind {
                    TagKind::StartTag => {
                        let around = self.open.borrow().clone();
                        self.seen.borrow_mut().push((name.clone(), around));
                        if !VOID.contains(&name.as_str()) {
                            self.open.borrow_mut().push(name);
                        }
                    }
                    TagKind::EndTag => {
                        let mut open = self.open.borrow_mut();
                        if let Some(at) = open.iter().rposition(|n| *n == name) {
                            open.truncate(at);
                        }
                    }
                }
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Walk::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html.into());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.seen.into_inner()
}

#[test]
fn a_page_keeps_all_its_content_in_one_main_landmark() {
    for kind in DocumentKind::ALL {
        for locale in Locale::BUILT_IN {
            let page = page(&complete(), locale, kind, false);
            let elements = elements_with_ancestors(&page);
            let mains = elements.iter().filter(|(name, _)| name == "main").count();
            assert_eq!(mains, 1, "{kind:?} {locale:?}");
            for (name, around) in &elements {
                let in_body = around.iter().any(|a| a == "body");
                if in_body && name != "main" {
                    assert!(
                        around.iter().any(|a| a == "main"),
                        "<{name}> outside the main landmark in {kind:?} {locale:?}"
                    );
                }
            }
        }
    }
    // A fragment is placed in the embedding page's own landmarks.
    let fragment = page(
        &complete(),
        Locale::EN,
        DocumentKind::PrivacyStatement,
        true,
    );
    assert!(!fragment.contains("<main"));
}
