//! What was exported, kept beside each project: for `bakery.ron`, the
//! folder `bakery.history/` holds `exports.ron`, one line per export (when,
//! which version, which files), and `exported.ron`, the answers as they
//! were last exported, so the overview can tell whether they changed
//! since. Both are written atomically; a history that cannot be read is
//! treated as no history, never as a reason to refuse the project.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::model::Project;
use crate::storage;
use crate::system_error::SystemError;

/// One export of a project's documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The version label the documents carried.
    pub version: String,
    /// The files written.
    pub files: Vec<PathBuf>,
}

/// The history folder of the project at `project`.
pub fn folder(project: &Path) -> PathBuf {
    let stem = project
        .file_stem()
        .map_or_else(|| "project".into(), |s| s.to_string_lossy().into_owned());
    project.with_file_name(format!("{stem}.history"))
}

fn exports_file(project: &Path) -> PathBuf {
    folder(project).join("exports.ron")
}

fn answers_file(project: &Path) -> PathBuf {
    folder(project).join("exported.ron")
}

/// Every export recorded for the project at `path`, oldest first.
pub fn exports(path: &Path) -> Vec<Export> {
    std::fs::read_to_string(exports_file(path))
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// The answers as they were last exported, if recorded.
pub fn exported_answers(path: &Path) -> Option<Project> {
    let answers = answers_file(path);
    let text = std::fs::read_to_string(&answers).ok()?;
    storage::parse(&text, &answers).ok()
}

/// Records that `project`, kept at `path`, was exported to `files` at `at`.
pub fn record(
    path: &Path,
    project: &Project,
    files: &[PathBuf],
    at: OffsetDateTime,
) -> Result<(), SystemError> {
    // Only the history folder is made: a project whose own folder is gone
    // has nowhere to keep it.
    match std::fs::create_dir(folder(path)) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => return Err(e.into()),
        _ => {}
    }
    let mut exports = exports(path);
    exports.push(Export {
        at,
        version: project.document.version.clone(),
        files: files.to_vec(),
    });
    let text = ron::ser::to_string_pretty(&exports, ron::ser::PrettyConfig::default())
        .map_err(|e| SystemError::Other(e.to_string()))?;
    storage::write_atomically(&exports_file(path), text.as_bytes())?;
    storage::write_atomically(&answers_file(path), storage::to_ron(project).as_bytes())?;
    Ok(())
}
