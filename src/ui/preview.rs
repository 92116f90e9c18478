//! The live preview: the same document IR the exporters use, drawn as
//! widgets. It is rebuilt in `update` when the answers change, never in
//! `view`.

use iced::widget::operation::{self, RelativeOffset};
use iced::widget::{button, column, container, row, rule, scrollable, text};
use iced::{Element, Font, Length, Task};

use super::{Step, UI_FONT};
use crate::document::{self, Block, Document, DocumentKind, Span, Text};
use crate::i18n::I18n;
use crate::model::{Locale, Project};
use crate::ui::theme;

pub struct Preview {
    pub kind: DocumentKind,
    pub locale: Locale,
    pub document: Option<Document>,
    /// The languages the project's documents are written in: the ones the
    /// preview offers.
    pub languages: Vec<Locale>,
    /// Where the cookie policy is published, when the owner publishes it
    /// elsewhere and it is the document shown: there is none to draw.
    pub elsewhere: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Kind(DocumentKind),
    Locale(Locale),
}

impl Preview {
    pub fn new(locale: Locale) -> Preview {
        Preview {
            kind: DocumentKind::PrivacyStatement,
            locale,
            document: None,
            languages: vec![locale],
            elsewhere: None,
        }
    }

    pub fn rebuild(&mut self, project: &Project) {
        self.languages.clone_from(&project.document.languages);
        if !self.languages.contains(&self.locale)
            && let Some(first) = self.languages.first()
        {
            self.locale = *first;
        }
        self.elsewhere = project
            .cookie_policy_elsewhere
            .clone()
            .filter(|_| self.kind == DocumentKind::CookiePolicy);
        if self.elsewhere.is_some() {
            self.document = None;
            return;
        }
        self.document = Some(document::build(
            project,
            &super::texts::current(),
            self.locale,
            self.kind,
        ));
    }

    /// Shows the document `step` writes, scrolled to the first of its
    /// sections: the cookie policy for the cookies step, the privacy
    /// statement for the others.
    pub fn follow(&mut self, step: Step, project: &Project) -> Task<super::Message> {
        let kind = match step {
            Step::Cookies => DocumentKind::CookiePolicy,
            _ => DocumentKind::PrivacyStatement,
        };
        if kind != self.kind {
            self.kind = kind;
            self.rebuild(project);
        }
        let sections: &[&str] = match step {
            Step::Organisation => &["controller"],
            Step::Data => &["data"],
            Step::Purposes => &["purposes"],
            Step::Recipients => &["recipients"],
            Step::Cookies => &["categories", "cookie-list"],
            Step::Rights => &["dpo", "rights"],
            Step::Review => &[],
        };
        let first = self.document.as_ref().and_then(|document| {
            document
                .sections
                .iter()
                .find(|section| sections.contains(&section.id.as_str()))
        });
        match first {
            Some(section) => super::reveal::reveal(PREVIEW, section_id(&section.id)),
            None => operation::snap_to(PREVIEW, RelativeOffset::START),
        }
    }

    pub fn update(&mut self, message: Message, project: &Project) {
        match message {
            Message::Kind(kind) => self.kind = kind,
            Message::Locale(locale) => self.locale = locale,
        }
        self.rebuild(project);
    }
}

/// The preview's scrollable.
pub const PREVIEW: &str = "preview";

/// Where the first of `ids` starts, as a share of the document's length,
/// estimated from the length of the text before it: iced scrolls by
/// offsets, and the preview draws no anchors it could scroll to.
/// The heading of the section `id` in the preview, for scrolling to it.
fn section_id(id: &str) -> iced::widget::Id {
    iced::widget::Id::from(format!("preview-{id}"))
}

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..UI_FONT
};

/// The colour of placeholders, as in the exported documents.
const MISSING: iced::Color = iced::Color::from_rgb(0.49, 0.18, 0.07);

/// A text as the documents show it: strong parts bold, placeholders
/// marked so nobody mistakes them for text.
fn inline<'a, M: 'a>(value: &Text, size: f32) -> Element<'a, M> {
    let spans = value.0.iter().map(|span| match span {
        Span::Plain(t) | Span::Link { text: t, .. } => iced::widget::span(t.clone()),
        Span::Strong(t) => iced::widget::span(t.clone()).font(BOLD),
        Span::Missing(t) => iced::widget::span(t.clone())
            .font(BOLD)
            .color(MISSING)
            .background(iced::Color::from_rgb(1.0, 0.95, 0.78)),
        Span::Break => iced::widget::span("\n"),
    });
    iced::widget::rich_text::<(), M, iced::Theme, iced::Renderer>(spans.collect::<Vec<_>>())
        .size(size)
        .into()
}

fn block<'a, M: 'a>(block: &Block) -> Element<'a, M> {
    match block {
        Block::Paragraph(value) => inline(value, 13.0),
        Block::Subheading { title, .. } => text(title.clone()).size(14).font(BOLD).into(),
        Block::List(items) => column(items.iter().map(|item| {
            row![text("•").size(13), inline(item, 13.0)]
                .spacing(6)
                .into()
        }))
        .spacing(3)
        .into(),
        Block::Details(pairs) => column(pairs.iter().map(|(label, value)| {
            row![
                text(label.clone()).size(13).font(BOLD).width(175),
                inline(value, 13.0),
            ]
            .into()
        }))
        .spacing(2)
        .into(),
        Block::Table(table) => {
            let header = row(table.columns.iter().map(|c| {
                text(c.clone())
                    .size(12)
                    .font(BOLD)
                    .width(Length::Fill)
                    .into()
            }))
            .spacing(8);
            let rows = table.rows.iter().map(|cells| {
                row(cells
                    .iter()
                    .map(|c| container(inline(c, 12.0)).width(Length::Fill).into()))
                .spacing(8)
                .into()
            });
            column![header, rule::horizontal(1), column(rows).spacing(6)]
                .spacing(4)
                .into()
        }
    }
}

/// The preview reads like a page: dark text on white.
fn paper(theme: &iced::Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style::default()
        .background(palette.background.base.color)
        .color(palette.background.base.text)
}

pub fn view<'a>(preview: &'a Preview, i18n: &I18n, ui: Locale) -> Element<'a, super::Message> {
    let choice = |label: String, chosen: bool, message: Message| {
        button(text(label).size(12))
            .style(if chosen {
                button::primary
            } else {
                theme::outlined
            })
            .on_press(super::Message::Preview(message))
    };
    let mut switches = row![].spacing(4);
    for kind in DocumentKind::ALL {
        let id = match kind {
            DocumentKind::PrivacyStatement => "app-preview-privacy",
            DocumentKind::CookiePolicy => "app-preview-cookies",
        };
        switches = switches.push(choice(
            i18n.simple(ui, id),
            preview.kind == kind,
            Message::Kind(kind),
        ));
    }
    switches = switches
        .push(container(text(i18n.simple(ui, "app-preview-language")).size(12)).padding([4, 8]));
    for &locale in &preview.languages {
        switches = switches.push(choice(
            locale.code().to_uppercase(),
            preview.locale == locale,
            Message::Locale(locale),
        ));
    }
    let mut page = column![].spacing(10).padding([16, 20]);
    if let Some(address) = &preview.elsewhere {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("address", address.as_str());
        page =
            page.push(text(i18n.plain(ui, "app-preview-cookie-policy-elsewhere", &args)).size(14));
    }
    if let Some(document) = &preview.document {
        page = page
            .push(text(document.title.clone()).size(22).font(BOLD))
            .push(text(document.organisation.clone()).size(15).font(BOLD))
            .push(text(document.subtitle.clone()).size(12));
        if let Some(draft) = &document.draft {
            page = page.push(
                container(text(draft.clone()).size(14).font(BOLD))
                    .padding([6, 10])
                    .width(Length::Fill)
                    .style(container::danger),
            );
        }
        for section in &document.sections {
            page = page.push(
                container(text(section.title.clone()).size(16).font(BOLD))
                    .id(section_id(&section.id)),
            );
            for b in &section.blocks {
                page = page.push(block(b));
            }
        }
    }
    column![
        container(switches).padding([8, 12]),
        rule::horizontal(1),
        scrollable(container(page).style(paper))
            .id(PREVIEW)
            .height(Length::Fill),
    ]
    .into()
}
