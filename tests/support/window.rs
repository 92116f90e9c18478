//! The wizard as the real window runs it: after every message the view is
//! built anew and matched against the widget state of the frame before
//! (focus, cursor, scroll), as iced's runtime does. `iced_test`'s
//! simulator starts each view from fresh state, which cannot show typing
//! landing in the wrong field; this harness keeps the state. It also runs
//! the widget operations the app asks for (scrolling, focus), which the
//! simulator drops; other tasks (timers, dialogs) are not run.

#![allow(dead_code, reason = "each test file uses its own share")]

use iced::{Font, Size};
use iced_test::core::renderer::Headless;
use iced_test::core::{Event, clipboard, keyboard, mouse, widget};
use iced_test::renderer::Renderer;
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;
use iced_test::selector::{Bounded, Selector};
use policywright::ui::{App, Message};

pub struct Window {
    pub app: App,
    cache: Option<Cache>,
    renderer: Renderer,
    cursor: mouse::Cursor,
    size: Size,
    /// Where the widget the last selector found is drawn.
    found: Option<iced::Rectangle>,
}

impl Window {
    pub fn new(app: App) -> Window {
        Window::with_size(app, Size::new(1400.0, 4000.0))
    }

    /// A window of `size`, as small as a laptop's where scrolling matters.
    pub fn with_size(app: App, size: Size) -> Window {
        for font in [notosans::REGULAR_TTF, notosans::BOLD_TTF] {
            iced_test::renderer::graphics::text::font_system()
                .write()
                .expect("the font system")
                .load_font(font.into());
        }
        let renderer = iced::futures::executor::block_on(<Renderer as Headless>::new(
            Font::with_name("Noto Sans"),
            iced::Pixels(16.0),
            Some("tiny-skia"),
        ))
        .expect("a headless renderer");
        Window {
            app,
            cache: Some(Cache::default()),
            renderer,
            cursor: mouse::Cursor::Unavailable,
            size,
            found: None,
        }
    }

    /// Sends `events` to the window as it is now, then gives every
    /// message they produce to the app. Returns whether a selector, when
    /// given, was found (the cursor is put on its centre first).
    fn send<S>(&mut self, target: Option<S>, events: &[Event]) -> bool
    where
        S: Selector + Send,
        S::Output: Bounded + Clone + Send,
    {
        let mut messages: Vec<Message> = Vec::new();
        let mut found = true;
        {
            let mut ui = UserInterface::build(
                self.app.view(),
                self.size,
                self.cache.take().expect("the cache is put back"),
                &mut self.renderer,
            );
            if let Some(selector) = target {
                let mut operation = selector.find();
                ui.operate(
                    &self.renderer,
                    &mut widget::operation::black_box(&mut operation),
                );
                self.found = match widget::Operation::finish(&operation) {
                    widget::operation::Outcome::Some(Some(output)) => output.visible_bounds(),
                    _ => None,
                };
                match self.found {
                    Some(bounds) => self.cursor = mouse::Cursor::Available(bounds.center()),
                    None => found = false,
                }
            }
            if found {
                let _ = ui.update(
                    events,
                    self.cursor,
                    &mut self.renderer,
                    &mut clipboard::Null,
                    &mut messages,
                );
            }
            self.cache = Some(ui.into_cache());
        }
        for message in messages {
            self.update(message);
        }
        found
    }

    /// Gives `message` to the app and runs the widget operations of the
    /// task it returns, and the messages they produce.
    pub fn update(&mut self, message: Message) {
        use iced::futures::{FutureExt, StreamExt};
        let task = self.app.update(message);
        let Some(mut actions) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        // Only what is ready now: a timer's wait would block the test.
        while let Some(Some(action)) = actions.next().now_or_never() {
            match action {
                iced_test::runtime::Action::Output(message) => self.update(message),
                iced_test::runtime::Action::Widget(operation) => self.operate(operation),
                _ => {}
            }
        }
    }

    fn operate(&mut self, mut operation: Box<dyn widget::Operation>) {
        let mut ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().expect("the cache is put back"),
            &mut self.renderer,
        );
        loop {
            ui.operate(&self.renderer, operation.as_mut());
            match operation.finish() {
                widget::operation::Outcome::Chain(next) => operation = next,
                _ => break,
            }
        }
        self.cache = Some(ui.into_cache());
    }

    /// Turns the mouse wheel over the form, `pixels` down.
    pub fn scroll_form_down(&mut self, pixels: f32) {
        self.cursor = mouse::Cursor::Available(iced::Point::new(500.0, 400.0));
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Pixels { x: 0.0, y: -pixels },
        });
        self.send::<&str>(None, &[wheel]);
    }

    /// Whether the widget `selector` finds can be seen in the window now.
    pub fn shows<S>(&mut self, selector: S) -> bool
    where
        S: Selector + Send + std::fmt::Debug + Clone,
        S::Output: Bounded + Clone + Send,
    {
        self.send(Some(selector), &[])
            && self
                .found
                .is_some_and(|b| b.y >= 0.0 && b.y + b.height <= self.size.height)
    }

    /// Clicks the widget `selector` finds; panics when there is none.
    pub fn click<S>(&mut self, selector: S)
    where
        S: Selector + Send + std::fmt::Debug + Clone,
        S::Output: Bounded + Clone + Send,
    {
        let events: Vec<Event> = iced_test::simulator::click().collect();
        assert!(
            self.send(Some(selector.clone()), &events),
            "nothing to click: {selector:?}"
        );
    }

    /// Where the widget `selector` finds is drawn; panics when there is
    /// none.
    pub fn bounds<S>(&mut self, selector: S) -> iced::Rectangle
    where
        S: Selector + Send + std::fmt::Debug + Clone,
        S::Output: Bounded + Clone + Send,
    {
        assert!(
            self.send(Some(selector.clone()), &[]),
            "not shown: {selector:?}"
        );
        self.found.expect("what was found has bounds")
    }

    /// Clicks at `point`, for what no selector reaches, such as the
    /// options of an open drop-down list, which iced draws without
    /// widgets of their own.
    pub fn click_at(&mut self, point: iced::Point) {
        self.cursor = mouse::Cursor::Available(point);
        // A list's option is picked only once the pointer has moved over it.
        let moved = Event::Mouse(mouse::Event::CursorMoved { position: point });
        let events: Vec<Event> = std::iter::once(moved)
            .chain(iced_test::simulator::click())
            .collect();
        self.send::<&str>(None, &events);
    }

    /// Types `text` one key at a time, each key in the frame the previous
    /// one produced.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let key = c.to_string();
            let events: Vec<Event> = iced_test::simulator::typewrite(&key).collect();
            self.send::<&str>(None, &events);
        }
    }

    /// Presses a key such as Backspace `times` times, one frame each.
    pub fn press(&mut self, key: keyboard::key::Named, times: usize) {
        for _ in 0..times {
            let events: Vec<Event> =
                iced_test::simulator::tap_key(keyboard::Key::Named(key), None).collect();
            self.send::<&str>(None, &events);
        }
    }
}
