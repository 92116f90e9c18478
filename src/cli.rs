//! The headless commands: render, check, new, templates, i18n check, and
//! the catalogue's services, add-service, remove-service and
//! import-cookies. Help texts and messages come from
//! `i18n/<locale>/cli.ftl`, in the language of `--ui-lang` or of the
//! environment (`LANG`).

mod catalog;
mod findings;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use fluent_bundle::FluentArgs;

use crate::check::{self, Severity};
use crate::document::{self, DocumentKind};
use crate::export::pdf::{Paper, Rgb8};
use crate::export::{self, HtmlOptions, PdfOptions};
use crate::i18n::{self, I18n};
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
/// environment's `LC_ALL`, `LC_MESSAGES` or `LANG`, else English.
fn ui_locale(args: &[OsString]) -> Locale {
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
    from_flag
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|var| {
                let value = std::env::var(var).ok().filter(|v| !v.is_empty())?;
                Some(if value.starts_with("nl") {
                    Locale::Nl
                } else {
                    Locale::En
                })
            })
        })
        .unwrap_or(Locale::En)
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
                        .default_value("a4")
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
            Command::new("i18n").about(t("cli-i18n-about")).subcommand(
                Command::new("check").about(t("cli-i18n-check-about")).arg(
                    Arg::new("dir")
                        .value_name("DIR")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("cli-i18n-check-dir")),
                ),
            ),
        )
}

/// Whether `args` ask for the window rather than a command: no command at
/// all, or `open [PROJECT]`. Returns the project to open and the language.
pub fn window_request(args: &[OsString]) -> Option<(Option<PathBuf>, Locale)> {
    let locale = ui_locale(args);
    let matches = command(I18n::embedded(), locale)
        .try_get_matches_from(args)
        .ok()?;
    let locale = matches
        .get_one::<String>("ui-lang")
        .and_then(|code| Locale::from_code(code))
        .unwrap_or(locale);
    match matches.subcommand() {
        None => Some((None, locale)),
        Some(("open", sub)) => Some((sub.get_one::<PathBuf>("project").cloned(), locale)),
        Some(_) => None,
    }
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
        match Locale::from_code(code) {
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
                    let _ = writeln!(output.err, "{problem}");
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
        Some(("render", sub)) => render(sub, i18n, locale, output),
        Some(("check", sub)) => findings::run(sub, i18n, locale, output),
        Some(("new", sub)) => new_project(sub, i18n, locale, output),
        Some((name @ ("services" | "add-service" | "remove-service" | "import-cookies"), sub)) => {
            catalog::run(name, sub, i18n, locale, output).unwrap_or(EXIT_USAGE)
        }
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
                i18n_check(check.get_one::<PathBuf>("dir"), i18n, locale, output)
            }
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
    let _ = writeln!(output.err, "{}", i18n.plain(locale, id, &args));
    EXIT_USAGE
}

/// The output formats `render` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Html,
    Pdf,
}

impl Format {
    fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "html" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// Everything `render` was asked to do, the same for every project.
struct RenderSettings {
    languages: Option<Vec<Locale>>,
    formats: Vec<Format>,
    html: HtmlOptions,
    pdf: PdfOptions,
    out_dir: PathBuf,
}

fn parse_list<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| parse(item).ok_or_else(|| item.to_owned()))
        .collect()
}

fn render(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let languages = match matches.get_one::<String>("lang") {
        Some(value) => match parse_list(value, Locale::from_code) {
            Ok(list) if !list.is_empty() => Some(list),
            Ok(_) => return usage_error(output, i18n, locale, "cli-unknown-language", value),
            Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-language", &bad),
        },
        None => None,
    };
    let format_value = matches
        .get_one::<String>("format")
        .map_or("html,pdf", String::as_str);
    let formats = match parse_list(format_value, Format::parse) {
        Ok(list) if !list.is_empty() => list,
        Ok(_) => return usage_error(output, i18n, locale, "cli-unknown-format", format_value),
        Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-format", &bad),
    };
    let paper = match matches
        .get_one::<String>("paper")
        .map(|p| p.to_ascii_lowercase())
    {
        None => Paper::A4,
        Some(p) if p == "a4" => Paper::A4,
        Some(p) if p == "letter" => Paper::Letter,
        Some(other) => return usage_error(output, i18n, locale, "cli-unknown-paper", &other),
    };
    let accent = match matches.get_one::<String>("accent") {
        None => None,
        Some(value) => match Rgb8::parse(value) {
            Some(colour) => Some(colour),
            None => return usage_error(output, i18n, locale, "cli-unknown-colour", value),
        },
    };
    let logo = match matches.get_one::<PathBuf>("logo") {
        None => None,
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("path", path.display().to_string());
                args.set("reason", e.to_string());
                let _ = writeln!(
                    output.err,
                    "{}",
                    i18n.plain(locale, "cli-unreadable-file", &args)
                );
                return EXIT_USAGE;
            }
        },
    };
    let settings = RenderSettings {
        languages,
        formats,
        html: HtmlOptions {
            fragment: matches.get_flag("fragment"),
        },
        pdf: PdfOptions {
            paper,
            ragged_right: matches.get_flag("ragged"),
            logo,
            accent,
            created: None,
        },
        out_dir: matches
            .get_one::<PathBuf>("out")
            .cloned()
            .unwrap_or_else(|| PathBuf::from("export")),
    };

    let projects: Vec<&PathBuf> = matches
        .get_many::<PathBuf>("projects")
        .into_iter()
        .flatten()
        .collect();
    let strict = matches.get_flag("strict");
    let today = time::OffsetDateTime::now_utc().date();
    let mut unreadable = 0;
    let mut failed = 0;
    render_in_parallel(
        &projects,
        |path| render_one(path, &settings, strict, today, i18n, locale),
        |report| match report.outcome {
            Outcome::Rendered => {}
            Outcome::Unreadable => unreadable += 1,
            Outcome::Failed => failed += 1,
        },
        i18n,
        locale,
        output,
    );
    if unreadable + failed > 0 {
        let mut args = FluentArgs::new();
        args.set("failed", unreadable + failed);
        args.set("total", projects.len());
        let _ = writeln!(
            output.err,
            "{}",
            i18n.plain(locale, "cli-failed-summary", &args)
        );
    }
    if unreadable > 0 {
        EXIT_USAGE
    } else if failed > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// What rendering one project said, kept until its turn to be shown so
/// that messages appear in the order the projects were given.
struct Report {
    out: Vec<u8>,
    err: Vec<u8>,
    outcome: Outcome,
}

#[derive(Clone, Copy)]
enum Outcome {
    Rendered,
    Unreadable,
    Failed,
}

/// Loads, checks and writes one project.
fn render_one(
    path: &Path,
    settings: &RenderSettings,
    strict: bool,
    today: time::Date,
    i18n: &I18n,
    locale: Locale,
) -> Report {
    let mut report = Report {
        out: Vec::new(),
        err: Vec::new(),
        outcome: Outcome::Rendered,
    };
    let project = match storage::load(path) {
        Ok(project) => project,
        Err(error) => {
            let _ = writeln!(report.err, "{}", error.describe(i18n, locale));
            report.outcome = Outcome::Unreadable;
            return report;
        }
    };
    let errors = Severity::Error.count(&check::run(&project, today));
    let mut args = FluentArgs::new();
    args.set("project", path.display().to_string());
    args.set("errors", errors);
    let _ = writeln!(
        report.err,
        "{}",
        i18n.plain(locale, "cli-render-check-errors", &args)
    );
    if strict && errors > 0 {
        let _ = writeln!(
            report.err,
            "{}",
            i18n.plain(locale, "cli-render-refused", &args)
        );
        report.outcome = Outcome::Failed;
        return report;
    }
    let folder = settings
        .out_dir
        .join(path.file_stem().unwrap_or(path.as_os_str()));
    match render_project(
        &project,
        path,
        settings,
        &folder,
        i18n,
        locale,
        &mut report.err,
    ) {
        Ok(count) => {
            let mut args = FluentArgs::new();
            args.set("project", path.display().to_string());
            args.set("count", count);
            args.set("folder", folder.display().to_string());
            let _ = writeln!(report.out, "{}", i18n.plain(locale, "cli-rendered", &args));
        }
        Err((file, reason)) => {
            let mut args = FluentArgs::new();
            args.set("path", file.display().to_string());
            args.set("reason", reason);
            let _ = writeln!(
                report.err,
                "{}",
                i18n.plain(locale, "cli-write-failed", &args)
            );
            report.outcome = Outcome::Failed;
        }
    }
    report
}

/// Runs `render` over `projects` on every core, taking the next project
/// from a shared counter so a slow one holds up no other. Reports are shown
/// in the order of `projects`, each as soon as those before it are done;
/// on a terminal a line counts the projects done.
fn render_in_parallel(
    projects: &[&PathBuf],
    render: impl Fn(&Path) -> Report + Sync,
    mut tally: impl FnMut(&Report),
    i18n: &I18n,
    locale: Locale,
    output: &mut Output,
) {
    // Erases the progress line, so a message never ends up behind it.
    const CLEAR_LINE: &str = "\r\x1b[2K";
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(projects.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (next, render, sender) = (&next, &render, sender.clone());
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(path) = projects.get(index) else {
                        break;
                    };
                    if sender.send((index, render(path))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);

        let mut finished = std::collections::BTreeMap::new();
        let mut shown = 0;
        for (done, (index, report)) in receiver.into_iter().enumerate() {
            finished.insert(index, report);
            if output.progress {
                let _ = write!(output.err, "{CLEAR_LINE}");
            }
            while let Some(report) = finished.remove(&shown) {
                let _ = output.out.write_all(&report.out);
                let _ = output.err.write_all(&report.err);
                tally(&report);
                shown += 1;
            }
            if output.progress {
                let mut args = FluentArgs::new();
                args.set("done", done + 1);
                args.set("total", projects.len());
                let progress = i18n.plain(locale, "cli-render-progress", &args);
                let _ = write!(output.err, "{progress}");
                let _ = output.err.flush();
            }
        }
        if output.progress {
            let _ = write!(output.err, "{CLEAR_LINE}");
        }
    });
}

/// The project's own languages, without repeats; both when it names none.
fn project_languages(project: &Project) -> Vec<Locale> {
    let mut languages = Vec::new();
    for locale in &project.document.languages {
        if !languages.contains(locale) {
            languages.push(*locale);
        }
    }
    if languages.is_empty() {
        languages.extend(Locale::ALL);
    }
    languages
}

/// Writes every document of one project into `folder`; returns how many
/// files were written, or the file that could not be and why.
fn render_project(
    project: &Project,
    path: &Path,
    settings: &RenderSettings,
    folder: &Path,
    i18n: &I18n,
    ui: Locale,
    err: &mut dyn Write,
) -> Result<usize, (PathBuf, String)> {
    let languages = settings
        .languages
        .clone()
        .unwrap_or_else(|| project_languages(project));
    std::fs::create_dir_all(folder).map_err(|e| (folder.to_owned(), e.to_string()))?;
    let mut written = 0;
    for language in languages {
        for kind in DocumentKind::ALL {
            let document = document::build(project, i18n, language, kind);
            for notice in &document.notices {
                let mut args = FluentArgs::new();
                args.set("project", path.display().to_string());
                args.set("locale", language.code());
                args.set("document", kind.slug());
                args.set("notice", notice.to_string());
                let _ = writeln!(err, "{}", i18n.plain(ui, "cli-notice", &args));
            }
            for format in &settings.formats {
                let (file, contents) = match format {
                    Format::Html => (
                        folder.join(export::file_name(kind, language, "html")),
                        export::html(&document, &settings.html).into_bytes(),
                    ),
                    Format::Pdf => {
                        let file = folder.join(export::file_name(kind, language, "pdf"));
                        let pdf = export::pdf(&document, &settings.pdf)
                            .map_err(|e| (file.clone(), e.to_string()))?;
                        if !pdf.missing_characters.is_empty() {
                            let mut args = FluentArgs::new();
                            args.set("path", file.display().to_string());
                            args.set("count", pdf.missing_characters.len());
                            args.set(
                                "characters",
                                pdf.missing_characters.iter().collect::<String>(),
                            );
                            let _ = writeln!(
                                err,
                                "{}",
                                i18n.plain(ui, "cli-missing-characters", &args)
                            );
                        }
                        (file, pdf.bytes)
                    }
                };
                std::fs::write(&file, contents).map_err(|e| (file.clone(), e.to_string()))?;
                written += 1;
            }
        }
    }
    Ok(written)
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
    match write_new(path, &text) {
        Ok(()) => {
            let _ = writeln!(output.out, "{}", i18n.plain(locale, "cli-written", &args));
            EXIT_OK
        }
        Err(reason) => {
            args.set("reason", reason);
            let _ = writeln!(
                output.err,
                "{}",
                i18n.plain(locale, "cli-write-failed", &args)
            );
            EXIT_FAILED
        }
    }
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, text: &str) -> Result<(), String> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| e.to_string())
}

fn i18n_check(dir: Option<&PathBuf>, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let reference = i18n::embedded_files();
    let files = match dir {
        Some(dir) => match i18n::read_dir(dir) {
            Ok(files) => files,
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
            say("cli-check-syntax", &[("error", error.to_string())]);
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
        problems += report.syntax_errors.len()
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
