//! The kinds of data, sensitive and criminal-offence data, and their sources.

use super::*;

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
            .map(|category| self.category_item(category, None))
            .collect()
    }

    /// "**Name**: examples" with an optional note after it.
    pub(super) fn category_item(&mut self, category: &DataCategory, note: Option<String>) -> Text {
        let name = self.category_name(category);
        let examples = self.category_examples(category);
        let mut spans = vec![Span::Strong(name)];
        if !examples.is_empty() {
            spans.push(Span::Plain(format!(": {examples}")));
        }
        if let Some(note) = note.filter(|n| !n.is_empty()) {
            spans.push(Span::Break);
            spans.push(Span::Plain(note));
        }
        Text(spans)
    }

    pub(super) fn special_categories(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
            .data_categories
            .iter()
            .filter(|c| c.kind.is_special())
            .map(|category| {
                let note = category
                    .art9_condition
                    .map(|condition| self.t(&format!("art9-{}", art9_key(condition))));
                self.category_item(category, note)
            })
            .collect();
        push_list(out, items);
    }

    pub(super) fn criminal_data(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
            .data_categories
            .iter()
            .filter(|c| is_criminal(c))
            .map(|category| {
                let note = category
                    .art10_authorisation
                    .as_ref()
                    .map(|law| {
                        self.local(law, "data_categories[criminal-records].art10_authorisation")
                    })
                    .filter(|law| !law.is_empty())
                    .map(|law| self.text("criminal-data-authorised-by", &[("law", law.into())]));
                self.category_item(category, note)
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
                spans.push(Span::Plain(format!(": {data}")));
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

fn art9_key(condition: crate::model::Art9Condition) -> &'static str {
    use crate::model::Art9Condition as C;
    match condition {
        C::ExplicitConsent => "explicit-consent",
        C::EmploymentLaw => "employment-law",
        C::VitalInterests => "vital-interests",
        C::NonProfitMembers => "non-profit-members",
        C::MadePublic => "made-public",
        C::LegalClaims => "legal-claims",
        C::SubstantialPublicInterest => "public-interest",
        C::HealthCare => "health-care",
        C::PublicHealth => "public-health",
        C::Research => "research",
    }
}
