//! Project files: RON text in, [`Project`] out, and back again, safely.
//!
//! Loading never panics: every problem becomes a [`LoadError`] that names
//! the file, the line and column, and the field. Saving writes a temporary
//! file beside the target, flushes it to disk and renames it over the
//! target, so a crash leaves either the old or the new file; the old one is
//! kept as `<name>.bak`.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;
use ron::extensions::Extensions;
use serde::Deserialize;

use crate::i18n::I18n;
use crate::model::{FORMAT_VERSION, Locale, Project};

/// Why a project file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    /// The text is not a valid project: bad syntax, a wrong type, an unknown
    /// or missing field.
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        /// The field concerned, as a path such as `purposes[2].legal_basis`.
        field: Option<String>,
        reason: String,
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
pub struct SaveError {
    pub path: PathBuf,
    pub reason: String,
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
                args.set("reason", reason.as_str());
                i18n.plain(locale, "load-unreadable", &args)
            }
            LoadError::Invalid {
                line,
                column,
                field,
                reason,
                ..
            } => {
                args.set("line", line.to_string());
                args.set("column", column.to_string());
                args.set("reason", reason.as_str());
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
        f.write_str(&self.describe(I18n::embedded(), Locale::En))
    }
}

impl std::error::Error for LoadError {}

impl SaveError {
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        args.set("path", self.path.display().to_string());
        args.set("reason", self.reason.as_str());
        i18n.plain(locale, "save-failed", &args)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(I18n::embedded(), Locale::En))
    }
}

impl std::error::Error for SaveError {}

/// RON as people write it by hand: `Some(..)` may be left out.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Reads and parses a project file.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
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
            reason: "the file is not UTF-8 text".to_owned(),
        }
    })?;
    parse(&text, path)
}

/// Parses project text; `path` is only used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Project, LoadError> {
    let invalid = |error: ron::error::SpannedError, field: Option<String>| LoadError::Invalid {
        path: path.to_owned(),
        line: error.span.start.line,
        column: error.span.start.col,
        field,
        reason: error.code.to_string(),
    };

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

    let mut deserializer = ron::Deserializer::from_str_with_options(text, &ron_options())
        .map_err(|e| invalid(e, None))?;
    let project: Project = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(project) => project,
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

/// The project as RON text, as [`save`] writes it.
pub fn to_ron(project: &Project) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .indentor("    ".to_owned());
    ron::ser::to_string_pretty(project, config)
        .expect("a Project has only RON-representable fields")
        + "\n"
}

/// Saves atomically; the previous file, if any, becomes `<name>.bak`.
pub fn save(path: &Path, project: &Project) -> Result<(), SaveError> {
    let failed = |reason: String| SaveError {
        path: path.to_owned(),
        reason,
    };
    let text = to_ron(project);
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".policywright-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| failed(e.to_string()))?;
    temporary
        .write_all(text.as_bytes())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|e| failed(e.to_string()))?;
    if path.exists() {
        std::fs::copy(path, backup_path(path)).map_err(|e| failed(e.to_string()))?;
    }
    temporary
        .persist(path)
        .map_err(|e| failed(e.error.to_string()))?;
    Ok(())
}

/// Where [`save`] keeps the previous version of `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}
