//! How long the wizard takes to answer one keystroke: the answers change,
//! the findings are checked again and the preview document is rebuilt, on
//! a project ten times the size of the largest starter.
//!
//! Run with `cargo bench --bench preview`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use policywright::document::DocumentKind;
use policywright::model::{LocalText, Locale, Project};
use policywright::starter::STARTERS;
use policywright::ui::steps::{self, organisation};
use policywright::ui::{App, Message};

/// The starter with the most purposes, recipients and cookies, each list
/// repeated ten times.
fn large_project() -> Project {
    let mut project = STARTERS
        .iter()
        .map(|s| s.project().expect("starters load"))
        .max_by_key(|p| p.purposes.len() + p.recipients.len() + p.cookies.len())
        .expect("there are starters");
    let (purposes, recipients, cookies) = (
        project.purposes.clone(),
        project.recipients.clone(),
        project.cookies.clone(),
    );
    for copy in 1..10 {
        project
            .purposes
            .extend(purposes.iter().cloned().map(|mut p| {
                p.name = LocalText::universal(format!("{} {copy}", p.name.exact(Locale::EN)));
                // Keys name one purpose each; the copies' recipients go on
                // naming the originals.
                p.key = format!("{}-{copy}", p.key);
                p
            }));
        project.recipients.extend(recipients.iter().cloned());
        project.cookies.extend(cookies.iter().cloned().map(|mut c| {
            c.name = format!("{}_{copy}", c.name);
            c
        }));
    }
    project
}

fn keystroke(c: &mut Criterion) {
    let project = large_project();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.ron");
    policywright::storage::save(&path, &project).expect("saving works");
    let today = time::macros::date!(2026 - 11 - 23);
    let (mut app, _) = App::boot_in(None, Locale::NL, None, today);
    let _ = app.update(Message::Open(path));
    assert_eq!(app.project.purposes.len(), project.purposes.len());
    for kind in [DocumentKind::PrivacyStatement, DocumentKind::CookiePolicy] {
        let _ = app.update(Message::Preview(policywright::ui::preview::Message::Kind(
            kind,
        )));
        let name = format!(
            "one keystroke on a 10x project, preview of the {}",
            kind.slug()
        );
        let mut typed = String::from("Bakkerij");
        c.bench_function(&name, |b| {
            b.iter(|| {
                typed.push('x');
                if typed.len() > 40 {
                    typed.truncate(8);
                }
                let message = Message::Step(steps::Message::Organisation(
                    organisation::Message::Name(typed.clone()),
                ));
                black_box(app.update(message))
            })
        });
    }
}

criterion_group! {
    name = preview;
    config = Criterion::default().sample_size(30);
    targets = keystroke
}
criterion_main!(preview);
