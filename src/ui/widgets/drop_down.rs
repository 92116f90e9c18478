//! Drop-down lists drawn partly by us over iced's pick list.
//!
//! iced's pick list draws its value on one line and lets a longer one
//! spill out of its box; and under tiny-skia its arrow is drawn outside
//! the scrolled pane when the list is half scrolled out of view (it
//! showed over the Back/Next bar). Here the pick list only gives the box,
//! the menu and the clicks: its own text and arrow are not drawn, and the
//! value and the arrow are texts laid over it, which the pane clips like
//! any other text. Clicks pass through those texts to the list.

use iced::advanced::text::Renderer as _;
use iced::widget::{container, pick_list, row, stack, text};
use iced::{Element, Length, Padding};

use super::Choice;

/// The renderer whose built-in icon font has the list's arrow, the same
/// arrow iced's pick list draws.
type Icons = iced::Renderer;

/// The size of the text in every drop-down list.
const TEXT_SIZE: f32 = 13.0;

/// A drop-down list one line high, `width` wide.
pub fn drop_down<'a, T, M>(
    options: Vec<Choice<T>>,
    selected: Option<Choice<T>>,
    on_select: impl Fn(Choice<T>) -> M + 'a,
    placeholder: String,
    width: Length,
) -> Element<'a, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    layered(options, selected, on_select, placeholder, width, 1)
}

/// A drop-down list whose value, and each option in its menu, has room
/// for two lines: for long choices such as "the end of the financial
/// year concerned".
pub fn long_drop_down<'a, T, M>(
    options: Vec<Choice<T>>,
    selected: Option<Choice<T>>,
    on_select: impl Fn(Choice<T>) -> M + 'a,
    placeholder: String,
) -> Element<'a, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    layered(options, selected, on_select, placeholder, Length::Fill, 2)
}

fn layered<'a, T, M>(
    options: Vec<Choice<T>>,
    selected: Option<Choice<T>>,
    on_select: impl Fn(Choice<T>) -> M + 'a,
    placeholder: String,
    width: Length,
    lines: u16,
) -> Element<'a, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    let (shown, style): (String, fn(&iced::Theme) -> text::Style) = match &selected {
        Some(choice) => (choice.label.clone(), text::default),
        None => (placeholder.clone(), text::secondary),
    };
    // One line of text is 1.3 times its size; the box grows by half a
    // line above and below for each line beyond the first.
    let extra = (f32::from(lines) - 1.0) * TEXT_SIZE * 1.3 / 2.0;
    let list = pick_list(options, selected, on_select)
        .placeholder(placeholder)
        .text_size(TEXT_SIZE)
        .padding(Padding::from([5.0 + extra, 8.0]).right(28.0))
        .handle(pick_list::Handle::None)
        .width(width)
        .style(|theme, status| pick_list::Style {
            text_color: iced::Color::TRANSPARENT,
            placeholder_color: iced::Color::TRANSPARENT,
            ..pick_list::default(theme, status)
        });
    let value = container(
        row![
            container(text(shown).size(TEXT_SIZE).style(style)).width(Length::Fill),
            text(Icons::ARROW_DOWN_ICON.to_string())
                .font(Icons::ICON_FONT)
                .size(TEXT_SIZE),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center),
    )
    .padding(Padding::ZERO.left(8).right(10))
    .height(Length::Fill)
    .align_y(iced::alignment::Vertical::Center);
    stack![list, value].width(width).into()
}
