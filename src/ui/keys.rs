//! The keyboard shortcuts of the window.

use iced::keyboard;

use super::Message;

/// Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N and Ctrl+Q for files, Ctrl+Z and
/// Ctrl+Shift+Z (or Ctrl+Y) for undo and redo, Alt+arrows (or Ctrl+Page
/// Up/Down) for steps, Tab and Shift+Tab between fields.
pub fn shortcut(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    use keyboard::key::{Key, Named};
    match key.as_ref() {
        Key::Character(c) if modifiers.command() => match c.to_lowercase().as_str() {
            "s" if modifiers.shift() => Some(Message::SaveAs),
            "s" => Some(Message::Save),
            "o" => Some(Message::PickOpen),
            "n" => Some(Message::Start(None)),
            "q" => Some(Message::Quit),
            "z" if modifiers.shift() => Some(Message::Redo),
            "z" => Some(Message::Undo),
            "y" => Some(Message::Redo),
            _ => None,
        },
        Key::Named(Named::ArrowRight) if modifiers.alt() => Some(Message::Next),
        Key::Named(Named::ArrowLeft) if modifiers.alt() => Some(Message::Back),
        Key::Named(Named::PageDown) if modifiers.command() => Some(Message::Next),
        Key::Named(Named::PageUp) if modifiers.command() => Some(Message::Back),
        Key::Named(Named::Tab) => Some(Message::Focus(!modifiers.shift())),
        _ => None,
    }
}
