//! Setting type: breaking text into lines on real glyph advances, and
//! composing lines, lists, tables and headings onto pages. Positions are
//! worked out top-down in points and turned into PDF coordinates (origin at
//! the bottom left) only when an operation is written.

use std::collections::BTreeSet;

use printpdf::{
    Actions, BorderArray, Color, FontId, Line, LinePoint, LinkAnnotation, Op, PaintMode,
    PdfFontHandle, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use super::fonts::{Style, drawable, face};
use crate::document::{Span, Text};

/// A colour as red, green and blue from 0 to 1.
pub type Colour = [f32; 3];

pub const INK: Colour = [0.114, 0.141, 0.188];
pub const MUTED: Colour = [0.353, 0.392, 0.447];
pub const RULE: Colour = [0.835, 0.855, 0.882];
pub const SHADE: Colour = [0.953, 0.961, 0.973];
pub const WHITE: Colour = [1.0, 1.0, 1.0];

/// Sizes in points.
pub const BODY: f32 = 10.0;
pub const BODY_LEADING: f32 = 14.5;
pub const TABLE: f32 = 8.5;
pub const TABLE_LEADING: f32 = 11.5;
const CELL_PAD_X: f32 = 4.5;
const CELL_PAD_Y: f32 = 3.5;
const PARAGRAPH_GAP: f32 = 6.0;

/// A run of text in one style, with no spaces in it.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    style: Style,
    link: Option<String>,
}

/// Text between two spaces, possibly in several styles ("privacy@x.be.").
#[derive(Clone, Debug, Default)]
struct Word {
    pieces: Vec<Piece>,
    width: f32,
}

#[derive(Clone, Debug)]
enum Token {
    Word(Word),
    Break,
}

/// One line of set text.
#[derive(Clone, Debug, Default)]
pub struct SetLine {
    words: Vec<Word>,
    /// Width with single spaces between the words.
    natural: f32,
    /// The last line of a paragraph, or before a forced break: never
    /// justified.
    last: bool,
}

/// Where a link of a document points to in the PDF.
pub type LinkResolver<'a> = &'a dyn Fn(&crate::document::LinkTarget) -> String;

fn space_width(size: f32) -> f32 {
    face(Style::Regular).width(" ", size)
}

/// Splits `text` into words, each drawn in `base` or bolder.
fn tokens(
    text: &Text,
    base: Style,
    size: f32,
    links: LinkResolver,
    missing: &mut BTreeSet<char>,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = Word::default();
    let finish = |word: &mut Word, tokens: &mut Vec<Token>| {
        if !word.pieces.is_empty() {
            word.width = word
                .pieces
                .iter()
                .map(|p| face(p.style).width(&p.text, size))
                .sum();
            tokens.push(Token::Word(std::mem::take(word)));
        }
    };
    for span in &text.0 {
        let (content, style, link) = match span {
            Span::Plain(t) => (t, base, None),
            Span::Strong(t) | Span::Missing(t) => (t, Style::Bold, None),
            Span::Link { text, target } => (text, base, Some(links(target))),
            Span::Break => {
                finish(&mut word, &mut tokens);
                tokens.push(Token::Break);
                continue;
            }
        };
        for c in drawable(content, missing).chars() {
            if c.is_whitespace() {
                finish(&mut word, &mut tokens);
                continue;
            }
            match word.pieces.last_mut() {
                Some(piece) if piece.style == style && piece.link == link => piece.text.push(c),
                _ => word.pieces.push(Piece {
                    text: c.to_string(),
                    style,
                    link: link.clone(),
                }),
            }
        }
    }
    finish(&mut word, &mut tokens);
    tokens
}

/// Characters after which a word too long for a line may be broken.
fn is_break_after(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '@' | '_' | '?' | '&' | '=' | ',' | ':')
}

/// Cuts a word wider than `max` into pieces that fit, preferring to cut
/// after punctuation such as the slashes of a URL. The first piece fits in
/// `first`, what is left of the current line.
fn split_word(word: Word, first: f32, max: f32, size: f32) -> Vec<Word> {
    let chars: Vec<(char, Style, Option<String>, f32)> = word
        .pieces
        .iter()
        .flat_map(|p| {
            p.text.chars().map(|c| {
                let width = face(p.style).advance(c, size).unwrap_or(0.0);
                (c, p.style, p.link.clone(), width)
            })
        })
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let max = if out.is_empty() { first } else { max };
        let mut width = 0.0;
        let mut end = start;
        let mut preferred = None;
        while end < chars.len() && (end == start || width + chars[end].3 <= max) {
            width += chars[end].3;
            if is_break_after(chars[end].0) && width > max * 0.3 {
                preferred = Some(end + 1);
            }
            end += 1;
        }
        if let Some(p) = preferred.filter(|_| end < chars.len()) {
            end = p;
        }
        let mut piece_word = Word::default();
        for (c, style, link, advance) in &chars[start..end] {
            piece_word.width += advance;
            match piece_word.pieces.last_mut() {
                Some(p) if p.style == *style && p.link == *link => p.text.push(*c),
                _ => piece_word.pieces.push(Piece {
                    text: c.to_string(),
                    style: *style,
                    link: link.clone(),
                }),
            }
        }
        out.push(piece_word);
        start = end;
    }
    out
}

/// Greedy line breaking of `tokens` into lines at most `max` wide.
fn break_lines(tokens: Vec<Token>, max: f32, size: f32) -> Vec<SetLine> {
    let space = space_width(size);
    let mut lines = Vec::new();
    let mut line = SetLine::default();
    for token in tokens {
        match token {
            Token::Break => {
                line.last = true;
                lines.push(std::mem::take(&mut line));
            }
            Token::Word(word) => {
                let parts = if word.width > max {
                    let left = max - line.natural - space;
                    // Start the word on this line only if a fair part fits.
                    let first = if line.words.is_empty() || left < max * 0.3 {
                        max
                    } else {
                        left
                    };
                    split_word(word, first, max, size)
                } else {
                    vec![word]
                };
                for part in parts {
                    let needed = if line.words.is_empty() {
                        part.width
                    } else {
                        line.natural + space + part.width
                    };
                    if needed > max && !line.words.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line.natural = part.width;
                    } else {
                        line.natural = needed;
                    }
                    line.words.push(part);
                }
            }
        }
    }
    if !line.words.is_empty() || lines.is_empty() {
        line.last = true;
        lines.push(line);
    } else if let Some(previous) = lines.last_mut() {
        previous.last = true;
    }
    lines
}

/// The page size and margins, in points.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// How far down the page content may go.
    fn limit(&self) -> f32 {
        self.height - self.bottom
    }
}

#[derive(Default)]
struct Page {
    /// Fills and rules, drawn under the text.
    shapes: Vec<Op>,
    text: Vec<Op>,
    annotations: Vec<Op>,
    font: Option<(usize, u32)>,
    fill: Option<[u32; 3]>,
}

fn rgb(colour: Colour) -> Color {
    Color::Rgb(Rgb {
        r: colour[0],
        g: colour[1],
        b: colour[2],
        icc_profile: None,
    })
}

/// Lays content onto pages, top to bottom.
pub struct Composer<'a> {
    pub frame: Frame,
    fonts: [FontId; 3],
    pub accent: Colour,
    justify: bool,
    links: LinkResolver<'a>,
    pages: Vec<Page>,
    /// The page drawing goes to: the last one, except while footers are
    /// written.
    current: usize,
    /// Distance from the top of the page to where the next content goes.
    y: f32,
    pub missing: BTreeSet<char>,
    /// Which faces were drawn with, so only those are embedded.
    used: [bool; 3],
}

/// The setting of a paragraph-like block.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub size: f32,
    pub leading: f32,
    pub style: Style,
    pub colour: Colour,
    pub justify: bool,
}

impl Setting {
    pub fn body(justify: bool) -> Setting {
        Setting {
            size: BODY,
            leading: BODY_LEADING,
            style: Style::Regular,
            colour: INK,
            justify,
        }
    }

    pub fn heading(size: f32, colour: Colour) -> Setting {
        Setting {
            size,
            leading: size * 1.3,
            style: Style::Bold,
            colour,
            justify: false,
        }
    }
}

impl<'a> Composer<'a> {
    pub fn new(
        frame: Frame,
        fonts: [FontId; 3],
        accent: Colour,
        justify: bool,
        links: LinkResolver<'a>,
    ) -> Self {
        Composer {
            frame,
            fonts,
            accent,
            justify,
            links,
            pages: vec![Page::default()],
            current: 0,
            y: frame.top,
            missing: BTreeSet::new(),
            used: [false; 3],
        }
    }

    /// Whether any text was drawn in `style`.
    pub fn uses(&self, style: Style) -> bool {
        self.used[style.index()]
    }

    /// The index of the current page, from 0.
    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    /// How far down the page the next content goes.
    pub fn y(&self) -> f32 {
        self.y
    }

    pub fn justify(&self) -> bool {
        self.justify
    }

    fn page(&mut self) -> &mut Page {
        &mut self.pages[self.current]
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.current = self.pages.len() - 1;
        self.y = self.frame.top;
    }

    fn at_top(&self) -> bool {
        self.y <= self.frame.top + 0.01
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > self.frame.limit() && !self.at_top() {
            self.new_page();
        }
    }

    pub fn skip(&mut self, height: f32) {
        self.y += height;
    }

    /// Moves down by `height`, unless at the top of a page.
    pub fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y += height;
        }
    }

    pub fn remaining(&self) -> f32 {
        self.frame.limit() - self.y
    }

    pub fn set(&mut self, text: &Text, setting: &Setting, width: f32) -> Vec<SetLine> {
        let tokens = tokens(
            text,
            setting.style,
            setting.size,
            self.links,
            &mut self.missing,
        );
        break_lines(tokens, width, setting.size)
    }

    fn pdf_y(&self, top_down: f32) -> Pt {
        Pt(self.frame.height - top_down)
    }

    fn set_font(&mut self, style: Style, size: f32) {
        let key = (style.index(), (size * 100.0) as u32);
        self.used[style.index()] = true;
        if self.page().font != Some(key) {
            let font = PdfFontHandle::External(self.fonts[style.index()].clone());
            let page = self.page();
            page.text.push(Op::SetFont {
                font,
                size: Pt(size),
            });
            page.font = Some(key);
        }
    }

    fn set_fill(&mut self, colour: Colour) {
        let key = colour.map(|c| (c * 1000.0) as u32);
        let page = self.page();
        if page.fill != Some(key) {
            page.text.push(Op::SetFillColor { col: rgb(colour) });
            page.fill = Some(key);
        }
    }

    /// Draws a line of text with its baseline `baseline` below the top of
    /// the page, starting at `x`.
    pub fn draw_line(
        &mut self,
        line: &SetLine,
        x: f32,
        baseline: f32,
        width: f32,
        setting: &Setting,
    ) {
        let space = space_width(setting.size);
        let gaps = line.words.len().saturating_sub(1) as f32;
        let stretch = if setting.justify && !line.last && gaps > 0.0 {
            let extra = (width - line.natural) / gaps;
            // Lines that would need gaps of several spaces look worse
            // justified than ragged.
            if extra < space * 2.5 { extra } else { 0.0 }
        } else {
            0.0
        };
        let pdf_baseline = self.pdf_y(baseline);
        // One positioned run per line: spaces are real characters (so the
        // text copies and extracts with its spaces) and justification adds
        // TJ offsets after them.
        self.page().text.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), pdf_baseline),
        });
        let mut items: Vec<TextItem> = Vec::new();
        let mut run: Option<(Style, Colour)> = None;
        let mut cursor = x;
        let to_thousandths = 1000.0 / setting.size;
        for (w, word) in line.words.iter().enumerate() {
            let last_word = w + 1 == line.words.len();
            for (p, piece) in word.pieces.iter().enumerate() {
                let colour = if piece.link.is_some() {
                    self.accent
                } else {
                    setting.colour
                };
                if run != Some((piece.style, colour)) {
                    self.flush_run(&mut items);
                    self.set_font(piece.style, setting.size);
                    self.set_fill(colour);
                    run = Some((piece.style, colour));
                }
                let piece_width = face(piece.style).width(&piece.text, setting.size);
                let ends_word = p + 1 == word.pieces.len();
                if ends_word && !last_word {
                    items.push(TextItem::Text(format!("{} ", piece.text)));
                    // The space drawn is the piece's own; move on to where
                    // the measure put the next word.
                    let drawn = face(piece.style).width(" ", setting.size);
                    let wanted = space + stretch;
                    if (wanted - drawn).abs() > 0.001 {
                        items.push(TextItem::Offset((drawn - wanted) * to_thousandths));
                    }
                } else {
                    items.push(TextItem::Text(piece.text.clone()));
                }
                if let Some(url) = &piece.link {
                    self.link(url, cursor, baseline, piece_width, setting.size);
                }
                cursor += piece_width;
            }
            cursor += space + stretch;
        }
        self.flush_run(&mut items);
    }

    fn flush_run(&mut self, items: &mut Vec<TextItem>) {
        if !items.is_empty() {
            let items = std::mem::take(items);
            self.page().text.push(Op::ShowText { items });
        }
    }

    /// A clickable, underlined area over a link's text.
    fn link(&mut self, url: &str, x: f32, baseline: f32, width: f32, size: f32) {
        let bottom = self.pdf_y(baseline).0 - size * 0.25;
        let rect = Rect::from_xywh(Pt(x), Pt(bottom), Pt(width), Pt(size * 1.2));
        self.page().annotations.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                rect,
                Actions::Uri(url.to_owned()),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                None,
                None,
            ),
        });
        self.underline(x, baseline + size * 0.12, width, self.accent);
    }

    fn underline(&mut self, x: f32, y: f32, width: f32, colour: Colour) {
        let pdf_y = self.pdf_y(y);
        let page = self.page();
        page.shapes.push(Op::SetOutlineColor { col: rgb(colour) });
        page.shapes.push(Op::SetOutlineThickness { pt: Pt(0.4) });
        page.shapes.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point { x: Pt(x), y: pdf_y },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: Pt(x + width),
                            y: pdf_y,
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// A horizontal rule at `y` below the top of the page.
    pub fn rule(&mut self, x: f32, y: f32, width: f32, colour: Colour) {
        self.underline(x, y, width, colour);
    }

    /// A filled rectangle; `top` is measured from the top of the page.
    pub fn fill(&mut self, x: f32, top: f32, width: f32, height: f32, colour: Colour) {
        let bottom = self.frame.height - top - height;
        let mut rect = Rect::from_xywh(Pt(x), Pt(bottom), Pt(width), Pt(height));
        rect.mode = Some(PaintMode::Fill);
        let page = self.page();
        page.shapes.push(Op::SetFillColor { col: rgb(colour) });
        page.shapes.push(Op::DrawRectangle { rectangle: rect });
    }

    /// The baseline of a line whose top is at `top`.
    fn baseline(top: f32, setting: &Setting) -> f32 {
        top + (setting.leading - setting.size) / 2.0 + setting.size * 0.8
    }

    /// Sets and places a paragraph at `x` with `width`, breaking pages
    /// between lines; a paragraph never leaves a single line at the bottom
    /// of a page.
    pub fn paragraph(&mut self, text: &Text, x: f32, width: f32, setting: &Setting) {
        let lines = self.set(text, setting, width);
        self.place_lines(&lines, x, width, setting);
    }

    pub fn place_lines(&mut self, lines: &[SetLine], x: f32, width: f32, setting: &Setting) {
        let keep = if lines.len() > 1 { 2.0 } else { 1.0 };
        self.ensure(setting.leading * keep);
        for line in lines {
            self.ensure(setting.leading);
            let baseline = Self::baseline(self.y, setting);
            self.draw_line(line, x, baseline, width, setting);
            self.y += setting.leading;
        }
    }

    /// A heading that is never left alone at the bottom of a page: `keep`
    /// is the height of what must follow it on the same page.
    pub fn heading(&mut self, text: &Text, setting: &Setting, space_before: f32, keep: f32) {
        let width = self.frame.content_width();
        let lines = self.set(text, setting, width);
        let height = lines.len() as f32 * setting.leading;
        self.space(space_before);
        self.ensure(height + keep);
        let x = self.frame.left;
        for line in &lines {
            let baseline = Self::baseline(self.y, setting);
            self.draw_line(line, x, baseline, width, setting);
            self.y += setting.leading;
        }
    }

    pub fn paragraph_gap(&mut self) {
        self.space(PARAGRAPH_GAP);
    }

    /// A bulleted list item.
    pub fn list_item(&mut self, text: &Text, setting: &Setting) {
        let indent = 14.0;
        let x = self.frame.left + indent;
        let width = self.frame.content_width() - indent;
        let lines = self.set(text, setting, width);
        self.ensure(setting.leading * lines.len().min(2) as f32);
        let bullet = Text::plain("•");
        let bullet_lines = self.set(&bullet, setting, indent);
        let baseline = Self::baseline(self.y, setting);
        if let Some(first) = bullet_lines.first() {
            let bullet_setting = Setting {
                colour: self.accent,
                ..*setting
            };
            self.draw_line(
                first,
                self.frame.left + 3.0,
                baseline,
                indent,
                &bullet_setting,
            );
        }
        self.place_lines(&lines, x, width, setting);
        self.space(2.5);
    }

    /// Label and value pairs in two columns.
    pub fn details(&mut self, pairs: &[(String, Text)], setting: &Setting) {
        let label_setting = Setting {
            style: Style::Bold,
            justify: false,
            ..*setting
        };
        let widest = pairs
            .iter()
            .map(|(label, _)| face(Style::Bold).width(label, setting.size))
            .fold(0.0_f32, f32::max);
        let label_width = (widest + 14.0).min(self.frame.content_width() * 0.4);
        let value_x = self.frame.left + label_width;
        let value_width = self.frame.content_width() - label_width;
        let value_setting = Setting {
            justify: false,
            ..*setting
        };
        for (label, value) in pairs {
            let label_lines = self.set(
                &Text::plain(label.clone()),
                &label_setting,
                label_width - 8.0,
            );
            let value_lines = self.set(value, &value_setting, value_width);
            let rows = label_lines.len().max(value_lines.len());
            self.ensure(rows as f32 * setting.leading);
            let top = self.y;
            for (i, line) in label_lines.iter().enumerate() {
                let baseline = Self::baseline(top + i as f32 * setting.leading, setting);
                self.draw_line(line, self.frame.left, baseline, label_width, &label_setting);
            }
            for (i, line) in value_lines.iter().enumerate() {
                let baseline = Self::baseline(top + i as f32 * setting.leading, setting);
                self.draw_line(line, value_x, baseline, value_width, &value_setting);
            }
            self.y = top + rows as f32 * setting.leading + 1.5;
        }
    }

    /// A table with a header row repeated on every page it spans; a row is
    /// only split across pages when it is taller than a page.
    pub fn table(&mut self, columns: &[String], rows: &[Vec<Text>]) {
        let count = columns
            .len()
            .max(rows.iter().map(Vec::len).max().unwrap_or(0));
        if count == 0 {
            return;
        }
        let header_setting = Setting {
            size: TABLE,
            leading: TABLE_LEADING,
            style: Style::Bold,
            colour: WHITE,
            justify: false,
        };
        let cell_setting = Setting {
            size: TABLE,
            leading: TABLE_LEADING,
            style: Style::Regular,
            colour: INK,
            justify: false,
        };
        let header: Vec<Text> = (0..count)
            .map(|i| Text::plain(columns.get(i).cloned().unwrap_or_default()))
            .collect();
        let widths = self.column_widths(&header, rows, count);

        let set_row =
            |composer: &mut Self, cells: &[Text], setting: &Setting| -> Vec<Vec<SetLine>> {
                (0..count)
                    .map(|i| {
                        let text = cells.get(i).cloned().unwrap_or_default();
                        composer.set(&text, setting, widths[i] - 2.0 * CELL_PAD_X)
                    })
                    .collect()
            };
        let header_lines = set_row(self, &header, &header_setting);
        let header_height = row_height(&header_lines);
        let body: Vec<Vec<Vec<SetLine>>> = rows
            .iter()
            .map(|row| set_row(self, row, &cell_setting))
            .collect();

        let first_row = body.first().map_or(0.0, |r| row_height(r));
        self.ensure(
            header_height + first_row.min(self.frame.limit() - self.frame.top - header_height),
        );
        self.draw_row(&header_lines, &widths, &header_setting, Some(self.accent));
        let page_room = self.frame.limit() - self.frame.top - header_height;
        for (index, row) in body.iter().enumerate() {
            let shade = (index % 2 == 1).then_some(SHADE);
            let height = row_height(row);
            if height > self.remaining() && height <= page_room {
                self.new_page();
                self.draw_row(&header_lines, &widths, &header_setting, Some(self.accent));
            }
            // A row taller than a page is set in slices, each under a
            // repeated header.
            let mut from = 0;
            let tallest = row.iter().map(Vec::len).max().unwrap_or(0);
            while from < tallest.max(1) {
                let room = ((self.remaining() - 2.0 * CELL_PAD_Y) / TABLE_LEADING).floor() as usize;
                if room == 0 {
                    self.new_page();
                    self.draw_row(&header_lines, &widths, &header_setting, Some(self.accent));
                    continue;
                }
                let to = (from + room).min(tallest.max(1));
                let slice: Vec<Vec<SetLine>> = row
                    .iter()
                    .map(|cell| {
                        cell.get(from.min(cell.len())..to.min(cell.len()))
                            .unwrap_or_default()
                            .to_vec()
                    })
                    .collect();
                self.draw_row(&slice, &widths, &cell_setting, shade);
                from = to;
                if from < tallest {
                    self.new_page();
                    self.draw_row(&header_lines, &widths, &header_setting, Some(self.accent));
                }
            }
        }
        let left = self.frame.left;
        let width = self.frame.content_width();
        let y = self.y;
        self.rule(left, y, width, RULE);
        self.y += PARAGRAPH_GAP + 2.0;
    }

    fn draw_row(
        &mut self,
        cells: &[Vec<SetLine>],
        widths: &[f32],
        setting: &Setting,
        background: Option<Colour>,
    ) {
        let height = row_height(cells);
        let top = self.y;
        if let Some(colour) = background {
            let width = self.frame.content_width();
            self.fill(self.frame.left, top, width, height, colour);
        }
        let mut x = self.frame.left;
        for (cell, width) in cells.iter().zip(widths) {
            for (i, line) in cell.iter().enumerate() {
                let line_top = top + CELL_PAD_Y + i as f32 * setting.leading;
                let baseline = Self::baseline(line_top, setting);
                self.draw_line(
                    line,
                    x + CELL_PAD_X,
                    baseline,
                    width - 2.0 * CELL_PAD_X,
                    setting,
                );
            }
            x += width;
        }
        self.y = top + height;
    }

    /// Column widths that give each column room for its longest word and
    /// share the rest by how much text the column holds.
    fn column_widths(&mut self, header: &[Text], rows: &[Vec<Text>], count: usize) -> Vec<f32> {
        let available = self.frame.content_width();
        let mut minimum = vec![0.0_f32; count];
        let mut natural = vec![0.0_f32; count];
        let mut measure = |composer: &mut Self, i: usize, text: &Text, style: Style| {
            let tokens = tokens(text, style, TABLE, composer.links, &mut composer.missing);
            let space = space_width(TABLE);
            let mut line = 0.0_f32;
            for token in tokens {
                match token {
                    Token::Word(word) => {
                        minimum[i] = minimum[i].max(word.width);
                        line += if line > 0.0 {
                            space + word.width
                        } else {
                            word.width
                        };
                    }
                    Token::Break => {
                        natural[i] = natural[i].max(line);
                        line = 0.0;
                    }
                }
            }
            natural[i] = natural[i].max(line);
        };
        for (i, text) in header.iter().enumerate() {
            measure(self, i, text, Style::Bold);
        }
        for row in rows {
            for (i, text) in row.iter().enumerate().take(count) {
                measure(self, i, text, Style::Regular);
            }
        }
        let pad = 2.0 * CELL_PAD_X;
        // Words longer than a third of the table are broken anyway.
        let minimum: Vec<f32> = minimum
            .iter()
            .map(|m| (m + pad).min(available / 3.0))
            .collect();
        let natural: Vec<f32> = natural
            .iter()
            .zip(&minimum)
            .map(|(n, m)| (n + pad).max(*m))
            .collect();
        let total_natural: f32 = natural.iter().sum();
        if total_natural <= available {
            let extra = (available - total_natural) / count as f32;
            return natural.iter().map(|n| n + extra).collect();
        }
        let total_minimum: f32 = minimum.iter().sum();
        if total_minimum >= available {
            return minimum
                .iter()
                .map(|m| m * available / total_minimum)
                .collect();
        }
        let wish: f32 = natural.iter().zip(&minimum).map(|(n, m)| n - m).sum();
        let share = (available - total_minimum) / wish;
        natural
            .iter()
            .zip(&minimum)
            .map(|(n, m)| m + (n - m) * share)
            .collect()
    }

    /// Draws the footer on every page: `left` at the left, and the page
    /// label (with `{page}` and `{total}` filled in) at the right.
    pub fn footers(&mut self, left: &str, page_label: &str) {
        let total = self.pages.len();
        let setting = Setting {
            size: 7.5,
            leading: 10.0,
            style: Style::Regular,
            colour: MUTED,
            justify: false,
        };
        let left_text = drawable(left, &mut self.missing);
        let rule_y = self.frame.height - self.frame.bottom + 16.0;
        let baseline = rule_y + 13.0;
        for index in 0..total {
            let label = page_label
                .replace("{page}", &(index + 1).to_string())
                .replace("{total}", &total.to_string());
            let label = drawable(&label, &mut self.missing);
            let label_width = face(Style::Regular).width(&label, setting.size);
            let room = self.frame.content_width() - label_width - 16.0;
            let left_fitted = fit(&left_text, room, setting.size);
            self.current = index;
            let width = self.frame.content_width();
            let left_x = self.frame.left;
            self.rule(left_x, rule_y, width, RULE);
            for (text, x) in [
                (left_fitted, left_x),
                (
                    label.clone(),
                    self.frame.width - self.frame.right - label_width,
                ),
            ] {
                let line = SetLine {
                    natural: face(Style::Regular).width(&text, setting.size),
                    words: vec![Word {
                        width: face(Style::Regular).width(&text, setting.size),
                        pieces: vec![Piece {
                            text,
                            style: Style::Regular,
                            link: None,
                        }],
                    }],
                    last: true,
                };
                self.draw_line(&line, x, baseline, width, &setting);
            }
        }
        self.current = total - 1;
    }

    /// The composed pages, as operation lists.
    pub fn into_pages(self) -> (Vec<Vec<Op>>, BTreeSet<char>) {
        let pages = self
            .pages
            .into_iter()
            .map(|page| {
                let mut ops = page.shapes;
                ops.push(Op::StartTextSection);
                ops.extend(page.text);
                ops.push(Op::EndTextSection);
                ops.extend(page.annotations);
                ops
            })
            .collect();
        (pages, self.missing)
    }
}

fn row_height(cells: &[Vec<SetLine>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    lines as f32 * TABLE_LEADING + 2.0 * CELL_PAD_Y
}

/// `text` shortened with an ellipsis to fit `width`.
fn fit(text: &str, width: f32, size: f32) -> String {
    let regular = face(Style::Regular);
    if regular.width(text, size) <= width {
        return text.to_owned();
    }
    let ellipsis = regular.width("…", size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let advance = regular.advance(c, size).unwrap_or(0.0);
        if used + advance + ellipsis > width {
            break;
        }
        used += advance;
        out.push(c);
    }
    out.trim_end().to_owned() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &SetLine) -> Vec<String> {
        line.words
            .iter()
            .map(|w| w.pieces.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    fn set(text: &str, width: f32) -> Vec<SetLine> {
        let links = |_: &crate::document::LinkTarget| String::new();
        let tokens = tokens(
            &Text::plain(text),
            Style::Regular,
            BODY,
            &links,
            &mut BTreeSet::new(),
        );
        break_lines(tokens, width, BODY)
    }

    #[test]
    fn lines_never_exceed_the_measure() {
        let text = "Wij verwerken uw persoonsgegevens alleen voor de doeleinden die hieronder staan, \
                    en wij bewaren ze niet langer dan nodig.";
        let lines = set(text, 150.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(line.natural <= 150.0 + 0.01, "{:?}", words(line));
        }
        let rejoined: Vec<String> = lines.iter().flat_map(words).collect();
        assert_eq!(rejoined.join(" "), text);
        assert!(lines.last().unwrap().last);
    }

    #[test]
    fn a_long_url_is_broken_after_its_punctuation() {
        let lines = set(
            "See https://support.example.com/very/long/path/to/a/help/page/about/cookies now",
            90.0,
        );
        for line in &lines {
            assert!(line.natural <= 90.0 + 0.01);
        }
        assert!(lines.len() >= 3, "{lines:?}");
        let first = words(&lines[0]);
        assert_eq!(first[0], "See", "the URL starts on the first line");
        assert!(
            first.len() == 2 && first[1].ends_with(['/', '.', ':']),
            "{first:?}"
        );
        let rejoined: String = lines.iter().flat_map(words).collect::<Vec<_>>().concat();
        assert_eq!(
            rejoined,
            "Seehttps://support.example.com/very/long/path/to/a/help/page/about/cookiesnow"
        );
    }

    #[test]
    fn fitting_adds_an_ellipsis_only_when_needed() {
        assert_eq!(fit("short", 100.0, 8.0), "short");
        let long = fit("a rather long footer text that cannot fit", 60.0, 8.0);
        assert!(long.ends_with('…') && face(Style::Regular).width(&long, 8.0) <= 60.0);
    }
}
