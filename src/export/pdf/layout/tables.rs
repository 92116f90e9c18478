//! Tables: column widths from the widest words, rows kept whole on a
//! page, the header repeated.

use super::*;

impl Composer<'_> {
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
                        line += if line > 0.0 && !word.joined {
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
}

fn row_height(cells: &[Vec<SetLine>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    lines as f32 * TABLE_LEADING + 2.0 * CELL_PAD_Y
}
