//! How people exercise their rights and where they complain, as answered:
//! the ways besides e-mail, the proof of identity asked, a promise to
//! answer sooner than the law's month, and a complaints contact of its own.

use super::{Block, Span, Text, Writer, split_missing, strip_marks};
use crate::document::LinkTarget;
use crate::model::Requests;

impl Writer<'_> {
    /// The ways besides e-mail, and the proof of identity asked.
    pub(super) fn request_channels(&mut self, out: &mut Vec<Block>) {
        let requests = &self.project.requests;
        let mut ways = Vec::new();
        if requests.by_post {
            let address = self.address_line(&self.project.organisation.address);
            if !address.is_empty() {
                ways.push(Text(vec![Span::Plain(
                    self.text("request-by-post", &[("address", address.into())]),
                )]));
            }
        }
        if let Some(form) = requests
            .web_form
            .as_deref()
            .and_then(|url| LinkTarget::url(url).map(|target| (url, target)))
        {
            let link = Span::Link {
                text: form.0.trim().to_owned(),
                target: form.1,
            };
            ways.push(self.rich("request-web-form", vec![("form", link)]));
        }
        if requests.by_phone {
            let phone = self
                .project
                .organisation
                .phone
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty());
            let phone = match phone {
                Some(phone) => Span::Plain(strip_marks(phone)),
                None => self.missing("question-phone"),
            };
            ways.push(self.rich("request-by-phone", vec![("phone", phone)]));
        }
        if requests.in_person {
            ways.push(split_missing(self.t("request-in-person")));
        }
        if !ways.is_empty() {
            out.push(Block::Paragraph(split_missing(self.t("request-ways"))));
            out.push(Block::List(ways));
        }
        if let Some(proof) = &requests.identity_proof {
            let proof = self.local(proof, "requests.identity_proof");
            if !proof.trim().is_empty() {
                // The sentence ends with its own full stop.
                let proof = strip_marks(proof.trim_end().trim_end_matches('.'));
                let text = self.text("request-identity", &[("proof", proof.into())]);
                out.push(Block::Paragraph(split_missing(text)));
            }
        }
    }

    /// A promise to answer sooner than the law's month; a longer period
    /// is an error of the checks and is not repeated here.
    pub(super) fn response_time(&mut self, out: &mut Vec<Block>) {
        if let Some(days) = self
            .project
            .requests
            .response_days
            .filter(|days| *days <= Requests::MONTH_IN_DAYS)
        {
            let text = self.text(
                "request-response-days",
                &[("days", crate::i18n::number(f64::from(days)))],
            );
            out.push(Block::Paragraph(split_missing(text)));
        }
    }

    /// The sector's rules that change how rights work, each in its words.
    pub(super) fn sector_rules(&mut self, out: &mut Vec<Block>) {
        let rules = self.project.requests.sector_rules.clone();
        for rule in rules {
            let text = self.t(&format!("sector-{}", rule.key()));
            out.push(Block::Paragraph(split_missing(text)));
        }
    }

    /// The complaints contact, when it is not the privacy contact.
    pub(super) fn complaints_contact(&mut self, out: &mut Vec<Block>) {
        if let Some(contact) = self
            .project
            .requests
            .complaints
            .as_ref()
            .filter(|c| !c.is_blank())
        {
            out.push(Block::Paragraph(split_missing(self.t("complaint-contact"))));
            out.push(self.contact_details(contact));
        }
    }
}
