//! Cookie import: the cookies a browser or a cookie scanner found on a
//! website, matched against the catalogue. Known cookies are filled in
//! completely, with their service's recipient; unknown ones are added as
//! unclassified for the owner to complete.
//!
//! Two inputs are read: a plain list, one name per line, and a table (CSV)
//! as developer tools and scanners export it, with `,`, `;` or tabs
//! between the columns, quotes where needed, and a header row that says
//! which column holds the name and which the domain. A byte order mark,
//! Windows line ends, blank lines and repeated names do no harm; lines that
//! hold no cookie name are reported with their number and left out.

use std::collections::HashSet;

use super::project;
use super::{KnownCookie, Service, catalog};
use crate::i18n::I18n;
use crate::model::{Cookie, CookieCategory, LocalText, Party, Project, StorageKind};

/// Header cells that name the column with the cookie's name, in the
/// spellings of browsers and common scanners (lower case).
const NAME_HEADERS: [&str; 7] = [
    "name",
    "cookie",
    "cookie name",
    "cookie id",
    "cookiename",
    "naam",
    "cookienaam",
];
/// Header cells that name the column with the cookie's domain.
const DOMAIN_HEADERS: [&str; 5] = ["domain", "domein", "host", "cookie domain", "host/domain"];
/// How far down a title or a note may push the header row.
const HEADER_SEARCH_ROWS: usize = 5;
/// Longer than any real cookie name; longer lines are text, not names.
const MAX_NAME_LENGTH: usize = 200;

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Names of the cookies filled in from the catalogue (its patterns,
    /// such as `_ga_*`, where the name ends in a site number).
    pub matched: Vec<String>,
    /// Names added as unclassified, for the owner to complete.
    pub unknown: Vec<String>,
    /// Names the file repeats (counted from their second occurrence).
    pub duplicates: usize,
    /// Names the project already described.
    pub already_present: usize,
    /// Recipients added because a known cookie's service was missing.
    pub recipients_added: Vec<LocalText>,
    /// Lines that hold no cookie, with why.
    pub ignored: Vec<IgnoredLine>,
}

impl ImportReport {
    pub fn changed(&self) -> bool {
        !self.matched.is_empty() || !self.unknown.is_empty()
    }
}

/// A line of the input left out of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoredLine {
    /// Counted from 1, as editors show it.
    pub line: usize,
    /// The line's text, or the cell that was taken for a name.
    pub text: String,
    pub reason: IgnoreReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IgnoreReason {
    /// Spaces, quotes, `=` or other characters no cookie name has.
    NotACookieName,
    /// A table row whose name column is empty or missing.
    NoName,
    /// A line above the header row of a table, such as a title.
    BeforeHeader,
}

impl IgnoreReason {
    /// The suffix of its Fluent message.
    pub fn key(self) -> &'static str {
        match self {
            IgnoreReason::NotACookieName => "not-a-cookie-name",
            IgnoreReason::NoName => "no-name",
            IgnoreReason::BeforeHeader => "before-header",
        }
    }
}

/// A cookie found in the input: its name and, from a table, its domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCookie {
    pub line: usize,
    pub name: String,
    pub domain: Option<String>,
}

/// Whether `text` can be a cookie's name: visible ASCII without the
/// characters HTTP reserves as separators (RFC 6265 §4.1.1, a token).
/// A `*` passes, so a list may name a pattern as the catalogue does.
pub fn is_cookie_name(text: &str) -> bool {
    const SEPARATORS: &str = "()<>@,;:\\\"/[]?={}";
    !text.is_empty()
        && text.len() <= MAX_NAME_LENGTH
        && text
            .chars()
            .all(|c| c.is_ascii_graphic() && !SEPARATORS.contains(c))
}

/// Reads the cookies out of `text`, a plain list or a table.
pub fn parse(text: &str) -> (Vec<FoundCookie>, Vec<IgnoredLine>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Files saved on old Macs end lines with a lone `\r`, which `str::lines`
    // would keep inside the line; one kind of line end serves both readers.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    match separator(&text) {
        Some(separator) => parse_table(&text, separator),
        None => parse_list(&text),
    }
}

/// The column separator of a table: the one of `;`, tab and `,` found on
/// at least half of the non-blank lines (the most often when several
/// are); `None` for a plain list.
fn separator(text: &str) -> Option<char> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut best: Option<(char, usize)> = None;
    for candidate in [';', '\t', ','] {
        let count = lines.iter().filter(|l| l.contains(candidate)).count();
        if count > 0 && count * 2 >= lines.len() && best.is_none_or(|(_, most)| count > most) {
            best = Some((candidate, count));
        }
    }
    best.map(|(found, _)| found)
}

fn parse_list(text: &str) -> (Vec<FoundCookie>, Vec<IgnoredLine>) {
    let mut found = Vec::new();
    let mut ignored = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let name = unquote(line.trim());
        if name.is_empty() {
            continue;
        }
        if is_cookie_name(name) {
            found.push(FoundCookie {
                line: index + 1,
                name: name.to_owned(),
                domain: None,
            });
        } else {
            ignored.push(IgnoredLine {
                line: index + 1,
                text: line.trim().to_owned(),
                reason: IgnoreReason::NotACookieName,
            });
        }
    }
    (found, ignored)
}

fn parse_table(text: &str, separator: char) -> (Vec<FoundCookie>, Vec<IgnoredLine>) {
    let records: Vec<(usize, Vec<String>)> = records(text, separator)
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let header = records
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .position(|(_, cells)| column(cells, &NAME_HEADERS).is_some());
    let (name_column, domain_column, first_row) = match header {
        Some(at) => {
            let cells = &records[at].1;
            (
                column(cells, &NAME_HEADERS),
                column(cells, &DOMAIN_HEADERS),
                at + 1,
            )
        }
        // Without a header, the name comes first, as browsers copy rows.
        None => (Some(0), None, 0),
    };
    let mut found = Vec::new();
    let mut ignored: Vec<IgnoredLine> = records[..first_row.saturating_sub(1)]
        .iter()
        .map(|(line, cells)| IgnoredLine {
            line: *line,
            text: cells.join(&separator.to_string()),
            reason: IgnoreReason::BeforeHeader,
        })
        .collect();
    for (line, cells) in &records[first_row..] {
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let Some(name) = cell(name_column) else {
            ignored.push(IgnoredLine {
                line: *line,
                text: cells.join(&separator.to_string()),
                reason: IgnoreReason::NoName,
            });
            continue;
        };
        if !is_cookie_name(name) {
            ignored.push(IgnoredLine {
                line: *line,
                text: name.to_owned(),
                reason: IgnoreReason::NotACookieName,
            });
            continue;
        }
        found.push(FoundCookie {
            line: *line,
            name: name.to_owned(),
            domain: cell(domain_column).map(str::to_owned),
        });
    }
    (found, ignored)
}

/// The column whose header cell is one of `headers`.
fn column(cells: &[String], headers: &[&str]) -> Option<usize> {
    cells
        .iter()
        .position(|c| headers.contains(&c.trim().to_lowercase().as_str()))
}

/// Splits CSV text into records, each with the line it starts on. Quoted
/// cells may hold the separator, doubled quotes and line breaks. A record
/// the reader cannot make sense of ends the table; what came before stays.
/// Line ends must be `\n` alone (as [`parse`] makes them): after a `\r\n`
/// the reader numbers the next record's line one too low.
fn records(text: &str, separator: char) -> Vec<(usize, Vec<String>)> {
    let Ok(delimiter) = u8::try_from(separator) else {
        return Vec::new();
    };
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .into_records()
        .map_while(Result::ok)
        .map(|record| {
            let line = record.position().map_or(0, |p| p.line() as usize);
            (line, record.iter().map(str::to_owned).collect())
        })
        .collect()
}

/// `text` without one pair of surrounding double or single quotes.
fn unquote(text: &str) -> &str {
    ['"', '\'']
        .iter()
        .find_map(|q| text.strip_prefix(*q).and_then(|rest| rest.strip_suffix(*q)))
        .map_or(text, str::trim)
}

/// Adds the cookies in `text` to `project`, and says what it did.
pub fn import(project: &mut Project, text: &str, i18n: &I18n) -> ImportReport {
    let (found, ignored) = parse(text);
    let mut report = ImportReport {
        ignored,
        ..ImportReport::default()
    };
    let mut seen = HashSet::new();
    for cookie in found {
        match best_match(project, &cookie.name) {
            Some((service, known)) => {
                if !seen.insert(known.name.as_str().to_owned()) {
                    report.duplicates += 1;
                } else if project::has_cookie(project, known)
                    || project::project_covers(project, &cookie.name)
                {
                    report.already_present += 1;
                } else {
                    add_known(project, service, known, i18n, &mut report);
                }
            }
            None => {
                if !seen.insert(cookie.name.clone()) {
                    report.duplicates += 1;
                } else if project::project_covers(project, &cookie.name) {
                    report.already_present += 1;
                } else {
                    let new = unknown(project, &cookie);
                    report.unknown.push(new.name.clone());
                    project.cookies.push(new);
                }
            }
        }
    }
    report
}

/// The catalogue cookie that `name` is. Where two services set it, the one
/// the project already uses wins, else the first in the catalogue.
fn best_match(project: &Project, name: &str) -> Option<(&'static Service, &'static KnownCookie)> {
    let candidates = catalog().identify(name);
    candidates
        .iter()
        .find(|(service, _)| project::is_in_project(project, service))
        .or_else(|| candidates.first())
        .copied()
}

fn add_known(
    project: &mut Project,
    service: &Service,
    known: &KnownCookie,
    i18n: &I18n,
    report: &mut ImportReport,
) {
    if project::existing_recipient(project, service).is_none()
        && let Some(recipient) = project::recipient(service, i18n)
    {
        report.recipients_added.push(recipient.name.clone());
        project.recipients.push(recipient);
    }
    let new = project::cookie(service, known, project, i18n);
    report.matched.push(new.name.clone());
    project.cookies.push(new);
}

/// An unknown cookie, left for the owner to describe. Its domain, when the
/// input gives one, tells whether the organisation's own website sets it.
fn unknown(project: &Project, found: &FoundCookie) -> Cookie {
    let domain = found
        .domain
        .as_deref()
        .map(|d| d.trim().trim_start_matches('.').to_lowercase())
        .filter(|d| !d.is_empty());
    let (party, provider) = match &domain {
        Some(domain) if is_own_domain(project, domain) => {
            (Party::First, project.organisation.name.clone())
        }
        Some(domain) => (Party::Third, domain.clone()),
        None => (Party::First, String::new()),
    };
    Cookie {
        name: found.name.clone(),
        provider,
        // Kept as the input wrote it, with its leading dot.
        domain: found
            .domain
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned),
        names_unknown: false,
        party,
        category: CookieCategory::Unclassified,
        purpose: LocalText::default(),
        duration: None,
        duration_range: None,
        storage: StorageKind::Cookie,
        from_catalog: None,
        catalog_fingerprint: None,
    }
}

/// Whether `domain` belongs to one of the organisation's websites: the same
/// host, one of its subdomains, or the domain a subdomain belongs to.
fn is_own_domain(project: &Project, domain: &str) -> bool {
    project.organisation.websites.iter().any(|website| {
        let after_scheme = website
            .split_once("://")
            .map_or(website.as_str(), |(_, rest)| rest);
        let host = after_scheme
            .split(['/', ':', '?', '#'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let site = host.strip_prefix("www.").unwrap_or(&host);
        !site.is_empty()
            && (domain == site
                || domain.ends_with(&format!(".{site}"))
                || site.ends_with(&format!(".{domain}")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_names_are_http_tokens() {
        assert!(is_cookie_name("_ga_ABC123"));
        assert!(is_cookie_name("__Secure-3PSID"));
        assert!(is_cookie_name("_pk_id.1.a1b2"));
        assert!(!is_cookie_name("two words"));
        assert!(!is_cookie_name("name=value"));
        assert!(!is_cookie_name("caf\u{e9}"));
        assert!(!is_cookie_name(""));
    }

    #[test]
    fn quoted_cells_keep_separators_quotes_and_line_breaks() {
        let text = "\"a;b\";\"say \"\"hi\"\"\"\n\"two\nlines\";x\n";
        let records = records(text, ';');
        assert_eq!(records[0], (1, vec!["a;b".into(), "say \"hi\"".into()]));
        assert_eq!(records[1], (2, vec!["two\nlines".into(), "x".into()]));
    }

    #[test]
    fn every_kind_of_line_end_ends_a_line() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["name;domain", "_ga;.x.be", "_gid;.x.be", ""].join(end);
            let (found, ignored) = parse(&text);
            let names: Vec<_> = found.iter().map(|f| (f.line, f.name.as_str())).collect();
            assert_eq!(names, [(2, "_ga"), (3, "_gid")], "{end:?}");
            assert_eq!(found[0].domain.as_deref(), Some(".x.be"), "{end:?}");
            assert!(ignored.is_empty(), "{end:?}");
        }
        let (found, _) = parse("_ga\r_gid\r");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn a_list_with_a_stray_comma_is_still_a_list() {
        assert_eq!(separator("_ga\n_gid\nfoo, bar\n_fbp\n"), None);
        assert_eq!(separator("name;domain\n_ga;.x.be\n"), Some(';'));
        assert_eq!(separator("name\tdomain\n_ga\t.x.be\n"), Some('\t'));
    }
}
