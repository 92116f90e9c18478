//! Compliance and completeness checks: what a project leaves unanswered or
//! answers in a way that would make its documents wrong, each finding with
//! the article it rests on and the place in the project to fix it.
//!
//! Findings hold no text: [`Finding::message`] and [`Finding::hint`] word
//! them in a locale, from `i18n/<locale>/checks.ftl`, when they are shown.
//!
//! Severities mean one thing each: an error is a document that would break
//! the law as answered; a warning is likely a problem (or a fact that only
//! the owner can confirm); info is advice.

mod answers;
mod coherence;
mod collection;
mod controller;
mod cookies;
mod dates;
mod finding;
mod identifiers;
mod links;
mod place;
mod processing;
mod recipients;
mod wording;

pub use finding::{Detail, Finding, Item, Label};

use fluent_bundle::FluentArgs;
use time::Date;

use crate::i18n::I18n;
use crate::model::{Locale, Project};

/// Everything the checks find in `project`, errors first, then warnings,
/// then advice; within a severity in the order of the project file.
/// `today` decides which effective dates are in the future or stale.
pub fn run(project: &Project, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_answers(project, true, &mut findings);
    dates::check(project, today, &mut findings);
    place::name_items(project, &mut findings);
    findings.sort_by_key(Finding::severity);
    findings
}

/// Whether `project` has errors, so that its documents are drafts. It runs
/// on every document built, so the checks that never find errors (dates,
/// coherence, the language of texts) are left out.
pub fn has_errors(project: &Project) -> bool {
    error_count(project) > 0
}

/// How many errors the checks find in `project`: the number [`run`] finds,
/// without running the checks that only ever warn.
pub fn error_count(project: &Project) -> usize {
    let mut findings = Vec::new();
    check_answers(project, false, &mut findings);
    Severity::Error.count(&findings)
}

/// Every check but those that need today's date; `warnings` adds those
/// that only ever warn.
fn check_answers(project: &Project, warnings: bool, findings: &mut Vec<Finding>) {
    answers::check(project, findings);
    controller::check(project, findings);
    processing::check(project, findings);
    collection::check(project, findings);
    recipients::check(project, findings);
    cookies::check(project, findings);
    identifiers::check(project, findings);
    wording::check(project, warnings, findings);
    if warnings {
        coherence::check(project, findings);
        links::check(project, findings);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The documents, as answered, would break the law.
    Error,
    /// Likely a problem, or something only the owner can confirm.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// A stable name for tools and the suffix of its Fluent messages.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// How many of `findings` have this severity.
    pub fn count(self, findings: &[Finding]) -> usize {
        findings.iter().filter(|f| f.severity() == self).count()
    }

    /// The same, for findings gathered by reference.
    pub fn count_in(self, findings: &[&Finding]) -> usize {
        findings.iter().filter(|f| f.severity() == self).count()
    }
}

/// The law a rule rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Law {
    /// Regulation (EU) 2016/679 (AVG).
    Gdpr,
    /// Directive 2002/58/EC, Art. 5(3) on cookies, as the Belgian and Dutch
    /// telecommunications laws carry it out.
    EPrivacy,
    /// The Belgian law of 21 March 2007 on surveillance cameras.
    CameraLawBe,
}

impl Law {
    /// A stable name for tools and the suffix of its Fluent message.
    pub fn key(self) -> &'static str {
        match self {
            Law::Gdpr => "gdpr",
            Law::EPrivacy => "eprivacy",
            Law::CameraLawBe => "camera-law-be",
        }
    }
}

/// The provisions a rule rests on: a law and its articles, written the way
/// both languages cite them (`13(1)(c)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Basis {
    pub law: Law,
    pub articles: &'static str,
}

impl Basis {
    /// The citation as a reader writes it: "GDPR Art. 13(1)(c)",
    /// "art. 13(1)(c) AVG".
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        args.set(
            "law",
            i18n.simple(locale, &format!("law-{}", self.law.key())),
        );
        args.set("articles", self.articles);
        i18n.plain(locale, "check-basis", &args)
    }
}

/// Declares every rule once: its variant, stable id, severity and basis.
macro_rules! rules {
    ($($(#[$doc:meta])* $rule:ident = $id:literal, $severity:ident, $law:ident $articles:literal;)*) => {
        /// A rule the checks apply. Its id is stable: tools may rely on it,
        /// and its messages in `checks.ftl` are named after it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $rule,)*
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$rule,)*];

            /// The stable id, such as `art13.purpose.legal-basis-missing`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$rule => $id,)*
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Rule::$rule => Severity::$severity,)*
                }
            }

            pub fn basis(self) -> Basis {
                match self {
                    $(Rule::$rule => Basis { law: Law::$law, articles: $articles },)*
                }
            }
        }
    };
}

rules! {
    /// A question that decides what the documents say, not answered: the
    /// documents hold a placeholder and are drafts.
    CountryUnanswered = "answers.country-unanswered", Error, Gdpr "13(1)(a), 13(2)(d), 77";
    DataCategoriesUnanswered = "answers.data-categories-unanswered", Error, Gdpr "13(1)(c), 14(1)(d)";
    DpoUnanswered = "answers.dpo-unanswered", Error, Gdpr "13(1)(b), 37";
    SourcesUnanswered = "answers.sources-unanswered", Error, Gdpr "14(1)(d), 14(2)(f)";
    RecipientsUnanswered = "answers.recipients-unanswered", Error, Gdpr "13(1)(e), 14(1)(e)";
    TransfersUnanswered = "answers.transfers-unanswered", Error, Gdpr "13(1)(f), 14(1)(f)";
    AutomatedDecisionsUnanswered = "answers.automated-decisions-unanswered", Error, Gdpr "13(2)(f), 14(2)(g), 22";
    SecurityMeasuresUnanswered = "answers.security-measures-unanswered", Error, Gdpr "24, 32";
    ChildrenUnanswered = "answers.children-unanswered", Error, Gdpr "8";
    ChangeNoticeUnanswered = "answers.change-notice-unanswered", Error, Gdpr "12(1)";
    CookiesUnanswered = "answers.cookies-unanswered", Error, EPrivacy "5(3)";
    CookieConsentUnanswered = "answers.cookie-consent-unanswered", Error, EPrivacy "5(3)";
    /// Two answers that say opposite things: the documents say neither.
    SourcesContradictory = "answers.sources-contradictory", Error, Gdpr "14";
    RecipientsContradictory = "answers.recipients-contradictory", Error, Gdpr "13(1)(e), 14(1)(e)";
    /// "No transfers" while a recipient is outside the EEA or carries a
    /// transfer safeguard.
    TransfersContradictory = "answers.transfers-contradictory", Error, Gdpr "13(1)(f), 44";
    AutomatedDecisionsContradictory = "answers.automated-decisions-contradictory", Error, Gdpr "13(2)(f), 22";
    CookiesContradictory = "answers.cookies-contradictory", Error, EPrivacy "5(3)";
    /// Whether a source is publicly accessible is not answered.
    SourcePublicUnanswered = "art14.source.public-unanswered", Error, Gdpr "14(2)(f)";
    /// "Encryption" as format 1 offered it, without saying where.
    EncryptionUnplaced = "art32.security.encryption-where", Warning, Gdpr "32(1)(a)";
    /// New versions announced on a website the organisation does not name.
    ChangeWebsiteMissing = "art12.changes.website-missing", Warning, Gdpr "12(1)";
    DocumentVersionMissing = "document.version-missing", Warning, Gdpr "12(1)";
    /// Requests answered in more days than the law's month can have.
    ResponseTooSlow = "art12.rights.response-too-slow", Error, Gdpr "12(3)";
    /// Requests by phone are offered, but the statement has no number.
    RequestPhoneMissing = "art12.rights.phone-missing", Error, Gdpr "12(2)";
    /// A text given in only some of the document languages: the document
    /// in another language would borrow it untranslated.
    TextUntranslated = "answers.text-untranslated", Error, Gdpr "12(1)";
    /// A text written for one language that is clearly in another.
    TextWrongLanguage = "answers.text-wrong-language", Warning, Gdpr "12(1)";
    /// "je", "jij", "jouw" in a document that addresses readers as "u".
    InformalRegister = "answers.informal-register", Warning, Gdpr "12(1)";
    /// Retention criteria that say no more than "as long as necessary".
    RetentionVague = "art13.purpose.retention-vague", Error, Gdpr "13(2)(a), 5(1)(e)";
    /// An Art. 10 authorisation that is only the person's consent.
    Art10ConsentOnly = "art10.authorisation-consent-only", Error, Gdpr "10";
    /// A third party sets cookies but is not among the recipients.
    CookieProviderNotRecipient = "art13.cookie.provider-not-recipient", Warning, Gdpr "13(1)(e), 26";
    /// A contract basis for people who are as a rule not party to it.
    ContractBasisNonParty = "art6.purpose.contract-non-party", Warning, Gdpr "6(1)(b)";
    AudienceUnused = "answers.audience-unused", Warning, Gdpr "13(1)(c)";
    DataUnused = "answers.data-unused", Warning, Gdpr "13(1)(c), 5(1)(c)";
    /// A recipient for which no purpose is ticked: the documents cannot
    /// say what it receives data for.
    RecipientServesNoPurpose = "answers.recipient-no-purpose", Warning, Gdpr "13(1)(e)";
    /// An analytics, marketing or social-media cookie whose kind no
    /// purpose says it sets.
    CookieServesNoPurpose = "answers.cookie-no-purpose", Warning, Gdpr "13(1)(c)";
    /// A purpose that looks like direct marketing (newsletter subscribers,
    /// prospects, marketing cookies) without saying whether it is.
    DirectMarketingUnanswered = "art21.purpose.direct-marketing-unanswered", Warning, Gdpr "21(2), 21(4)";
    /// Cameras without the purpose or retention the statement must give.
    CameraPurposeMissing = "cameras.purpose-missing", Error, Gdpr "13(1)(c)";
    CameraBasisMissing = "cameras.basis-missing", Error, Gdpr "13(1)(c)";
    CameraRecipientsUnanswered = "cameras.recipients-unanswered", Error, Gdpr "13(1)(e)";
    CameraRetentionMissing = "cameras.retention-missing", Error, Gdpr "13(2)(a)";
    /// Belgian camera law: images kept longer than one month.
    CameraRetentionTooLong = "cameras.retention-too-long", Error, CameraLawBe "5, 6, 7";
    /// Belgian camera law: no pictogram at the entrances.
    CameraPictogramMissing = "cameras.pictogram-missing", Error, CameraLawBe "5, 6, 7";
    /// Belgian camera law: the cameras are not declared to the police.
    CameraNotDeclared = "cameras.not-declared", Error, CameraLawBe "5, 6, 7";
    /// The privacy address looks like one person's own mailbox.
    PersonalMailbox = "art12.rights.personal-mailbox", Warning, Gdpr "12(2)";

    /// The organisation has no name.
    ControllerNameMissing = "art13.controller.name-missing", Error, Gdpr "13(1)(a), 14(1)(a)";
    /// The name already ends in the legal form the documents add after it.
    ControllerNameHasLegalForm = "art13.controller.name-has-legal-form", Warning, Gdpr "13(1)(a)";
    /// Street, postcode or city is empty.
    ControllerAddressIncomplete = "art13.controller.address-incomplete", Error, Gdpr "13(1)(a), 14(1)(a)";
    /// A Belgian or Dutch organisation gives no enterprise or KvK number.
    /// Every one has one, and readers use it to know who exactly is meant;
    /// the GDPR itself is met by name and address, hence a warning.
    EnterpriseNumberMissing = "art13.controller.enterprise-number-missing", Warning, Gdpr "13(1)(a)";
    /// A controller established outside the EEA has no representative.
    RepresentativeMissing = "art27.representative-missing", Error, Gdpr "27, 13(1)(a)";
    /// A representative with no way to reach them.
    RepresentativeContactMissing = "art13.representative.contact-missing", Error, Gdpr "13(1)(a), 14(1)(a)";
    /// A DPO with no way to reach them.
    DpoContactMissing = "art13.dpo.contact-missing", Error, Gdpr "13(1)(b), 14(1)(b)";
    /// No DPO, while a purpose processes special-category data of people
    /// other than staff: see `controller::special_category_purpose`.
    DpoLikelyRequired = "art37.dpo-likely-required", Warning, Gdpr "37(1)(c)";
    /// No usable e-mail address to send requests to.
    RightsChannelMissing = "art12.rights.channel-missing", Error, Gdpr "12(2), 13(2)(b)";
    /// No supervisory authority can be named for the organisation's country.
    AuthorityMissing = "art13.complaint.authority-missing", Error, Gdpr "13(2)(d), 14(2)(e)";
    /// The authority entered by hand no longer exists.
    AuthorityFormer = "art13.complaint.authority-former", Error, Gdpr "13(2)(d), 14(2)(e)";

    /// The project states no purpose at all.
    PurposesMissing = "art13.purposes-missing", Error, Gdpr "13(1)(c), 14(1)(c)";
    PurposeLegalBasisMissing = "art13.purpose.legal-basis-missing", Error, Gdpr "13(1)(c), 14(1)(c)";
    PurposeLegitimateInterestMissing = "art13.purpose.legitimate-interest-missing", Error, Gdpr "13(1)(d), 14(2)(b)";
    PurposeRetentionMissing = "art13.purpose.retention-missing", Error, Gdpr "13(2)(a), 14(2)(a)";
    /// A contract or a legal obligation, and nothing on whether the person
    /// must provide the data. A warning: this may be said where the data
    /// is collected (a form's required fields) rather than in the statement.
    PurposeProvisionMissing = "art13.purpose.provision-missing", Warning, Gdpr "13(2)(e)";
    /// Data the person must provide, and no word on what happens if not.
    PurposeProvisionConsequenceMissing = "art13.purpose.provision-consequence-missing", Warning, Gdpr "13(2)(e)";
    AutomatedDecisionLogicMissing = "art13.automated-decision.logic-missing", Error, Gdpr "13(2)(f), 14(2)(g), 22";
    AutomatedDecisionConsequencesMissing = "art13.automated-decision.consequences-missing", Error, Gdpr "13(2)(f), 14(2)(g), 22";
    /// Whether a decision has legal or similarly significant effects,
    /// which decides whether Art. 22 applies, is not answered.
    AutomatedDecisionSignificanceUnanswered = "art22.automated-decision.significance-unanswered", Error, Gdpr "22(1)";
    /// An Art. 22 decision without the exception of Art. 22(2) that
    /// allows it.
    AutomatedDecisionGroundMissing = "art22.automated-decision.ground-missing", Error, Gdpr "22(2), 13(2)(f)";
    /// A special category with no Art. 9(2) condition.
    SpecialCategoryConditionMissing = "art9.condition-missing", Error, Gdpr "9(2)";
    /// Criminal-offence data with no law that authorises it.
    CriminalDataAuthorisationMissing = "art10.authorisation-missing", Error, Gdpr "10";
    SourceDescriptionMissing = "art14.source.description-missing", Error, Gdpr "14(2)(f)";
    SourceDataMissing = "art14.source.data-missing", Error, Gdpr "14(1)(d)";

    RecipientNameMissing = "art13.recipient.name-missing", Error, Gdpr "13(1)(e), 14(1)(e)";
    /// Standard contractual clauses of a repealed Commission decision.
    SccRepealed = "art46.transfer.scc-repealed", Error, Gdpr "46(2)(c)";
    /// A joint controller without the essence of the arrangement.
    JointArrangementMissing = "art26.joint-controller.arrangement-missing", Error, Gdpr "26(2)";
    /// The law asks for the recipients, not their role; but without it the
    /// reader cannot tell a processor from a company that decides for itself.
    RecipientRoleMissing = "art13.recipient.role-missing", Warning, Gdpr "13(1)(e), 28";
    /// Outside the EEA, in a country with no adequacy decision, and no
    /// safeguard.
    TransferSafeguardMissing = "art13.transfer.safeguard-missing", Error, Gdpr "13(1)(f), 44, 46";
    /// An adequacy decision claimed for a country that has none.
    TransferAdequacyNotFound = "art45.transfer.adequacy-not-found", Error, Gdpr "45, 13(1)(f)";
    /// An adequacy decision claimed for the United States, which only has
    /// one for organisations certified under the Data Privacy Framework.
    TransferAdequacyNeedsDpf = "art45.transfer.adequacy-needs-dpf", Error, Gdpr "45, 13(1)(f)";
    /// The Data Privacy Framework claimed for a country outside the US.
    TransferDpfOutsideUs = "art45.transfer.dpf-outside-us", Error, Gdpr "45, 13(1)(f)";
    TransferDerogationUnexplained = "art49.transfer.derogation-unexplained", Error, Gdpr "49, 13(1)(f)";
    /// A safeguard for a recipient inside the EEA: no transfer, so no harm
    /// in the documents, but the country is probably wrong.
    TransferSafeguardInsideEea = "art44.transfer.safeguard-inside-eea", Warning, Gdpr "44, 13(1)(f)";
    /// A safeguard with no country: the documents cannot say where to.
    TransferCountryMissing = "art13.transfer.country-missing", Warning, Gdpr "13(1)(f)";

    /// Cookies that need consent, and no banner asking for it.
    CookieConsentMissing = "eprivacy.cookies.consent-missing", Error, EPrivacy "5(3)";
    /// Consent taken from browsing on, which is no consent (CJEU C-673/17).
    CookieConsentImplied = "eprivacy.cookies.consent-implied", Error, EPrivacy "5(3)";
    /// Cookies that need consent, and nothing on how to withdraw it.
    CookieWithdrawalMissing = "art7.cookies.withdrawal-missing", Error, Gdpr "7(3)";
    /// Several categories needing consent, and one yes-or-no for all.
    CookieConsentNotGranular = "art7.cookies.consent-not-granular", Warning, Gdpr "4(11), 7";
    /// A banner whose refusal takes more effort than acceptance does not
    /// collect freely given consent.
    CookieRefusalHarder = "art7.cookies.refusal-not-as-easy", Error, Gdpr "4(11), 7";
    /// The Dutch analytics exemption answered for an organisation that is
    /// not Dutch.
    AnalyticsExemptOutsideNl = "eprivacy.cookies.analytics-exempt-outside-nl", Warning, EPrivacy "5(3)";
    /// The Dutch analytics exemption claimed beside third-party analytics.
    AnalyticsExemptThirdParty = "eprivacy.cookies.analytics-exempt-third-party", Warning, EPrivacy "5(3)";
    /// Cookies needing consent may be set before the visitor chooses.
    CookiesBeforeChoice = "eprivacy.cookies.set-before-choice", Error, EPrivacy "5(3)";
    /// A cookie wall makes consent a condition of using the website.
    CookieWall = "art7.cookies.cookie-wall", Error, Gdpr "7(4)";
    CookieDurationMissing = "eprivacy.cookie.duration-missing", Error, EPrivacy "5(3)";
    /// The cookie policy is published elsewhere, and the statement cannot
    /// say how cookie consent is withdrawn, which must be as easy as
    /// giving it.
    CookieWithdrawalUntold = "art7.cookies.withdrawal-untold", Warning, Gdpr "7(3)";
    CookiePurposeMissing = "eprivacy.cookie.purpose-missing", Error, EPrivacy "5(3)";
    /// Unclassified cookies are treated as needing consent, so nothing is
    /// unlawful, but visitors cannot tell what they are for.
    CookieCategoryMissing = "eprivacy.cookie.category-missing", Warning, EPrivacy "5(3)";
    /// A range whose ends do not fit: the policy would print nonsense such
    /// as "between 2 years and 1 day".
    CookieDurationRangeUnclear = "eprivacy.cookie.duration-range-unclear", Warning, EPrivacy "5(3)";
    /// Longer than the 13 months the authorities accept for a cookie.
    CookieDurationTooLong = "art5.cookie.duration-too-long", Warning, Gdpr "5(1)(e)";
    /// A cookie that the catalogue knows as analytics, marketing or social
    /// media, classified as strictly necessary. An error, not a warning:
    /// the category decides whether the banner asks first, so as answered
    /// the cookie is set before consent, and the policy tells visitors it
    /// is exempt. Only cookies needed for what the visitor asked for are
    /// (Art. 5(3), second sentence); measuring or advertising never is.
    CookieTrackingAsNecessary = "eprivacy.cookie.tracking-as-necessary", Error, EPrivacy "5(3)";

    /// A Belgian enterprise number with the wrong form or check digits. A
    /// warning: the controller is still identified by name and address.
    BelgianEnterpriseNumberInvalid = "identifier.belgian-enterprise-number-invalid", Warning, Gdpr "13(1)(a)";
    BelgianVatNumberInvalid = "identifier.belgian-vat-number-invalid", Warning, Gdpr "13(1)(a)";
    /// A valid Belgian VAT number that is not BE + the enterprise number.
    BelgianVatNumberMismatch = "identifier.belgian-vat-number-mismatch", Warning, Gdpr "13(1)(a)";
    DutchKvkNumberInvalid = "identifier.dutch-kvk-number-invalid", Warning, Gdpr "13(1)(a)";
    DutchVatNumberInvalid = "identifier.dutch-vat-number-invalid", Warning, Gdpr "13(1)(a)";
    /// An e-mail address the documents print that cannot receive mail:
    /// an error wherever it is, as the reader writes to it.
    EmailInvalid = "identifier.email-invalid", Error, Gdpr "12(1), 13(1)(a)";
    LinkInvalid = "identifier.link-invalid", Warning, Gdpr "12(1)";
    /// A link or e-mail address on a domain reserved for examples.
    Placeholder = "identifier.placeholder", Warning, Gdpr "12(1)";
    PhoneInvalid = "identifier.phone-invalid", Warning, Gdpr "12(1)";

    EffectiveDateInFuture = "document.effective-date-future", Warning, Gdpr "12(1)";
    EffectiveDateOld = "document.effective-date-old", Info, Gdpr "12(1)";
}

impl Rule {
    /// Whether the rule finds an answer that is not given yet, rather
    /// than one that is given wrongly: the wizard counts these as
    /// questions "to answer".
    pub fn is_unanswered(self) -> bool {
        self.severity() == Severity::Error
            && ["-unanswered", "-missing", "-incomplete"]
                .iter()
                .any(|end| self.id().ends_with(end))
    }

    /// The Fluent message of the rule; its `.hint` attribute says what to
    /// do. Fluent ids cannot hold dots, so they become dashes.
    pub fn message_id(self) -> String {
        format!("check-{}", self.id().replace('.', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::TextIssue;

    #[test]
    fn rule_ids_are_unique_and_name_their_messages() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
        assert_eq!(
            Rule::PurposeLegalBasisMissing.message_id(),
            "check-art13-purpose-legal-basis-missing"
        );
    }

    #[test]
    fn every_rule_has_a_message_and_a_hint_in_every_locale() {
        let i18n = I18n::embedded();
        for rule in Rule::ALL {
            for locale in Locale::BUILT_IN {
                for id in [rule.message_id(), format!("{}.hint", rule.message_id())] {
                    let mut issues = Vec::new();
                    let text = i18n.format(locale, &id, &FluentArgs::new(), &mut issues);
                    let missing = issues.iter().any(|issue| {
                        matches!(
                            issue,
                            TextIssue::Missing { .. } | TextIssue::FellBackToEnglish { .. }
                        )
                    });
                    assert!(!missing && !text.is_empty(), "{locale:?} {id}: {issues:?}");
                }
            }
        }
    }

    #[test]
    fn citations_follow_the_reader_s_language() {
        let basis = Rule::PurposeLegalBasisMissing.basis();
        let i18n = I18n::embedded();
        assert_eq!(
            basis.describe(i18n, Locale::EN),
            "GDPR Art. 13(1)(c), 14(1)(c)"
        );
        assert_eq!(
            basis.describe(i18n, Locale::NL),
            "art. 13(1)(c), 14(1)(c) AVG"
        );
    }
}
