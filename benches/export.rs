//! How long exporting takes: the PDF of the largest starter project and of
//! a project with 2,000 cookies, how the cookie policy's PDF grows from 10
//! to 10,000 cookies, and a full export of one project (both documents,
//! both languages, HTML and PDF).
//!
//! Run with `cargo bench --bench export`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use policywright::document::{self, DocumentKind};
use policywright::export::{HtmlOptions, PdfOptions, html, pdf};
use policywright::i18n::I18n;
use policywright::model::{
    Cookie, CookieCategory, CookieDuration, LocalText, Locale, Party, Project, StorageKind,
};
use policywright::starter::STARTERS;

/// The starter whose two documents are longest.
fn largest_starter() -> Project {
    STARTERS
        .iter()
        .map(|s| s.project().expect("starters load"))
        .max_by_key(|p| {
            DocumentKind::ALL
                .iter()
                .map(|k| {
                    document::build(p, I18n::embedded(), Locale::NL, *k)
                        .to_plain_string()
                        .len()
                })
                .sum::<usize>()
        })
        .expect("there are starters")
}

fn with_cookies(mut project: Project, count: usize) -> Project {
    let categories = CookieCategory::ALL;
    project.cookies = (0..count)
        .map(|i| Cookie {
            name: format!("_cookie_{i}"),
            provider: format!("Provider {}", i % 37),
            domain: None,
            names_unknown: false,
            party: if i % 3 == 0 {
                Party::First
            } else {
                Party::Third
            },
            category: categories[i % categories.len()],
            purpose: LocalText::translated(&[
                (Locale::NL, "onthoudt of u de website eerder bezocht"),
                (
                    Locale::EN,
                    "remembers whether you visited the website before",
                ),
            ]),
            duration: Some(CookieDuration::Days(1 + (i % 390) as u32)),
            duration_range: None,
            storage: StorageKind::Cookie,
            from_catalog: None,
            catalog_fingerprint: None,
        })
        .collect();
    project
}

/// Both documents in both languages, as HTML and PDF: what `render` does
/// for one project, without the disk.
fn full_export(project: &Project) -> usize {
    let mut bytes = 0;
    for locale in Locale::BUILT_IN {
        for kind in DocumentKind::ALL {
            let document = document::build(project, I18n::embedded(), locale, kind);
            bytes += html(&document, &HtmlOptions::default()).len();
            bytes += pdf(&document, &PdfOptions::default())
                .expect("no logo to fail")
                .bytes
                .len();
        }
    }
    bytes
}

fn benches(c: &mut Criterion) {
    let largest = largest_starter();
    let statement = document::build(
        &largest,
        I18n::embedded(),
        Locale::NL,
        DocumentKind::PrivacyStatement,
    );
    c.bench_function("pdf: largest starter, privacy statement (nl)", |b| {
        b.iter(|| pdf(black_box(&statement), &PdfOptions::default()))
    });

    let many = with_cookies(largest.clone(), 2_000);
    let policy = document::build(
        &many,
        I18n::embedded(),
        Locale::NL,
        DocumentKind::CookiePolicy,
    );
    c.bench_function("pdf: cookie policy with 2,000 cookies (nl)", |b| {
        b.iter(|| pdf(black_box(&policy), &PdfOptions::default()))
    });

    let mut growth = c.benchmark_group("pdf: cookie policy (nl) by number of cookies");
    growth.sample_size(10);
    for count in [10, 100, 1_000, 10_000] {
        let project = with_cookies(largest.clone(), count);
        let policy = document::build(
            &project,
            I18n::embedded(),
            Locale::NL,
            DocumentKind::CookiePolicy,
        );
        growth.bench_with_input(BenchmarkId::from_parameter(count), &policy, |b, policy| {
            b.iter(|| pdf(black_box(policy), &PdfOptions::default()))
        });
    }
    growth.finish();

    c.bench_function(
        "full export of the largest starter (2 documents x 2 languages, HTML + PDF)",
        |b| b.iter(|| full_export(black_box(&largest))),
    );
}

criterion_group! {
    name = export;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(export);
