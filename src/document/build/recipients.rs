//! Recipients and transfers outside the EEA.

use super::*;

impl Writer<'_> {
    pub(super) fn recipient_name(&mut self, index: usize, recipient: &Recipient) -> Text {
        let name = self.local(&recipient.name, &format!("recipients[{index}].name"));
        match recipient
            .privacy_policy
            .as_deref()
            .and_then(LinkTarget::url)
        {
            Some(target) => Text(vec![Span::Link { text: name, target }]),
            None => Text(vec![Span::Plain(name)]),
        }
    }

    pub(super) fn recipient_table(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let columns = vec![
            self.t("column-recipient"),
            self.t("column-service"),
            self.t("column-role"),
            self.t("column-location"),
        ];
        let mut rows = Vec::new();
        for (i, recipient) in project.recipients.iter().enumerate() {
            let name = self.recipient_name(i, recipient);
            let mut service =
                split_missing(self.local(&recipient.service, &format!("recipients[{i}].service")));
            let purposes =
                self.purpose_names(|p| !p.key.is_empty() && recipient.purposes.contains(&p.key));
            if !purposes.is_empty() {
                let said = self.text(
                    "recipient-purposes",
                    &[
                        ("purposes", purposes.text.into()),
                        ("count", number(purposes.count as f64)),
                    ],
                );
                service.0.push(Span::Break);
                service.0.extend(split_missing(said).0);
            }
            let role = match recipient.role {
                Some(role) => self.t(&format!("role-{}", role.key())),
                None => self.t("not-stated"),
            };
            let location = self.locations(recipient);
            rows.push(vec![name, service, split_missing(role), location]);
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table { columns, rows }));
        }
    }

    /// Where the recipient processes the data, and its seat when that is
    /// elsewhere.
    fn locations(&mut self, recipient: &Recipient) -> Text {
        let mut places: Vec<String> = recipient
            .processing_countries()
            .map(|c| self.country_name(c))
            .collect();
        if recipient.outside_eea_unstated {
            places.push(self.t("country-outside-eea-unstated"));
        }
        let mut spans = if places.is_empty() {
            split_missing(self.t("not-stated")).0
        } else {
            vec![Span::Plain(places.join(", "))]
        };
        if let Some(seat) = &recipient.seat {
            let seat = self.country_name(seat);
            spans.push(Span::Break);
            spans.push(Span::Plain(
                self.text("recipient-seat", &[("country", seat.into())]),
            ));
        }
        Text(spans)
    }

    pub(super) fn transfers(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items: Vec<Text> = project
            .recipients
            .iter()
            .enumerate()
            .filter_map(|(i, recipient)| self.transfer(i, recipient))
            .collect();
        if items.is_empty() {
            return;
        }
        let count = number(items.len() as f64);
        let intro = self.text("privacy-transfers", &[("count", count)]);
        out.push(Block::Paragraph(split_missing(intro)));
        push_list(out, items);
    }

    /// The recipient, the countries outside the EEA it processes data in,
    /// and the safeguard of the transfer; `None` when it has none there.
    pub(super) fn transfer(&mut self, i: usize, recipient: &Recipient) -> Option<Text> {
        let outside: Vec<&Country> = recipient
            .processing_countries()
            .filter(|c| !jurisdiction::is_eea(c))
            .collect();
        if outside.is_empty() && !recipient.outside_eea_unstated {
            return None;
        }
        let mut spans = self.recipient_name(i, recipient).0;
        let mut names: Vec<String> = outside.iter().map(|c| self.country_name(c)).collect();
        if recipient.outside_eea_unstated {
            names.push(self.t("country-outside-eea-unstated"));
        }
        spans.push(Span::Plain(format!(" ({})", names.join(", "))));
        // Without a safeguard, only an adequacy decision for every
        // named country covers the transfer.
        let all_adequate = !recipient.outside_eea_unstated
            && outside
                .iter()
                .all(|c| jurisdiction::has_adequacy_decision(c));
        let safeguard = match &recipient.safeguard {
            Some(TransferSafeguard::AdequacyDecision) => Some(self.t("safeguard-adequacy")),
            Some(TransferSafeguard::DataPrivacyFramework) => Some(self.t("safeguard-dpf")),
            Some(TransferSafeguard::StandardContractualClauses) => match recipient.scc {
                Some(crate::model::Scc::Current(module)) => Some(self.text(
                    "safeguard-scc-2021",
                    &[(
                        "module",
                        module.map_or(FluentValue::from("none"), |m| number(f64::from(m))),
                    )],
                )),
                _ => Some(self.t("safeguard-scc")),
            },
            Some(TransferSafeguard::BindingCorporateRules) => Some(self.t("safeguard-bcr")),
            Some(TransferSafeguard::Derogation(reason)) => {
                let reason = self.local(reason, &format!("recipients[{i}].safeguard"));
                Some(self.text("safeguard-derogation", &[("reason", reason.into())]))
            }
            None if all_adequate => Some(self.t("safeguard-adequacy")),
            None => None,
        };
        match safeguard {
            Some(safeguard) => spans.push(Span::Plain(format!("{}{safeguard}", self.colon()))),
            None => {
                spans.push(Span::Plain(self.colon()));
                spans.push(self.missing("question-safeguard"));
            }
        }
        Some(Text(spans))
    }
}
