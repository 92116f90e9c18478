//! From answers to words: walks an outline and writes each block from the
//! project and the Fluent messages. This is the only place that decides
//! what a document says.
//!
//! This file walks the outline and holds what every part shares (the
//! arguments, placeholders, rich text); the blocks of each topic are
//! written in `build/`, one file a topic, as methods of the same `Writer`.

mod collection;
mod contacts;
mod cookies;
mod data;
mod decisions;
mod joint;
mod purposes;
mod record;
mod wording;

pub use record::COMMON_SECTION;
mod recipients;
mod requests;
mod rights;

pub use cookies::category_sentences;

use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentValue};

use super::outline::{self, Block as OutlineBlock, Outline, SectionOutline};
use super::{Block, Document, DocumentKind, LinkTarget, Notice, Section, Span, Table, Text};
use crate::i18n::{I18n, number};
use crate::jurisdiction;
use crate::model::{
    Address, Art22Ground, ConsentMethod, Contact, Cookie, CookieDuration, Country, DataCategory,
    DataCategoryKind, Dpo, LegalBasis, LocalText, Locale, Party, Period, PeriodUnit, Project,
    Purpose, Recipient, Retention, RetentionStart, SecurityMeasure, StorageKind, Terms,
    TransferSafeguard,
};
use crate::questions::Question;

static OUTLINES: LazyLock<[Outline; 2]> = LazyLock::new(|| {
    [
        Outline::embedded(DocumentKind::PrivacyStatement),
        Outline::embedded(DocumentKind::CookiePolicy),
    ]
});

/// Builds `kind` for `project` in `locale`, with the shipped outline.
pub fn build(project: &Project, i18n: &I18n, locale: Locale, kind: DocumentKind) -> Document {
    let outline = match kind {
        DocumentKind::PrivacyStatement => &OUTLINES[0],
        DocumentKind::CookiePolicy => &OUTLINES[1],
    };
    Writer::new(project, i18n, locale).document(outline)
}

/// The record of processing activities of `project`, in `locale`.
pub fn record(project: &Project, i18n: &I18n, locale: Locale) -> Document {
    Writer::new(project, i18n, locale).record_of_processing()
}

/// Private-use characters that mark where a rich argument goes in a
/// formatted message; stripped from user text so they cannot be forged.
const MARK_OPEN: char = '\u{E000}';
const MARK_CLOSE: char = '\u{E001}';
/// The same for a placeholder inside a common argument (an organisation
/// without a name): it becomes a [`Span::Missing`] wherever it lands.
const MISSING_OPEN: char = '\u{E002}';
const MISSING_CLOSE: char = '\u{E003}';

struct Writer<'a> {
    project: &'a Project,
    i18n: &'a I18n,
    locale: Locale,
    notices: Vec<Notice>,
    /// Arguments every message may use.
    common: Vec<(&'static str, FluentValue<'static>)>,
}

fn strip_marks(text: &str) -> String {
    text.replace([MARK_OPEN, MARK_CLOSE, MISSING_OPEN, MISSING_CLOSE], "")
}

/// A line that is not a [`Text`] (a footer), with its placeholders as
/// plain text.
fn unmarked(text: String) -> String {
    text.replace([MISSING_OPEN, MISSING_CLOSE], "")
}

/// Text with its placeholders as [`Span::Missing`].
fn split_missing(text: impl Into<String>) -> Text {
    let text = text.into();
    let mut spans = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(MISSING_OPEN) {
        if start > 0 {
            spans.push(Span::Plain(rest[..start].to_owned()));
        }
        let after = &rest[start + MISSING_OPEN.len_utf8()..];
        let end = after.find(MISSING_CLOSE).unwrap_or(after.len());
        spans.push(Span::Missing(after[..end].to_owned()));
        rest = after.get(end + MISSING_CLOSE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() || spans.is_empty() {
        spans.push(Span::Plain(rest.to_owned()));
    }
    Text(spans)
}

impl<'a> Writer<'a> {
    fn new(project: &'a Project, i18n: &'a I18n, locale: Locale) -> Self {
        let mut writer = Writer {
            project,
            i18n,
            locale,
            notices: Vec::new(),
            common: Vec::new(),
        };
        let org = &project.organisation;
        let mut issues = Vec::new();
        let date = i18n.date(locale, project.document.effective_date, &mut issues);
        writer.record(issues);
        let country = match &org.address.country {
            Some(country) => writer.country_name(country),
            None => writer.marked_placeholder("question-country"),
        };
        let age = org
            .address
            .country
            .as_ref()
            .and_then(jurisdiction::digital_consent_age);
        let org_name = writer.or_placeholder(&org.name, "question-org-name");
        let email = writer.or_placeholder(project.privacy_email(), "question-email");
        writer.common = vec![
            ("org", org_name.into()),
            ("email", email.into()),
            ("date", date.into()),
            ("version", strip_marks(&project.document.version).into()),
            (
                "has-version",
                if project.document.version.trim().is_empty() {
                    "no"
                } else {
                    "yes"
                }
                .into(),
            ),
            ("country", country.into()),
            (
                "country-code",
                org.address
                    .country
                    .as_ref()
                    .map_or("", Country::code)
                    .to_owned()
                    .into(),
            ),
            (
                "website",
                strip_marks(org.websites.first().map_or("", String::as_str)).into(),
            ),
            ("website-count", number(org.websites.len() as f64)),
            ("consent-age", age.map_or(FluentValue::from("none"), number)),
            ("cookie-use", cookies::cookie_use(project).into()),
        ];
        writer
    }

    /// `answer` as a common argument, or a marked placeholder naming the
    /// question `question` when it is blank.
    fn or_placeholder(&mut self, answer: &str, question: &str) -> String {
        if answer.trim().is_empty() {
            self.marked_placeholder(question)
        } else {
            strip_marks(answer)
        }
    }

    /// The placeholder naming `question`, marked to become a
    /// [`Span::Missing`] where a message's text is split.
    fn marked_placeholder(&mut self, question: &str) -> String {
        let name = self.t(question);
        let placeholder = self.text("placeholder", &[("question", name.into())]);
        format!("{MISSING_OPEN}{placeholder}{MISSING_CLOSE}")
    }

    fn record(&mut self, issues: Vec<crate::i18n::TextIssue>) {
        self.notices.extend(issues.into_iter().map(Notice::Text));
    }

    /// A message with the common arguments plus `extra`.
    fn text(&mut self, id: &str, extra: &[(&str, FluentValue<'_>)]) -> String {
        let mut args = FluentArgs::new();
        for (key, value) in &self.common {
            args.set(*key, value.clone());
        }
        for (key, value) in extra {
            args.set(*key, value.clone());
        }
        let mut issues = Vec::new();
        let text = self.i18n.format(self.locale, id, &args, &mut issues);
        self.record(issues);
        text
    }

    /// What stands between a label and what follows it ("Customers: …"):
    /// a message, as French puts a no-break space before the colon.
    fn colon(&mut self) -> String {
        self.t("label-separator")
    }

    fn t(&mut self, id: &str) -> String {
        self.text(id, &[])
    }

    /// A message whose `rich` arguments become spans (links, bold) in the
    /// result, wherever the translation puts them.
    fn rich(&mut self, id: &str, rich: Vec<(&str, Span)>) -> Text {
        let markers: Vec<(&str, FluentValue)> = rich
            .iter()
            .enumerate()
            .map(|(i, (key, _))| {
                (
                    *key,
                    FluentValue::from(format!("{MARK_OPEN}{i}{MARK_CLOSE}")),
                )
            })
            .collect();
        let formatted = self.text(id, &markers);
        let mut spans = Vec::new();
        let mut rest = formatted.as_str();
        while let Some(start) = rest.find(MARK_OPEN) {
            if start > 0 {
                spans.extend(split_missing(&rest[..start]).0);
            }
            let after = &rest[start + MARK_OPEN.len_utf8()..];
            let Some(end) = after.find(MARK_CLOSE) else {
                break;
            };
            if let Some((_, span)) = after[..end].parse::<usize>().ok().and_then(|i| rich.get(i)) {
                spans.push(span.clone());
            }
            rest = &after[end + MARK_CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            spans.extend(split_missing(rest).0);
        }
        Text(spans)
    }

    /// A user's text in the document's language, noting a fallback.
    fn local(&mut self, text: &LocalText, field: &str) -> String {
        match text.resolve(self.locale) {
            Some(resolved) => {
                if let Some(used) = resolved.fallback_from {
                    self.notices.push(Notice::UntranslatedAnswer {
                        field: field.to_owned(),
                        used,
                    });
                }
                resolved.text.to_owned()
            }
            None => String::new(),
        }
    }

    fn country_name(&mut self, country: &Country) -> String {
        let id = format!("country-{}", country.code());
        let mut issues = Vec::new();
        let name = self
            .i18n
            .format(self.locale, &id, &FluentArgs::new(), &mut issues);
        if name.is_empty() {
            self.notices
                .push(Notice::UnknownCountry(country.code().to_owned()));
            country.code().to_owned()
        } else {
            self.record(issues);
            name
        }
    }

    fn document(mut self, outline: &Outline) -> Document {
        let title = self.t(&outline.title);
        let sections = outline
            .sections
            .iter()
            .filter_map(|section| self.section(section))
            .collect();
        self.finish(title, sections)
    }

    /// The document around `sections`: its title block, footer, page label
    /// and draft mark, and what building it noticed.
    fn finish(mut self, title: String, sections: Vec<Section>) -> Document {
        // Without a version the lines say nothing about one, rather than
        // "Version ·".
        let versioned = !self.project.document.version.trim().is_empty();
        let (subtitle_id, footer_id) = if versioned {
            ("document-subtitle", "document-footer")
        } else {
            (
                "document-subtitle-unversioned",
                "document-footer-unversioned",
            )
        };
        let subtitle = unmarked(self.t(subtitle_id));
        let contents_title = self.t("document-contents");
        let footer = unmarked(self.text(footer_id, &[("title", title.clone().into())]));
        let draft = crate::check::has_errors(self.project).then(|| self.t("document-draft"));
        // The exporter fills in the numbers, which only it knows.
        let page_label = self.text(
            "document-page",
            &[("page", "{page}".into()), ("total", "{total}".into())],
        );
        self.notices.sort();
        self.notices.dedup();
        Document {
            locale: self.locale,
            title,
            organisation: self.project.organisation.name.clone(),
            subtitle,
            contents_title,
            footer,
            page_label,
            draft,
            sections,
            notices: self.notices,
        }
    }

    fn section(&mut self, outline: &SectionOutline) -> Option<Section> {
        if let Some(question) = outline.question
            && !question.is_settled(self.project)
        {
            let title = self.t(&outline.title);
            return Some(Section {
                id: outline.id.clone(),
                title,
                blocks: vec![self.placeholder(question)],
            });
        }
        let applies = outline
            .when
            .as_ref()
            .is_none_or(|condition| condition.holds(self.project));
        let blocks = if applies {
            &outline.blocks
        } else {
            outline.otherwise.as_ref()?
        };
        let title = self.t(&outline.title);
        let mut out = Vec::new();
        for block in blocks {
            self.block(block, &mut out);
        }
        // A section with nothing to say is left out, never shown empty.
        if out.is_empty() {
            return None;
        }
        Some(Section {
            id: outline.id.clone(),
            title,
            blocks: out,
        })
    }

    /// A visible mark where an answer is missing, naming the question.
    fn placeholder(&mut self, question: Question) -> Block {
        let span = self.missing(&format!("question-{}", question.key()));
        Block::Paragraph(Text(vec![span]))
    }

    fn block(&mut self, block: &OutlineBlock, out: &mut Vec<Block>) {
        match block {
            OutlineBlock::Text(id) => {
                let text = self.t(id);
                out.push(Block::Paragraph(split_missing(text)));
            }
            OutlineBlock::Only(condition, blocks) => {
                if condition.holds(self.project) {
                    for block in blocks {
                        self.block(block, out);
                    }
                }
            }
            OutlineBlock::Answered(question, blocks) => {
                if question.is_settled(self.project) {
                    for block in blocks {
                        self.block(block, out);
                    }
                } else {
                    out.push(self.placeholder(*question));
                }
            }
            OutlineBlock::ControllerDetails => out.push(self.controller_details()),
            OutlineBlock::RepresentativeDetails => {
                if let Some(contact) = &self.project.organisation.representative {
                    out.push(self.contact_details(contact));
                }
            }
            OutlineBlock::DpoDetails => {
                if let Some(contact) = self.project.dpo.contact() {
                    out.push(self.contact_details(contact));
                }
            }
            OutlineBlock::ProcessorRole => {
                if let Some(role) = &self.project.organisation.processor_for {
                    let role = self.local(role, "organisation.processor_for");
                    if !role.trim().is_empty() {
                        out.push(Block::Paragraph(split_missing(role)));
                    }
                }
            }
            OutlineBlock::DpoReason => {
                if let Dpo::NotAppointedBecause(reason) = &self.project.dpo {
                    let reason = self.local(reason, "dpo");
                    if !reason.trim().is_empty() {
                        out.push(Block::Paragraph(split_missing(reason)));
                    }
                }
            }
            OutlineBlock::PrivacyContactDetails => {
                if let Some(contact) = &self.project.privacy_contact {
                    out.push(self.contact_details(contact));
                }
            }
            OutlineBlock::DataCategoryList => {
                let mut items =
                    self.category_items(|c| !c.kind.is_special() && !data::is_criminal(c));
                // Surveillance cameras record images, whatever kinds of
                // data were ticked.
                if self.project.cameras.is_some() {
                    items.push(Text(vec![
                        Span::Strong(self.t("data-camera-images")),
                        Span::Plain(format!(
                            "{}{}",
                            self.colon(),
                            self.t("data-camera-images.examples")
                        )),
                    ]));
                }
                push_list(out, items);
            }
            OutlineBlock::SpecialCategoryList => self.special_categories(out),
            OutlineBlock::CriminalDataList => self.criminal_data(out),
            OutlineBlock::SourceList => self.sources(out),
            OutlineBlock::AudienceProfiles => self.audience_profiles(out),
            OutlineBlock::CameraSurveillance => self.cameras(out),
            OutlineBlock::PurposeTable => self.purpose_table(out),
            OutlineBlock::CookieConsentWithdrawal => {
                let via = self
                    .project
                    .cookie_consent
                    .as_ref()
                    .and_then(|c| c.withdraw_via.as_ref())
                    .map(|via| self.local(via, "cookie_consent.withdraw_via"))
                    .filter(|via| !via.trim().is_empty());
                if let Some(via) = via {
                    // The message ends the sentence itself.
                    let via = via.trim_end().trim_end_matches('.').to_owned();
                    let text = self.text("privacy-cookie-withdraw-via", &[("via", via.into())]);
                    out.push(Block::Paragraph(split_missing(text)));
                }
            }
            OutlineBlock::LegitimateInterestList => self.legitimate_interests(out),
            OutlineBlock::Purposes(filter, id) => {
                let (purposes, basis) = match filter {
                    outline::PurposeFilter::Objectable => self.objectable(),
                    outline::PurposeFilter::DirectMarketing => {
                        (self.purpose_names(|p| filter.picks(p)), "")
                    }
                };
                if !purposes.is_empty() {
                    let text = self.text(
                        id,
                        &[
                            ("purposes", purposes.text.into()),
                            ("count", number(purposes.count as f64)),
                            ("basis", basis.into()),
                        ],
                    );
                    out.push(Block::Paragraph(split_missing(text)));
                }
            }
            OutlineBlock::ProvisionList => self.provisions(out),
            OutlineBlock::RecipientTable => self.recipient_table(out),
            OutlineBlock::TransferList => self.transfers(out),
            OutlineBlock::AutomatedDecisions => self.automated_decisions(out),
            OutlineBlock::ProfilingList => self.profiling(out),
            OutlineBlock::RightsList(rights) => self.rights(rights, out),
            OutlineBlock::EmailParagraph(id) => self.email_paragraph(id, out),
            OutlineBlock::AuthorityDetails => self.authority(out),
            OutlineBlock::RequestChannels => self.request_channels(out),
            OutlineBlock::JointControllers => self.joint_controllers(out),
            OutlineBlock::ResponseTime => self.response_time(out),
            OutlineBlock::SectorRules => self.sector_rules(out),
            OutlineBlock::ComplaintsContact => self.complaints_contact(out),
            OutlineBlock::ChildrenPolicy => self.children(out),
            OutlineBlock::SecurityList => self.security(out),
            OutlineBlock::ChangeChannelList => self.change_channels(out),
            OutlineBlock::SiblingLink(kind, message) => {
                let title_id = match kind {
                    DocumentKind::PrivacyStatement => "privacy-title.inline",
                    DocumentKind::CookiePolicy => "cookies-title.inline",
                };
                let title = self.t(title_id);
                // A cookie policy published elsewhere is linked where it is.
                let elsewhere = self
                    .project
                    .cookie_policy_elsewhere
                    .as_deref()
                    .filter(|_| *kind == DocumentKind::CookiePolicy)
                    .and_then(LinkTarget::url);
                let text = self.rich(
                    message,
                    vec![(
                        "document",
                        Span::Link {
                            text: title,
                            target: elsewhere.unwrap_or(LinkTarget::Sibling(*kind)),
                        },
                    )],
                );
                out.push(Block::Paragraph(text));
            }
            OutlineBlock::CookieCategoryList => self.cookie_categories(out),
            OutlineBlock::CookieTables => self.cookie_tables(out),
            OutlineBlock::ThirdPartyList => self.third_parties(out),
            OutlineBlock::ConsentDescription => self.consent(out),
            OutlineBlock::BrowserList(browsers) => {
                let items = browsers
                    .iter()
                    .filter_map(|(name, url)| {
                        LinkTarget::url(url).map(|target| {
                            Text(vec![Span::Link {
                                text: name.clone(),
                                target,
                            }])
                        })
                    })
                    .collect();
                push_list(out, items);
            }
        }
    }

    /// A placeholder span naming the question `question_id`.
    fn missing(&mut self, question_id: &str) -> Span {
        let question = self.t(question_id);
        Span::Missing(self.text("placeholder", &[("question", question.into())]))
    }
}

fn push_list(out: &mut Vec<Block>, items: Vec<Text>) {
    if !items.is_empty() {
        out.push(Block::List(items));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers of the documents' text files tell translators which
    /// arguments every message gets, and `i18n check` lets a translation
    /// use them: they must name exactly what the writer passes.
    #[test]
    fn every_message_gets_the_arguments_the_text_files_promise() {
        let project = Project::empty("Bakkerij", time::macros::date!(2026 - 12 - 01));
        let writer = Writer::new(&project, I18n::embedded(), Locale::EN);
        let passed: std::collections::BTreeSet<String> = writer
            .common
            .iter()
            .map(|(name, _)| (*name).to_owned())
            .collect();
        for file in crate::i18n::embedded_files() {
            if ["privacy.ftl", "cookies.ftl", "record.ftl"].contains(&file.name.as_str()) {
                let promised = crate::i18n::check::header_variables(&file.text);
                assert_eq!(promised, passed, "{}/{}", file.locale.code(), file.name);
            }
        }
    }
}
