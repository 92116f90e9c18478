//! `policywright render`: the documents of one or more projects, in
//! parallel, with a report per project.

use super::*;
use crate::desk;
use crate::document::DocumentKind;

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
    documents: Vec<DocumentKind>,
    formats: Vec<Format>,
    html: HtmlOptions,
    /// The look chosen on the command line, over each project's own.
    look: Look,
    ragged_right: bool,
    out_dir: PathBuf,
}

/// The languages `--lang` names, comma separated, each one the program
/// has; `None` without `--lang`. The error is the first code it does not
/// have, or the whole value when that names none.
pub(super) fn languages_arg(
    matches: &ArgMatches,
    i18n: &I18n,
) -> Result<Option<Vec<Locale>>, String> {
    let Some(value) = matches.get_one::<String>("lang") else {
        return Ok(None);
    };
    match parse_list(value, |code| {
        Locale::from_code(code).filter(|l| i18n.locales().contains(l))
    }) {
        Ok(list) if list.is_empty() => Err(value.to_owned()),
        other => other.map(Some),
    }
}

fn parse_list<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| parse(item).ok_or_else(|| item.to_owned()))
        .collect()
}

pub(super) fn render(matches: &ArgMatches, i18n: &I18n, locale: Locale, output: &mut Output) -> u8 {
    let labelled;
    let i18n = if matches.get_flag("show-ids") {
        labelled = i18n.showing_ids();
        &labelled
    } else {
        i18n
    };
    let languages = match languages_arg(matches, i18n) {
        Ok(languages) => languages,
        Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-language", &bad),
    };
    let documents = match matches.get_one::<String>("documents") {
        Some(value) => match parse_list(value, DocumentKind::from_slug) {
            Ok(list) if !list.is_empty() => list,
            Ok(_) => return usage_error(output, i18n, locale, "cli-unknown-document", value),
            Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-document", &bad),
        },
        None => DocumentKind::ALL.to_vec(),
    };
    let format_value = matches
        .get_one::<String>("format")
        .map_or("html,pdf", String::as_str);
    let formats = match parse_list(format_value, Format::parse) {
        Ok(list) if !list.is_empty() => list,
        Ok(_) => return usage_error(output, i18n, locale, "cli-unknown-format", format_value),
        Err(bad) => return usage_error(output, i18n, locale, "cli-unknown-format", &bad),
    };
    let paper = match matches.get_one::<String>("paper") {
        None => None,
        Some(name) => match Paper::parse(name) {
            Some(paper) => Some(paper),
            None => return usage_error(output, i18n, locale, "cli-unknown-paper", name),
        },
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
                args.set("reason", SystemError::from(e).describe(i18n, locale));
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
        documents,
        formats,
        html: HtmlOptions {
            fragment: matches.get_flag("fragment"),
        },
        look: Look {
            paper,
            accent,
            logo,
        },
        ragged_right: matches.get_flag("ragged"),
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
    let mut unreadable = 0;
    let mut failed = 0;
    render_in_parallel(
        &projects,
        |path| render_one(path, &settings, strict, i18n, locale),
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
    let errors = check::error_count(&project);
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

/// The project's own languages, without repeats; Dutch and English, as a
/// new project has them, when it names none.
pub(super) fn project_languages(project: &Project) -> Vec<Locale> {
    let mut languages = Vec::new();
    for locale in &project.document.languages {
        if !languages.contains(locale) {
            languages.push(*locale);
        }
    }
    if languages.is_empty() {
        languages.extend([Locale::NL, Locale::EN]);
    }
    languages
}

/// Writes every document of one project into `folder` and reports what
/// the user should know about them; returns how many files were written,
/// or the file that could not be and why.
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
    let pdf = export::pdf_options(project, Some(path), &settings.look, settings.ragged_right)
        .map_err(|e| (e.path().to_owned(), e.reason(i18n, ui)))?;
    let request = export::Request {
        languages: &languages,
        documents: &settings.documents,
        html: settings
            .formats
            .contains(&Format::Html)
            .then_some(&settings.html),
        pdf: settings.formats.contains(&Format::Pdf).then_some(&pdf),
    };
    let written = export::write(project, i18n, &request, folder)
        .map_err(|e| (e.path().to_owned(), e.reason(i18n, ui)))?;
    let prefix = format!("{}:", path.display());
    for remark in written.remarks(Some(&prefix), i18n, ui) {
        let _ = writeln!(err, "{remark}");
    }
    let now = time::OffsetDateTime::now_utc();
    if let Err(reason) = desk::history::record(path, project, &written.files, now) {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("path", desk::history::folder(path).display().to_string());
        args.set("reason", reason.describe(i18n, ui));
        let _ = writeln!(
            err,
            "{prefix} {}",
            i18n.plain(ui, "export-history-failed", &args)
        );
    }
    Ok(written.files.len())
}
