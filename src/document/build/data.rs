//! The kinds of data, sensitive and criminal-offence data, and their sources.

use super::*;
use crate::model::{Art9Condition, SpecialDataTerms};

impl Writer<'_> {
    pub(super) fn category_name(&mut self, category: &DataCategory) -> String {
        match &category.kind {
            DataCategoryKind::Custom { key, name, .. } => {
                self.local(name, &format!("data_categories[{key}].name"))
            }
            kind => self.t(&format!("data-{}", kind.key())),
        }
    }

    /// The owner's examples; none when they gave none, so no stock
    /// example can describe data the organisation does not have.
    pub(super) fn category_examples(&mut self, category: &DataCategory) -> String {
        match &category.examples {
            Some(examples) => self.local(
                examples,
                &format!("data_categories[{}].examples", category.key()),
            ),
            None => String::new(),
        }
    }

    pub(super) fn category_items(&mut self, include: impl Fn(&DataCategory) -> bool) -> Vec<Text> {
        let project = self.project;
        project
            .data_categories
            .iter()
            .filter(|c| include(c))
            .map(|category| self.category_item(category, Vec::new()))
            .collect()
    }

    /// "**Name**: examples" with notes after it, one per line.
    pub(super) fn category_item(&mut self, category: &DataCategory, notes: Vec<String>) -> Text {
        let name = self.category_name(category);
        let examples = self.category_examples(category);
        let mut spans = vec![Span::Strong(name)];
        if !examples.is_empty() {
            spans.push(Span::Plain(format!("{}{examples}", self.colon())));
        }
        for note in notes.into_iter().filter(|n| !n.is_empty()) {
            spans.push(Span::Break);
            spans.extend(split_missing(note).0);
        }
        Text(spans)
    }

    /// The kind's own condition, then those of purposes that use it under
    /// another one ("For “Emergencies”: ... vital interests ...").
    fn special_notes(
        &mut self,
        category: &DataCategory,
        kind_says: impl Fn(&mut Self, &DataCategory) -> Option<String>,
        purpose_says: impl Fn(&mut Self, usize, usize, &SpecialDataTerms) -> Option<String>,
    ) -> Vec<String> {
        let project = self.project;
        let mut notes: Vec<String> = kind_says(self, category).into_iter().collect();
        for (i, purpose) in project.purposes.iter().enumerate() {
            if !purpose.data.iter().any(|k| k == category.key()) {
                continue;
            }
            for (j, special) in purpose.special_data.iter().enumerate() {
                if special.data != category.key() {
                    continue;
                }
                if let Some(said) = purpose_says(self, i, j, special) {
                    let name = self.purpose_name(i, purpose);
                    notes.push(self.text(
                        "for-purpose",
                        &[("purpose", name.into()), ("text", said.into())],
                    ));
                }
            }
        }
        notes
    }

    pub(super) fn special_categories(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let art9 = |w: &mut Self, condition: Option<Art9Condition>| {
            condition.map(|c| w.t(&format!("art9-{}", c.key())))
        };
        let items = project
            .data_categories
            .iter()
            .filter(|c| c.kind.is_special())
            .map(|category| {
                let notes = self.special_notes(
                    category,
                    |w, c| art9(w, c.art9_condition),
                    |w, _, _, s| art9(w, s.art9_condition),
                );
                self.category_item(category, notes)
            })
            .collect();
        push_list(out, items);
    }

    /// The law that authorises it (Art. 10), said only when given.
    fn authorised_by(&mut self, law: Option<&LocalText>, path: &str) -> Option<String> {
        let law = self.local(law?, path);
        (!law.is_empty()).then(|| self.text("criminal-data-authorised-by", &[("law", law.into())]))
    }

    pub(super) fn criminal_data(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
            .data_categories
            .iter()
            .filter(|c| is_criminal(c))
            .map(|category| {
                let notes = self.special_notes(
                    category,
                    |w, c| {
                        let path = "data_categories[criminal-records].art10_authorisation";
                        w.authorised_by(c.art10_authorisation.as_ref(), path)
                    },
                    |w, i, j, s| {
                        let path = format!("purposes[{i}].special_data[{j}].art10_authorisation");
                        w.authorised_by(s.art10_authorisation.as_ref(), &path)
                    },
                );
                self.category_item(category, notes)
            })
            .collect();
        push_list(out, items);
    }

    pub(super) fn category_names(&mut self, keys: &[String]) -> String {
        let project = self.project;
        let names: Vec<String> = keys
            .iter()
            .filter_map(|key| project.data_category(key))
            .map(|category| self.category_name(category))
            .collect();
        names.join(", ")
    }

    pub(super) fn sources(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, source) in project.sources.iter().enumerate() {
            let description = self.local(&source.description, &format!("sources[{i}].description"));
            let data = self.category_names(&source.data);
            let public = match source.publicly_accessible {
                Some(true) => Span::Plain(self.t("source-public")),
                Some(false) => Span::Plain(self.t("source-not-public")),
                None => self.missing("question-source-public"),
            };
            let mut spans = vec![Span::Strong(description)];
            if !data.is_empty() {
                spans.push(Span::Plain(format!("{}{data}", self.colon())));
            }
            spans.push(Span::Break);
            spans.push(public);
            items.push(Text(spans));
        }
        push_list(out, items);
    }
}

pub(super) fn is_criminal(category: &DataCategory) -> bool {
    category.kind == DataCategoryKind::CriminalRecords
}
