//! Joint controllers (Art. 26): the essence of each arrangement, as the
//! owner wrote it, and that people may exercise their rights with each.

use super::{Block, Span, Text, Writer, split_missing};
use crate::model::RecipientRole;

impl Writer<'_> {
    pub(super) fn joint_controllers(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, recipient) in project.recipients.iter().enumerate() {
            if recipient.role != Some(RecipientRole::JointController) {
                continue;
            }
            let mut spans = self.recipient_name(i, recipient).0;
            spans.push(Span::Plain(": ".into()));
            let arrangement = recipient
                .arrangement
                .as_ref()
                .map(|text| self.local(text, &format!("recipients[{i}].arrangement")))
                .filter(|text| !text.trim().is_empty());
            match arrangement {
                Some(text) => spans.extend(split_missing(text).0),
                None => spans.push(self.missing("question-arrangement")),
            }
            items.push(Text(spans));
        }
        if items.is_empty() {
            return;
        }
        out.push(Block::Paragraph(split_missing(
            self.t("joint-arrangements"),
        )));
        out.push(Block::List(items));
        out.push(Block::Paragraph(split_missing(self.t("joint-rights"))));
    }
}
