//! `policywright check`: the findings of the compliance checks for one or
//! more projects, grouped by severity for people, or as JSON for tools.
//! Everything it prints is worded in the language of `--lang`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command};
use fluent_bundle::FluentArgs;
use serde_json::{Value, json};

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output, usage_error};
use crate::check::{self, Finding, Severity};
use crate::i18n::I18n;
use crate::model::Locale;
use crate::storage;

/// The `check` subcommand, with its help in `locale`.
pub(super) fn command(i18n: &I18n, locale: Locale) -> Command {
    let t = |id: &str| i18n.simple(locale, id);
    Command::new("check")
        .about(t("cli-check-about"))
        .arg(
            Arg::new("projects")
                .value_name("PROJECT")
                .required(true)
                .num_args(1..)
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-check-projects")),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .help(t("cli-check-lang")),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("text")
                .help(t("cli-check-format")),
        )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Checks every project named; the exit code is 2 when one could not be
/// read, else 1 when one has errors, else 0.
pub(super) fn run(matches: &ArgMatches, i18n: &I18n, ui: Locale, output: &mut Output) -> u8 {
    let locale = match matches.get_one::<String>("lang") {
        None => ui,
        Some(code) => match Locale::from_code(code).filter(|l| i18n.locales().contains(l)) {
            Some(locale) => locale,
            None => return usage_error(output, i18n, ui, "cli-unknown-language", code),
        },
    };
    let format = match matches
        .get_one::<String>("format")
        .map(|f| f.to_ascii_lowercase())
        .as_deref()
    {
        None | Some("text") => Format::Text,
        Some("json") => Format::Json,
        Some(other) => return usage_error(output, i18n, ui, "cli-unknown-check-format", other),
    };
    let today = time::OffsetDateTime::now_utc().date();

    let mut reports = Vec::new();
    let mut unreadable = false;
    let mut has_errors = false;
    for (index, path) in matches
        .get_many::<PathBuf>("projects")
        .into_iter()
        .flatten()
        .enumerate()
    {
        let project = match storage::load(path) {
            Ok(project) => project,
            Err(error) => {
                let reason = error.describe(i18n, locale);
                let _ = writeln!(output.err, "{reason}");
                reports.push(json!({
                    "project": path.display().to_string(),
                    "unreadable": reason,
                }));
                unreadable = true;
                continue;
            }
        };
        let findings = check::run(&project, today);
        has_errors |= Severity::Error.count(&findings) > 0;
        match format {
            Format::Text => {
                if index > 0 {
                    let _ = writeln!(output.out);
                }
                write_text(path, &findings, i18n, locale, output.out);
            }
            Format::Json => reports.push(json_report(path, &findings, i18n, locale)),
        }
    }
    if format == Format::Json {
        let document = json!({ "projects": reports });
        let _ = writeln!(
            output.out,
            "{}",
            serde_json::to_string_pretty(&document).unwrap_or_default()
        );
    }
    if unreadable {
        EXIT_USAGE
    } else if has_errors {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// A summary line, then the findings under a heading per severity, each
/// with where it is, the article, and what to do.
fn write_text(path: &Path, findings: &[Finding], i18n: &I18n, locale: Locale, out: &mut dyn Write) {
    let mut args = FluentArgs::new();
    args.set("project", path.display().to_string());
    for severity in Severity::ALL {
        args.set(severity.key(), severity.count(findings));
    }
    let _ = writeln!(out, "{}", i18n.plain(locale, "cli-findings-summary", &args));
    for severity in Severity::ALL {
        let mut group = findings.iter().filter(|f| f.severity() == severity);
        let Some(first) = group.next() else {
            continue;
        };
        let heading = format!("cli-findings-heading-{}", severity.key());
        let _ = writeln!(out, "\n{}", i18n.simple(locale, &heading));
        for finding in std::iter::once(first).chain(group) {
            let mut args = FluentArgs::new();
            args.set("path", finding.item.path.clone());
            args.set("place", finding.place(i18n, locale));
            args.set("basis", finding.basis().describe(i18n, locale));
            args.set("hint", finding.hint(i18n, locale));
            // Layout only: each finding is a bullet, its place and its fix
            // indented under it.
            let _ = writeln!(out, "  - {}", finding.message(i18n, locale));
            for id in ["cli-findings-where", "cli-findings-fix"] {
                let _ = writeln!(out, "    {}", i18n.plain(locale, id, &args));
            }
        }
    }
}

/// One project's findings for tools: stable ids, severities and citations
/// beside the worded message and hint.
fn json_report(path: &Path, findings: &[Finding], i18n: &I18n, locale: Locale) -> Value {
    let items: Vec<Value> = findings
        .iter()
        .map(|finding| {
            let basis = finding.basis();
            json!({
                "id": finding.id(),
                "severity": finding.severity().key(),
                "basis": {
                    "law": basis.law.key(),
                    "articles": basis.articles,
                    "citation": basis.describe(i18n, locale),
                },
                "path": finding.item.path,
                "item": finding.item.label.as_ref().and_then(|l| l.describe(i18n, locale)),
                "message": finding.message(i18n, locale),
                "hint": finding.hint(i18n, locale),
            })
        })
        .collect();
    json!({
        "project": path.display().to_string(),
        "language": locale.code(),
        "errors": Severity::Error.count(findings),
        "warnings": Severity::Warning.count(findings),
        "infos": Severity::Info.count(findings),
        "findings": items,
    })
}
