//! Whatever a person types, the documents build and export: arbitrary
//! Unicode in the answers, empty and long lists, extreme durations and
//! dates never make policywright panic, never let typed text become HTML
//! markup, and never lose the organisation's name from the PDF.

use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, PdfOptions, html, pdf};
use policywright::i18n::I18n;
use policywright::model::{
    Cookie, CookieCategory, CookieDuration, DurationRange, LocalText, Locale, Party, Project,
    StorageKind,
};
use policywright::starter::STARTERS;
use proptest::prelude::*;
use std::cell::RefCell;

/// Elements and attributes the HTML exporter writes itself; anything else
/// in its output came from what a user typed.
const OWN_ELEMENTS: &[&str] = &[
    "a", "article", "body", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "head", "header",
    "html", "li", "main", "meta", "nav", "ol", "p", "section", "strong", "style", "table", "tbody",
    "td", "th", "thead", "title", "tr", "ul", "mark",
];
const OWN_ATTRIBUTES: &[&str] = &[
    "aria-labelledby",
    "charset",
    "class",
    "content",
    "href",
    "id",
    "lang",
    "name",
    "scope",
];

/// How every link with a scheme begins: never `javascript:`. Links
/// without one point to the sibling documents.
const SAFE_LINKS: &[&str] = &["https://", "http://", "mailto:", "tel:", "#"];

/// Text that tries to break out of HTML text and attributes.
const MARKUP: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><iframe src=\"javascript:alert(1)\">",
    "' onmouseover='alert(1)",
    "</p><div class=evil>",
    "<!-- ",
    "&amp;&lt;&#x3c;",
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
];

/// Any Unicode, often with an attempt at markup in the middle.
fn typed() -> impl Strategy<Value = String> {
    (
        any::<String>(),
        proptest::option::of(proptest::sample::select(MARKUP)),
        any::<String>(),
    )
        .prop_map(|(before, markup, after)| before + markup.unwrap_or("") + &after)
}

fn local_text() -> impl Strategy<Value = LocalText> {
    (typed(), typed())
        .prop_map(|(en, nl)| LocalText::translated(&[(Locale::EN, &en), (Locale::NL, &nl)]))
}

fn duration() -> impl Strategy<Value = Option<CookieDuration>> {
    let amount = prop_oneof![Just(0), Just(1), Just(u32::MAX), any::<u32>()];
    proptest::option::of(prop_oneof![
        Just(CookieDuration::Session),
        Just(CookieDuration::Persistent),
        amount.clone().prop_map(CookieDuration::Minutes),
        amount.clone().prop_map(CookieDuration::Hours),
        amount.clone().prop_map(CookieDuration::Days),
        amount.clone().prop_map(CookieDuration::Weeks),
        amount.clone().prop_map(CookieDuration::Months),
        amount.prop_map(CookieDuration::Years),
    ])
}

fn cookie() -> impl Strategy<Value = Cookie> {
    (
        typed(),
        typed(),
        any::<bool>(),
        local_text(),
        duration(),
        proptest::option::of(typed()),
    )
        .prop_map(
            |(name, provider, first_party, purpose, duration, domain)| Cookie {
                name,
                provider,
                // Some entries with a domain stand for all of their
                // provider's cookies.
                names_unknown: domain.is_some() && first_party,
                domain,
                party: if first_party {
                    Party::First
                } else {
                    Party::Third
                },
                category: if first_party {
                    CookieCategory::StrictlyNecessary
                } else {
                    CookieCategory::Marketing
                },
                purpose,
                // Third parties often declare only the longest duration.
                duration_range: (!first_party)
                    .then_some(DurationRange::From(CookieDuration::Session)),
                duration,
                storage: StorageKind::default(),
                from_catalog: None,
                catalog_fingerprint: None,
            },
        )
}

fn date() -> impl Strategy<Value = time::Date> {
    prop_oneof![
        Just(time::Date::MIN),
        Just(time::Date::MAX),
        (time::Date::MIN.to_julian_day()..=time::Date::MAX.to_julian_day())
            .prop_map(|day| time::Date::from_julian_day(day).unwrap()),
    ]
}

/// A starter with its answers replaced by arbitrary ones.
fn project() -> impl Strategy<Value = Project> {
    let organisation = (typed(), typed(), typed(), typed(), typed());
    let lists = (
        proptest::collection::vec(typed(), 0..4),
        proptest::collection::vec(cookie(), 0..40),
        any::<bool>(),
    );
    (
        0..STARTERS.len(),
        organisation,
        lists,
        proptest::collection::vec(local_text(), 0..4),
        date(),
        typed(),
    )
        .prop_map(
            |(
                starter,
                (name, street, city, email, phone),
                (websites, cookies, no_purposes),
                purpose_names,
                effective_date,
                version,
            )| {
                let mut project = STARTERS[starter].project().unwrap();
                let organisation = &mut project.organisation;
                organisation.name = name;
                organisation.address.street = street;
                organisation.address.city = city;
                organisation.email = email;
                organisation.phone = Some(phone);
                organisation.websites = websites;
                project.cookies = cookies;
                if no_purposes {
                    // As the wizard removes them: no recipient goes on
                    // naming a purpose that is gone.
                    project.purposes.clear();
                    for recipient in &mut project.recipients {
                        recipient.purposes.clear();
                    }
                }
                for (purpose, name) in project.purposes.iter_mut().zip(purpose_names) {
                    purpose.name = name;
                }
                project.document.effective_date = effective_date;
                project.document.version = version;
                project
            },
        )
}

/// A start tag as the HTML5 tokenizer read it.
struct StartTag {
    element: String,
    attributes: Vec<(String, String)>,
}

/// Every start tag in `html`, and whether the HTML5 tokenizer found a
/// parse error. Tokens suffice: building the tree adds no elements or
/// attributes beyond the tags read, save the implied html, head and body.
fn start_tags(html: &str) -> (Vec<StartTag>, bool) {
    #[derive(Default)]
    struct Collect {
        tags: RefCell<Vec<StartTag>>,
        parse_error: RefCell<bool>,
    }
    impl TokenSink for Collect {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            match token {
                Token::TagToken(Tag {
                    kind: TagKind::StartTag,
                    name,
                    attrs,
                    ..
                }) => self.tags.borrow_mut().push(StartTag {
                    element: name.to_string(),
                    attributes: attrs
                        .iter()
                        .map(|a| (a.name.local.to_string(), a.value.to_string()))
                        .collect(),
                }),
                Token::ParseError(_) => *self.parse_error.borrow_mut() = true,
                _ => {}
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Collect::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html.into());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let sink = tokenizer.sink;
    (sink.tags.into_inner(), sink.parse_error.into_inner())
}

/// The organisation's name as the PDF should read back: without spaces
/// (lines may break anywhere), characters the font lacks as U+FFFD.
fn comparable(text: &str, missing: &[char]) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .map(|c| if missing.contains(&c) { '\u{FFFD}' } else { c })
        .collect()
}

fn pdf_text(bytes: &[u8]) -> String {
    printpdf::PdfDocument::parse(
        bytes,
        &printpdf::PdfParseOptions::default(),
        &mut Vec::new(),
    )
    .expect("the PDF parses")
    .extract_text()
    .concat()
    .concat()
}

proptest! {
    // 32 cases keep the suite quick on two cores: every case sets four
    // PDFs, slow in a debug build. Failures are not persisted to a file:
    // the seed printed on failure reproduces them.
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_answers_build_and_export_safely(project in project()) {
        let i18n = I18n::embedded();
        for kind in [DocumentKind::PrivacyStatement, DocumentKind::CookiePolicy] {
            for locale in [Locale::EN, Locale::NL] {
                let document = document::build(&project, i18n, locale, kind);

                let page = html(&document, &HtmlOptions::default());
                let (tags, parse_error) = start_tags(&page);
                prop_assert!(!parse_error, "{kind:?} {locale:?}: the HTML does not parse cleanly");
                for StartTag { element, attributes } in tags {
                    prop_assert!(OWN_ELEMENTS.contains(&element.as_str()), "user text became <{element}>");
                    for (attribute, value) in attributes {
                        prop_assert!(OWN_ATTRIBUTES.contains(&attribute.as_str()), "user text became {attribute}= on <{element}>");
                        if attribute == "href" {
                            let safe = !value.contains(':') || SAFE_LINKS.iter().any(|s| value.starts_with(s));
                            prop_assert!(safe, "a link to {value:?}");
                        }
                    }
                }

                let printed = pdf(&document, &PdfOptions::default()).unwrap();
                let name = comparable(&project.organisation.name, &printed.missing_characters);
                if name.chars().any(|c| c != '\u{FFFD}') {
                    let text = comparable(&pdf_text(&printed.bytes), &[]);
                    prop_assert!(text.contains(&name), "{kind:?} {locale:?}: the PDF lacks {name:?}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Whatever was typed, a saved project reads back the same: raw
    /// strings, quotes, backslashes, `"#` and control characters included.
    #[test]
    fn any_answers_survive_a_save(project in project()) {
        let text = policywright::storage::to_ron(&project);
        let read = policywright::storage::parse(&text, std::path::Path::new("any.ron"));
        prop_assert_eq!(read.as_ref(), Ok(&project), "{}", text);
    }
}
