//! `policywright status`: every client's project at a glance, as a table
//! for people or as JSON for other programs.

use std::path::PathBuf;

use clap::{Arg, ArgMatches, Command};
use fluent_bundle::FluentArgs;
use serde_json::{Value, json};
use time::macros::format_description;

use super::{EXIT_OK, EXIT_USAGE, Output, usage_error};
use crate::desk::{self, ClientStatus, Overview};
use crate::i18n::I18n;
use crate::model::Locale;

pub(super) fn command(i18n: &I18n, locale: Locale) -> Command {
    let t = |id: &str| i18n.simple(locale, id);
    Command::new("status")
        .about(t("cli-status-about"))
        .arg(
            Arg::new("projects")
                .value_name("DIR|PROJECT")
                .required(true)
                .num_args(1..)
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-status-projects")),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("text")
                .help(t("cli-status-format")),
        )
}

/// Prints the overview; the exit code is 2 when a project or folder could
/// not be read, else 0: projects with errors are what the overview is for.
pub(super) fn run(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let json = match matches.get_one::<String>("format").map(String::as_str) {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => {
            return usage_error(output, i18n, locale, "cli-unknown-status-format", other);
        }
    };
    let paths: Vec<PathBuf> = matches
        .get_many::<PathBuf>("projects")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let files = match desk::project_files(&paths) {
        Ok(files) => files,
        Err(error) => {
            let _ = writeln!(output.err, "{}", error.describe(i18n, locale));
            return EXIT_USAGE;
        }
    };
    let today = time::OffsetDateTime::now_utc().date();
    let statuses = desk::statuses(&files, today);
    if json {
        let projects: Vec<Value> = statuses
            .iter()
            .map(|status| json_status(status, i18n, locale))
            .collect();
        let document = json!({ "projects": projects });
        let _ = writeln!(
            output.out,
            "{}",
            serde_json::to_string_pretty(&document).unwrap_or_default()
        );
    } else {
        write_table(&statuses, i18n, locale, output);
    }
    if statuses.iter().any(|s| s.overview.is_err()) {
        EXIT_USAGE
    } else {
        EXIT_OK
    }
}

fn json_status(status: &ClientStatus, i18n: &I18n, locale: Locale) -> Value {
    let project = status.path.display().to_string();
    match &status.overview {
        Ok(overview) => {
            let mut value = serde_json::to_value(overview).unwrap_or(Value::Null);
            if let Value::Object(fields) = &mut value {
                fields.insert("project".into(), project.into());
            }
            value
        }
        Err(error) => json!({ "project": project, "unreadable": error.describe(i18n, locale) }),
    }
}

/// One row of cells per project, under a header, in columns as wide as
/// their widest cell; unreadable projects are named below the table.
fn write_table(statuses: &[ClientStatus], i18n: &I18n, locale: Locale, output: &mut Output) {
    let t = |id: &str| i18n.simple(locale, id);
    let header: Vec<String> = [
        "cli-status-project",
        "cli-status-organisation",
        "cli-status-errors",
        "cli-status-unanswered",
        "cli-status-effective",
        "cli-status-version",
        "cli-status-exported",
        "cli-status-services",
    ]
    .iter()
    .map(|id| t(id))
    .collect();
    let mut rows = vec![header];
    for status in statuses {
        if let Ok(overview) = &status.overview {
            rows.push(row(&status.path, overview, i18n, locale));
        }
    }
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == columns {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[c] - cell.chars().count() + 2));
            }
        }
        let _ = writeln!(output.out, "{}", line.trim_end());
    }
    for status in statuses {
        if let Err(error) = &status.overview {
            let _ = writeln!(output.err, "{}", error.describe(i18n, locale));
        }
    }
    let mut args = FluentArgs::new();
    args.set("projects", statuses.len());
    args.set(
        "with-errors",
        statuses
            .iter()
            .filter(|s| s.overview.as_ref().is_ok_and(|o| o.errors > 0))
            .count(),
    );
    args.set(
        "unreadable",
        statuses.iter().filter(|s| s.overview.is_err()).count(),
    );
    let _ = writeln!(
        output.out,
        "{}",
        i18n.plain(locale, "cli-status-summary", &args)
    );
}

fn row(path: &std::path::Path, overview: &Overview, i18n: &I18n, locale: Locale) -> Vec<String> {
    let date = format_description!("[year]-[month]-[day]");
    let effective = overview.effective_date.format(&date).unwrap_or_default();
    let effective = if overview.over_a_year_old {
        let mut args = FluentArgs::new();
        args.set("date", effective);
        i18n.plain(locale, "cli-status-over-a-year", &args)
    } else {
        effective
    };
    let exported = match overview.last_export {
        None => i18n.simple(locale, "cli-status-never"),
        Some(at) => {
            let mut args = FluentArgs::new();
            let moment = format_description!("[year]-[month]-[day] [hour]:[minute]");
            args.set("date", at.format(&moment).unwrap_or_default());
            let id = if overview.changed_since_export == Some(true) {
                "cli-status-exported-changed"
            } else {
                "cli-status-exported-at"
            };
            i18n.plain(locale, id, &args)
        }
    };
    let organisation = if overview.organisation.trim().is_empty() {
        "-".to_owned()
    } else {
        overview.organisation.clone()
    };
    vec![
        path.display().to_string(),
        organisation,
        overview.errors.to_string(),
        overview.unanswered.to_string(),
        effective,
        overview.version.clone(),
        exported,
        overview.services.join(", "),
    ]
}
