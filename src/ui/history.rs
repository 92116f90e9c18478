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

#[derive(Debug)]
pub struct History {
    undo: Vec<Before>,
    redo: Vec<Before>,
    /// The answers as the last recorded change left them: what an undo
    /// of the next change goes back to.
    current: Project,
    /// The field the last change typed into, while typing goes on there.
    typing: Option<String>,
}

impl History {
    /// No changes yet; the answers stand as `project`.
    pub fn new(project: &Project) -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            current: project.clone(),
            typing: None,
        }
    }

    /// Notes that a change on `step` made the answers `now`. Consecutive
    /// changes typed into the same field (`typing`) count as one.
    pub fn record(&mut self, now: &Project, step: Step, typing: Option<String>) {
        self.redo.clear();
        let before = std::mem::replace(&mut self.current, now.clone());
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
        let step = before.step;
        let now = self.restore(project, before.project);
        self.redo.push(Before { project: now, step });
        Some(step)
    }

    /// Makes the last undone change again.
    pub fn redo(&mut self, project: &mut Project) -> Option<Step> {
        let after = self.redo.pop()?;
        let step = after.step;
        let now = self.restore(project, after.project);
        self.undo.push(Before { project: now, step });
        Some(step)
    }

    /// Makes `project` what it was (`then`); returns what it is now.
    fn restore(&mut self, project: &mut Project, then: Project) -> Project {
        self.typing = None;
        self.current = then.clone();
        std::mem::replace(project, then)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_one_field_is_one_change_and_the_depth_is_kept() {
        let today = time::macros::date!(2026 - 12 - 01);
        let mut project = Project::empty("", today);
        let mut history = History::new(&project);
        for name in ["B", "Ba", "Bak"] {
            project.organisation.name = name.into();
            history.record(&project, Step::Organisation, Some("Name(".into()));
        }
        assert_eq!(history.undo(&mut project), Some(Step::Organisation));
        assert_eq!(project.organisation.name, "");
        assert!(!history.can_undo());
        assert_eq!(history.redo(&mut project), Some(Step::Organisation));
        assert_eq!(project.organisation.name, "Bak");

        for n in 0..DEPTH + 10 {
            project.document.version = n.to_string();
            history.record(&project, Step::Review, None);
        }
        let mut undone = 0;
        while history.undo(&mut project).is_some() {
            undone += 1;
        }
        assert_eq!(undone, DEPTH);
    }
}
