//! From answers to words: walks an outline and writes each block from the
//! project and the Fluent messages. This is the only place that decides
//! what a document says.

mod joint;
mod requests;

use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentValue};

use super::outline::{self, Block as OutlineBlock, Outline, SectionOutline};
use super::{Block, Document, DocumentKind, LinkTarget, Notice, Section, Span, Table, Text};
use crate::i18n::{I18n, number};
use crate::jurisdiction;
use crate::model::{
    Address, Art22Ground, ConsentMethod, Contact, Cookie, CookieDuration, Country, DataCategory,
    DataCategoryKind, Dpo, LegalBasis, LocalText, Locale, Party, Period, PeriodUnit, Project,
    Purpose, Recipient, Retention, RetentionStart, SecurityMeasure, StorageKind, TransferSafeguard,
};
use crate::questions::Question;

static OUTLINES: LazyLock<[Outline; 2]> = LazyLock::new(|| {
    [
        Outline::embedded(DocumentKind::PrivacyStatement),
        Outline::embedded(DocumentKind::CookiePolicy),
    ]
});

/// Browsers whose cookie settings the cookie policy points to, with their
/// help pages.
const BROWSER_HELP: &[(&str, &str)] = &[
    (
        "Google Chrome",
        "https://support.google.com/chrome/answer/95647",
    ),
    (
        "Mozilla Firefox",
        "https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox",
    ),
    (
        "Apple Safari",
        "https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac",
    ),
    (
        "Microsoft Edge",
        "https://support.microsoft.com/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09",
    ),
];

/// Builds `kind` for `project` in `locale`, with the shipped outline.
pub fn build(project: &Project, i18n: &I18n, locale: Locale, kind: DocumentKind) -> Document {
    let outline = match kind {
        DocumentKind::PrivacyStatement => &OUTLINES[0],
        DocumentKind::CookiePolicy => &OUTLINES[1],
    };
    Writer::new(project, i18n, locale).document(kind, outline)
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
        let country = writer.country_name(&org.address.country);
        let age = jurisdiction::digital_consent_age(&org.address.country);
        let org_name = writer.or_placeholder(&org.name, "question-org-name");
        let email = writer.or_placeholder(project.privacy_email(), "question-email");
        writer.common = vec![
            ("org", org_name.into()),
            ("email", email.into()),
            ("date", date.into()),
            ("version", strip_marks(&project.document.version).into()),
            ("country", country.into()),
            ("country-code", org.address.country.code().to_owned().into()),
            (
                "website",
                strip_marks(org.websites.first().map_or("", String::as_str)).into(),
            ),
            ("website-count", number(org.websites.len() as f64)),
            ("consent-age", age.map_or(FluentValue::from("none"), number)),
        ];
        writer
    }

    /// `answer` as a common argument, or a marked placeholder naming the
    /// question `question` when it is blank.
    fn or_placeholder(&mut self, answer: &str, question: &str) -> String {
        if answer.trim().is_empty() {
            let name = self.t(question);
            let placeholder = self.text("placeholder", &[("question", name.into())]);
            format!("{MISSING_OPEN}{placeholder}{MISSING_CLOSE}")
        } else {
            strip_marks(answer)
        }
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

    fn document(mut self, kind: DocumentKind, outline: &Outline) -> Document {
        let title = self.t(&outline.title);
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
        let sections = outline
            .sections
            .iter()
            .filter_map(|section| self.section(section))
            .collect();
        self.notices.sort();
        self.notices.dedup();
        Document {
            kind,
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
                let items = self.category_items(|c| !c.kind.is_special() && !is_criminal(c));
                push_list(out, items);
            }
            OutlineBlock::SpecialCategoryList => self.special_categories(out),
            OutlineBlock::CriminalDataList => self.criminal_data(out),
            OutlineBlock::SourceList => self.sources(out),
            OutlineBlock::PurposeTable => self.purpose_table(out),
            OutlineBlock::LegitimateInterestList => self.legitimate_interests(out),
            OutlineBlock::ProvisionList => self.provisions(out),
            OutlineBlock::RecipientTable => self.recipient_table(out),
            OutlineBlock::TransferList => self.transfers(out),
            OutlineBlock::AutomatedDecisions => self.automated_decisions(out),
            OutlineBlock::ProfilingList => self.profiling(out),
            OutlineBlock::RightsList => self.rights(out),
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
                let text = self.rich(
                    message,
                    vec![(
                        "document",
                        Span::Link {
                            text: title,
                            target: LinkTarget::Sibling(*kind),
                        },
                    )],
                );
                out.push(Block::Paragraph(text));
            }
            OutlineBlock::CookieCategoryList => self.cookie_categories(out),
            OutlineBlock::CookieTables => self.cookie_tables(out),
            OutlineBlock::ThirdPartyList => self.third_parties(out),
            OutlineBlock::ConsentDescription => self.consent(out),
            OutlineBlock::BrowserList => {
                let items = BROWSER_HELP
                    .iter()
                    .filter_map(|(name, url)| {
                        LinkTarget::url(url).map(|target| {
                            Text(vec![Span::Link {
                                text: (*name).to_owned(),
                                target,
                            }])
                        })
                    })
                    .collect();
                push_list(out, items);
            }
        }
    }

    // ----- contact details -------------------------------------------------

    /// The address on one line; empty when only the country is known,
    /// which on its own is no address.
    fn address_line(&mut self, address: &Address) -> String {
        if [&address.street, &address.postcode, &address.city]
            .iter()
            .all(|part| part.trim().is_empty())
        {
            return String::new();
        }
        let country = self.country_name(&address.country);
        [
            address.street.trim(),
            &format!("{} {}", address.postcode.trim(), address.city.trim()),
            &country,
        ]
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }

    fn email_text(address: &str) -> Text {
        match LinkTarget::email(address) {
            Some(target) => Text(vec![Span::Link {
                text: address.trim().to_owned(),
                target,
            }]),
            None => split_missing(address),
        }
    }

    fn url_text(url: &str) -> Text {
        match LinkTarget::url(url) {
            Some(target) => Text(vec![Span::Link {
                text: url.trim().to_owned(),
                target,
            }]),
            None => split_missing(url),
        }
    }

    fn controller_details(&mut self) -> Block {
        let org = &self.project.organisation;
        let mut details = Vec::new();
        let name = match &org.legal_form {
            _ if org.name.trim().is_empty() => self.or_placeholder("", "question-org-name"),
            Some(form) if !form.trim().is_empty() => format!("{} {}", org.name, form.trim()),
            _ => org.name.clone(),
        };
        details.push((self.t("label-name"), split_missing(name)));
        let address = self.address_line(&org.address);
        let address = if address.is_empty() {
            self.or_placeholder("", "question-address")
        } else {
            address
        };
        details.push((self.t("label-address"), split_missing(address)));
        if let Some(number) = org
            .enterprise_number
            .as_deref()
            .filter(|n| !n.trim().is_empty())
        {
            let label = if org.address.country.code() == "NL" {
                self.t("label-kvk-number")
            } else {
                self.t("label-enterprise-number")
            };
            details.push((label, split_missing(number)));
        }
        let trade_names: Vec<&str> = org
            .trade_names
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .collect();
        if !trade_names.is_empty() {
            details.push((
                self.t("label-trade-names"),
                split_missing(strip_marks(&trade_names.join(", "))),
            ));
        }
        if let Some(group) = org.group.as_deref().filter(|g| !g.trim().is_empty()) {
            details.push((self.t("label-group"), split_missing(strip_marks(group))));
        }
        if let Some(vat) = org.vat_number.as_deref().filter(|n| !n.trim().is_empty()) {
            details.push((self.t("label-vat-number"), split_missing(vat)));
        }
        let email = if org.email.trim().is_empty() {
            split_missing(self.or_placeholder("", "question-email"))
        } else {
            Self::email_text(&org.email)
        };
        details.push((self.t("label-email"), email));
        if let Some(phone) = org.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            details.push((self.t("label-phone"), split_missing(phone)));
        }
        let websites: Vec<&String> = org
            .websites
            .iter()
            .filter(|w| !w.trim().is_empty())
            .collect();
        if !websites.is_empty() {
            let mut spans = Vec::new();
            for (i, site) in websites.into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::Plain(", ".into()));
                }
                spans.extend(Self::url_text(site).0);
            }
            details.push((self.t("label-website"), Text(spans)));
        }
        Block::Details(details)
    }

    fn contact_details(&mut self, contact: &Contact) -> Block {
        let mut details = vec![(self.t("label-name"), split_missing(contact.name.clone()))];
        if let Some(address) = &contact.address {
            let line = self.address_line(address);
            if !line.is_empty() {
                details.push((self.t("label-address"), split_missing(line)));
            }
        }
        if let Some(email) = contact.email.as_deref().filter(|e| !e.trim().is_empty()) {
            details.push((self.t("label-email"), Self::email_text(email)));
        }
        if let Some(phone) = contact.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            details.push((self.t("label-phone"), split_missing(phone)));
        }
        Block::Details(details)
    }

    // ----- data ------------------------------------------------------------

    fn category_name(&mut self, category: &DataCategory) -> String {
        match &category.kind {
            DataCategoryKind::Custom { key, name, .. } => {
                self.local(name, &format!("data_categories[{key}].name"))
            }
            kind => self.t(&format!("data-{}", kind.key())),
        }
    }

    /// The owner's examples; none when they gave none, so no stock
    /// example can describe data the organisation does not have.
    fn category_examples(&mut self, category: &DataCategory) -> String {
        match &category.examples {
            Some(examples) => self.local(
                examples,
                &format!("data_categories[{}].examples", category.key()),
            ),
            None => String::new(),
        }
    }

    fn category_items(&mut self, include: impl Fn(&DataCategory) -> bool) -> Vec<Text> {
        let project = self.project;
        project
            .data_categories
            .iter()
            .filter(|c| include(c))
            .map(|category| self.category_item(category, None))
            .collect()
    }

    /// "**Name**: examples" with an optional note after it.
    fn category_item(&mut self, category: &DataCategory, note: Option<String>) -> Text {
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

    fn special_categories(&mut self, out: &mut Vec<Block>) {
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

    fn criminal_data(&mut self, out: &mut Vec<Block>) {
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

    fn category_names(&mut self, keys: &[String]) -> String {
        let project = self.project;
        let names: Vec<String> = keys
            .iter()
            .filter_map(|key| project.data_category(key))
            .map(|category| self.category_name(category))
            .collect();
        names.join(", ")
    }

    fn sources(&mut self, out: &mut Vec<Block>) {
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

    // ----- purposes --------------------------------------------------------

    fn purpose_name(&mut self, index: usize, purpose: &Purpose) -> String {
        self.local(&purpose.name, &format!("purposes[{index}].name"))
    }

    fn legal_basis(&mut self, basis: LegalBasis) -> String {
        self.t(&format!("basis-{}", basis.key()))
    }

    fn period(&mut self, period: Period) -> String {
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

    fn retention(&mut self, index: usize, retention: &Retention) -> String {
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

    fn audience_names(&mut self, keys: &[String]) -> String {
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

    fn purpose_table(&mut self, out: &mut Vec<Block>) {
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
            let basis = match purpose.legal_basis {
                Some(basis) => self.legal_basis(basis),
                None => self.t("not-stated"),
            };
            let retention = match &purpose.retention {
                Some(retention) => self.retention(i, retention),
                None => self.t("not-stated"),
            };
            rows.push(vec![
                Text(first),
                split_missing(data),
                split_missing(basis),
                split_missing(retention),
            ]);
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table { columns, rows }));
        }
    }

    fn legitimate_interests(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, purpose) in project.purposes.iter().enumerate() {
            if purpose.legal_basis != Some(LegalBasis::LegitimateInterests) {
                continue;
            }
            let name = self.purpose_name(i, purpose);
            let interest = match &purpose.legitimate_interest {
                Some(text) => self.local(text, &format!("purposes[{i}].legitimate_interest")),
                None => String::new(),
            };
            let interest = if interest.is_empty() {
                self.t("not-stated")
            } else {
                interest
            };
            items.push(Text(vec![
                Span::Strong(name),
                Span::Plain(format!(": {interest}")),
            ]));
        }
        push_list(out, items);
    }

    fn provisions(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, purpose) in project.purposes.iter().enumerate() {
            let Some(provision) = &purpose.provision else {
                continue;
            };
            let name = self.purpose_name(i, purpose);
            let requirement = self.t(&format!("requirement-{}", provision.requirement.key()));
            let mut spans = vec![Span::Strong(name), Span::Plain(format!(": {requirement}"))];
            if let Some(consequence) = &provision.consequence {
                let consequence =
                    self.local(consequence, &format!("purposes[{i}].provision.consequence"));
                if !consequence.is_empty() {
                    let sentence = self.text(
                        "provision-consequence",
                        &[("consequence", consequence.into())],
                    );
                    spans.push(Span::Plain(format!(" {sentence}")));
                }
            }
            items.push(Text(spans));
        }
        push_list(out, items);
    }

    /// Each decision under Art. 22: who takes it, the exception that
    /// allows it, its logic and consequences, and how to have it reviewed,
    /// by whoever takes it.
    fn automated_decisions(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        for (i, purpose) in project.purposes.iter().enumerate() {
            let Some(decision) = purpose
                .automated_decision
                .as_ref()
                .filter(|d| d.under_art22())
            else {
                continue;
            };
            let name = self.purpose_name(i, purpose);
            out.push(Block::Subheading {
                id: format!("automated-{}", i + 1),
                title: name,
            });
            let mut said = Vec::new();
            let taken_by = decision
                .taken_by
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(strip_marks);
            if let Some(controller) = &taken_by {
                said.push(split_missing(self.text(
                    "automated-taken-by",
                    &[("controller", controller.clone().into())],
                )));
            }
            said.push(match (decision.ground, &taken_by) {
                (Some(Art22Ground::Contract), Some(controller)) => split_missing(self.text(
                    "art22-contract-other",
                    &[("controller", controller.clone().into())],
                )),
                (Some(ground), _) => split_missing(self.t(&format!("art22-{}", ground.key()))),
                (None, _) => Text(vec![self.missing("question-art22-ground")]),
            });
            if decision.significant.is_none() {
                said.push(Text(vec![self.missing("question-art22-significant")]));
            }
            if decision.profiling {
                said.push(split_missing(self.t("automated-profiling")));
            }
            for text in said {
                out.push(Block::Paragraph(text));
            }
            self.decision_details(i, decision, "label-logic", out);
            let review = match (&taken_by, decision.ground) {
                (Some(controller), _) => {
                    // Linked to their privacy policy when a recipient of
                    // that name gives one, so people can reach them.
                    let link = project
                        .recipients
                        .iter()
                        .find(|r| r.name.texts().any(|n| n.contains(controller.as_str())))
                        .and_then(|r| r.privacy_policy.as_deref())
                        .and_then(LinkTarget::url);
                    let name = match link {
                        Some(target) => Span::Link {
                            text: controller.clone(),
                            target,
                        },
                        None => Span::Plain(controller.clone()),
                    };
                    Some(self.rich("automated-review-other", vec![("controller", name)]))
                }
                (None, Some(Art22Ground::Law)) => {
                    Some(split_missing(self.t("automated-review-law")))
                }
                (None, Some(_)) => Some(split_missing(self.t("automated-review"))),
                (None, None) => None,
            };
            if let Some(review) = review {
                out.push(Block::Paragraph(review));
            }
        }
    }

    /// Profiling without legal or similarly significant effects, as
    /// answered, with the right to object where the basis allows it.
    fn profiling(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        for (i, purpose) in project.purposes.iter().enumerate() {
            let Some(decision) = purpose
                .automated_decision
                .as_ref()
                .filter(|d| !d.under_art22())
            else {
                continue;
            };
            let name = self.purpose_name(i, purpose);
            out.push(Block::Subheading {
                id: format!("profiling-{}", i + 1),
                title: name,
            });
            self.decision_details(i, decision, "label-profiling-logic", out);
            let objectable = matches!(
                purpose.legal_basis,
                Some(LegalBasis::LegitimateInterests | LegalBasis::PublicTask)
            );
            if objectable {
                let text = self.t("profiling-objection");
                out.push(Block::Paragraph(split_missing(text)));
            }
        }
    }

    /// The logic and consequences, the logic labelled by `logic_label`.
    fn decision_details(
        &mut self,
        i: usize,
        decision: &crate::model::AutomatedDecision,
        logic_label: &str,
        out: &mut Vec<Block>,
    ) {
        let logic = self.local(
            &decision.logic,
            &format!("purposes[{i}].automated_decision.logic"),
        );
        let consequences = self.local(
            &decision.consequences,
            &format!("purposes[{i}].automated_decision.consequences"),
        );
        let details = vec![
            (self.t(logic_label), split_missing(logic)),
            (self.t("label-consequences"), split_missing(consequences)),
        ];
        out.push(Block::Details(details));
    }

    /// A placeholder span naming the question `question_id`.
    fn missing(&mut self, question_id: &str) -> Span {
        let question = self.t(question_id);
        Span::Missing(self.text("placeholder", &[("question", question.into())]))
    }

    // ----- recipients ------------------------------------------------------

    fn recipient_name(&mut self, index: usize, recipient: &Recipient) -> Text {
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

    fn recipient_table(&mut self, out: &mut Vec<Block>) {
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
            let service = self.local(&recipient.service, &format!("recipients[{i}].service"));
            let role = match recipient.role {
                Some(role) => self.t(&format!("role-{}", role.key())),
                None => self.t("not-stated"),
            };
            let location = match &recipient.country {
                Some(country) => self.country_name(country),
                None => self.t("not-stated"),
            };
            rows.push(vec![
                name,
                split_missing(service),
                split_missing(role),
                split_missing(location),
            ]);
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table { columns, rows }));
        }
    }

    fn transfers(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let mut items = Vec::new();
        for (i, recipient) in project.recipients.iter().enumerate() {
            let Some(country) = recipient
                .country
                .as_ref()
                .filter(|c| !jurisdiction::is_eea(c))
            else {
                continue;
            };
            let mut spans = self.recipient_name(i, recipient).0;
            let country_name = self.country_name(country);
            spans.push(Span::Plain(format!(" ({country_name})")));
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
                None if jurisdiction::has_adequacy_decision(country) => {
                    Some(self.t("safeguard-adequacy"))
                }
                None => None,
            };
            match safeguard {
                Some(safeguard) => spans.push(Span::Plain(format!(": {safeguard}"))),
                None => {
                    spans.push(Span::Plain(": ".into()));
                    spans.push(self.missing("question-safeguard"));
                }
            }
            items.push(Text(spans));
        }
        push_list(out, items);
    }

    // ----- rights and complaints -------------------------------------------

    fn rights(&mut self, out: &mut Vec<Block>) {
        let items = [
            "access",
            "rectification",
            "erasure",
            "restriction",
            "portability",
        ]
        .iter()
        .map(|right| {
            let name = self.t(&format!("right-{right}"));
            let explanation = self.t(&format!("right-{right}.explanation"));
            Text(vec![
                Span::Strong(name),
                Span::Plain(format!(": {explanation}")),
            ])
        })
        .collect();
        push_list(out, items);
    }

    fn email_paragraph(&mut self, id: &str, out: &mut Vec<Block>) {
        let email = self.project.privacy_email();
        let address = if email.trim().is_empty() {
            self.missing("question-email")
        } else {
            Self::email_text(email).0.remove(0)
        };
        let text = self.rich(id, vec![("address", address)]);
        out.push(Block::Paragraph(text));
    }

    fn authority(&mut self, out: &mut Vec<Block>) {
        let country = &self.project.organisation.address.country;
        let authority = self
            .project
            .supervisory_authority
            .as_ref()
            .or_else(|| jurisdiction::authority(country));
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
            details.push((
                self.t("label-address"),
                split_missing(authority.address.join(", ")),
            ));
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
    fn children(&mut self, out: &mut Vec<Block>) {
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

    fn security(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        let items = project
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
            .collect();
        push_list(out, items);
    }

    fn change_channels(&mut self, out: &mut Vec<Block>) {
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

    // ----- cookies ---------------------------------------------------------

    fn cookie_categories(&mut self, out: &mut Vec<Block>) {
        let items = outline::categories_in_use(self.project)
            .into_iter()
            .map(|category| {
                let name = self.t(&format!("category-{}", category.key()));
                let mut issues = Vec::new();
                let said =
                    category_sentences(self.project, category, self.i18n, self.locale, &mut issues);
                self.record(issues);
                Text(vec![Span::Strong(name), Span::Plain(format!(": {said}"))])
            })
            .collect();
        push_list(out, items);
    }

    fn duration(&mut self, duration: Option<CookieDuration>) -> String {
        let (id, count) = match duration {
            None => return self.t("not-stated"),
            Some(CookieDuration::Session) => ("duration-session", None),
            Some(CookieDuration::Persistent) => ("duration-persistent", None),
            Some(CookieDuration::Minutes(n)) => ("period-minutes", Some(n)),
            Some(CookieDuration::Hours(n)) => ("period-hours", Some(n)),
            Some(CookieDuration::Days(n)) => ("period-days", Some(n)),
            Some(CookieDuration::Months(n)) => ("period-months", Some(n)),
            Some(CookieDuration::Years(n)) => ("period-years", Some(n)),
        };
        match count {
            Some(n) => self.text(id, &[("count", number(n))]),
            None => self.t(id),
        }
    }

    fn cookie_row(&mut self, index: usize, cookie: &Cookie) -> Vec<Text> {
        let mut name = vec![Span::Strong(cookie.name.clone())];
        if cookie.storage != StorageKind::Cookie {
            let kind = self.t(&format!(
                "storage-{}",
                match cookie.storage {
                    StorageKind::LocalStorage => "local",
                    StorageKind::SessionStorage => "session",
                    StorageKind::Pixel => "pixel",
                    StorageKind::Cookie => "cookie",
                }
            ));
            name.push(Span::Break);
            name.push(Span::Plain(kind));
        }
        let party = match cookie.party {
            Party::First => self.t("party-first"),
            Party::Third => self.t("party-third"),
        };
        // A first-party cookie without a named provider is the
        // organisation's own.
        let provider = match (cookie.provider.trim(), cookie.party) {
            ("", Party::First) => self.project.organisation.name.clone(),
            (provider, _) => provider.to_owned(),
        };
        let provider = vec![Span::Plain(provider), Span::Break, Span::Plain(party)];
        let purpose = self.local(&cookie.purpose, &format!("cookies[{index}].purpose"));
        let duration = self.duration(cookie.duration);
        vec![
            Text(name),
            Text(provider),
            split_missing(purpose),
            split_missing(duration),
        ]
    }

    fn cookie_tables(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        for category in outline::categories_in_use(project) {
            let title = self.t(&format!("category-{}", category.key()));
            out.push(Block::Subheading {
                id: format!("cookies-{}", category.key()),
                title,
            });
            let columns = vec![
                self.t("column-cookie"),
                self.t("column-provider"),
                self.t("column-purpose"),
                self.t("column-duration"),
            ];
            let rows = project
                .cookies
                .iter()
                .enumerate()
                .filter(|(_, cookie)| cookie.category == category)
                .map(|(i, cookie)| self.cookie_row(i, cookie))
                .collect();
            out.push(Block::Table(Table { columns, rows }));
        }
    }

    fn third_parties(&mut self, out: &mut Vec<Block>) {
        let mut providers: Vec<&str> = self
            .project
            .cookies
            .iter()
            .filter(|c| c.party == Party::Third)
            .map(|c| c.provider.trim())
            .filter(|p| !p.is_empty())
            .collect();
        providers.sort_unstable();
        providers.dedup();
        let items = providers
            .into_iter()
            .map(|provider| {
                let policy = self.project.recipients.iter().find_map(|r| {
                    let names_match = match &r.name {
                        LocalText::Universal(name) => name.trim() == provider,
                        LocalText::Translated(map) => map.values().any(|n| n.trim() == provider),
                    };
                    names_match
                        .then(|| r.privacy_policy.as_deref().and_then(LinkTarget::url))
                        .flatten()
                });
                match policy {
                    Some(target) => Text(vec![Span::Link {
                        text: provider.to_owned(),
                        target,
                    }]),
                    None => split_missing(provider),
                }
            })
            .collect();
        push_list(out, items);
    }

    /// The banner as answered; other ways of "asking" are never
    /// described as consent.
    fn consent(&mut self, out: &mut Vec<Block>) {
        let Some(consent) = self
            .project
            .cookie_consent
            .as_ref()
            .filter(|c| c.method == ConsentMethod::Banner)
        else {
            return;
        };
        let mut sentences = vec![self.t("consent-banner")];
        if consent.per_category {
            sentences.push(self.t("consent-per-category"));
        }
        if consent.refuse_as_easy {
            sentences.push(self.t("consent-refuse-equal"));
        }
        if consent.no_cookie_wall {
            sentences.push(self.t("consent-no-wall"));
        }
        if let Some(months) = consent.choice_kept_months.filter(|m| *m > 0) {
            sentences.push(self.text(
                "consent-choice-kept",
                &[("months", number(f64::from(months)))],
            ));
        }
        if let Some(tool) = consent.tool.as_deref().filter(|t| !t.trim().is_empty()) {
            sentences.push(self.text("consent-tool", &[("tool", strip_marks(tool).into())]));
        }
        out.push(Block::Paragraph(split_missing(sentences.join(" "))));
        if let Some(via) = &consent.withdraw_via {
            let via = self.local(via, "cookie_consent.withdraw_via");
            if !via.is_empty() {
                let text = self.text("consent-withdraw-via", &[("via", via.into())]);
                out.push(Block::Paragraph(split_missing(text)));
            }
        }
    }
}

/// What the cookie policy says of a category: what it is for, and whether
/// consent is asked, claimed only where a banner asks for it.
pub fn category_sentences(
    project: &Project,
    category: crate::model::CookieCategory,
    i18n: &I18n,
    locale: Locale,
    issues: &mut Vec<crate::i18n::TextIssue>,
) -> String {
    let no_args = FluentArgs::new();
    let mut t = |id: &str| i18n.format(locale, id, &no_args, issues);
    let description = t(&format!("category-{}.description", category.key()));
    let banner = project
        .cookie_consent
        .as_ref()
        .is_some_and(|c| c.method == ConsentMethod::Banner);
    let consent = if !category.needs_consent() {
        t("category-no-consent")
    } else if banner {
        t("category-needs-consent")
    } else {
        String::new()
    };
    format!("{description} {consent}").trim().to_owned()
}

fn push_list(out: &mut Vec<Block>, items: Vec<Text>) {
    if !items.is_empty() {
        out.push(Block::List(items));
    }
}

fn is_criminal(category: &DataCategory) -> bool {
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
