//! All wording: Fluent bundles per locale, the fallback chain, locale-aware
//! dates, and the consistency check translators run.
//!
//! The `.ftl` files under `i18n/<locale>/` are embedded in the binary. A
//! folder of edited files (`--i18n DIR` or `POLICYWRIGHT_I18N`) can stand in
//! for them: each file found there replaces its embedded counterpart, so a
//! translator sees exactly their own file. A message missing in the
//! requested locale falls back to English and is reported as a
//! [`TextIssue`], never shown as a raw id.

pub mod check;
mod numbers;
mod syntax;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use time::Date;

use crate::model::Locale;
use crate::system_error::SystemError;

pub use syntax::{SyntaxError, SyntaxProblem, line_column};

/// One `.ftl` file: its locale, its name and its text.
#[derive(Clone, Debug)]
pub struct FtlFile {
    pub locale: Locale,
    pub name: String,
    /// Where it was read from, for messages; `None` when embedded.
    pub path: Option<PathBuf>,
    pub text: String,
}

/// The `.ftl` files built into the program, as (language code, file name,
/// text): every folder under i18n/, listed by the build script.
const EMBEDDED: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_i18n.rs"));

/// The names of the `.ftl` files every locale has: those of English, the
/// reference language.
pub fn file_names() -> impl Iterator<Item = &'static str> {
    EMBEDDED
        .iter()
        .filter(|(code, _, _)| *code == Locale::EN.code())
        .map(|(_, name, _)| *name)
}

/// The `.ftl` files built into the program.
pub fn embedded_files() -> Vec<FtlFile> {
    EMBEDDED
        .iter()
        .filter_map(|(code, name, text)| {
            Some(FtlFile {
                locale: Locale::from_code(code)?,
                name: (*name).to_owned(),
                path: None,
                text: (*text).to_owned(),
            })
        })
        .collect()
}

/// The `.ftl` files found in `dir/<code>/`: every folder named by a
/// language code is a language, and holds some or all of the files
/// English has. Files that are absent are simply not returned.
pub fn read_dir(dir: &Path) -> Result<Vec<FtlFile>, OverrideError> {
    if !dir.is_dir() {
        return Err(OverrideError::NotAFolder(dir.to_owned()));
    }
    let unreadable = |path: &Path, e: std::io::Error| OverrideError::Unreadable {
        path: path.to_owned(),
        reason: SystemError::from(e),
    };
    let mut locales: Vec<Locale> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(dir, e))?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| Locale::from_code(&entry.file_name().to_string_lossy()))
        .collect();
    locales.sort();
    let mut files = Vec::new();
    for locale in locales {
        for name in file_names() {
            let path = dir.join(locale.code()).join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => files.push(FtlFile {
                    locale,
                    name: name.to_owned(),
                    path: Some(path),
                    text,
                }),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(OverrideError::Unreadable {
                        path,
                        reason: SystemError::from(e),
                    });
                }
            }
        }
    }
    Ok(files)
}

/// A folder of edited `.ftl` files that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverrideError {
    NotAFolder(PathBuf),
    Unreadable { path: PathBuf, reason: SystemError },
}

impl OverrideError {
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        match self {
            OverrideError::NotAFolder(path) => {
                args.set("path", path.display().to_string());
                i18n.plain(locale, "i18n-dir-not-a-folder", &args)
            }
            OverrideError::Unreadable { path, reason } => {
                args.set("path", path.display().to_string());
                args.set("reason", reason.describe(i18n, locale));
                i18n.plain(locale, "i18n-file-unreadable", &args)
            }
        }
    }
}

/// A text that could not be given as asked.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextIssue {
    /// The message is missing in `locale`; English was used instead.
    FellBackToEnglish { locale: Locale, id: String },
    /// The message exists in no locale: a bug in the program's texts.
    Missing { id: String },
    /// Formatting reported a problem, such as an unknown variable.
    Formatting {
        locale: Locale,
        id: String,
        detail: String,
    },
}

impl TextIssue {
    /// The issue in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        let id = match self {
            TextIssue::FellBackToEnglish { locale, id } => {
                args.set("locale", locale.code());
                args.set("id", id.as_str());
                "text-issue-fallback"
            }
            TextIssue::Missing { id } => {
                args.set("id", id.as_str());
                "text-issue-missing"
            }
            TextIssue::Formatting { locale, id, detail } => {
                args.set("locale", locale.code());
                args.set("id", id.as_str());
                args.set("detail", detail.as_str());
                "text-issue-formatting"
            }
        };
        i18n.plain(locale, id, &args)
    }
}

impl FtlFile {
    /// How the file is named in messages: its path, or `<locale>/<name>`.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => format!("{}/{}", self.locale.code(), self.name),
        }
    }

    /// Parses the file; syntax errors come with the entries that did parse.
    fn resource(&self) -> (FluentResource, Vec<SyntaxError>) {
        match FluentResource::try_new(self.text.clone()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => {
                let errors = errors.iter().map(|e| SyntaxError::new(self, e)).collect();
                (resource, errors)
            }
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn new_bundle(locale: Locale) -> Bundle {
    let langid = locale
        .code()
        .parse()
        .expect("every Locale code is a valid language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Documents and a left-to-right UI need no bidi isolation marks.
    bundle.set_use_isolating(false);
    bundle.set_formatter(numbers::formatter(locale.code()));
    bundle
}

/// Every locale's texts, with the fallback chain.
pub struct I18n {
    languages: Vec<Language>,
    /// The languages found complete, once asked.
    complete: OnceLock<Vec<Locale>>,
    /// Whether every text starts with its message's id, for translators
    /// looking for the message behind a sentence.
    show_ids: bool,
}

/// One language's files, and its bundle, made the first time a text in
/// that language is asked for: a command that writes Dutch never parses
/// the French files.
struct Language {
    locale: Locale,
    files: Vec<FtlFile>,
    parsed: OnceLock<Parsed>,
}

struct Parsed {
    bundle: Bundle,
    /// The ids of its messages, to tell which English ones it lacks.
    ids: BTreeSet<String>,
    problems: Vec<SyntaxError>,
}

impl Language {
    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let mut bundle = new_bundle(self.locale);
            let mut ids = BTreeSet::new();
            let mut problems = Vec::new();
            for file in &self.files {
                let (resource, errors) = file.resource();
                problems.extend(errors);
                ids.extend(resource.entries().filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                }));
                // A duplicate id keeps its first definition; the check
                // command reports it to the translator.
                let _ = bundle.add_resource(resource);
            }
            Parsed {
                bundle,
                ids,
                problems,
            }
        })
    }
}

static EMBEDDED_I18N: LazyLock<I18n> = LazyLock::new(|| I18n::build(&[]));

impl I18n {
    /// The texts built into the program.
    pub fn embedded() -> &'static I18n {
        &EMBEDDED_I18N
    }

    /// The embedded texts, with each file that `dir` holds used instead of
    /// its embedded counterpart, and the languages only `dir` has added.
    pub fn with_override(dir: &Path) -> Result<I18n, OverrideError> {
        Ok(I18n::build(&read_dir(dir)?))
    }

    /// One language per code found; each file comes from `overrides` when
    /// it is there, and from the embedded files otherwise.
    fn build(overrides: &[FtlFile]) -> I18n {
        let embedded = embedded_files();
        let mut locales: Vec<Locale> = overrides
            .iter()
            .chain(&embedded)
            .map(|f| f.locale)
            .collect();
        locales.sort();
        locales.dedup();
        let languages = locales
            .into_iter()
            .map(|locale| {
                let files = file_names()
                    .filter_map(|name| {
                        overrides
                            .iter()
                            .chain(&embedded)
                            .find(|f| f.locale == locale && f.name == name)
                            .cloned()
                    })
                    .collect();
                Language {
                    locale,
                    files,
                    parsed: OnceLock::new(),
                }
            })
            .collect();
        I18n {
            languages,
            complete: OnceLock::new(),
            show_ids: false,
        }
    }

    /// The same texts, each starting with its message's id in ⟦ ⟧, so a
    /// translator finds the message behind any sentence of a document.
    pub fn showing_ids(&self) -> I18n {
        I18n {
            languages: self
                .languages
                .iter()
                .map(|language| Language {
                    locale: language.locale,
                    files: language.files.clone(),
                    parsed: OnceLock::new(),
                })
                .collect(),
            complete: OnceLock::new(),
            show_ids: true,
        }
    }

    /// Every language with texts, in the order they are offered.
    pub fn locales(&self) -> Vec<Locale> {
        self.languages.iter().map(|l| l.locale).collect()
    }

    /// The languages whose texts are complete: every message English has,
    /// without syntax errors. Only these are offered for documents and for
    /// the window.
    pub fn complete_locales(&self) -> &[Locale] {
        self.complete.get_or_init(|| {
            self.locales()
                .into_iter()
                .filter(|l| self.is_complete(*l))
                .collect()
        })
    }

    /// Whether `locale` has every message English has, without syntax
    /// errors; parses that language alone.
    pub fn is_complete(&self, locale: Locale) -> bool {
        self.language(locale)
            .is_some_and(|l| l.parsed().problems.is_empty() && self.missing(locale).is_empty())
    }

    /// The messages English has and `locale` lacks (all of them for a
    /// language without texts).
    pub fn missing(&self, locale: Locale) -> Vec<String> {
        let Some(english) = self.language(Locale::EN) else {
            return Vec::new();
        };
        let ids = self.language(locale).map(|l| &l.parsed().ids);
        english
            .parsed()
            .ids
            .iter()
            .filter(|id| ids.is_none_or(|ids| !ids.contains(*id)))
            .cloned()
            .collect()
    }

    /// Syntax errors found in the edited files (the embedded ones have none:
    /// a test sees to that).
    pub fn problems(&self) -> Vec<SyntaxError> {
        self.languages
            .iter()
            .flat_map(|l| l.parsed().problems.iter().cloned())
            .collect()
    }

    fn language(&self, locale: Locale) -> Option<&Language> {
        self.languages.iter().find(|l| l.locale == locale)
    }

    fn bundle(&self, locale: Locale) -> Option<&Bundle> {
        self.language(locale).map(|l| &l.parsed().bundle)
    }

    /// Formats message `id` (or `id.attribute`) in `locale`, falling back to
    /// English. What went wrong is pushed onto `issues`.
    pub fn format(
        &self,
        locale: Locale,
        id: &str,
        args: &FluentArgs,
        issues: &mut Vec<TextIssue>,
    ) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let chain = std::iter::once(locale)
            .chain((locale != Locale::EN).then_some(Locale::EN))
            .filter_map(|l| self.bundle(l).map(|b| (l, b)));
        for (used, bundle) in chain {
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            if used != locale {
                issues.push(TextIssue::FellBackToEnglish {
                    locale,
                    id: id.to_owned(),
                });
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if let Some(error) = errors.first() {
                issues.push(TextIssue::Formatting {
                    locale: used,
                    id: id.to_owned(),
                    detail: error.to_string(),
                });
            }
            if self.show_ids {
                return format!("⟦{id}⟧ {text}");
            }
            return text.into_owned();
        }
        issues.push(TextIssue::Missing { id: id.to_owned() });
        String::new()
    }

    /// Formats a message where nobody collects issues (program messages);
    /// fallbacks still happen.
    pub fn plain(&self, locale: Locale, id: &str, args: &FluentArgs) -> String {
        self.format(locale, id, args, &mut Vec::new())
    }

    /// A message without arguments.
    pub fn simple(&self, locale: Locale, id: &str) -> String {
        self.plain(locale, id, &FluentArgs::new())
    }

    /// A date as people write it in `locale`: "23 november 2026",
    /// "23 November 2026".
    pub fn date(&self, locale: Locale, date: Date, issues: &mut Vec<TextIssue>) -> String {
        let mut args = FluentArgs::new();
        let month = self.format(
            locale,
            &format!("month-{}", u8::from(date.month())),
            &FluentArgs::new(),
            issues,
        );
        // A number, so a language may select on it ("1er" in French).
        args.set("day", date.day());
        args.set("month", month);
        args.set("year", date.year().to_string());
        self.format(locale, "date", &args, issues)
    }
}

/// `text` with its first letter in upper case, for a name from a list
/// ("customers") at the start of a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A number argument that plural selectors can see.
pub fn number(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_the_locale_s_own_way() {
        let date = time::macros::date!(2026 - 11 - 23);
        let i18n = I18n::embedded();
        let mut issues = Vec::new();
        assert_eq!(i18n.date(Locale::NL, date, &mut issues), "23 november 2026");
        assert_eq!(i18n.date(Locale::EN, date, &mut issues), "23 November 2026");
        assert!(issues.is_empty(), "{issues:?}");
    }

    #[test]
    fn line_and_column_count_from_one() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn an_unknown_message_is_reported_not_shown() {
        let mut issues = Vec::new();
        let text = I18n::embedded().format(
            Locale::NL,
            "no-such-message",
            &FluentArgs::new(),
            &mut issues,
        );
        assert_eq!(text, "");
        assert_eq!(
            issues,
            vec![TextIssue::Missing {
                id: "no-such-message".into()
            }]
        );
    }
}
