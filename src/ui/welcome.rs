//! The first screen: start from scratch or from a starter, open a project,
//! reopen a recent one, or take back unsaved work found after a crash.

use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Element, Length};

use super::{App, Message, file};
use crate::i18n::I18n;
use crate::starter;
use crate::ui::theme;

pub fn view<'a>(app: &'a App, i18n: &I18n) -> Element<'a, Message> {
    let t = |id: &str| i18n.simple(app.locale, id);
    let starters = starter::STARTERS.iter().map(|s| {
        let description = t(&format!("starter-{}", s.name));
        button(
            column![
                text(t(&format!("app-starter-{}", s.name))).size(16),
                text(description).size(13),
            ]
            .spacing(4),
        )
        .style(theme::card)
        .width(Length::Fill)
        .padding(12)
        .on_press(Message::Start(Some(s.name)))
        .into()
    });
    let mut offers = column![].spacing(8);
    if let Some(found) = &app.recovery {
        let name = match (&found.path, found.project.organisation.name.trim()) {
            (Some(path), _) => path.display().to_string(),
            (None, "") => t("app-untitled"),
            (None, name) => name.to_owned(),
        };
        offers = offers.push(
            container(
                row![
                    text(format!("{} {name}", t("app-recover-found"))).size(14),
                    space::horizontal(),
                    button(text(t("app-recover"))).on_press(Message::Recover),
                ]
                .spacing(10)
                .align_y(iced::Alignment::Center),
            )
            .padding(12)
            .style(container::warning),
        );
    }
    if !app.recent.is_empty() {
        offers = offers.push(text(t("app-recent")).size(18));
        for path in &app.recent {
            offers = offers.push(
                button(text(path.display().to_string()).size(13))
                    .style(button::text)
                    .on_press(Message::Open(path.clone())),
            );
        }
    }
    let content = column![
        text(t("app-welcome-title")).size(28),
        text(t("app-welcome-intro")).size(15),
        offers,
        button(text(t("app-start-blank")).size(16))
            .padding([10, 18])
            .on_press(Message::Start(None)),
        text(t("app-start-from-starter")).size(18),
        column(starters).spacing(8),
        text(t("app-open-title")).size(18),
        file::open_field(app, i18n),
    ]
    .spacing(16)
    .max_width(720);
    scrollable(container(content).padding(32).center_x(Length::Fill))
        .height(Length::Fill)
        .into()
}
