//! The headless commands: render, check, new, templates, i18n check, and
//! the catalogue's services, add-service, remove-service and
//! import-cookies. Help texts and messages come from
//! `i18n/<locale>/cli.ftl`, in the language of `--ui-lang` or of the
//! environment (`LANG`).

mod catalog;
mod findings;
mod record;
mod render;
mod status;
mod translations;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use fluent_bundle::FluentArgs;

use crate::check;
use crate::system_error::SystemError;

use crate::export::pdf::{Paper, Rgb8};
use crate::export::{self, HtmlOptions, Look};
use crate::i18n::I18n;
use crate::model::{Locale, Project};
use crate::{starter, storage};

/// Everything went as asked.
pub const EXIT_OK: u8 = 0;
/// Some projects could not be rendered or written; the rest were.
pub const EXIT_FAILED: u8 = 1;
/// The command line was wrong, or input could not be read.
pub const EXIT_USAGE: u8 = 2;

/// The environment variable that points at a folder of edited `.ftl` files.
pub const I18N_ENV: &str = "POLICYWRIGHT_I18N";

/// Where the program's messages go, so tests can capture them.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// Whether `err` is a terminal a person watches, so long work may show
    /// its progress there; never in a pipe or a log.
    pub progress: bool,
}

/// The language of the program's messages: `--ui-lang`, else the
/// environment's `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set),
/// else English; a language only when the program has texts in it.
fn ui_locale(args: &[OsString]) -> Locale {
    let known = |locale: &Locale| I18n::embedded().locales().contains(locale);
    let from_flag = args.windows(2).find_map(|pair| {
        (pair[0] == "--ui-lang").then(|| Locale::from_code(&pair[1].to_string_lossy()))?
    });
    let from_flag = from_flag.or_else(|| {
        args.iter().find_map(|arg| {
            arg.to_string_lossy()
                .strip_prefix("--ui-lang=")
                .and_then(Locale::from_code)
        })
    });
    let from_environment = || {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))?;
        // "fr_BE.UTF-8": the language part.
        let language = value.split(['_', '.', '@']).next()?;
        Locale::from_code(language).filter(known)
    };
    from_flag
        .filter(known)
        .or_else(from_environment)
        .unwrap_or(Locale::EN)
}

fn command(i18n: &I18n, locale: Locale) -> Command {
    let t = |id: &str| i18n.simple(locale, id);
    Command::new("policywright")
        .version(env!("CARGO_PKG_VERSION"))
        .about(t("cli-about"))
        .arg(
            Arg::new("i18n")
                .long("i18n")
                .value_name("DIR")
                .global(true)
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-opt-i18n")),
        )
        .arg(
            Arg::new("ui-lang")
                .long("ui-lang")
                .value_name("LANG")
                .global(true)
                .help(t("cli-opt-ui-lang")),
        )
        .subcommand(
            Command::new("render")
                .about(t("cli-render-about"))
                .arg(
                    Arg::new("projects")
                        .value_name("PROJECT")
                        .required(true)
                        .num_args(1..)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("cli-render-projects")),
                )
                .arg(
                    Arg::new("lang")
                        .long("lang")
                        .value_name("LANGS")
                        .help(t("cli-render-lang")),
                )
                .arg(
                    Arg::new("show-ids")
                        .long("show-ids")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-render-show-ids")),
                )
                .arg(
                    Arg::new("documents")
                        .long("documents")
                        .value_name("DOCUMENTS")
                        .help(t("cli-render-documents")),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMATS")
                        .default_value("html,pdf")
                        .help(t("cli-render-format")),
                )
                .arg(
                    Arg::new("paper")
                        .long("paper")
                        .value_name("SIZE")
                        .help(t("cli-render-paper")),
                )
                .arg(
                    Arg::new("ragged")
                        .long("ragged")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-render-ragged")),
                )
                .arg(
                    Arg::new("logo")
                        .long("logo")
                        .value_name("FILE")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("cli-render-logo")),
                )
                .arg(
                    Arg::new("accent")
                        .long("accent")
                        .value_name("COLOUR")
                        .help(t("cli-render-accent")),
                )
                .arg(
                    Arg::new("out")
                        .long("out")
                        .value_name("DIR")
                        .default_value("export")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("cli-render-out")),
                )
                .arg(
                    Arg::new("fragment")
                        .long("fragment")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-render-fragment")),
                )
                .arg(
                    Arg::new("strict")
                        .long("strict")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-render-strict")),
                ),
        )
        .subcommand(findings::command(i18n, locale))
        .subcommand(status::command(i18n, locale))
        .subcommand(record::command(i18n, locale))
        .subcommands(catalog::commands(i18n, locale))
        .subcommand(
            Command::new("new")
                .about(t("cli-new-about"))
                .arg(
                    Arg::new("path")
                        .value_name("PATH")
                        .required(true)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("cli-new-path")),
                )
                .arg(
                    Arg::new("template")
                        .long("template")
                        .value_name("NAME")
                        .help(t("cli-new-template")),
                ),
        )
        .subcommand(Command::new("templates").about(t("cli-templates-about")))
        .subcommand(
            Command::new("open").about(t("cli-open-about")).arg(
                Arg::new("project")
                    .value_name("PROJECT")
                    .value_parser(clap::value_parser!(PathBuf))
                    .help(t("cli-render-projects")),
            ),
        )
        .subcommand(
            Command::new("i18n")
                .about(t("cli-i18n-about"))
                .subcommand(
                    Command::new("check").about(t("cli-i18n-check-about")).arg(
                        Arg::new("dir")
                            .value_name("DIR")
                            .value_parser(clap::value_parser!(PathBuf))
                            .help(t("cli-i18n-check-dir")),
                    ),
                )
                .subcommand(translations::new_command(i18n, locale)),
        )
}

/// What the window was asked to show.
pub struct WindowRequest {
    /// The project to open.
    pub project: Option<PathBuf>,
    /// The window's language.
    pub locale: Locale,
    /// A folder of edited texts to use and watch (`--i18n`, or
    /// `POLICYWRIGHT_I18N`).
    pub texts: Option<PathBuf>,
}

/// Whether `args` ask for the window rather than a command: no command at
/// all, or `open [PROJECT]`.
pub fn window_request(args: &[OsString]) -> Option<WindowRequest> {
    let locale = ui_locale(args);
    let matches = command(I18n::embedded(), locale)
        .try_get_matches_from(args)
        .ok()?;
    let locale = matches
        .get_one::<String>("ui-lang")
        .and_then(|code| Locale::from_code(code))
        .unwrap_or(locale);
    let project = match matches.subcommand() {
        None => None,
        Some(("open", sub)) => sub.get_one::<PathBuf>("project").cloned(),
        Some(_) => return None,
    };
    let texts = matches
        .get_one::<PathBuf>("i18n")
        .cloned()
        .or_else(|| std::env::var_os(I18N_ENV).map(PathBuf::from));
    Some(WindowRequest {
        project,
        locale,
        texts,
    })
}

/// Runs the program with `args` (the first being the program name) and
/// returns the exit code.
pub fn run(args: Vec<OsString>, output: &mut Output) -> u8 {
    let mut locale = ui_locale(&args);
    let embedded = I18n::embedded();
    let mut cmd = command(embedded, locale);
    let matches = match cmd.clone().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            let _ = write!(output.err, "{}", error.render());
            return match error.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    EXIT_OK
                }
                _ => EXIT_USAGE,
            };
        }
    };
    if let Some(code) = matches.get_one::<String>("ui-lang") {
        match Locale::from_code(code).filter(|l| embedded.locales().contains(l)) {
            Some(chosen) => locale = chosen,
            None => return usage_error(output, embedded, locale, "cli-unknown-language", code),
        }
    }

    let override_dir = matches
        .get_one::<PathBuf>("i18n")
        .cloned()
        .or_else(|| std::env::var_os(I18N_ENV).map(PathBuf::from));
    let edited;
    let i18n: &I18n = match &override_dir {
        Some(dir) => match I18n::with_override(dir) {
            Ok(loaded) => {
                edited = loaded;
                for problem in edited.problems() {
                    let _ = writeln!(output.err, "{}", problem.describe(&edited, locale));
                }
                &edited
            }
            Err(error) => {
                let _ = writeln!(output.err, "{}", error.describe(embedded, locale));
                return EXIT_USAGE;
            }
        },
        None => embedded,
    };

    match matches.subcommand() {
        Some(("render", sub)) => render::render(sub, i18n, locale, output),
        Some(("check", sub)) => findings::run(sub, i18n, locale, output),
        Some(("status", sub)) => status::run(sub, i18n, locale, output),
        Some(("record", sub)) => record::run(sub, i18n, locale, output),
        Some(("new", sub)) => new_project(sub, i18n, locale, output),
        Some((
            name @ ("services" | "add-service" | "remove-service" | "update-services"
            | "import-cookies"),
            sub,
        )) => catalog::run(name, sub, i18n, locale, output).unwrap_or(EXIT_USAGE),
        Some(("templates", _)) => {
            for starter in starter::STARTERS {
                let mut args = FluentArgs::new();
                args.set("name", starter.name);
                args.set(
                    "description",
                    i18n.simple(locale, &format!("starter-{}", starter.name)),
                );
                let _ = writeln!(
                    output.out,
                    "{}",
                    i18n.plain(locale, "cli-template-line", &args)
                );
            }
            EXIT_OK
        }
        Some(("i18n", sub)) => match sub.subcommand() {
            Some(("check", check)) => {
                translations::check(check.get_one::<PathBuf>("dir"), i18n, locale, output)
            }
            Some(("new", new)) => translations::new(new, i18n, locale, output),
            _ => {
                let _ = write!(
                    output.err,
                    "{}",
                    cmd.find_subcommand_mut("i18n")
                        .map(|c| c.render_help())
                        .unwrap_or_default()
                );
                EXIT_USAGE
            }
        },
        _ => {
            let _ = write!(output.out, "{}", cmd.render_help());
            let _ = writeln!(output.out, "\n{}", i18n.simple(locale, "cli-usage-hint"));
            EXIT_OK
        }
    }
}

fn usage_error(output: &mut Output, i18n: &I18n, locale: Locale, id: &str, value: &str) -> u8 {
    let mut args = FluentArgs::new();
    args.set("value", value);
    let languages: Vec<&str> = i18n.complete_locales().iter().map(|l| l.code()).collect();
    args.set("languages", languages.join(", "));
    let _ = writeln!(output.err, "{}", i18n.plain(locale, id, &args));
    EXIT_USAGE
}

fn new_project(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let Some(path) = matches.get_one::<PathBuf>("path") else {
        return EXIT_USAGE;
    };
    if path.exists() {
        let mut args = FluentArgs::new();
        args.set("path", path.display().to_string());
        let _ = writeln!(
            output.err,
            "{}",
            i18n.plain(locale, "cli-file-exists", &args)
        );
        return EXIT_USAGE;
    }
    let today = time::OffsetDateTime::now_utc().date();
    let text = match matches.get_one::<String>("template") {
        Some(name) => match starter::find(name).map(|s| s.new_project(today)) {
            Some(Ok(project)) => storage::to_ron(&project),
            Some(Err(error)) => {
                let _ = writeln!(output.err, "{}", error.describe(i18n, locale));
                return EXIT_USAGE;
            }
            None => {
                let mut args = FluentArgs::new();
                args.set("name", name.as_str());
                let _ = writeln!(
                    output.err,
                    "{}",
                    i18n.plain(locale, "cli-unknown-template", &args)
                );
                return EXIT_USAGE;
            }
        },
        None => storage::to_ron(&Project::empty("", today)),
    };
    let mut args = FluentArgs::new();
    args.set("path", path.display().to_string());
    let written = write_new(path, &text).map(|()| "cli-written");
    report_written(written, args, i18n, locale, output)
}

/// Says that files were written (message `done`, with `args`) or why they
/// were not, and returns the exit code.
fn report_written(
    written: Result<&str, SystemError>,
    mut args: FluentArgs,
    i18n: &I18n,
    locale: Locale,
    output: &mut Output,
) -> u8 {
    match written {
        Ok(done) => {
            let _ = writeln!(output.out, "{}", i18n.plain(locale, done, &args));
            EXIT_OK
        }
        Err(reason) => {
            args.set("reason", reason.describe(i18n, locale));
            let _ = writeln!(
                output.err,
                "{}",
                i18n.plain(locale, "cli-write-failed", &args)
            );
            EXIT_FAILED
        }
    }
}

/// Writes a file that must not exist yet, making its folder if needed.
fn write_new(path: &Path, text: &str) -> Result<(), SystemError> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    Ok(file.sync_all()?)
}
