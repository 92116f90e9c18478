//! Every text the owner writes, with its place in the project file, so
//! that checks of wording (languages, register) reach all of them.

use super::{
    Audience, ChangeChannel, DataCategoryKind, Dpo, LocalText, Project, Retention, RetentionStart,
    SecurityMeasure, TransferSafeguard,
};

/// What a written text is, which decides the checks that apply to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A name (a company, a group of people): the same in every language
    /// is normal.
    Name,
    /// A sentence or phrase the documents print as prose.
    Prose,
}

impl Project {
    /// Every text the owner wrote, as (field path, kind, text).
    pub fn texts(&self) -> Vec<(String, TextKind, &LocalText)> {
        use TextKind::{Name, Prose};
        let mut out: Vec<(String, TextKind, &LocalText)> = Vec::new();
        if let Some(role) = &self.organisation.processor_for {
            push(
                &mut out,
                "organisation.processor_for".to_owned(),
                Prose,
                role,
            );
        }
        for (i, audience) in self.audiences.iter().enumerate() {
            if let Audience::Custom { name, .. } = audience {
                push(&mut out, format!("audiences[{i}].name"), Name, name);
            }
        }
        for (i, category) in self.data_categories.iter().enumerate() {
            if let DataCategoryKind::Custom { name, .. } = &category.kind {
                push(
                    &mut out,
                    format!("data_categories[{i}].kind.name"),
                    Name,
                    name,
                );
            }
            if let Some(examples) = &category.examples {
                push(
                    &mut out,
                    format!("data_categories[{i}].examples"),
                    Prose,
                    examples,
                );
            }
            if let Some(law) = &category.art10_authorisation {
                push(
                    &mut out,
                    format!("data_categories[{i}].art10_authorisation"),
                    Prose,
                    law,
                );
            }
        }
        for (i, source) in self.sources.iter().enumerate() {
            push(
                &mut out,
                format!("sources[{i}].description"),
                Prose,
                &source.description,
            );
        }
        for (i, purpose) in self.purposes.iter().enumerate() {
            let at = |field: &str| format!("purposes[{i}].{field}");
            push(&mut out, at("name"), Prose, &purpose.name);
            if let Some(text) = &purpose.description {
                push(&mut out, at("description"), Prose, text);
            }
            for terms in purpose.terms() {
                if let Some(text) = terms.legitimate_interest {
                    push(&mut out, terms.path(i, "legitimate_interest"), Prose, text);
                }
                if let Some(text) = terms.provision.and_then(|p| p.consequence.as_ref()) {
                    push(
                        &mut out,
                        terms.path(i, "provision.consequence"),
                        Prose,
                        text,
                    );
                }
            }
            for (j, special) in purpose.special_data.iter().enumerate() {
                if let Some(text) = &special.art10_authorisation {
                    let path = at(&format!("special_data[{j}].art10_authorisation"));
                    push(&mut out, path, Prose, text);
                }
            }
            match &purpose.retention {
                Some(Retention::Criteria(text)) => push(&mut out, at("retention"), Prose, text),
                Some(Retention::For {
                    after: RetentionStart::Custom(text),
                    ..
                }) => push(&mut out, at("retention.after"), Prose, text),
                _ => {}
            }
            if let Some(decision) = &purpose.automated_decision {
                push(
                    &mut out,
                    at("automated_decision.logic"),
                    Prose,
                    &decision.logic,
                );
                push(
                    &mut out,
                    at("automated_decision.consequences"),
                    Prose,
                    &decision.consequences,
                );
            }
        }
        for (i, recipient) in self.recipients.iter().enumerate() {
            push(
                &mut out,
                format!("recipients[{i}].name"),
                Name,
                &recipient.name,
            );
            push(
                &mut out,
                format!("recipients[{i}].service"),
                Prose,
                &recipient.service,
            );
            if let Some(arrangement) = &recipient.arrangement {
                push(
                    &mut out,
                    format!("recipients[{i}].arrangement"),
                    Prose,
                    arrangement,
                );
            }
            if let Some(TransferSafeguard::Derogation(reason)) = &recipient.safeguard {
                push(
                    &mut out,
                    format!("recipients[{i}].safeguard"),
                    Prose,
                    reason,
                );
            }
        }
        for (i, measure) in self.security_measures.iter().enumerate() {
            if let SecurityMeasure::Custom(text) = measure {
                push(&mut out, format!("security_measures[{i}]"), Prose, text);
            }
        }
        for (i, channel) in self.change_notice.iter().enumerate() {
            if let ChangeChannel::Custom(text) = channel {
                push(&mut out, format!("change_notice[{i}]"), Prose, text);
            }
        }
        if let Dpo::NotAppointedBecause(reason) = &self.dpo {
            push(&mut out, "dpo".to_owned(), Prose, reason);
        }
        if let Some(proof) = &self.requests.identity_proof {
            push(&mut out, "requests.identity_proof".to_owned(), Prose, proof);
        }
        if let Some(minors) = &self.children.minors {
            push(&mut out, "children.minors".to_owned(), Prose, minors);
        }
        for (i, cookie) in self.cookies.iter().enumerate() {
            push(
                &mut out,
                format!("cookies[{i}].purpose"),
                Prose,
                &cookie.purpose,
            );
        }
        if let Some(via) = self
            .cookie_consent
            .as_ref()
            .and_then(|c| c.withdraw_via.as_ref())
        {
            push(
                &mut out,
                "cookie_consent.withdraw_via".to_owned(),
                Prose,
                via,
            );
        }
        out
    }
}

fn push<'a>(
    out: &mut Vec<(String, TextKind, &'a LocalText)>,
    path: String,
    kind: TextKind,
    text: &'a LocalText,
) {
    out.push((path, kind, text));
}
