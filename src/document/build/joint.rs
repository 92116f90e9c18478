//! Joint controllers (Art. 26): the essence of each arrangement, as the
//! owner wrote it, and that people may exercise their rights with each.

use super::{Block, LinkTarget, Span, Text, Writer, split_missing, strip_marks};
use crate::i18n::number;
use crate::model::{Contact, RecipientRole};

impl Writer<'_> {
    /// " You can contact Meta at: name, e-mail, phone." for a joint
    /// controller's own contact; nothing when it has no details.
    fn joint_contact(&mut self, recipient: &str, contact: &Contact) -> Vec<Span> {
        let mut details: Vec<Span> = Vec::new();
        let mut add = |span: Span| {
            if !details.is_empty() {
                details.push(Span::Plain(", ".into()));
            }
            details.push(span);
        };
        if !contact.name.trim().is_empty() {
            add(Span::Plain(strip_marks(contact.name.trim())));
        }
        if let Some(email) = contact.email.as_deref().filter(|e| !e.trim().is_empty()) {
            add(match LinkTarget::email(email) {
                Some(target) => Span::Link {
                    text: email.trim().to_owned(),
                    target,
                },
                None => Span::Plain(strip_marks(email.trim())),
            });
        }
        if let Some(phone) = contact.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            add(Span::Plain(strip_marks(phone.trim())));
        }
        if let Some(address) = &contact.address {
            let line = self.address_line(address);
            if !line.trim().is_empty() {
                add(Span::Plain(line));
            }
        }
        if details.is_empty() {
            return details;
        }
        let lead = self.text("joint-contact", &[("recipient", recipient.into())]);
        let mut spans = vec![Span::Plain(format!(" {lead} "))];
        spans.extend(details);
        spans.push(Span::Plain(".".into()));
        spans
    }

    pub(super) fn joint_controllers(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, recipient) in project.recipients.iter().enumerate() {
            if recipient.role != Some(RecipientRole::JointController) {
                continue;
            }
            let mut spans = self.recipient_name(i, recipient).0;
            spans.push(Span::Plain(self.colon()));
            let arrangement = recipient
                .arrangement
                .as_ref()
                .map(|text| self.local(text, &format!("recipients[{i}].arrangement")))
                .filter(|text| !text.trim().is_empty());
            match arrangement {
                // A sentence of its own follows, so this one ends.
                Some(text)
                    if recipient.contact.is_some()
                        && !text.trim_end().ends_with(['.', '!', '?']) =>
                {
                    spans.extend(split_missing(format!("{}.", text.trim_end())).0);
                }
                Some(text) => spans.extend(split_missing(text).0),
                None => spans.push(self.missing("question-arrangement")),
            }
            if let Some(contact) = &recipient.contact {
                // The name's missing translation is noticed once, above.
                let name = recipient
                    .name
                    .resolve(self.locale)
                    .map_or_else(String::new, |r| strip_marks(r.text.trim()));
                spans.extend(self.joint_contact(&name, contact));
            }
            items.push(Text(spans));
        }
        if items.is_empty() {
            return;
        }
        let count = number(items.len() as f64);
        let intro = self.text("joint-arrangements", &[("count", count.clone())]);
        out.push(Block::Paragraph(split_missing(intro)));
        out.push(Block::List(items));
        let rights = self.text("joint-rights", &[("count", count)]);
        out.push(Block::Paragraph(split_missing(rights)));
    }
}
