//! The look of the window: iced's palette in the colours of the documents
//! (their ink and their blue accent), and the few styles iced does not
//! have: an outlined button for secondary actions, so the one primary
//! action of a place stands out, and cards that look like something to
//! click.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme, color};

/// The window's theme.
pub fn theme() -> Theme {
    Theme::custom(
        "policywright",
        iced::theme::Palette {
            background: Color::WHITE,
            text: color!(0x1d2430),
            primary: color!(0x1f4e79),
            success: color!(0x2e7d32),
            warning: color!(0xb45309),
            danger: color!(0xb91c1c),
        },
    )
}

const RADIUS: f32 = 4.0;

/// A secondary action: the accent as text and outline on white.
pub fn outlined(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let base = button::Style {
        background: Some(Background::Color(palette.background.base.color)),
        text_color: palette.primary.base.color,
        border: Border {
            color: palette.primary.weak.color,
            width: 1.0,
            radius: RADIUS.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    };
    match status {
        button::Status::Active | button::Status::Pressed => base,
        button::Status::Hovered => button::Style {
            background: Some(Background::Color(palette.background.weak.color)),
            border: Border {
                color: palette.primary.base.color,
                ..base.border
            },
            ..base
        },
        button::Status::Disabled => button::Style {
            text_color: palette.background.strong.color,
            border: Border {
                color: palette.background.strong.color,
                ..base.border
            },
            ..base
        },
    }
}

/// A card to choose, such as a starter project: a bordered box that
/// lights up under the pointer.
pub fn card(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let base = button::Style {
        background: Some(Background::Color(palette.background.base.color)),
        text_color: palette.background.base.text,
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 6.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    };
    match status {
        button::Status::Hovered | button::Status::Pressed => button::Style {
            background: Some(Background::Color(
                palette.primary.weak.color.scale_alpha(0.15),
            )),
            border: Border {
                color: palette.primary.base.color,
                width: 1.5,
                ..base.border
            },
            ..base
        },
        _ => base,
    }
}

/// The frame of a preview page or a finding of advice: a light shade.
pub fn shade(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.weak.color)),
        ..container::Style::default()
    }
}
