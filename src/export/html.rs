//! HTML: a standalone page with its stylesheet, or a fragment to paste into
//! an existing website. Every text is escaped; only checked links are
//! written as links.

use std::fmt::Write;

use crate::document::{Block, Document, LinkTarget, Span, Text};
use crate::model::Locale;

const STYLESHEET: &str = include_str!("../../templates/document.css");

#[derive(Clone, Debug, Default)]
pub struct HtmlOptions {
    /// Write only the `<article>`, to paste into a page that has its own
    /// `<head>`; the page then needs `templates/document.css` or its own
    /// styles.
    pub fragment: bool,
}

/// Writes `document` as HTML.
pub fn html(document: &Document, options: &HtmlOptions) -> String {
    let mut out = String::with_capacity(16 * 1024);
    if !options.fragment {
        let lang = document.locale.code();
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<meta name=\"generator\" content=\"policywright {}\">\n\
             <style>\n{STYLESHEET}</style>\n</head>\n<body>\n<main>\n",
            escape(&page_title(document)),
            env!("CARGO_PKG_VERSION"),
        );
    }
    let _ = writeln!(
        out,
        "<article class=\"policywright\" lang=\"{}\">",
        document.locale.code()
    );
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"pw-organisation\">{}</p>\n<p class=\"pw-subtitle\">{}</p>\n</header>",
        escape(&document.title),
        escape(&document.organisation),
        escape(&document.subtitle),
    );
    if let Some(draft) = &document.draft {
        let _ = writeln!(out, "<p class=\"pw-draft\">{}</p>", escape(draft));
    }
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"pw-contents\">\n<h2 id=\"pw-contents\">{}</h2>\n<ol>",
        escape(&document.contents_title)
    );
    for section in &document.sections {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            escape(&section.id),
            escape(&section.title)
        );
    }
    out.push_str("</ol>\n</nav>\n");
    for section in &document.sections {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>",
            escape(&section.id),
            escape(&section.title)
        );
        for block in &section.blocks {
            write_block(&mut out, block, document.locale);
        }
        out.push_str("</section>\n");
    }
    // Repeated at the foot of the page, and of every printed page.
    if let Some(draft) = &document.draft {
        let _ = writeln!(
            out,
            "<p class=\"pw-draft pw-draft-foot\">{}</p>",
            escape(draft)
        );
    }
    out.push_str("</article>\n");
    // A standalone page keeps all its content in the main landmark, so
    // screen readers can jump to it; a fragment lives in the embedding
    // page's landmarks.
    if !options.fragment {
        out.push_str("</main>\n</body>\n</html>\n");
    }
    out
}

/// "Privacy statement · Bakkerij Janssens", or the title alone while the
/// organisation has no name.
fn page_title(document: &Document) -> String {
    match document.organisation.trim() {
        "" => document.title.clone(),
        organisation => format!("{} · {organisation}", document.title),
    }
}

fn write_block(out: &mut String, block: &Block, locale: Locale) {
    match block {
        Block::Paragraph(text) => {
            out.push_str("<p>");
            write_text(out, text, locale);
            out.push_str("</p>\n");
        }
        Block::Subheading { id, title } => {
            let _ = writeln!(out, "<h3 id=\"{}\">{}</h3>", escape(id), escape(title));
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str("<li>");
                write_text(out, item, locale);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Details(pairs) => {
            out.push_str("<dl>\n");
            for (label, value) in pairs {
                let _ = write!(out, "<dt>{}</dt><dd>", escape(label));
                write_text(out, value, locale);
                out.push_str("</dd>\n");
            }
            out.push_str("</dl>\n");
        }
        Block::Table(table) => {
            out.push_str("<div class=\"pw-table\">\n<table>\n<thead>\n<tr>");
            for column in &table.columns {
                let _ = write!(out, "<th scope=\"col\">{}</th>", escape(column));
            }
            out.push_str("</tr>\n</thead>\n<tbody>\n");
            for row in &table.rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str("<td>");
                    write_text(out, cell, locale);
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n</div>\n");
        }
    }
}

fn write_text(out: &mut String, text: &Text, locale: Locale) {
    for span in &text.0 {
        match span {
            Span::Plain(t) => out.push_str(&escape(t)),
            Span::Strong(t) => {
                let _ = write!(out, "<strong>{}</strong>", escape(t));
            }
            Span::Link { text, target } => {
                let href = match target {
                    LinkTarget::Url(url) => url.clone(),
                    LinkTarget::Sibling(kind) => super::file_name(*kind, locale, "html"),
                };
                let _ = write!(out, "<a href=\"{}\">{}</a>", escape(&href), escape(text));
            }
            Span::Break => out.push_str("<br>"),
            Span::Missing(t) => {
                let _ = write!(out, "<mark class=\"pw-missing\">{}</mark>", escape(t));
            }
        }
    }
}

/// Escapes text for use in HTML content and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}
