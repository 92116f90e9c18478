//! Project files: RON text in, [`Project`] out, and back again, safely.
//!
//! Loading never panics: every problem becomes a [`LoadError`] that names
//! the file, the line and column, and the field. Saving writes a temporary
//! file beside the target, flushes it to disk and renames it over the
//! target, so a crash leaves either the old or the new file; the old one is
//! kept as `<name>.1.bak`, written the same way so a crash cannot truncate
//! it either, and the [`BACKUPS`] versions before it as `<name>.2.bak` and
//! onwards. A file someone else changed since it was loaded is not
//! overwritten: [`load_tracked`] notes its [`Stamp`] and [`save_checked`]
//! refuses when the file no longer matches it.

use std::fmt;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use fluent_bundle::FluentArgs;
use ron::extensions::Extensions;
use serde::Deserialize;

mod mistake;
mod v1;

pub use mistake::Mistake;

use crate::i18n::I18n;
use crate::model::{FORMAT_VERSION, Locale, Project};
use crate::system_error::SystemError;

/// Why a project file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Unreadable {
        path: PathBuf,
        reason: SystemError,
    },
    /// The text is not a valid project: bad syntax, a wrong type, an unknown
    /// or missing field.
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        /// The field concerned, as a path such as `purposes[2].legal_basis`.
        field: Option<String>,
        /// Boxed: it is large, and results carry this error everywhere.
        mistake: Box<Mistake>,
    },
    NoVersion {
        path: PathBuf,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
    },
    /// The file parses but refers to things it does not define.
    Inconsistent {
        path: PathBuf,
        problems: Vec<Inconsistency>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inconsistency {
    UnknownKey { field: String, key: String },
    DuplicateKey { field: String, key: String },
}

/// Why a project could not be saved. The existing file is untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The system refused: no such folder, no permission, disk full.
    Failed { path: PathBuf, reason: SystemError },
    /// Someone else changed the file since it was loaded; saving would
    /// throw their changes away.
    ChangedOnDisk { path: PathBuf },
}

/// What a file looked like when it was read or written: enough to notice
/// that someone else has changed it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// `None` on file systems that keep no modification time.
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        }
    }
}

/// A loaded project and the [`Stamp`] of the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub project: Project,
    pub stamp: Stamp,
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Unreadable { path, .. }
            | LoadError::Invalid { path, .. }
            | LoadError::NoVersion { path }
            | LoadError::NewerVersion { path, .. }
            | LoadError::Inconsistent { path, .. } => path,
        }
    }

    /// The message for a person, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        args.set("path", self.path().display().to_string());
        match self {
            LoadError::Unreadable { reason, .. } => {
                args.set("reason", reason.describe(i18n, locale));
                i18n.plain(locale, "load-unreadable", &args)
            }
            LoadError::Invalid {
                line,
                column,
                field,
                mistake,
                ..
            } => {
                args.set("line", line.to_string());
                args.set("column", column.to_string());
                args.set("reason", mistake.describe(i18n, locale));
                match field {
                    Some(field) => {
                        args.set("field", field.as_str());
                        i18n.plain(locale, "load-invalid-field", &args)
                    }
                    None => i18n.plain(locale, "load-invalid", &args),
                }
            }
            LoadError::NoVersion { .. } => {
                args.set("supported", FORMAT_VERSION);
                i18n.plain(locale, "load-no-version", &args)
            }
            LoadError::NewerVersion { found, .. } => {
                args.set("found", *found);
                args.set("supported", FORMAT_VERSION);
                i18n.plain(locale, "load-newer-version", &args)
            }
            LoadError::Inconsistent { problems, .. } => {
                let mut lines = vec![i18n.plain(locale, "load-inconsistent", &args)];
                for problem in problems {
                    let mut args = FluentArgs::new();
                    let id = match problem {
                        Inconsistency::UnknownKey { field, key } => {
                            args.set("field", field.as_str());
                            args.set("key", key.as_str());
                            "load-unknown-key"
                        }
                        Inconsistency::DuplicateKey { field, key } => {
                            args.set("field", field.as_str());
                            args.set("key", key.as_str());
                            "load-duplicate-key"
                        }
                    };
                    lines.push(format!("  {}", i18n.plain(locale, id, &args)));
                }
                lines.join("\n")
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(I18n::embedded(), Locale::EN))
    }
}

impl std::error::Error for LoadError {}

impl SaveError {
    pub fn path(&self) -> &Path {
        match self {
            SaveError::Failed { path, .. } | SaveError::ChangedOnDisk { path } => path,
        }
    }

    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        args.set("path", self.path().display().to_string());
        match self {
            SaveError::Failed { reason, .. } => {
                args.set("reason", reason.describe(i18n, locale));
                i18n.plain(locale, "save-failed", &args)
            }
            SaveError::ChangedOnDisk { .. } => i18n.plain(locale, "save-changed-on-disk", &args),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(I18n::embedded(), Locale::EN))
    }
}

impl std::error::Error for SaveError {}

/// RON as people write it by hand: `Some(..)` may be left out.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Reads and parses a project file.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    load_tracked(path).map(|loaded| loaded.project)
}

/// Reads and parses a project file, noting its [`Stamp`] for
/// [`save_checked`].
pub fn load_tracked(path: &Path) -> Result<Loaded, LoadError> {
    let unreadable = |e: std::io::Error| LoadError::Unreadable {
        path: path.to_owned(),
        reason: SystemError::from(e),
    };
    // The stamp comes from the open file, so it describes the bytes read
    // even if the file is replaced by a rename meanwhile.
    let mut file = File::open(path).map_err(unreadable)?;
    let stamp = Stamp::of(&file.metadata().map_err(unreadable)?);
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(unreadable)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = crate::i18n::line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        LoadError::Invalid {
            path: path.to_owned(),
            line,
            column,
            field: None,
            mistake: Box::new(Mistake::NotText),
        }
    })?;
    let project = parse(&text, path)?;
    Ok(Loaded { project, stamp })
}

/// Parses project text; `path` is only used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Project, LoadError> {
    // A byte-order mark, as some Windows editors write, is no mistake.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let invalid = |error, field| invalid(path, text, error, field);

    // Read the version first, so a file from a newer policywright is refused
    // with that reason instead of a confusing complaint about a field.
    // Named like the real thing, because RON quotes the name in messages.
    #[derive(Deserialize)]
    #[serde(rename = "Project")]
    struct VersionOnly {
        version: Option<u32>,
    }
    if text.trim().is_empty() {
        return Err(LoadError::NoVersion {
            path: path.to_owned(),
        });
    }
    let probe: VersionOnly = ron_options().from_str(text).map_err(|e| invalid(e, None))?;
    match probe.version {
        None => {
            return Err(LoadError::NoVersion {
                path: path.to_owned(),
            });
        }
        Some(found) if found > FORMAT_VERSION => {
            return Err(LoadError::NewerVersion {
                path: path.to_owned(),
                found,
            });
        }
        Some(_) => {}
    }

    let project: Project = match probe.version {
        Some(1) => deserialize::<v1::ProjectV1>(text, path)?.into(),
        _ => deserialize(text, path)?,
    };

    let mut problems: Vec<Inconsistency> = project
        .dangling_references()
        .into_iter()
        .map(|(field, key)| Inconsistency::UnknownKey { field, key })
        .collect();
    problems.extend(
        project
            .duplicate_keys()
            .into_iter()
            .map(|(field, key)| Inconsistency::DuplicateKey { field, key }),
    );
    if problems.is_empty() {
        Ok(project)
    } else {
        Err(LoadError::Inconsistent {
            path: path.to_owned(),
            problems,
        })
    }
}

/// The error for RON that does not read as a project, at its place.
fn invalid(
    path: &Path,
    text: &str,
    error: ron::error::SpannedError,
    field: Option<String>,
) -> LoadError {
    let mistake = match (&error.code, mistake::unclosed(text)) {
        (ron::error::Error::Eof, Some((_, opener))) => Mistake::Unclosed { opener },
        (code, _) => Mistake::of(code, field.as_deref()),
    };
    let (line, column) =
        mistake::place(text, &mistake, error.span.start.line, error.span.start.col);
    LoadError::Invalid {
        path: path.to_owned(),
        line,
        column,
        field,
        mistake: Box::new(mistake),
    }
}

/// Reads `text` as a `T`; an error names the line, column and field.
fn deserialize<T: serde::de::DeserializeOwned>(text: &str, path: &Path) -> Result<T, LoadError> {
    let invalid = |error, field| invalid(path, text, error, field);
    let mut deserializer = ron::Deserializer::from_str_with_options(text, &ron_options())
        .map_err(|e| invalid(e, None))?;
    let value: T = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(error) => {
            let field = error.path().to_string();
            let field = (field != ".").then_some(field);
            let spanned = deserializer.span_error(error.into_inner());
            return Err(invalid(spanned, field));
        }
    };
    deserializer
        .end()
        .map_err(|code| invalid(deserializer.span_error(code), None))?;
    Ok(value)
}

/// The project as RON text, as [`save`] writes it: answers left at their
/// default (unanswered, empty, unticked) are left out, and text is written
/// as typed (a quote or backslash makes a raw string), so that changing
/// one answer changes a few lines of the file, as a reader of a diff expects.
pub fn to_ron(project: &Project) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .indentor("    ".to_owned());
    ron::ser::to_string_pretty(project, config)
        .expect("a Project has only RON-representable fields")
        + "\n"
}

/// Saves atomically, whatever is on disk; the previous file, if any,
/// becomes the newest backup (see [`backup_path`]). Returns the [`Stamp`] of the file written.
pub fn save(path: &Path, project: &Project) -> Result<Stamp, SaveError> {
    write_project(path, project, None)
}

/// Saves like [`save`], but only if the file on disk still has the
/// `expected` stamp noted when it was loaded or last saved. A file that has
/// disappeared meanwhile is written again: that loses nobody's work.
pub fn save_checked(path: &Path, project: &Project, expected: Stamp) -> Result<Stamp, SaveError> {
    write_project(path, project, Some(expected))
}

fn write_project(
    path: &Path,
    project: &Project,
    expected: Option<Stamp>,
) -> Result<Stamp, SaveError> {
    let failed = |e: std::io::Error| SaveError::Failed {
        path: path.to_owned(),
        reason: SystemError::from(e),
    };
    let text = to_ron(project);
    let new_file = write_beside(path, |file| file.write_all(text.as_bytes())).map_err(failed)?;
    // Checked as late as possible, so the window in which another program
    // could still slip a change in is as small as it can be.
    let existing = match std::fs::metadata(path) {
        Ok(metadata) => Some(metadata),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(failed(e)),
    };
    let current = existing.as_ref().map(Stamp::of);
    if let (Some(expected), Some(current)) = (expected, current)
        && expected != current
    {
        return Err(SaveError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    if let Some(metadata) = &existing {
        let mut old = File::open(path).map_err(failed)?;
        let backup = write_beside(path, |file| {
            std::io::copy(&mut old, file)?;
            keep_access(file, metadata)
        })
        .map_err(failed)?;
        age_backups(path).map_err(failed)?;
        backup
            .persist(backup_path(path, 1))
            .map_err(|e| failed(e.error))?;
    }
    if let Some(metadata) = &existing {
        keep_access(new_file.as_file(), metadata).map_err(failed)?;
    }
    let written = new_file.persist(path).map_err(|e| failed(e.error))?;
    sync_folder(path);
    Ok(Stamp::of(&written.metadata().map_err(failed)?))
}

/// Gives the new version of a file the permissions, and on Unix the owner
/// and group, of the version it replaces: a temporary file is created
/// private to its writer, and a file shared with a group must stay so.
fn keep_access(new: &File, old: &std::fs::Metadata) -> std::io::Result<()> {
    new.set_permissions(old.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only the superuser may give a file away; for anyone else this is
        // the owner the file already has, or refused, which changes nothing.
        let _ = std::os::unix::fs::fchown(new, Some(old.uid()), Some(old.gid()));
    }
    Ok(())
}

/// Flushes the folder of `path` to disk after a rename, so the new name
/// survives a power cut. Best effort: not every file system allows it.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        if let Ok(folder) = File::open(folder) {
            let _ = folder.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Replaces `path` by a file holding `bytes`, whole or not at all.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_beside(path, |file| file.write_all(bytes))?
        .persist(path)
        .map_err(|e| e.error)?;
    sync_folder(path);
    Ok(())
}

/// A temporary file in the folder of `path`, filled by `fill` and flushed
/// to disk, ready to be renamed over its target: a rename within one folder
/// is atomic, so readers see the old file or the new one, never a part.
fn write_beside(
    path: &Path,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".policywright-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    fill(temporary.as_file_mut())?;
    temporary.as_file().sync_all()?;
    Ok(temporary)
}

/// How many earlier versions of a project [`save`] keeps.
pub const BACKUPS: usize = 5;

/// Where [`save`] keeps an earlier version of `path`: `client.ron.1.bak`
/// for the version before the current one (`age` 1), `client.ron.2.bak`
/// for the one before that, and so on up to [`BACKUPS`].
pub fn backup_path(path: &Path, age: usize) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!(".{age}.bak"));
    path.with_file_name(name)
}

/// Makes room for a new backup: each backup moves one age up, the oldest
/// is dropped. The older ones move by renaming; the newest is copied, so
/// that it is there until the new one replaces it. A crash in between
/// leaves every version whole, at worst one of them under two names.
fn age_backups(path: &Path) -> std::io::Result<()> {
    let ignore_missing = |result: std::io::Result<()>| match result {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    };
    for age in (2..BACKUPS).rev() {
        ignore_missing(std::fs::rename(
            backup_path(path, age),
            backup_path(path, age + 1),
        ))?;
    }
    let newest = backup_path(path, 1);
    ignore_missing(File::open(&newest).and_then(|mut newest| {
        let access = newest.metadata()?;
        let copy = write_beside(path, |file| {
            std::io::copy(&mut newest, file)?;
            keep_access(file, &access)
        })?;
        copy.persist(backup_path(path, 2))
            .map(drop)
            .map_err(|e| e.error)
    }))
}
