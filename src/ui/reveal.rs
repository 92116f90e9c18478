//! Scrolling a pane so that one widget's top comes into view.
//!
//! iced scrolls a pane to an offset or to its start or end, but not to a
//! widget. The form needs that when a purpose is added: the new card is
//! the last one and often taller than the pane, so scrolling to the end
//! would show its bottom and hide the name to fill in first. Two steps: an
//! operation finds where the widget lies in the pane's content, then the
//! pane scrolls there.

use iced::Rectangle;
use iced::Task;
use iced::advanced::widget::operation::{Outcome, Scrollable};
use iced::advanced::widget::{Id, Operation, operate};
use iced::widget::operation::{AbsoluteOffset, scroll_to};

/// Room left above the widget, so its top edge is not flush with the
/// pane's.
const MARGIN: f32 = 12.0;

/// Scrolls the pane `pane` so the container `target` shows at its top.
pub fn reveal<M: Send + 'static>(pane: &'static str, target: Id) -> Task<M> {
    let find = Find {
        pane: Id::new(pane),
        target,
        content_top: None,
        target_top: None,
    };
    operate(find).then(move |offset| {
        scroll_to(
            pane,
            AbsoluteOffset {
                x: None,
                y: Some(offset),
            },
        )
    })
}

/// Finds how far down the pane's content the target lies.
struct Find {
    pane: Id,
    target: Id,
    content_top: Option<f32>,
    target_top: Option<f32>,
}

impl Operation<f32> for Find {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<f32>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        _bounds: Rectangle,
        content_bounds: Rectangle,
        _translation: iced::Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&self.pane) {
            self.content_top = Some(content_bounds.y);
        }
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&self.target) {
            // A pane's content is laid out unscrolled, so this is the
            // target's place in the content.
            self.target_top = Some(bounds.y);
        }
    }

    fn finish(&self) -> Outcome<f32> {
        match (self.content_top, self.target_top) {
            (Some(content), Some(target)) => Outcome::Some((target - content - MARGIN).max(0.0)),
            _ => Outcome::None,
        }
    }
}
