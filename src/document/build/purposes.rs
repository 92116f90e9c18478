//! Purposes: the table of purposes with their bases and retention, legitimate interests, and whether data must be provided.

use super::*;

/// Names for a sentence: joined, and how many there are.
pub(super) struct Names {
    pub text: String,
    pub count: usize,
}

impl Names {
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl Writer<'_> {
    pub(super) fn purpose_name(&mut self, index: usize, purpose: &Purpose) -> String {
        self.local(&purpose.name, &format!("purposes[{index}].name"))
    }

    /// The names of the purposes `include` picks.
    pub(super) fn purpose_names(&mut self, include: impl Fn(&Purpose) -> bool) -> Names {
        let project = self.project;
        let names: Vec<String> = project
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| include(p))
            .map(|(i, p)| self.purpose_name(i, p))
            .collect();
        self.names(names)
    }

    /// `names` joined with the language's semicolon (a purpose's name may
    /// hold a comma; French puts a no-break space before it), and counted,
    /// so a message can say "this purpose" or "these purposes".
    pub(super) fn names(&mut self, names: Vec<String>) -> Names {
        let separator = self.t("list-separator");
        Names {
            text: names.join(&separator),
            count: names.len(),
        }
    }

    pub(super) fn legal_basis(&mut self, basis: LegalBasis) -> String {
        self.t(&format!("basis-{}", basis.key()))
    }

    pub(super) fn period(&mut self, period: Period) -> String {
        let unit = match period.unit() {
            PeriodUnit::Days => "days",
            PeriodUnit::Weeks => "weeks",
            PeriodUnit::Months => "months",
            PeriodUnit::Years => "years",
        };
        self.text(
            &format!("period-{unit}"),
            &[("count", number(period.amount()))],
        )
    }

    pub(super) fn retention(&mut self, index: usize, retention: &Retention) -> String {
        match retention {
            Retention::For { period, after } => {
                let period = self.period(*period);
                let start = match after {
                    RetentionStart::Custom(text) => {
                        self.local(text, &format!("purposes[{index}].retention.after"))
                    }
                    standard => self.t(&format!("retention-after-{}", standard.key())),
                };
                self.text(
                    "retention-for",
                    &[("period", period.into()), ("start", start.into())],
                )
            }
            Retention::Criteria(criteria) => {
                self.local(criteria, &format!("purposes[{index}].retention"))
            }
        }
    }

    pub(super) fn audience_names(&mut self, keys: &[String]) -> String {
        let project = self.project;
        let names: Vec<String> = keys
            .iter()
            .filter_map(|key| project.audience(key))
            .map(|audience| match audience {
                crate::model::Audience::Standard(kind) => {
                    self.t(&format!("audience-{}", kind.key()))
                }
                crate::model::Audience::Custom { key, name } => {
                    self.local(name, &format!("audiences[{key}].name"))
                }
            })
            .collect();
        names.join(", ")
    }

    pub(super) fn purpose_table(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let columns = vec![
            self.t("column-purpose"),
            self.t("column-data"),
            self.t("column-legal-basis"),
            self.t("column-retention"),
        ];
        let mut rows = Vec::new();
        for (i, purpose) in project.purposes.iter().enumerate() {
            let mut first = vec![Span::Strong(self.purpose_name(i, purpose))];
            if let Some(description) = &purpose.description {
                let description = self.local(description, &format!("purposes[{i}].description"));
                if !description.is_empty() {
                    first.push(Span::Break);
                    first.push(Span::Plain(description));
                }
            }
            let audiences = self.audience_names(&purpose.audiences);
            if !audiences.is_empty() {
                first.push(Span::Break);
                first.push(Span::Plain(
                    self.text("purpose-concerns", &[("audiences", audiences.into())]),
                ));
            }
            let data = self.category_names(&purpose.data);
            let basis = self.bases(purpose);
            let retention = match &purpose.retention {
                Some(retention) => self.retention(i, retention),
                None => self.t("not-stated"),
            };
            rows.push(vec![
                Text(first),
                split_missing(data),
                basis,
                split_missing(retention),
            ]);
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table { columns, rows }));
        }
    }

    /// The purpose's bases: one, or one per line for the audiences that
    /// have their own ("For customers: ...").
    pub(super) fn bases(&mut self, purpose: &Purpose) -> Text {
        let terms = purpose.terms();
        let mut spans = Vec::new();
        for (n, terms) in terms.iter().enumerate() {
            if n > 0 {
                spans.push(Span::Break);
            }
            let basis = match terms.legal_basis {
                Some(basis) => self.legal_basis(basis),
                None => self.t("not-stated"),
            };
            let line = self.for_audience(purpose, terms, basis);
            spans.extend(split_missing(line).0);
        }
        Text(spans)
    }

    /// The purposes people may object to on grounds of their situation
    /// (Art. 21(1)): those resting on legitimate interests or a public
    /// task, each named with the groups it rests on them for where its
    /// groups differ; and which of the two bases occur ("interests",
    /// "public" or "both").
    pub(super) fn objectable(&mut self) -> (Names, &'static str) {
        let project = self.project;
        let (mut interests, mut public) = (false, false);
        let mut names = Vec::new();
        for (i, purpose) in project
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| outline::PurposeFilter::Objectable.picks(p))
        {
            for terms in purpose.terms() {
                match terms.legal_basis {
                    Some(LegalBasis::LegitimateInterests) => interests = true,
                    Some(LegalBasis::PublicTask) => public = true,
                    _ => continue,
                }
                let name = self.purpose_name(i, purpose);
                let name = match self.terms_audiences(purpose, &terms) {
                    Some(audience) => self.text(
                        "purpose-for-audience",
                        &[("purpose", name.into()), ("audience", audience.into())],
                    ),
                    None => name,
                };
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        for basis in [LegalBasis::LegitimateInterests, LegalBasis::PublicTask] {
            if outline::cameras_rest_on(project, basis) {
                interests |= basis == LegalBasis::LegitimateInterests;
                public |= basis == LegalBasis::PublicTask;
                names.push(self.t("privacy-cameras-title"));
            }
        }
        let basis = match (interests, public) {
            (true, true) => "both",
            (false, true) => "public",
            _ => "interests",
        };
        (self.names(names), basis)
    }

    /// The names of the audiences a set of terms is for, when the
    /// purpose's audiences do not all share one set.
    fn terms_audiences(&mut self, purpose: &Purpose, terms: &Terms) -> Option<String> {
        let keys: Vec<String> = match terms.audience {
            _ if purpose.per_audience.is_empty() => return None,
            Some(key) => vec![key.to_owned()],
            None => purpose
                .audiences
                .iter()
                .filter(|a| !purpose.per_audience.iter().any(|t| &t.audience == *a))
                .cloned()
                .collect(),
        };
        let names = self.audience_names(&keys);
        (!names.is_empty()).then_some(names)
    }

    /// `text`, prefixed with the audiences the terms are for when some of
    /// the purpose's audiences have terms of their own: that audience, or
    /// for the purpose's own terms all the others.
    fn for_audience(&mut self, purpose: &Purpose, terms: &Terms, text: String) -> String {
        match self.terms_audiences(purpose, terms) {
            Some(audience) => {
                let text = self.after_label(text);
                self.text(
                    "for-audience",
                    &[("audience", audience.into()), ("text", text.into())],
                )
            }
            None => text,
        }
    }

    pub(super) fn legitimate_interests(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, purpose) in project.purposes.iter().enumerate() {
            for terms in purpose.terms() {
                if terms.legal_basis != Some(LegalBasis::LegitimateInterests) {
                    continue;
                }
                let name = self.purpose_name(i, purpose);
                let interest = match terms.legitimate_interest {
                    Some(text) => self.local(text, &terms.path(i, "legitimate_interest")),
                    None => String::new(),
                };
                let interest = if interest.is_empty() {
                    self.t("not-stated")
                } else {
                    interest
                };
                // The owner's own words keep their capitals; "For
                // customers:" before them goes on after the purpose's name.
                let interest = match self.terms_audiences(purpose, &terms) {
                    Some(audience) => {
                        let text = self.text(
                            "for-audience",
                            &[("audience", audience.into()), ("text", interest.into())],
                        );
                        self.after_label(text)
                    }
                    None => interest,
                };
                items.push(Text(vec![
                    Span::Strong(name),
                    Span::Plain(format!("{}{interest}", self.colon())),
                ]));
            }
        }
        if let Some(cameras) = project
            .cameras
            .as_ref()
            .filter(|_| outline::cameras_rest_on(project, LegalBasis::LegitimateInterests))
        {
            let purpose = self.camera_purpose(cameras);
            let mut spans = vec![Span::Strong(self.t("privacy-cameras-title"))];
            spans.extend(split_missing(format!("{}{purpose}", self.colon())).0);
            items.push(Text(spans));
        }
        push_list(out, items);
    }

    /// Whether people must give their data (Art. 13(2)(e)), per purpose
    /// and, where it differs, per audience.
    pub(super) fn provisions(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, purpose) in project.purposes.iter().enumerate() {
            for terms in purpose.terms() {
                let Some(provision) = terms.provision else {
                    continue;
                };
                let name = self.purpose_name(i, purpose);
                let mut said = self.t(&format!("requirement-{}", provision.requirement.key()));
                if let Some(consequence) = &provision.consequence {
                    let consequence =
                        self.local(consequence, &terms.path(i, "provision.consequence"));
                    if !consequence.is_empty() {
                        let sentence = self.text(
                            "provision-consequence",
                            &[("consequence", consequence.into())],
                        );
                        said = format!("{said} {sentence}");
                    }
                }
                let said = self.for_audience(purpose, &terms, said);
                let said = self.after_label(said);
                items.push(Text(vec![
                    Span::Strong(name),
                    Span::Plain(format!("{}{said}", self.colon())),
                ]));
            }
        }
        push_list(out, items);
    }
}
