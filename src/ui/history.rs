//! Undo and redo over the answers. Every change the steps make is
//! recorded with the step it was made on, so undoing a removal brings the
//! removed item back and shows it. Typing into one field is one change,
//! not one per keystroke.

use super::Step;
use crate::model::Project;

/// How many changes can be undone.
pub const DEPTH: usize = 100;

/// The answers as they were before a change, and where it was made.
#[derive(Clone, Debug)]
struct Before {
    project: Project,
    step: Step,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Before>,
    redo: Vec<Before>,
    /// The field the last change typed into, while typing goes on there.
    typing: Option<String>,
}

impl History {
    /// Notes that the answers were `before` until a change on `step`.
    /// Consecutive changes typed into the same field (`typing`) count as
    /// one.
    pub fn record(&mut self, before: Project, step: Step, typing: Option<String>) {
        self.redo.clear();
        if typing.is_some() && typing == self.typing {
            return;
        }
        self.typing = typing;
        self.undo.push(Before {
            project: before,
            step,
        });
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
    }

    /// Puts back the answers before the last change; returns the step it
    /// was made on, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Option<Step> {
        let before = self.undo.pop()?;
        self.typing = None;
        let step = before.step;
        let now = std::mem::replace(project, before.project);
        self.redo.push(Before { project: now, step });
        Some(step)
    }

    /// Makes the last undone change again.
    pub fn redo(&mut self, project: &mut Project) -> Option<Step> {
        let after = self.redo.pop()?;
        self.typing = None;
        let step = after.step;
        let now = std::mem::replace(project, after.project);
        self.undo.push(Before { project: now, step });
        Some(step)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything, for another project.
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

/// The field a message types into, when it carries typed text: by the
/// steps' convention the typed text is a message's last value, so the
/// message's text before that value names the step, the field and the
/// item (`Purposes(Name(0, Nl, `). Deriving it from the message keeps the
/// steps free of undo bookkeeping.
pub fn typed_field(message: &impl std::fmt::Debug) -> Option<String> {
    let written = format!("{message:?}");
    let value_end = written.trim_end_matches(')');
    if !value_end.ends_with('"') {
        return None;
    }
    written.find('"').map(|start| written[..start].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_names_its_field_and_toggles_do_not() {
        use crate::model::Locale;
        use crate::ui::steps::{Message, purposes};
        let name = purposes::Message::Name(2, Locale::Nl, "Bakkerij \"De Hoek\"".into());
        let typed = typed_field(&Message::Purposes(name));
        assert_eq!(typed.as_deref(), Some("Purposes(Name(2, Nl, "));
        let toggle = purposes::Message::Audience(2, "customers".into(), true);
        assert_eq!(typed_field(&Message::Purposes(toggle)), None);
    }

    #[test]
    fn typing_in_one_field_is_one_change_and_the_depth_is_kept() {
        let today = time::macros::date!(2026 - 12 - 01);
        let mut history = History::default();
        let mut project = Project::empty("", today);
        for name in ["B", "Ba", "Bak"] {
            let before = project.clone();
            project.organisation.name = name.into();
            history.record(before, Step::Organisation, Some("Name(".into()));
        }
        assert_eq!(history.undo(&mut project), Some(Step::Organisation));
        assert_eq!(project.organisation.name, "");
        assert!(!history.can_undo());
        assert_eq!(history.redo(&mut project), Some(Step::Organisation));
        assert_eq!(project.organisation.name, "Bak");

        for n in 0..DEPTH + 10 {
            let before = project.clone();
            project.document.version = n.to_string();
            history.record(before, Step::Review, None);
        }
        let mut undone = 0;
        while history.undo(&mut project).is_some() {
            undone += 1;
        }
        assert_eq!(undone, DEPTH);
    }
}
