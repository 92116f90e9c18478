//! The window around the questions: the top bar with the file actions and
//! the window language, the question or save prompt under it, the status
//! line at the foot, and the editor's three panes (steps, questions,
//! preview).

use iced::widget::{button, column, container, row, rule, scrollable, space, text};
use iced::{Element, Font, Length};

use super::{App, FORM, Message, Screen, Step, UI_FONT, preview, steps, texts, theme, welcome};
use crate::i18n::I18n;

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        let texts = texts::current();
        let i18n: &I18n = &texts;
        let locale = self.locale;
        let body: Element<Message> = match self.screen {
            Screen::Welcome => welcome::view(self, i18n),
            Screen::Editor => self.editor(i18n),
        };
        let window_language = text(i18n.simple(locale, "app-window-language"))
            .size(12)
            .style(text::secondary);
        let languages = row(i18n.complete_locales().iter().map(|&l| {
            let label = text(l.code().to_uppercase()).size(13);
            let chosen = l == locale;
            button(label)
                .style(if chosen {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::Language(l))
                // Narrow, so four or more languages fit beside the file
                // buttons in the window's first width.
                .padding([4, 6])
                .into()
        }))
        .spacing(0)
        .align_y(iced::Alignment::Center);
        let languages = row![window_language, languages]
            .spacing(6)
            .align_y(iced::Alignment::Center);
        let top = row![
            text("policywright").size(18).font(Font {
                weight: iced::font::Weight::Bold,
                ..UI_FONT
            }),
            space::horizontal(),
            self.file_buttons(i18n),
            languages,
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center)
        .padding([8, 16]);
        let mut page = column![top, rule::horizontal(1)];
        if !self.text_problems.is_empty() {
            // A translator's mistake, where they look while they type.
            let lines = self
                .text_problems
                .iter()
                .map(|problem| text(problem.describe(i18n, self.locale)).size(13).into());
            page = page.push(
                container(column(lines).spacing(2))
                    .padding([6, 16])
                    .width(Length::Fill)
                    .style(container::danger),
            );
        }
        if let Some(bar) = self.file_bar(i18n) {
            page = page.push(bar);
        }
        page = page.push(body);
        if let Some(status) = &self.status {
            page = page.push(
                container(text(status.describe(i18n, self.locale)).size(13))
                    .padding([6, 16])
                    .width(Length::Fill)
                    .style(if status.is_failure() {
                        container::danger
                    } else {
                        theme::shade
                    }),
            );
        }
        page.into()
    }

    /// Undo, redo, open and save, at the top of the editor.
    fn file_buttons(&self, i18n: &I18n) -> Element<'_, Message> {
        if self.screen != Screen::Editor {
            return row![].into();
        }
        let t = |id| i18n.simple(self.locale, id);
        let small = |id| text(t(id)).size(13);
        row![
            button(small("app-undo"))
                .style(button::text)
                .on_press_maybe(self.can_undo().then_some(Message::Undo)),
            button(small("app-redo"))
                .style(button::text)
                .on_press_maybe(self.can_redo().then_some(Message::Redo)),
            button(small("app-open-other"))
                .style(theme::outlined)
                .on_press(Message::PickOpen),
            button(small("app-save")).on_press(Message::Save),
            button(small("app-save-as"))
                .style(theme::outlined)
                .on_press(Message::SaveAs),
        ]
        .spacing(6)
        .align_y(iced::Alignment::Center)
        .into()
    }

    fn editor(&self, i18n: &I18n) -> Element<'_, Message> {
        let sidebar = steps::sidebar(self, i18n);
        let context = steps::Context {
            i18n,
            locale: self.locale,
            findings: &self.findings,
        };
        let form = steps::view(self.step, &self.steps, &self.project, context).map(Message::Step);
        let navigation = row![
            button(text(i18n.simple(self.locale, "app-back")))
                .style(theme::outlined)
                .on_press_maybe((self.step != Step::FIRST).then_some(Message::Back)),
            space::horizontal(),
            button(text(i18n.simple(self.locale, "app-next")))
                .on_press_maybe((self.step != Step::LAST).then_some(Message::Next)),
        ]
        .padding([8, 0]);
        let middle = column![
            scrollable(container(form).padding([16, 20]))
                .id(FORM)
                .height(Length::Fill),
            container(navigation).padding([0, 20]),
        ]
        .width(Length::FillPortion(5));
        let preview = container(preview::view(&self.preview, i18n, self.locale))
            .width(Length::FillPortion(5))
            .style(theme::shade);
        row![
            sidebar,
            rule::vertical(1),
            middle,
            rule::vertical(1),
            preview
        ]
        .height(Length::Fill)
        .into()
    }
}
