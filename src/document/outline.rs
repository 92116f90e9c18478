//! Document outlines: which sections a document has, in what order, when
//! each applies and what it holds. The outlines live in
//! `templates/<document>.ron`; the conditions and blocks they may use are
//! the closed sets below.

use serde::Deserialize;

use super::DocumentKind;
use crate::model::{ConsentMethod, CookieCategory, Dpo, LegalBasis, Project, RecipientRole};
use crate::questions::{self, Question};

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outline {
    /// Fluent id of the document title.
    pub title: String,
    pub sections: Vec<SectionOutline>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionOutline {
    /// The anchor of the section, the same in every language.
    pub id: String,
    /// Fluent id of the section title.
    pub title: String,
    /// The question that decides what the section says. While it is not
    /// answered (or answered in contradiction) the section holds only a
    /// placeholder that names it, and says nothing else.
    #[serde(default)]
    pub question: Option<Question>,
    /// When the section applies; always when absent.
    #[serde(default)]
    pub when: Option<Condition>,
    pub blocks: Vec<Block>,
    /// What the section says instead when it does not apply. Without it,
    /// the section is left out.
    #[serde(default)]
    pub otherwise: Option<Vec<Block>>,
}

/// Facts about a project that decide whether a section or block applies.
#[derive(Clone, Debug, Deserialize)]
pub enum Condition {
    HasRepresentative,
    /// The organisation is also a processor for its clients.
    IsProcessor,
    /// A DPO is appointed.
    HasDpo,
    /// No DPO is appointed, and the owner said why.
    HasDpoReason,
    HasPrivacyContact,
    HasSpecialCategories,
    HasCriminalData,
    HasIndirectSources,
    HasLegitimateInterests,
    /// Some purpose rests on Art. 6(1)(e) or (f), which a person can object
    /// to on grounds of their situation (Art. 21(1)).
    HasObjectableProcessing,
    /// A purpose is answered to be direct marketing.
    HasDirectMarketing,
    /// The owner described how some group's data comes in.
    HasAudienceProfiles,
    HasCameras,
    HasProvisionRequirements,
    HasRecipients,
    HasProcessors,
    HasTransfers,
    /// A recipient outside the EEA under standard contractual clauses or
    /// binding corporate rules, of which people may ask a copy
    /// (Art. 13(1)(f)); an adequacy decision has none.
    HasArt46Safeguards,
    HasAutomatedDecisions,
    /// Some purpose profiles people without legal or similarly
    /// significant effects.
    HasProfiling,
    ReliesOnConsent,
    HasSecurityMeasures,
    HasCookies,
    HasThirdPartyCookies,
    HasCookiesNeedingConsent,
    HasConsentBanner,
    /// A banner asks, and until a visitor chooses the website sets only
    /// strictly necessary cookies: only then is "we ask first" true.
    WaitsForChoice,
    HasConsentWithdrawal,
    HasChangeChannels,
    /// The cookie policy is published elsewhere, not written here.
    HasCookiePolicyElsewhere,
    /// At least one of these holds.
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// What a section holds.
#[derive(Clone, Debug, Deserialize)]
pub enum Block {
    /// A paragraph from the Fluent message with this id.
    Text(String),
    /// Blocks that only apply under a condition.
    Only(Condition, Vec<Block>),
    /// Blocks that need a question answered; a placeholder that names the
    /// question stands in for them until it is.
    Answered(Question, Vec<Block>),
    ControllerDetails,
    RepresentativeDetails,
    DpoDetails,
    /// What the organisation does as a processor for its clients.
    ProcessorRole,
    /// The reason the owner gave for having no DPO.
    DpoReason,
    PrivacyContactDetails,
    DataCategoryList,
    SpecialCategoryList,
    CriminalDataList,
    SourceList,
    /// How each described group's data comes in, and which data it is.
    AudienceProfiles,
    CameraSurveillance,
    PurposeTable,
    /// How cookie consent is withdrawn, as answered, for a statement
    /// whose cookie policy is published elsewhere.
    CookieConsentWithdrawal,
    LegitimateInterestList,
    ProvisionList,
    RecipientTable,
    /// The essence of each joint-controller arrangement (Art. 26(2)).
    JointControllers,
    TransferList,
    AutomatedDecisions,
    ProfilingList,
    /// The rights, each by the key of its Fluent messages (`right-<key>`
    /// and its `.explanation`), in the order given.
    RightsList(Vec<String>),
    /// A paragraph from the Fluent message with this id, whose `$address`
    /// is a link to the privacy e-mail address.
    EmailParagraph(String),
    AuthorityDetails,
    /// Ways to make a request besides e-mail, and the proof of identity.
    RequestChannels,
    /// The sector's rules that change how rights work.
    SectorRules,
    /// A promise to answer requests sooner than the law requires.
    ResponseTime,
    /// The contact for complaints, when it is not the privacy contact.
    ComplaintsContact,
    ChildrenPolicy,
    SecurityList,
    ChangeChannelList,
    /// A paragraph from the Fluent message with this id, whose `$document`
    /// is a link to the other document of the project.
    SiblingLink(DocumentKind, String),
    CookieCategoryList,
    CookieTables,
    ThirdPartyList,
    ConsentDescription,
    /// Browsers whose cookie settings the policy points to, each with its
    /// help page; a link that is not http(s) is left out.
    BrowserList(Vec<(String, String)>),
    /// A paragraph from the Fluent message with this id, whose `$purposes`
    /// names the purposes the filter picks; nothing when it picks none.
    Purposes(PurposeFilter, String),
}

/// Which purposes a [`Block::Purposes`] names.
#[derive(Clone, Copy, Debug, Deserialize)]
pub enum PurposeFilter {
    /// Resting, for some audience, on Art. 6(1)(e) or (f), which people
    /// may object to on grounds of their situation (Art. 21(1)); not
    /// direct marketing, to which the objection is absolute (Art. 21(3))
    /// and said apart.
    Objectable,
    /// Answered to be direct marketing (Art. 21(2)).
    DirectMarketing,
}

impl PurposeFilter {
    pub fn picks(self, purpose: &crate::model::Purpose) -> bool {
        match self {
            PurposeFilter::Objectable => {
                (purpose.rests_on(LegalBasis::LegitimateInterests)
                    || purpose.rests_on(LegalBasis::PublicTask))
                    && purpose.direct_marketing != Some(true)
            }
            PurposeFilter::DirectMarketing => purpose.direct_marketing == Some(true),
        }
    }
}

/// Whether the project's surveillance cameras rest on `basis`: they are
/// then named among the purposes that do.
pub fn cameras_rest_on(project: &Project, basis: LegalBasis) -> bool {
    project
        .cameras
        .as_ref()
        .is_some_and(|c| c.legal_basis == Some(basis))
}

impl Condition {
    pub fn holds(&self, project: &Project) -> bool {
        match self {
            Condition::HasRepresentative => project
                .organisation
                .representative
                .as_ref()
                .is_some_and(|c| !c.is_blank()),
            Condition::IsProcessor => project
                .organisation
                .processor_for
                .as_ref()
                .is_some_and(|role| !role.is_blank()),
            Condition::HasDpo => matches!(project.dpo, Dpo::Appointed(_)),
            Condition::HasDpoReason => matches!(project.dpo, Dpo::NotAppointedBecause(_)),
            Condition::HasPrivacyContact => project
                .privacy_contact
                .as_ref()
                .is_some_and(|c| !c.is_blank()),
            Condition::HasSpecialCategories => {
                project.data_categories.iter().any(|c| c.kind.is_special())
            }
            Condition::HasCriminalData => project
                .data_categories
                .iter()
                .any(|c| c.kind == crate::model::DataCategoryKind::CriminalRecords),
            Condition::HasIndirectSources => !project.sources.is_empty(),
            Condition::HasLegitimateInterests => {
                project
                    .purposes
                    .iter()
                    .any(|p| p.rests_on(LegalBasis::LegitimateInterests))
                    || cameras_rest_on(project, LegalBasis::LegitimateInterests)
            }
            Condition::HasObjectableProcessing => {
                project
                    .purposes
                    .iter()
                    .any(|p| PurposeFilter::Objectable.picks(p))
                    || cameras_rest_on(project, LegalBasis::LegitimateInterests)
                    || cameras_rest_on(project, LegalBasis::PublicTask)
            }
            Condition::HasAudienceProfiles => !project.profiles.is_empty(),
            Condition::HasCameras => project.cameras.is_some(),
            Condition::HasDirectMarketing => project
                .purposes
                .iter()
                .any(|p| PurposeFilter::DirectMarketing.picks(p)),
            Condition::HasProvisionRequirements => project
                .purposes
                .iter()
                .any(|p| p.terms().iter().any(|t| t.provision.is_some())),
            Condition::HasRecipients => !project.recipients.is_empty(),
            Condition::HasProcessors => project
                .recipients
                .iter()
                .any(|r| r.role == Some(RecipientRole::Processor)),
            Condition::HasTransfers => questions::transfers_yes(project),
            Condition::HasArt46Safeguards => project.recipients.iter().any(|r| {
                questions::is_outside_eea(r)
                    && matches!(
                        r.safeguard,
                        Some(
                            crate::model::TransferSafeguard::StandardContractualClauses
                                | crate::model::TransferSafeguard::BindingCorporateRules
                        )
                    )
            }),
            Condition::HasAutomatedDecisions => questions::automated_decisions_yes(project),
            Condition::HasProfiling => project.purposes.iter().any(|p| {
                p.automated_decision
                    .as_ref()
                    .is_some_and(|d| !d.under_art22())
            }),
            Condition::ReliesOnConsent => project.relies_on_consent(),
            Condition::HasSecurityMeasures => !project.security_measures.is_empty(),
            Condition::HasCookies => {
                !project.cookies.is_empty() || project.cookie_policy_elsewhere.is_some()
            }
            Condition::HasThirdPartyCookies => project
                .cookies
                .iter()
                .any(|c| c.party == crate::model::Party::Third),
            Condition::HasCookiesNeedingConsent => project
                .cookies
                .iter()
                .any(|c| project.needs_consent(c.category)),
            Condition::HasConsentBanner => project
                .cookie_consent
                .as_ref()
                .is_some_and(|c| c.method == ConsentMethod::Banner),
            Condition::WaitsForChoice => project
                .cookie_consent
                .as_ref()
                .is_some_and(|c| c.method == ConsentMethod::Banner && c.waits_for_choice),
            Condition::HasConsentWithdrawal => project
                .cookie_consent
                .as_ref()
                .and_then(|c| c.withdraw_via.as_ref())
                .is_some_and(|w| !w.is_blank()),
            Condition::HasChangeChannels => !project.change_notice.is_empty(),
            Condition::HasCookiePolicyElsewhere => project.cookie_policy_elsewhere.is_some(),
            Condition::Not(inner) => !inner.holds(project),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(project)),
        }
    }
}

/// The categories that have at least one cookie, in the standard order.
pub fn categories_in_use(project: &Project) -> Vec<CookieCategory> {
    CookieCategory::ALL
        .into_iter()
        .filter(|category| project.cookies.iter().any(|c| c.category == *category))
        .collect()
}

macro_rules! outlines {
    ($($kind:ident => $file:literal),* $(,)?) => {
        /// The outline of `kind` as shipped in templates/.
        pub fn embedded_text(kind: DocumentKind) -> (&'static str, &'static str) {
            match kind {
                $(DocumentKind::$kind => ($file, include_str!(concat!("../../templates/", $file)))),*
            }
        }
    };
}

outlines!(
    PrivacyStatement => "privacy-statement.ron",
    CookiePolicy => "cookie-policy.ron",
);

impl Outline {
    /// Parses an outline; the error names the template, line and column.
    pub fn parse(name: &str, text: &str) -> Result<Outline, String> {
        ron::Options::default().from_str(text).map_err(|e| {
            format!(
                "templates/{name}:{}:{}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
    }

    /// The shipped outline of `kind`.
    pub fn embedded(kind: DocumentKind) -> Outline {
        let (name, text) = embedded_text(kind);
        Outline::parse(name, text).unwrap_or_else(|e| panic!("shipped outline is broken: {e}"))
    }
}
