//! The translator's check: does every locale say everything English says,
//! with the same variables, and do its files parse?

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

use super::{FtlFile, SyntaxError};
use crate::model::Locale;

/// What the check found for one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub locale: Option<Locale>,
    pub syntax_errors: Vec<SyntaxError>,
    /// File names English has and this locale lacks.
    pub missing_files: Vec<String>,
    /// Entries (`file: id` or `file: id.attribute`) English has and this
    /// locale lacks.
    pub missing: Vec<String>,
    /// Entries this locale has and English lacks.
    pub extra: Vec<String>,
    /// Entries defined twice in one locale.
    pub duplicates: Vec<String>,
    pub variable_mismatches: Vec<VariableMismatch>,
    /// Entries whose choices (`[none]`, `[BE]`) differ from English's: the
    /// program selects by those names, so a translated `[aucun]` is never
    /// chosen and the default variant is printed instead.
    pub key_mismatches: Vec<KeyMismatch>,
}

/// An entry whose variant names differ from English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMismatch {
    pub entry: String,
    /// Variant names English has and this locale lacks.
    pub missing: Vec<String>,
    /// Variant names this locale has and English does not.
    pub unknown: Vec<String>,
}

/// An entry whose variables differ from English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariableMismatch {
    pub entry: String,
    /// Variables English uses and this locale does not.
    pub missing: Vec<String>,
    /// Variables this locale uses and English does not.
    pub unknown: Vec<String>,
}

impl LocaleReport {
    pub fn is_clean(&self) -> bool {
        self.syntax_errors.is_empty()
            && self.missing_files.is_empty()
            && self.missing.is_empty()
            && self.extra.is_empty()
            && self.duplicates.is_empty()
            && self.variable_mismatches.is_empty()
            && self.key_mismatches.is_empty()
    }
}

/// Entry (`file: id[.attribute]`) → the variables its pattern uses.
type Entries = BTreeMap<String, BTreeSet<String>>;

struct Parsed {
    entries: Entries,
    /// Entry → the names of its variants, plural categories and numbers
    /// left out, as each language has its own.
    keys: Entries,
    files: BTreeSet<String>,
    syntax_errors: Vec<SyntaxError>,
    /// Entries (`file: id`) that could not be read: their syntax error is
    /// their report, so they do not count as missing too.
    broken: BTreeSet<String>,
    /// File → the variables its header promises to every message.
    promised: Entries,
    duplicates: Vec<String>,
}

fn parse_locale(files: &[&FtlFile]) -> Parsed {
    let mut parsed = Parsed {
        entries: Entries::new(),
        keys: Entries::new(),
        files: BTreeSet::new(),
        syntax_errors: Vec::new(),
        broken: BTreeSet::new(),
        promised: Entries::new(),
        duplicates: Vec::new(),
    };
    let mut ids_seen = BTreeSet::new();
    for file in files {
        parsed.files.insert(file.name.clone());
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                parsed
                    .syntax_errors
                    .extend(errors.iter().map(|e| SyntaxError::new(file, e)));
                resource
            }
        };
        parsed
            .promised
            .insert(file.name.clone(), promised_variables(&resource.body));
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => {
                    if let Some(id) = junk_id(content) {
                        parsed.broken.insert(format!("{}: {id}", file.name));
                    }
                    continue;
                }
                _ => continue,
            };
            if !ids_seen.insert(id.clone()) {
                parsed.duplicates.push(format!("{}: {id}", file.name));
                continue;
            }
            if let Some(pattern) = value {
                let entry = format!("{}: {id}", file.name);
                parsed.keys.insert(entry.clone(), variant_names(pattern));
                parsed.entries.insert(entry, variables(pattern));
            }
            for attribute in attributes {
                let entry = format!("{}: {id}.{}", file.name, attribute.id.name);
                parsed
                    .keys
                    .insert(entry.clone(), variant_names(&attribute.value));
                parsed.entries.insert(entry, variables(&attribute.value));
            }
        }
    }
    parsed
}

/// The variables a file's header (its comments before the first message)
/// names as `$name`: the program passes them to every message of the
/// file, so a translation may use them where English does not.
fn promised_variables(body: &[Entry<&str>]) -> BTreeSet<String> {
    let mut promised = BTreeSet::new();
    for entry in body {
        let (Entry::GroupComment(comment) | Entry::ResourceComment(comment)) = entry else {
            break;
        };
        for line in &comment.content {
            for (at, _) in line.match_indices('$') {
                let name: String = line[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() {
                    promised.insert(name);
                }
            }
        }
    }
    promised
}

/// The variables the header of an `.ftl` text promises to every message.
pub fn header_variables(text: &str) -> BTreeSet<String> {
    let body = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource.body,
    };
    promised_variables(&body)
}

/// `file: id` of an entry `file: id.attribute`.
fn without_attribute(entry: &str) -> &str {
    let id_start = entry.find(": ").map_or(0, |at| at + 2);
    match entry[id_start..].find('.') {
        Some(dot) => &entry[..id_start + dot],
        None => entry,
    }
}

/// The id of the message or term an unreadable entry was meant to be.
fn junk_id(content: &str) -> Option<&str> {
    let (id, _) = content.split_once('=')?;
    let id = id.trim();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_pattern(pattern, &mut found);
    found
}

/// The names of the variants of every choice in `pattern`, but the plural
/// categories and numbers, which differ between languages by right.
fn variant_names(pattern: &Pattern<&str>) -> BTreeSet<String> {
    const PLURAL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    fn walk(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } = element
            {
                for variant in variants {
                    if let fluent_syntax::ast::VariantKey::Identifier { name } = &variant.key
                        && !PLURAL.contains(name)
                    {
                        found.insert((*name).to_owned());
                    }
                    walk(&variant.value, found);
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(pattern, &mut found);
    found
}

fn collect_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                collect_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, found),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    let collect_arguments = |arguments: &CallArguments<&str>, found: &mut BTreeSet<String>| {
        for positional in &arguments.positional {
            collect_inline(positional, found);
        }
        for named in &arguments.named {
            collect_inline(&named.value, found);
        }
    };
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, found);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, found),
        InlineExpression::Placeable { expression } => collect_expression(expression, found),
        _ => {}
    }
}

fn of_locale(files: &[FtlFile], locale: Locale) -> Vec<&FtlFile> {
    files.iter().filter(|f| f.locale == locale).collect()
}

/// Checks every locale in `files` against English. English itself is
/// checked for syntax and duplicates; when `files` holds no English file,
/// `reference` (the embedded English) is the measure.
pub fn run(files: &[FtlFile], reference: &[FtlFile]) -> Vec<LocaleReport> {
    let english_files = of_locale(files, Locale::EN);
    let english = if english_files.is_empty() {
        parse_locale(&of_locale(reference, Locale::EN))
    } else {
        parse_locale(&english_files)
    };
    let mut reports = Vec::new();
    let mut locales: Vec<Locale> = files.iter().map(|f| f.locale).collect();
    locales.sort();
    locales.dedup();
    for locale in locales {
        let own = of_locale(files, locale);
        if own.is_empty() {
            continue;
        }
        let parsed = if locale == Locale::EN {
            None
        } else {
            Some(parse_locale(&own))
        };
        let parsed = parsed.as_ref().unwrap_or(&english);
        let mut report = LocaleReport {
            locale: Some(locale),
            syntax_errors: parsed.syntax_errors.clone(),
            duplicates: parsed.duplicates.clone(),
            ..LocaleReport::default()
        };
        if locale != Locale::EN {
            report.missing_files = english.files.difference(&parsed.files).cloned().collect();
            for (entry, english_vars) in &english.entries {
                let file = entry.split(':').next().unwrap_or_default();
                match parsed.entries.get(entry) {
                    // A missing file is reported once, not per entry, and
                    // an entry with a syntax error by that error alone.
                    None if report.missing_files.iter().any(|f| f == file) => {}
                    None if parsed.broken.contains(without_attribute(entry)) => {}
                    None => report.missing.push(entry.clone()),
                    Some(vars) => {
                        let promised = english.promised.get(file);
                        let missing: Vec<String> = english_vars.difference(vars).cloned().collect();
                        let unknown: Vec<String> = vars
                            .difference(english_vars)
                            .filter(|v| !promised.is_some_and(|p| p.contains(*v)))
                            .cloned()
                            .collect();
                        if !missing.is_empty() || !unknown.is_empty() {
                            report.variable_mismatches.push(VariableMismatch {
                                entry: entry.clone(),
                                missing,
                                unknown,
                            });
                        }
                    }
                }
            }
            for (entry, english_keys) in &english.keys {
                if let Some(keys) = parsed.keys.get(entry)
                    && keys != english_keys
                {
                    report.key_mismatches.push(KeyMismatch {
                        entry: entry.clone(),
                        missing: english_keys.difference(keys).cloned().collect(),
                        unknown: keys.difference(english_keys).cloned().collect(),
                    });
                }
            }
            report.extra = parsed
                .entries
                .keys()
                .filter(|entry| !english.entries.contains_key(*entry))
                .cloned()
                .collect();
        }
        reports.push(report);
    }
    reports
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(locale: Locale, name: &str, text: &str) -> FtlFile {
        FtlFile {
            locale,
            name: name.into(),
            path: None,
            text: text.into(),
        }
    }

    #[test]
    fn a_translated_variant_name_is_reported() {
        let files = [
            file(
                Locale::EN,
                "a.ftl",
                "dpo = { $dpo ->\n    [none] No DPO.\n   *[other] A DPO.\n}\n",
            ),
            file(
                Locale::FR,
                "a.ftl",
                "dpo = { $dpo ->\n    [aucun] Pas de DPO.\n   *[other] Un DPO.\n}\n",
            ),
            file(
                Locale::DE,
                "a.ftl",
                "dpo = { $dpo ->\n    [none] Kein DSB.\n   *[other] Ein DSB.\n}\n",
            ),
        ];
        let reports = run(&files, &files);
        let french = reports
            .iter()
            .find(|r| r.locale == Some(Locale::FR))
            .unwrap();
        assert_eq!(
            french.key_mismatches,
            [KeyMismatch {
                entry: "a.ftl: dpo".into(),
                missing: vec!["none".into()],
                unknown: vec!["aucun".into()],
            }]
        );
        let german = reports
            .iter()
            .find(|r| r.locale == Some(Locale::DE))
            .unwrap();
        assert!(german.is_clean(), "{german:#?}");
    }

    #[test]
    fn every_shipped_locale_says_what_english_says() {
        let files = crate::i18n::embedded_files();
        for report in run(&files, &files) {
            assert!(report.is_clean(), "{report:#?}");
        }
    }

    #[test]
    fn finds_missing_extra_and_mismatched_entries() {
        let files = vec![
            file(
                Locale::EN,
                "a.ftl",
                "hello = Hello { $name }\n    .title = Hi\nonly-en = x\n",
            ),
            file(
                Locale::NL,
                "a.ftl",
                "hello = Hallo { $naam }\nonly-nl = y\n",
            ),
        ];
        let reports = run(&files, &[]);
        let nl = reports
            .iter()
            .find(|r| r.locale == Some(Locale::NL))
            .unwrap();
        assert_eq!(nl.missing, vec!["a.ftl: hello.title", "a.ftl: only-en"]);
        assert_eq!(nl.extra, vec!["a.ftl: only-nl"]);
        assert_eq!(
            nl.variable_mismatches,
            vec![VariableMismatch {
                entry: "a.ftl: hello".into(),
                missing: vec!["name".into()],
                unknown: vec!["naam".into()],
            }]
        );
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let files = vec![
            file(Locale::EN, "a.ftl", "ok = fine\n"),
            file(Locale::NL, "a.ftl", "ok = prima\nbroken = { $x\n"),
        ];
        let reports = run(&files, &[]);
        let nl = reports
            .iter()
            .find(|r| r.locale == Some(Locale::NL))
            .unwrap();
        assert_eq!(nl.syntax_errors.len(), 1);
        assert_eq!(nl.syntax_errors[0].file, "nl/a.ftl");
        assert_eq!(nl.syntax_errors[0].line, 2);
    }

    #[test]
    fn a_broken_message_is_one_syntax_error_and_not_also_missing() {
        let files = vec![
            file(
                Locale::EN,
                "a.ftl",
                "ok = fine\nbroken = Hello { $x }\n    .title = T\n",
            ),
            file(
                Locale::NL,
                "a.ftl",
                "ok = prima\nbroken = Hallo { $x\n    .title = T\n",
            ),
        ];
        let reports = run(&files, &[]);
        let nl = reports
            .iter()
            .find(|r| r.locale == Some(Locale::NL))
            .unwrap();
        assert_eq!(nl.syntax_errors.len(), 1, "{nl:#?}");
        assert!(nl.missing.is_empty(), "{nl:#?}");
    }

    #[test]
    fn a_translation_may_use_what_the_header_promises_and_nothing_else() {
        let english = "## Arguments every message may use:\n##   $org  the name\n\nhello = Hello\nbye = Bye\n";
        let files = vec![
            file(Locale::EN, "a.ftl", english),
            file(
                Locale::NL,
                "a.ftl",
                "hello = Hallo van { $org }\nbye = Dag { $naam }\n",
            ),
        ];
        let reports = run(&files, &[]);
        let nl = reports
            .iter()
            .find(|r| r.locale == Some(Locale::NL))
            .unwrap();
        assert_eq!(
            nl.variable_mismatches,
            vec![VariableMismatch {
                entry: "a.ftl: bye".into(),
                missing: vec![],
                unknown: vec!["naam".into()],
            }]
        );
    }

    #[test]
    fn variables_inside_selectors_count() {
        let files = vec![
            file(
                Locale::EN,
                "a.ftl",
                "n = { $count ->\n    [one] one { $what }\n   *[other] many\n}\n",
            ),
            file(
                Locale::NL,
                "a.ftl",
                "n = { $count ->\n    [one] één\n   *[other] veel\n}\n",
            ),
        ];
        let reports = run(&files, &[]);
        let nl = reports
            .iter()
            .find(|r| r.locale == Some(Locale::NL))
            .unwrap();
        assert_eq!(nl.variable_mismatches[0].missing, vec!["what"]);
    }
}
