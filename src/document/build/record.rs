//! The record of processing activities (Art. 30 GDPR): one section per
//! purpose, with the columns of the Belgian authority's model register,
//! each said from the answers, or as a placeholder where an answer the
//! record needs is missing. Exported as a spreadsheet, one row per
//! purpose, and as HTML and PDF through the documents' own exporters.

use super::*;
use crate::model::Contact;

/// The id of the record's section of what every purpose shares: the
/// controller, the DPO and the security measures.
pub const COMMON_SECTION: &str = "record-common";

impl Writer<'_> {
    pub(super) fn record_of_processing(mut self) -> Document {
        let title = self.t("record-title");
        let controller = self.controller_line();
        let dpo = self.dpo_line();
        let security = self.security_measures();
        // The measures are sentences of their own.
        let security = if security.is_empty() {
            self.not_stated()
        } else {
            joined(security, " ")
        };
        let separator = self.t("list-separator");
        let project = self.project;
        // What every purpose shares is said once, in a section of its own;
        // the spreadsheet repeats it on every row.
        let common = Section {
            id: COMMON_SECTION.to_owned(),
            title: self.t("record-common"),
            blocks: vec![Block::Details(vec![
                (self.t("record-controller"), controller),
                (self.t("record-dpo"), dpo),
                (self.t("record-security"), security),
            ])],
        };
        let mut sections = vec![common];
        for (i, purpose) in project.purposes.iter().enumerate() {
            let name = self.purpose_name(i, purpose);
            let mut said = name.clone();
            if let Some(description) = &purpose.description {
                let description = self.local(description, &format!("purposes[{i}].description"));
                if !description.is_empty() {
                    said = format!("{said}{}{description}", self.colon());
                }
            }
            let mut details = vec![(self.t("column-purpose"), split_missing(said))];
            let audiences = self.audience_names(&purpose.audiences);
            details.push((
                self.t("record-data-subjects"),
                self.or_not_stated(audiences),
            ));
            let data = self.category_names(&purpose.data);
            details.push((self.t("column-data"), self.or_not_stated(data)));
            let basis = self.bases(purpose);
            details.push((self.t("column-legal-basis"), basis));
            let (recipients, transfers) = self.recipients_of(purpose, &separator);
            details.push((self.t("record-recipients"), recipients));
            details.push((self.t("record-transfers"), transfers));
            let retention = match &purpose.retention {
                Some(retention) => self.retention(i, retention),
                None => self.t("not-stated"),
            };
            details.push((self.t("column-retention"), split_missing(retention)));
            let sources = self.sources_of(purpose, &separator);
            details.push((self.t("record-source"), sources));
            let record = &purpose.record;
            let owner = record.owner.clone().unwrap_or_default();
            details.push((self.t("record-owner"), self.or_not_stated(owner)));
            let system = record.system.clone().unwrap_or_default();
            details.push((self.t("record-system"), self.or_not_stated(system)));
            let dpia = match record.dpia_done {
                Some(true) => self.t("record-dpia-done"),
                Some(false) => self.t("record-dpia-not-done"),
                None => self.t("not-stated"),
            };
            details.push((self.t("record-dpia"), split_missing(dpia)));
            sections.push(Section {
                id: format!("purpose-{}", i + 1),
                title: name,
                blocks: vec![Block::Details(details)],
            });
        }
        self.finish(title, sections)
    }

    fn not_stated(&mut self) -> Text {
        split_missing(self.t("not-stated"))
    }

    fn or_not_stated(&mut self, text: String) -> Text {
        if text.trim().is_empty() {
            self.not_stated()
        } else {
            split_missing(strip_marks(&text))
        }
    }

    /// The controller's name, address and e-mail, on one line.
    fn controller_line(&mut self) -> Text {
        let project = self.project;
        let org = &project.organisation;
        let address = &org.address;
        let country = address.country.as_ref().map(|c| self.country_name(c));
        let place = format!("{} {}", address.postcode.trim(), address.city.trim());
        let parts: Vec<&str> = [
            org.name.as_str(),
            address.street.as_str(),
            place.as_str(),
            country.as_deref().unwrap_or_default(),
            project.privacy_email(),
        ]
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
        self.or_not_stated(parts.join(", "))
    }

    fn dpo_line(&mut self) -> Text {
        match &self.project.dpo {
            Dpo::Appointed(contact) => self.contact_line(contact),
            Dpo::NotAppointed | Dpo::NotAppointedBecause(_) => {
                split_missing(self.t("record-no-dpo"))
            }
            Dpo::NotAnswered => self.not_stated(),
        }
    }

    fn contact_line(&mut self, contact: &Contact) -> Text {
        let parts: Vec<&str> = [
            Some(contact.name.as_str()),
            contact.email.as_deref(),
            contact.phone.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
        self.or_not_stated(parts.join(", "))
    }

    /// The recipients that receive data for `purpose`, with their role, and
    /// the transfers among them outside the EEA with their safeguards.
    fn recipients_of(&mut self, purpose: &Purpose, separator: &str) -> (Text, Text) {
        let project = self.project;
        let mut recipients = Vec::new();
        let mut transfers = Vec::new();
        for (i, recipient) in project.recipients.iter().enumerate() {
            if purpose.key.is_empty() || !recipient.purposes.contains(&purpose.key) {
                continue;
            }
            let mut line = self.recipient_name(i, recipient).0;
            if let Some(role) = recipient.role {
                let role = self.t(&format!("role-{}", role.key()));
                line.push(Span::Plain(format!(" ({role})")));
            }
            recipients.push(Text(line));
            if let Some(transfer) = self.transfer(i, recipient) {
                transfers.push(transfer);
            }
        }
        let recipients = if recipients.is_empty() {
            split_missing(self.t("record-none"))
        } else {
            joined(recipients, separator)
        };
        let transfers = if transfers.is_empty() {
            split_missing(self.t("record-none"))
        } else {
            joined(transfers, separator)
        };
        (recipients, transfers)
    }

    /// Where the data comes from: the people themselves, and the other
    /// sources that provide data this purpose uses.
    fn sources_of(&mut self, purpose: &Purpose, separator: &str) -> Text {
        let project = self.project;
        let mut said = vec![self.t("record-source-people")];
        for (i, source) in project.sources.iter().enumerate() {
            if source.data.iter().any(|kind| purpose.data.contains(kind)) {
                said.push(self.local(&source.description, &format!("sources[{i}].description")));
            }
        }
        split_missing(said.join(separator))
    }
}

/// Texts one after the other, with `separator` between them.
fn joined(texts: Vec<Text>, separator: &str) -> Text {
    let mut spans = Vec::new();
    for (n, text) in texts.into_iter().enumerate() {
        if n > 0 {
            spans.push(Span::Plain(separator.to_owned()));
        }
        spans.extend(text.0);
    }
    Text(spans)
}
