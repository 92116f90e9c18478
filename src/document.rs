//! The document IR: what a privacy statement or cookie policy says, with
//! every word decided, and nothing about how it looks. [`build`] makes one
//! from a project; the exporters and the preview only lay it out.

mod build;
mod outline;

use crate::i18n::{I18n, TextIssue};
use crate::identifier;
use crate::model::Locale;

pub use build::{COMMON_SECTION, build, category_sentences, record};
pub use outline::{Block as OutlineBlock, Condition, Outline};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
pub enum DocumentKind {
    PrivacyStatement,
    CookiePolicy,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 2] = [DocumentKind::PrivacyStatement, DocumentKind::CookiePolicy];

    /// The file stem of exports and of its outline in templates/.
    pub fn slug(self) -> &'static str {
        match self {
            DocumentKind::PrivacyStatement => "privacy-statement",
            DocumentKind::CookiePolicy => "cookie-policy",
        }
    }

    /// The kind whose [`slug`](Self::slug) is `slug`.
    pub fn from_slug(slug: &str) -> Option<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.slug() == slug)
    }
}

/// A finished document in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub locale: Locale,
    pub title: String,
    /// The organisation the document is about.
    pub organisation: String,
    /// A line under the title: version and date of effect.
    pub subtitle: String,
    /// The heading of the table of contents.
    pub contents_title: String,
    /// A line for the foot of every printed page: title, organisation,
    /// version and date.
    pub footer: String,
    /// The page number as printed, with `{page}` and `{total}` where the
    /// numbers go ("Pagina {page} van {total}").
    pub page_label: String,
    /// "Draft — not for publication", in the document's language, while
    /// the project has errors; every exporter shows it in the title block
    /// and on every page.
    pub draft: Option<String>,
    pub sections: Vec<Section>,
    /// What could not be said as asked: texts that fell back to another
    /// language, unknown countries. Empty for a complete project.
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// A stable anchor, the same in every language.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Text),
    /// A heading inside a section.
    Subheading {
        id: String,
        title: String,
    },
    List(Vec<Text>),
    /// Label and value pairs, such as contact details.
    Details(Vec<(String, Text)>),
    Table(Table),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Text>>,
}

/// A run of inline text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Vec<Span>);

#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    Plain(String),
    Strong(String),
    Link {
        text: String,
        target: LinkTarget,
    },
    /// A line break inside a table cell or list item.
    Break,
    /// A placeholder where an answer is missing ("[To be answered: ...]"),
    /// shown so that nobody mistakes it for text.
    Missing(String),
}

/// Where a link goes. Only web addresses, e-mail addresses and the other
/// document of the same project can be linked to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// An `http:`, `https:` or `mailto:` URL, checked by [`LinkTarget::url`].
    Url(String),
    /// The other document, in the same language.
    Sibling(DocumentKind),
}

impl LinkTarget {
    /// A link to `url` if [`identifier::is_link`] accepts it.
    pub fn url(url: &str) -> Option<LinkTarget> {
        identifier::is_link(url).then(|| LinkTarget::Url(url.trim().to_owned()))
    }

    /// A mailto link for an address that [`identifier::is_email`] accepts.
    pub fn email(address: &str) -> Option<LinkTarget> {
        identifier::is_email(address).then(|| LinkTarget::Url(format!("mailto:{}", address.trim())))
    }
}

/// Something a user should know about a built document.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    Text(TextIssue),
    /// A user's text had no version in this language; another was used.
    UntranslatedAnswer {
        field: String,
        used: Locale,
    },
    /// A country code policywright has no name for.
    UnknownCountry(String),
}

impl Notice {
    /// The notice in words, in `locale`.
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        let id = match self {
            Notice::Text(issue) => return issue.describe(i18n, locale),
            Notice::UntranslatedAnswer { field, used } => {
                let item = crate::check::Item {
                    path: field.clone(),
                    label: None,
                };
                args.set("field", item.place(i18n, locale));
                args.set(
                    "used",
                    i18n.simple(locale, &format!("app-language-{}", used.code())),
                );
                "notice-untranslated-answer"
            }
            Notice::UnknownCountry(code) => {
                args.set("code", code.as_str());
                "notice-unknown-country"
            }
        };
        i18n.plain(locale, id, &args)
    }
}

impl Text {
    pub fn plain(text: impl Into<String>) -> Text {
        Text(vec![Span::Plain(text.into())])
    }

    /// The text without markup, as a reader would copy it.
    pub fn to_plain_string(&self) -> String {
        self.0
            .iter()
            .map(|span| match span {
                Span::Plain(t)
                | Span::Strong(t)
                | Span::Missing(t)
                | Span::Link { text: t, .. } => t.as_str(),
                Span::Break => "\n",
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|span| match span {
            Span::Plain(t) | Span::Strong(t) | Span::Link { text: t, .. } => t.is_empty(),
            Span::Missing(_) => false,
            Span::Break => true,
        })
    }
}

impl Document {
    /// The whole document as plain text, for tests and search.
    pub fn to_plain_string(&self) -> String {
        let mut out = format!("{}\n{}\n", self.title, self.subtitle);
        if let Some(draft) = &self.draft {
            out.push_str(&format!("{draft}\n"));
        }
        for section in &self.sections {
            out.push_str(&format!("\n{}\n", section.title));
            for block in &section.blocks {
                match block {
                    Block::Paragraph(text) => {
                        out.push_str(&format!("{}\n", text.to_plain_string()))
                    }
                    Block::Subheading { title, .. } => out.push_str(&format!("{title}\n")),
                    Block::List(items) => {
                        for item in items {
                            out.push_str(&format!("- {}\n", item.to_plain_string()));
                        }
                    }
                    Block::Details(pairs) => {
                        for (label, value) in pairs {
                            out.push_str(&format!("{label}: {}\n", value.to_plain_string()));
                        }
                    }
                    Block::Table(table) => {
                        out.push_str(&format!("{}\n", table.columns.join(" | ")));
                        for row in &table.rows {
                            let cells: Vec<_> = row.iter().map(Text::to_plain_string).collect();
                            out.push_str(&format!("{}\n", cells.join(" | ")));
                        }
                    }
                }
            }
        }
        out
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_accepted() {
        assert!(LinkTarget::url("https://example.be/privacy").is_some());
        assert!(LinkTarget::url("mailto:info@example.be").is_some());
        assert!(LinkTarget::url("javascript:alert(1)").is_none());
        assert!(LinkTarget::url("JaVaScRiPt:alert(1)").is_none());
        assert!(LinkTarget::url("data:text/html,x").is_none());
        assert!(LinkTarget::url("https://exa mple.be").is_none());
        assert!(LinkTarget::url("https://").is_none());
        assert!(LinkTarget::url("www.example.be").is_none());
    }

    #[test]
    fn e_mail_links_need_a_plausible_address() {
        assert!(LinkTarget::email("privacy@bakkerij.be").is_some());
        assert!(LinkTarget::email("privacy@localhost").is_none());
        assert!(LinkTarget::email("a@b.be?subject=x").is_none());
        assert!(LinkTarget::email("not an address").is_none());
    }
}
