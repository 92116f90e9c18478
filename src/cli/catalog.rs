//! The catalogue on the command line: `services` lists and searches it,
//! `add-service` and `remove-service` put a service's recipient and
//! cookies into a project or take them out, and `import-cookies` fills in
//! the cookies a browser or scanner found. Project files change only
//! through [`storage::save`]: atomically, the previous version kept.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command};
use fluent_bundle::{FluentArgs, FluentValue};

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Output};
use crate::catalog::project::{self as in_project, RecipientOutcome};
use crate::catalog::update::{self, EntryChange};
use crate::catalog::{Service, ServiceKind, catalog, import};
use crate::i18n::I18n;
use crate::model::{Country, LocalText, Locale, Project};
use crate::storage;
use crate::system_error::SystemError;

/// The subcommands, with their help in `locale`.
pub(super) fn commands(i18n: &I18n, locale: Locale) -> [Command; 5] {
    let t = |id: &str| i18n.simple(locale, id);
    let project = || {
        Arg::new("project")
            .value_name("PROJECT")
            .required(true)
            .value_parser(clap::value_parser!(PathBuf))
            .help(t("cli-catalog-project"))
    };
    let names = || {
        Arg::new("names")
            .value_name("NAME")
            .required(true)
            .num_args(1..)
            .help(t("cli-catalog-names"))
    };
    [
        Command::new("services").about(t("cli-services-about")).arg(
            Arg::new("query")
                .value_name("QUERY")
                .help(t("cli-services-query")),
        ),
        Command::new("add-service")
            .about(t("cli-add-service-about"))
            .arg(project())
            .arg(names()),
        Command::new("remove-service")
            .about(t("cli-remove-service-about"))
            .arg(project())
            .arg(names()),
        Command::new("update-services")
            .about(t("cli-update-services-about"))
            .arg(
                Arg::new("projects")
                    .value_name("PROJECT")
                    .required(true)
                    .num_args(1..)
                    .value_parser(clap::value_parser!(PathBuf))
                    .help(t("cli-render-projects")),
            ),
        Command::new("import-cookies")
            .about(t("cli-import-cookies-about"))
            .arg(project())
            .arg(
                Arg::new("file")
                    .value_name("FILE")
                    .required(true)
                    .value_parser(clap::value_parser!(PathBuf))
                    .help(t("cli-import-cookies-file")),
            ),
    ]
}

/// Runs one of [`commands`]; `None` when `name` is not one of them.
pub(super) fn run(
    name: &str,
    matches: &ArgMatches,
    i18n: &I18n,
    locale: Locale,
    output: &mut Output,
) -> Option<u8> {
    let mut say = Say {
        i18n,
        locale,
        output,
    };
    Some(match name {
        "services" => list(matches.get_one::<String>("query"), &mut say),
        "add-service" | "remove-service" => {
            let path = matches.get_one::<PathBuf>("project")?;
            let names: Vec<&String> = matches.get_many::<String>("names")?.collect();
            change_services(path, &names, name == "add-service", &mut say)
        }
        "update-services" => {
            let paths: Vec<&PathBuf> = matches.get_many::<PathBuf>("projects")?.collect();
            update_services(&paths, &mut say)
        }
        "import-cookies" => {
            let path = matches.get_one::<PathBuf>("project")?;
            let file = matches.get_one::<PathBuf>("file")?;
            import_cookies(path, file, &mut say)
        }
        _ => return None,
    })
}

/// Writes worded messages to the output.
struct Say<'a, 'o> {
    i18n: &'a I18n,
    locale: Locale,
    output: &'a mut Output<'o>,
}

impl Say<'_, '_> {
    fn text(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.i18n.plain(self.locale, id, &fluent)
    }

    fn out(&mut self, id: &str, args: &[(&str, FluentValue<'static>)]) {
        let line = self.text(id, args);
        let _ = writeln!(self.output.out, "{line}");
    }

    /// A line of a report, indented under its heading (layout only).
    fn item(&mut self, id: &str, args: &[(&str, FluentValue<'static>)]) {
        let line = self.text(id, args);
        let _ = writeln!(self.output.out, "  {line}");
    }

    fn err(&mut self, id: &str, args: &[(&str, FluentValue<'static>)]) {
        let line = self.text(id, args);
        let _ = writeln!(self.output.err, "{line}");
    }

    fn kind(&self, kind: ServiceKind) -> String {
        self.i18n
            .simple(self.locale, &format!("catalog-kind-{}", kind.key()))
    }

    fn country(&self, country: &Country) -> String {
        let name = self
            .i18n
            .simple(self.locale, &format!("country-{}", country.code()));
        if name.is_empty() {
            country.code().to_owned()
        } else {
            name
        }
    }

    /// A name from the project, in the language of the messages.
    fn answer(&self, text: &LocalText) -> String {
        text.resolve(self.locale)
            .map_or_else(String::new, |resolved| resolved.text.to_owned())
    }

    /// Names separated by commas, as a list in a message.
    fn list(&self, items: &[String]) -> String {
        items.join(", ")
    }
}

/// `services [QUERY]`: the catalogue, or the services that match, one per
/// line with the key to type first.
fn list(query: Option<&String>, say: &mut Say) -> u8 {
    let catalog = catalog();
    let services: Vec<&Service> = match query {
        Some(query) => catalog.search(query, |kind| say.kind(kind)),
        None => catalog.services.iter().collect(),
    };
    let count = services.len();
    let date = say.i18n.date(say.locale, catalog.checked, &mut Vec::new());
    match query {
        Some(query) if services.is_empty() => {
            say.out("cli-services-none", &[("query", query.clone().into())]);
            suggest(query, say);
            return EXIT_OK;
        }
        Some(query) => say.out(
            "cli-services-found",
            &[
                ("count", count.into()),
                ("query", query.clone().into()),
                ("date", date.into()),
            ],
        ),
        None => say.out(
            "cli-services-all",
            &[("count", count.into()), ("date", date.into())],
        ),
    }
    let width = services.iter().map(|s| s.key.len()).max().unwrap_or(0);
    for service in services {
        let line = say.text(
            "cli-services-line",
            &[
                ("name", service.name.clone().into()),
                ("company", service.company.clone().into()),
                ("country", say.country(&service.country).into()),
                ("kind", say.kind(service.kind).into()),
            ],
        );
        // Layout only: keys in a column, so the names line up after them.
        let _ = writeln!(say.output.out, "  {:width$}  {line}", service.key);
    }
    EXIT_OK
}

/// "Did you mean" for a name the catalogue does not know.
fn suggest(name: &str, say: &mut Say) {
    let similar: Vec<String> = catalog()
        .similar(name)
        .iter()
        .map(|s| s.key.clone())
        .collect();
    if similar.is_empty() {
        say.err("cli-service-no-suggestion", &[]);
    } else {
        let suggestions = say.list(&similar);
        say.err(
            "cli-service-suggestions",
            &[("suggestions", suggestions.into())],
        );
    }
}

/// `add-service` and `remove-service`.
fn change_services(path: &Path, names: &[&String], adding: bool, say: &mut Say) -> u8 {
    let Some(before) = load(path, say) else {
        return EXIT_USAGE;
    };
    let mut project = before.project.clone();
    let mut services = Vec::new();
    let mut unknown = 0;
    for name in names {
        match catalog().service(name) {
            Some(service) => services.push(service),
            None => {
                say.err("cli-service-unknown", &[("name", (*name).clone().into())]);
                suggest(name, say);
                unknown += 1;
            }
        }
    }
    if services.is_empty() {
        return EXIT_USAGE;
    }
    for service in services {
        if adding {
            report_addition(&mut project, service, say);
        } else {
            report_removal(&mut project, service, say);
        }
    }
    if adding {
        note_missing_consent(&before.project, &project, say);
    }
    let saved = save_if_changed(path, &before, &project, say);
    if !saved {
        EXIT_FAILED
    } else if unknown > 0 {
        say.err(
            "cli-service-partly",
            &[("unknown", unknown.into()), ("total", names.len().into())],
        );
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

fn report_addition(project: &mut Project, service: &Service, say: &mut Say) {
    let addition = in_project::add(project, service, say.i18n);
    say.out(
        "cli-added-heading",
        &[("service", service.name.clone().into())],
    );
    match &addition.recipient {
        RecipientOutcome::Added => {
            let name = project
                .recipients
                .last()
                .map(|r| say.answer(&r.name))
                .unwrap_or_default();
            say.item("cli-added-recipient", &[("recipient", name.into())]);
        }
        RecipientOutcome::AlreadyPresent(name) => {
            let name = say.answer(name);
            say.item("cli-added-recipient-present", &[("recipient", name.into())]);
        }
        RecipientOutcome::NotARecipient => say.item("cli-added-own-website", &[]),
    }
    if !addition.cookies_added.is_empty() {
        let args = [
            ("count", addition.cookies_added.len().into()),
            ("cookies", say.list(&addition.cookies_added).into()),
        ];
        say.item("cli-added-cookies", &args);
    }
    if !addition.cookies_present.is_empty() {
        let args = [("cookies", say.list(&addition.cookies_present).into())];
        say.item("cli-added-cookies-present", &args);
    }
    if !addition.data_missing.is_empty() {
        let names: Vec<String> = addition
            .data_missing
            .iter()
            .map(|key| say.i18n.simple(say.locale, &format!("data-{key}")))
            .collect();
        let args = [("categories", say.list(&names).into())];
        say.item("cli-added-data-missing", &args);
    }
}

fn report_removal(project: &mut Project, service: &Service, say: &mut Say) {
    let removal = in_project::remove(project, service, say.i18n);
    let name = service.name.clone();
    if removal.found_nothing() {
        say.out("cli-removed-nothing", &[("service", name.into())]);
        return;
    }
    say.out("cli-removed-heading", &[("service", name.into())]);
    if removal.recipients_removed > 0 {
        say.item("cli-removed-recipient", &[]);
    }
    if !removal.cookies_removed.is_empty() {
        let args = [
            ("count", removal.cookies_removed.len().into()),
            ("cookies", say.list(&removal.cookies_removed).into()),
        ];
        say.item("cli-removed-cookies", &args);
    }
    for kept in &removal.recipients_kept {
        let args = [("recipient", say.answer(kept).into())];
        say.item("cli-removed-recipient-kept", &args);
    }
    if !removal.cookies_kept.is_empty() {
        let args = [("cookies", say.list(&removal.cookies_kept).into())];
        say.item("cli-removed-cookies-kept", &args);
    }
}

/// Cookies that need consent were added to a project that asks for none:
/// say so, rather than invent a banner the organisation may not have.
fn note_missing_consent(before: &Project, after: &Project, say: &mut Say) {
    let needed_before = before
        .cookies
        .iter()
        .any(|c| before.needs_consent(c.category));
    let needed_now = after
        .cookies
        .iter()
        .any(|c| after.needs_consent(c.category));
    let banner = after
        .cookie_consent
        .as_ref()
        .is_some_and(|c| c.method == crate::model::ConsentMethod::Banner);
    if needed_now && !needed_before && !banner {
        say.out("cli-added-consent-missing", &[]);
    }
}

/// `import-cookies PROJECT FILE`.
fn import_cookies(path: &Path, file: &Path, say: &mut Say) -> u8 {
    let Some(before) = load(path, say) else {
        return EXIT_USAGE;
    };
    let mut project = before.project.clone();
    let text = match std::fs::read(file) {
        Ok(bytes) => decode(&bytes),
        Err(e) => {
            let args = [
                ("path", file.display().to_string().into()),
                (
                    "reason",
                    SystemError::from(e).describe(say.i18n, say.locale).into(),
                ),
            ];
            say.err("cli-unreadable-file", &args);
            return EXIT_USAGE;
        }
    };
    let report = import::import(&mut project, &text, say.i18n);
    say.out(
        "cli-import-summary",
        &[
            ("file", file.display().to_string().into()),
            ("matched", report.matched.len().into()),
            ("unknown", report.unknown.len().into()),
            ("duplicates", report.duplicates.into()),
            ("present", report.already_present.into()),
        ],
    );
    if !report.matched.is_empty() {
        let args = [("cookies", say.list(&report.matched).into())];
        say.item("cli-import-matched", &args);
    }
    for recipient in &report.recipients_added {
        let args = [("recipient", say.answer(recipient).into())];
        say.item("cli-added-recipient", &args);
    }
    if !report.unknown.is_empty() {
        let args = [("cookies", say.list(&report.unknown).into())];
        say.item("cli-import-unknown", &args);
    }
    for ignored in &report.ignored {
        let args = [
            ("line", ignored.line.into()),
            ("text", ignored.text.clone().into()),
        ];
        say.err(
            &format!("cli-import-ignored-{}", ignored.reason.key()),
            &args,
        );
    }
    if report.changed() {
        note_missing_consent(&before.project, &project, say);
    }
    if !save_if_changed(path, &before, &project, say) || !report.ignored.is_empty() {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// The text of an exported file: UTF-8, or UTF-16 with its byte order mark
/// as spreadsheet programs save "Unicode text"; anything else is read as
/// far as it goes, and what does not decode shows up as ignored lines.
fn decode(bytes: &[u8]) -> String {
    let utf16 = |to_unit: fn([u8; 2]) -> u16, rest: &[u8]| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|pair| to_unit([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(u16::from_le_bytes, rest),
        [0xFE, 0xFF, rest @ ..] => utf16(u16::from_be_bytes, rest),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// `update-services PROJECT...`: brings every project's catalogue entries
/// up to date, names per client what changed and what was kept, and saves
/// only the projects that changed.
fn update_services(paths: &[&PathBuf], say: &mut Say) -> u8 {
    let mut code = EXIT_OK;
    for path in paths {
        let Some(loaded) = load(path, say) else {
            code = EXIT_USAGE;
            continue;
        };
        let mut project = loaded.project.clone();
        let changes = update::update(&mut project, catalog(), say.i18n);
        say.out(
            "cli-update-project",
            &[("path", path.display().to_string().into())],
        );
        for change in &changes {
            let (id, entry, service, fields) = match change {
                EntryChange::Updated { entry, fields } => {
                    let fields: Vec<String> = fields
                        .iter()
                        .map(|field| say.i18n.simple(say.locale, field))
                        .collect();
                    (
                        "cli-update-updated",
                        entry,
                        String::new(),
                        say.list(&fields),
                    )
                }
                EntryChange::Kept { entry } => {
                    ("cli-update-kept", entry, String::new(), String::new())
                }
                EntryChange::Differs { entry } => {
                    ("cli-update-differs", entry, String::new(), String::new())
                }
                EntryChange::Removed { entry, service } => {
                    ("cli-update-removed", entry, service.clone(), String::new())
                }
                EntryChange::NewCookie { entry, service } => (
                    "cli-update-new-cookie",
                    entry,
                    service.clone(),
                    String::new(),
                ),
                EntryChange::Gone { entry, service } => {
                    ("cli-update-gone", entry, service.clone(), String::new())
                }
            };
            let entry = say.answer(entry);
            say.item(
                id,
                &[
                    ("entry", entry.into()),
                    ("service", service.into()),
                    ("fields", fields.into()),
                ],
            );
        }
        if !save_if_changed(path, &loaded, &project, say) && code == EXIT_OK {
            code = EXIT_FAILED;
        }
    }
    code
}

fn load(path: &Path, say: &mut Say) -> Option<storage::Loaded> {
    match storage::load_tracked(path) {
        Ok(loaded) => Some(loaded),
        Err(error) => {
            let _ = writeln!(say.output.err, "{}", error.describe(say.i18n, say.locale));
            None
        }
    }
}

/// Saves `after` over `path` when it differs from `before`, unless someone
/// else changed the file since it was loaded; `false` when saving failed
/// (the file is then untouched).
fn save_if_changed(path: &Path, before: &storage::Loaded, after: &Project, say: &mut Say) -> bool {
    let file = path.display().to_string();
    if before.project == *after {
        say.out("cli-catalog-unchanged", &[("path", file.into())]);
        return true;
    }
    match storage::save_checked(path, after, before.stamp) {
        Ok(_) => {
            let backup = storage::backup_path(path, 1).display().to_string();
            say.out(
                "cli-catalog-saved",
                &[("path", file.into()), ("backup", backup.into())],
            );
            true
        }
        Err(error) => {
            let _ = writeln!(say.output.err, "{}", error.describe(say.i18n, say.locale));
            false
        }
    }
}
