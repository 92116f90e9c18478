//! The accountant's desk: every client's project at a glance. What the
//! checks find, when the documents take effect and whether that is over a
//! year ago, the version, when they were last exported and whether the
//! answers changed since, and which catalogue services the project uses.
//! The command line's `status` and the wizard's overview both read it here.

pub mod history;

use std::path::{Path, PathBuf};

use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::check::{self, Severity};
use crate::storage::{self, LoadError};

/// One client's project, as the overview shows it.
#[derive(Clone, Debug)]
pub struct ClientStatus {
    pub path: PathBuf,
    pub overview: Result<Overview, LoadError>,
}

/// What the overview says of a project that could be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Overview {
    pub organisation: String,
    pub errors: usize,
    /// Of the errors, the questions not answered yet.
    pub unanswered: usize,
    pub warnings: usize,
    pub effective_date: Date,
    /// The documents took effect more than a year ago: time to review.
    pub over_a_year_old: bool,
    pub version: String,
    /// When the documents were last exported, if ever.
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_export: Option<OffsetDateTime>,
    /// Whether the answers differ from those last exported; `None` when
    /// never exported.
    pub changed_since_export: Option<bool>,
    /// The catalogue services its recipients and cookies came from.
    pub services: Vec<String>,
}

/// The overview of the project at `path`, judged on `today`.
pub fn status(path: &Path, today: Date) -> ClientStatus {
    let overview = storage::load(path).map(|project| {
        let findings = check::run(&project, today);
        let errors = Severity::Error.count(&findings);
        let unanswered = findings.iter().filter(|f| f.rule.is_unanswered()).count();
        let effective_date = project.document.effective_date;
        let over_a_year_old = effective_date
            .replace_year(effective_date.year() + 1)
            .is_ok_and(|anniversary| anniversary < today);
        let last_export = history::exports(path).last().map(|export| export.at);
        let changed_since_export =
            last_export.map(|_| history::exported_answers(path).as_ref() != Some(&project));
        let mut services: Vec<String> = project
            .recipients
            .iter()
            .filter_map(|r| r.from_catalog.clone())
            .chain(
                project
                    .cookies
                    .iter()
                    .filter_map(|c| c.from_catalog.clone()),
            )
            .collect();
        services.sort();
        services.dedup();
        Overview {
            organisation: project.organisation.name.clone(),
            errors,
            unanswered,
            warnings: Severity::Warning.count(&findings),
            effective_date,
            over_a_year_old,
            version: project.document.version.clone(),
            last_export,
            changed_since_export,
            services,
        }
    });
    ClientStatus {
        path: path.to_owned(),
        overview,
    }
}

/// The project files `paths` name: a file as it is, a folder as the
/// `.ron` files directly in it, in name order. Backups and histories are
/// not projects.
pub fn project_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path).map_err(|e| LoadError::Unreadable {
            path: path.clone(),
            reason: e.into(),
        })?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"))
            .collect();
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// The overview of every project in `files`, on every core: a folder of a
/// thousand clients is read in parallel, and the result keeps their order.
pub fn statuses(files: &[PathBuf], today: Date) -> Vec<ClientStatus> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|p| status(p, today)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
