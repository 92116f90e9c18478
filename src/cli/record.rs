//! `policywright record`: the record of processing activities (Art. 30) of
//! one or more projects, as a spreadsheet, HTML or PDF.

use std::path::PathBuf;

use clap::{Arg, ArgMatches, Command};
use fluent_bundle::FluentArgs;

use super::render::{languages_arg, project_languages};
use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output, usage_error};
use crate::export::{self, RecordFormats};
use crate::i18n::I18n;
use crate::model::Locale;
use crate::storage;

pub(super) fn command(i18n: &I18n, locale: Locale) -> Command {
    let t = |id: &str| i18n.simple(locale, id);
    Command::new("record")
        .about(t("cli-record-about"))
        .arg(
            Arg::new("projects")
                .value_name("PROJECT")
                .required(true)
                .num_args(1..)
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-render-projects")),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMATS")
                .default_value("xlsx")
                .help(t("cli-record-format")),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANGS")
                .help(t("cli-render-lang")),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("DIR")
                .default_value("export")
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-render-out")),
        )
}

/// Writes the record of every project named, each into a folder of its
/// own in `--out`; the exit code is 2 for a usage mistake or an unreadable
/// project, 1 when a file could not be written.
pub(super) fn run(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let value = matches
        .get_one::<String>("format")
        .map_or("xlsx", String::as_str);
    let mut formats = RecordFormats::default();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match name.to_ascii_lowercase().as_str() {
            "xlsx" => formats.xlsx = true,
            "html" => formats.html = true,
            "pdf" => formats.pdf = true,
            _ => return usage_error(output, i18n, locale, "cli-unknown-record-format", name),
        }
    }
    if formats == RecordFormats::default() {
        return usage_error(output, i18n, locale, "cli-unknown-record-format", value);
    }
    let languages = match languages_arg(matches, i18n) {
        Ok(languages) => languages,
        Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-language", &bad),
    };
    let out = matches
        .get_one::<PathBuf>("out")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("export"));
    let mut code = EXIT_OK;
    for path in matches
        .get_many::<PathBuf>("projects")
        .into_iter()
        .flatten()
    {
        let project = match storage::load(path) {
            Ok(project) => project,
            Err(error) => {
                let _ = writeln!(output.err, "{}", error.describe(i18n, locale));
                code = EXIT_USAGE;
                continue;
            }
        };
        let languages = languages
            .clone()
            .unwrap_or_else(|| project_languages(&project));
        let folder = out.join(path.file_stem().unwrap_or(path.as_os_str()));
        let written = export::pdf_options(&project, Some(path), &export::Look::default(), false)
            .and_then(|pdf| {
                export::write_record(&project, i18n, &languages, formats, &pdf, &folder)
            });
        match written {
            Ok(files) => {
                let mut args = FluentArgs::new();
                args.set("project", path.display().to_string());
                args.set("count", files.len());
                args.set("folder", folder.display().to_string());
                let _ = writeln!(output.out, "{}", i18n.plain(locale, "cli-rendered", &args));
            }
            Err(error) => {
                let mut args = FluentArgs::new();
                args.set("path", error.path().display().to_string());
                args.set("reason", error.reason(i18n, locale));
                let _ = writeln!(
                    output.err,
                    "{}",
                    i18n.plain(locale, "cli-write-failed", &args)
                );
                if code == EXIT_OK {
                    code = EXIT_FAILED;
                }
            }
        }
    }
    code
}
