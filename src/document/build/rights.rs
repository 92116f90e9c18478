//! Rights, the authority to complain to, children, security and announcements of changes.

use super::*;

impl Writer<'_> {
    pub(super) fn rights(&mut self, rights: &[String], out: &mut Vec<Block>) {
        let items = rights
            .iter()
            .map(|right| {
                let name = self.t(&format!("right-{right}"));
                let explanation = self.t(&format!("right-{right}.explanation"));
                Text(vec![
                    Span::Strong(name),
                    Span::Plain(format!("{}{explanation}", self.colon())),
                ])
            })
            .collect();
        push_list(out, items);
    }

    pub(super) fn email_paragraph(&mut self, id: &str, out: &mut Vec<Block>) {
        let email = self.project.privacy_email();
        let address = if email.trim().is_empty() {
            self.missing("question-email")
        } else {
            Self::email_text(email).0.remove(0)
        };
        let text = self.rich(id, vec![("address", address)]);
        out.push(Block::Paragraph(text));
    }

    pub(super) fn authority(&mut self, out: &mut Vec<Block>) {
        let country = &self.project.organisation.address.country;
        let entered = self.project.supervisory_authority.as_ref();
        // The country of an authority policywright knows, so its address
        // works for a reader abroad too.
        let known_in = country
            .as_ref()
            .filter(|c| entered.is_none() && jurisdiction::authority(c).is_some());
        let authority = entered.or_else(|| country.as_ref().and_then(jurisdiction::authority));
        let Some(authority) = authority else {
            let text = self.t("complaint-authority-unknown");
            out.push(Block::Paragraph(split_missing(text)));
            return;
        };
        let mut details = vec![(
            self.t("label-authority"),
            split_missing(self.local(&authority.name, "supervisory_authority.name")),
        )];
        if !authority.address.is_empty() {
            let mut lines = authority.address.clone();
            if let Some(country) = known_in {
                lines.push(self.country_name(country));
            }
            details.push((self.t("label-address"), split_missing(lines.join(", "))));
        }
        if let Some(phone) = &authority.phone {
            details.push((self.t("label-phone"), split_missing(phone.clone())));
        }
        if let Some(email) = &authority.email {
            details.push((self.t("label-email"), Self::email_text(email)));
        }
        if let Some(website) = &authority.website {
            let website = self.local(website, "supervisory_authority.website");
            details.push((self.t("label-website"), Self::url_text(&website)));
        }
        out.push(Block::Details(details));
    }

    /// Only what was answered: whether online services are offered to
    /// children, the organisation's own age limit, and how minors' data is
    /// handled, in the owner's words.
    pub(super) fn children(&mut self, out: &mut Vec<Block>) {
        let children = &self.project.children;
        let id = match children.online_services {
            Some(true) => "children-offered",
            Some(false) => "children-not-offered",
            None => return,
        };
        let mut sentences = vec![self.t(id)];
        if let Some(age) = children.age_limit {
            sentences.push(self.text("children-age-limit", &[("age", number(f64::from(age)))]));
        }
        out.push(Block::Paragraph(split_missing(sentences.join(" "))));
        if let Some(minors) = &children.minors {
            let minors = self.local(minors, "children.minors");
            if !minors.trim().is_empty() {
                out.push(Block::Paragraph(split_missing(minors)));
            }
        }
    }

    pub(super) fn security(&mut self, out: &mut Vec<Block>) {
        let items = self.security_measures();
        push_list(out, items);
    }

    /// The security measures ticked, each in words.
    pub(super) fn security_measures(&mut self) -> Vec<Text> {
        let project = self.project;
        project
            .security_measures
            .iter()
            .enumerate()
            .filter_map(|(i, measure)| {
                let text = match measure {
                    SecurityMeasure::Custom(text) => {
                        self.local(text, &format!("security_measures[{i}]"))
                    }
                    // Says nothing until the owner says where.
                    SecurityMeasure::Encryption => return None,
                    standard => self.t(&format!("security-{}", standard.key())),
                };
                Some(split_missing(text))
            })
            .collect()
    }

    pub(super) fn change_channels(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
            .change_notice
            .iter()
            .enumerate()
            .map(|(i, channel)| {
                let text = match channel {
                    crate::model::ChangeChannel::Website => self.t("changes-website"),
                    crate::model::ChangeChannel::Email => self.t("changes-email"),
                    crate::model::ChangeChannel::Custom(text) => {
                        self.local(text, &format!("change_notice[{i}]"))
                    }
                };
                split_missing(text)
            })
            .collect();
        push_list(out, items);
    }
}
