//! The translators' commands: `i18n check`, which measures every language
//! against English, and `i18n new`, which starts a language.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command};
use fluent_bundle::FluentArgs;

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output, report_written, usage_error};
use crate::i18n::{self, I18n};
use crate::model::Locale;
use crate::system_error::SystemError;

pub(super) fn new_command(i18n: &I18n, locale: Locale) -> Command {
    let t = |id: &str| i18n.simple(locale, id);
    Command::new("new")
        .about(t("cli-i18n-new-about"))
        .arg(
            Arg::new("code")
                .required(true)
                .value_name("CODE")
                .help(t("cli-i18n-new-code")),
        )
        .arg(
            Arg::new("dir")
                .long("dir")
                .value_name("DIR")
                .default_value("i18n")
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-i18n-new-dir")),
        )
}

/// Starts language `code` in `DIR/<code>/` as a copy of the English
/// files, to translate message by message; an existing folder is never
/// touched.
pub(super) fn new(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let code = matches.get_one::<String>("code").map_or("", String::as_str);
    let Some(language) = Locale::from_code(code) else {
        return usage_error(output, i18n, locale, "cli-i18n-new-bad-code", code);
    };
    let dir = matches
        .get_one::<PathBuf>("dir")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("i18n"));
    let folder = dir.join(language.code());
    let mut args = FluentArgs::new();
    args.set("path", folder.display().to_string());
    args.set("code", language.code());
    if folder.exists() {
        let _ = writeln!(
            output.err,
            "{}",
            i18n.plain(locale, "cli-i18n-new-exists", &args)
        );
        return EXIT_USAGE;
    }
    let written = copy_english(&folder).map(|count| {
        args.set("count", count);
        "cli-i18n-new-done"
    });
    report_written(written, args, i18n, locale, output)
}

/// Writes the embedded English files into `folder`; returns how many.
fn copy_english(folder: &Path) -> Result<usize, SystemError> {
    std::fs::create_dir_all(folder)?;
    let english: Vec<_> = i18n::embedded_files()
        .into_iter()
        .filter(|file| file.locale == Locale::EN)
        .collect();
    for file in &english {
        std::fs::write(folder.join(&file.name), &file.text)?;
    }
    Ok(english.len())
}

pub(super) fn check(dir: Option<&PathBuf>, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let reference = i18n::embedded_files();
    let files = match dir {
        Some(dir) => match i18n::read_dir(dir) {
            Ok(files) => with_built_in_rest(files, &reference),
            Err(error) => {
                let _ = writeln!(output.err, "{}", error.describe(i18n, locale));
                return EXIT_USAGE;
            }
        },
        None => reference.clone(),
    };
    let reports = i18n::check::run(&files, &reference);
    let mut problems = 0usize;
    for report in &reports {
        let code = report.locale.map_or("?", Locale::code);
        let mut say = |id: &str, pairs: &[(&str, String)]| {
            let mut args = FluentArgs::new();
            args.set("locale", code);
            for (key, value) in pairs {
                args.set(*key, value.clone());
            }
            let _ = writeln!(output.out, "{}", i18n.plain(locale, id, &args));
        };
        if report.is_clean() {
            say("cli-check-clean", &[]);
            continue;
        }
        for error in &report.syntax_errors {
            say(
                "cli-check-syntax",
                &[("error", error.describe(i18n, locale))],
            );
        }
        for file in &report.missing_files {
            say("cli-check-missing-file", &[("file", file.clone())]);
        }
        for entry in &report.missing {
            say("cli-check-missing", &[("entry", entry.clone())]);
        }
        for entry in &report.extra {
            say("cli-check-extra", &[("entry", entry.clone())]);
        }
        for entry in &report.duplicates {
            say("cli-check-duplicate", &[("entry", entry.clone())]);
        }
        for mismatch in &report.variable_mismatches {
            say(
                "cli-check-variables",
                &[
                    ("entry", mismatch.entry.clone()),
                    ("missing", dollar_list(&mismatch.missing)),
                    ("unknown", dollar_list(&mismatch.unknown)),
                ],
            );
        }
        for mismatch in &report.key_mismatches {
            say(
                "cli-check-keys",
                &[
                    ("entry", mismatch.entry.clone()),
                    ("missing", mismatch.missing.join(", ")),
                    ("unknown", mismatch.unknown.join(", ")),
                ],
            );
        }
        problems += report.key_mismatches.len()
            + report.syntax_errors.len()
            + report.missing_files.len()
            + report.missing.len()
            + report.extra.len()
            + report.duplicates.len()
            + report.variable_mismatches.len();
    }
    let mut args = FluentArgs::new();
    args.set("problems", problems);
    let _ = writeln!(
        output.out,
        "{}",
        i18n.plain(locale, "cli-check-summary", &args)
    );
    if problems == 0 { EXIT_OK } else { EXIT_FAILED }
}

/// The folder's files, and for each of its languages the built-in files
/// it leaves out: a folder that holds only some files is used that way by
/// `render` and the wizard, so it is checked that way too.
fn with_built_in_rest(
    mut files: Vec<i18n::FtlFile>,
    built_in: &[i18n::FtlFile],
) -> Vec<i18n::FtlFile> {
    let rest: Vec<_> = built_in
        .iter()
        .filter(|b| files.iter().any(|f| f.locale == b.locale))
        .filter(|b| {
            !files
                .iter()
                .any(|f| f.locale == b.locale && f.name == b.name)
        })
        .cloned()
        .collect();
    files.extend(rest);
    files
}

fn dollar_list(names: &[String]) -> String {
    if names.is_empty() {
        return "-".to_owned();
    }
    names
        .iter()
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
