//! How each group's data comes in and which data it is, and the
//! surveillance cameras at the premises.

use super::*;
use crate::i18n::capitalised;
use crate::model::{AudienceProfile, Cameras, LegalBasis};

impl Writer<'_> {
    /// One line per group the owner described: its data, where answered,
    /// and how it comes in.
    pub(super) fn audience_profiles(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
            .profiles
            .iter()
            .map(|profile| self.profile_item(profile))
            .collect();
        push_list(out, items);
    }

    fn profile_item(&mut self, profile: &AudienceProfile) -> Text {
        let audience = self.audience_names(std::slice::from_ref(&profile.audience));
        let data = self.category_names(&profile.data);
        let channels: Vec<String> = profile
            .channels
            .iter()
            .map(|c| self.t(&format!("channel-{}", c.key())))
            .collect();
        let channels = self.either(channels);
        let said = match (data.is_empty(), channels.is_empty()) {
            (false, false) => self.text(
                "profile-data-channels",
                &[("data", data.into()), ("channels", channels.into())],
            ),
            (false, true) => self.text("profile-data", &[("data", data.into())]),
            (true, false) => {
                let said = self.text("profile-channels", &[("channels", channels.into())]);
                self.after_label(said)
            }
            (true, true) => String::new(),
        };
        let mut spans = vec![Span::Strong(capitalised(&audience))];
        spans.push(Span::Plain(format!("{}{said}", self.colon())));
        Text(spans)
    }

    /// What the cameras are for, the signs, how long images are kept and
    /// how to see them, each only as answered.
    pub(super) fn cameras(&mut self, out: &mut Vec<Block>) {
        let Some(cameras) = &self.project.cameras else {
            return;
        };
        let purpose = self.camera_purpose(cameras);
        out.push(Block::Paragraph(split_missing(
            self.text("cameras-purpose", &[("purpose", purpose.into())]),
        )));
        let basis = match cameras.legal_basis {
            // The interest is the organisation's own, not "ours or a third
            // party's" as the general label says.
            Some(LegalBasis::LegitimateInterests) => self.t("cameras-basis-legitimate-interests"),
            Some(basis) => self.legal_basis(basis),
            None => self.marked_placeholder("question-camera-basis"),
        };
        out.push(Block::Paragraph(split_missing(
            self.text("cameras-basis", &[("basis", basis.into())]),
        )));
        let mut said = Vec::new();
        if cameras.pictogram {
            said.push(self.t("cameras-pictogram"));
        }
        if cameras.shared_with_police == Some(true) {
            said.push(self.t("cameras-police"));
        }
        if let Some(days) = cameras.retention_days {
            said.push(self.text("cameras-retention", &[("days", number(f64::from(days)))]));
        }
        if self
            .project
            .organisation
            .address
            .country
            .as_ref()
            .map(Country::code)
            == Some("BE")
        {
            said.push(self.t("cameras-law-be"));
        }
        if !said.is_empty() {
            out.push(Block::Paragraph(split_missing(said.join(" "))));
        }
        self.email_paragraph("cameras-access", out);
    }

    pub(super) fn camera_purpose(&mut self, cameras: &Cameras) -> String {
        let purpose = match &cameras.purpose {
            // The sentence ends with its own full stop.
            Some(purpose) => self
                .local(purpose, "cameras.purpose")
                .trim_end()
                .trim_end_matches('.')
                .to_owned(),
            None => String::new(),
        };
        if purpose.trim().is_empty() {
            self.marked_placeholder("question-camera-purpose")
        } else {
            purpose
        }
    }
}
