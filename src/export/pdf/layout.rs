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
use crate::document::Text;
use hyphenation::Standard;

pub mod hyphens;
mod lines;
mod tables;

use lines::{Piece, SetLine, Token, Word, break_lines, space_width, tokens};

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

/// Where a link of a document points to in the PDF.
pub type LinkResolver<'a> = &'a dyn Fn(&crate::document::LinkTarget) -> String;

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
    /// The hyphenation patterns of the document's language, if any.
    hyphens: Option<&'static Standard>,
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
        hyphens: Option<&'static Standard>,
    ) -> Self {
        Composer {
            frame,
            fonts,
            accent,
            justify,
            links,
            hyphens,
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
        break_lines(tokens, width, setting.size, self.hyphens)
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
        let gaps = line.gaps() as f32;
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
            let spaced = line.words.get(w + 1).is_some_and(|next| !next.joined);
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
                if ends_word && spaced {
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
            if spaced {
                cursor += space + stretch;
            }
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
                        joined: false,
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

    #[test]
    fn fitting_adds_an_ellipsis_only_when_needed() {
        assert_eq!(fit("short", 100.0, 8.0), "short");
        let long = fit("a rather long footer text that cannot fit", 60.0, 8.0);
        assert!(long.ends_with('…') && face(Style::Regular).width(&long, 8.0) <= 60.0);
    }
}
