//! Step 5: the cookies the website sets, and how consent is given and
//! withdrawn (ePrivacy rules, GDPR Art. 7).

pub mod duration;

use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Length};

use super::{Action, Context, Outcome};
use crate::i18n::I18n;
use crate::model::{
    ConsentMethod, Cookie, CookieCategory, CookieConsent, LocalText, Locale, Party, Project,
    StorageKind,
};
use crate::ui::widgets::{
    AnswerOption, Choice, answer, beside, choices, drop_down, field, field_with_enter, findings_at,
    findings_of, findings_rest, findings_within, listed, local_field, optional, tick, yes_no,
};

/// The fields of a cookie card whose findings show right under them.
const BESIDE_FIELDS: [&str; 4] = ["category", "duration", "duration_range", "purpose"];

#[derive(Clone, Debug)]
pub enum Message {
    /// The path typed for a cookie list; kept by the root.
    ImportPath(String),
    /// Reads the list at the typed path; done by the root, which reads
    /// files and reports.
    Import,
    Add,
    Remove(usize),
    Name(usize, String),
    Provider(usize, String),
    ThirdParty(usize, bool),
    Category(usize, CookieCategory),
    Purpose(usize, Locale, String),
    /// A change to the duration of the cookie at this index.
    Duration(usize, duration::Message),
    Domain(usize, String),
    /// The entry stands for all cookies of a provider that names none.
    NamesUnknown(usize, bool),
    /// Whether the website sets cookies or similar technologies at all.
    SetsCookies(Option<bool>),
    /// The address of a cookie policy published elsewhere.
    Elsewhere(String),
    Method(Option<ConsentMethod>),
    PerCategory(bool),
    WaitsForChoice(bool),
    /// A Dutch organisation's low-impact analytics need no consent.
    AnalyticsExempt(bool),
    RefuseAsEasy(bool),
    NoCookieWall(bool),
    Tool(String),
    ChoiceKept(String),
    WithdrawVia(Locale, String),
}

/// The consent answers, started with a banner (the only lawful way for
/// cookies that need consent) when there are none yet.
fn consent(project: &mut Project) -> &mut CookieConsent {
    project
        .cookie_consent
        .get_or_insert(CookieConsent::asked_by(ConsentMethod::Banner))
}

/// The step's own state: the path of a cookie list to import.
#[derive(Debug, Default)]
pub struct State {
    pub import_path: String,
}

pub fn update(state: &mut State, project: &mut Project, message: Message) -> Outcome {
    match message {
        Message::ImportPath(path) => {
            state.import_path = path;
            Outcome::kept()
        }
        Message::Import => {
            let path = state.import_path.trim().into();
            Outcome::kept().then(Action::ImportCookies(path))
        }
        message => {
            apply(project, message);
            Outcome::changed()
        }
    }
}

/// Applies a change to the answers.
fn apply(project: &mut Project, message: Message) {
    match message {
        Message::ImportPath(_) | Message::Import => {}
        Message::Add => add(project),
        Message::Elsewhere(address) => project.cookie_policy_elsewhere = optional(address),
        Message::SetsCookies(answer) => {
            project.cookies_none = answer == Some(false);
            if answer == Some(true) && project.cookies.is_empty() {
                add(project);
            }
        }
        Message::Remove(i) => {
            if i < project.cookies.len() {
                project.cookies.remove(i);
            }
        }
        Message::Name(i, v) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.name = v;
            }
        }
        Message::Provider(i, v) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.provider = v;
            }
        }
        Message::Domain(i, v) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.domain = optional(v);
            }
        }
        Message::NamesUnknown(i, on) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.names_unknown = on;
            }
        }
        Message::ThirdParty(i, third) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.party = if third { Party::Third } else { Party::First };
            }
        }
        Message::Category(i, category) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.category = category;
            }
        }
        Message::Purpose(i, locale, v) => {
            if let Some(c) = project.cookies.get_mut(i) {
                c.purpose.set(locale, v);
            }
        }
        Message::Duration(i, change) => {
            if let Some(cookie) = project.cookies.get_mut(i) {
                duration::update(cookie, change);
            }
        }
        Message::Method(None) => project.cookie_consent = None,
        Message::Method(Some(method)) => consent(project).method = method,
        Message::PerCategory(on) => consent(project).per_category = on,
        Message::WaitsForChoice(on) => consent(project).waits_for_choice = on,
        Message::AnalyticsExempt(on) => project.analytics_exempt = on,
        Message::RefuseAsEasy(on) => consent(project).refuse_as_easy = on,
        Message::NoCookieWall(on) => consent(project).no_cookie_wall = on,
        Message::Tool(v) => consent(project).tool = optional(v),
        Message::ChoiceKept(v) => {
            let v = v.trim();
            if v.is_empty() {
                consent(project).choice_kept_months = None;
            } else if let Ok(months) = v.parse() {
                consent(project).choice_kept_months = Some(months);
            }
        }
        Message::WithdrawVia(locale, v) => consent(project)
            .withdraw_via
            .get_or_insert_with(LocalText::default)
            .set(locale, v),
    }
}

pub fn view<'a>(state: &State, project: &'a Project, context: Context) -> Element<'a, Message> {
    let Context {
        i18n,
        locale,
        findings,
    } = context;
    let import_path = state.import_path.as_str();
    let t = |id: &str| i18n.simple(locale, id);
    let import = container(
        column![
            text(t("app-import")).size(17),
            text(t("app-import.help")).size(13),
            row![
                text_input(&t("app-import-placeholder"), import_path)
                    .id("import-path")
                    .on_input(Message::ImportPath)
                    .on_submit(Message::Import)
                    .size(14),
                button(text(t("app-import-button")).size(13)).on_press(Message::Import),
            ]
            .spacing(8),
        ]
        .spacing(6),
    )
    .padding(12)
    .style(container::bordered_box)
    .width(Length::Fill);
    let categories = choices(
        &CookieCategory::ALL,
        CookieCategory::key,
        "category",
        i18n,
        locale,
    );
    let rows = project.cookies.iter().enumerate().map(|(i, cookie)| {
        let category = categories
            .iter()
            .find(|c| c.value == cookie.category)
            .cloned();
        let line = duration::view(i, cookie, i18n, locale).map(move |m| Message::Duration(i, m));
        let notes =
            |field: &str| findings_at(findings, &format!("cookies[{i}].{field}"), i18n, locale);
        let mut card = column![
            row![
                field_with_enter(
                    t("app-cookie-name"),
                    format!("cookie-{i}-name"),
                    &cookie.name,
                    move |v| Message::Name(i, v),
                    Message::Add,
                ),
                field(
                    t("app-cookie-provider"),
                    None,
                    format!("cookie-{i}-provider"),
                    &cookie.provider,
                    move |v| Message::Provider(i, v)
                ),
                button(text(t("app-remove")).size(13))
                    .style(button::danger)
                    .on_press(Message::Remove(i)),
            ]
            .spacing(10)
            .align_y(iced::Alignment::End),
            row![
                drop_down(
                    categories.clone(),
                    category,
                    move |c: Choice<CookieCategory>| Message::Category(i, c.value),
                    String::new(),
                    Length::FillPortion(3),
                ),
                checkbox(cookie.party == Party::Third)
                    .label(t("app-cookie-third-party"))
                    .on_toggle(move |on| Message::ThirdParty(i, on))
                    .text_size(13)
                    .width(Length::FillPortion(2)),
            ]
            .spacing(10)
            .align_y(iced::Alignment::Center),
            beside(
                text(category_says(project, cookie.category, i18n, locale))
                    .size(12)
                    .style(text::secondary),
                notes("category"),
            ),
            row![
                container(field(
                    t("app-cookie-domain"),
                    None,
                    format!("cookie-{i}-domain"),
                    cookie.domain.as_deref().unwrap_or(""),
                    move |v| Message::Domain(i, v)
                ))
                .width(Length::FillPortion(2)),
                container(tick(
                    t("app-cookie-names-unknown"),
                    cookie.names_unknown,
                    move |on| Message::NamesUnknown(i, on)
                ))
                .width(Length::FillPortion(3)),
            ]
            .spacing(10)
            .align_y(iced::Alignment::End),
            beside(
                column![text(t("app-cookie-duration")).size(13), line].spacing(4),
                findings_within(
                    findings,
                    &[
                        &format!("cookies[{i}].duration"),
                        &format!("cookies[{i}].duration_range"),
                    ],
                    i18n,
                    locale,
                ),
            ),
            beside(
                local_field(
                    &project.document.languages,
                    t("app-cookie-purpose"),
                    None,
                    format!("cookie-{i}-purpose"),
                    &cookie.purpose,
                    move |l, v| Message::Purpose(i, l, v),
                ),
                notes("purpose"),
            ),
        ]
        .spacing(8);
        let here = format!("cookies[{i}]");
        card = card.push(findings_rest(findings, &here, &BESIDE_FIELDS, i18n, locale));
        container(card)
            .padding(12)
            .style(container::bordered_box)
            .width(Length::Fill)
            .into()
    });
    let method = project.cookie_consent.as_ref().map(|c| c.method);
    let banner = method == Some(ConsentMethod::Banner);
    let consent = project
        .cookie_consent
        .clone()
        .unwrap_or(CookieConsent::asked_by(ConsentMethod::Banner));
    let mut options = vec![AnswerOption {
        value: None,
        label: t("app-answer-unanswered"),
        says: t("app-q-consent-unanswered.says"),
    }];
    options.extend(ConsentMethod::ALL.into_iter().map(|m| AnswerOption {
        value: Some(m),
        label: t(&format!("app-q-consent-{}", m.key())),
        says: t(&format!("app-q-consent-{}.says", m.key())),
    }));
    // The exemption exists in Dutch law only; once answered it stays in
    // view, so that a project that moved country can untick it.
    let dutch = project
        .organisation
        .address
        .country
        .as_ref()
        .map(crate::model::Country::code)
        == Some("NL");
    let exemption: Element<'a, Message> = if dutch || project.analytics_exempt {
        column![
            tick(
                t("app-analytics-exempt"),
                project.analytics_exempt,
                Message::AnalyticsExempt
            ),
            text(t("app-analytics-exempt.help"))
                .size(12)
                .style(text::secondary),
        ]
        .spacing(4)
        .into()
    } else {
        column![].into()
    };
    let consent_form = column![
        text(t("app-consent")).size(17),
        text(t("app-consent.help")).size(13),
        exemption,
        answer(t("app-q-consent"), options, method, Message::Method),
        checkbox(consent.per_category && banner)
            .label(t("app-consent-per-category"))
            .on_toggle_maybe(banner.then_some(Message::PerCategory))
            .text_size(14),
        checkbox(consent.waits_for_choice && banner)
            .label(t("app-consent-waits"))
            .on_toggle_maybe(banner.then_some(Message::WaitsForChoice))
            .text_size(14),
        checkbox(consent.refuse_as_easy && banner)
            .label(t("app-consent-refuse"))
            .on_toggle_maybe(banner.then_some(Message::RefuseAsEasy))
            .text_size(14),
        checkbox(consent.no_cookie_wall && banner)
            .label(t("app-consent-no-wall"))
            .on_toggle_maybe(banner.then_some(Message::NoCookieWall))
            .text_size(14),
        field(
            t("app-consent-tool"),
            None,
            "consent-tool",
            consent.tool.as_deref().unwrap_or(""),
            Message::Tool
        ),
        field(
            t("app-consent-kept"),
            Some(t("app-consent-kept.help")),
            "consent-kept",
            &consent
                .choice_kept_months
                .map_or_else(String::new, |m| m.to_string()),
            Message::ChoiceKept
        ),
        local_field(
            &project.document.languages,
            t("app-consent-withdraw"),
            Some(t("app-consent-withdraw.help")),
            "consent-withdraw".into(),
            consent
                .withdraw_via
                .as_ref()
                .unwrap_or(&LocalText::default()),
            Message::WithdrawVia,
        ),
    ]
    .spacing(10);
    let consent_form = beside(
        consent_form,
        findings_at(findings, "cookie_consent", i18n, locale),
    );
    let sets = listed(!project.cookies.is_empty(), project.cookies_none);
    column![
        beside(
            field(
                t("app-cookie-policy-elsewhere"),
                Some(t("app-cookie-policy-elsewhere.help")),
                "cookie-policy-elsewhere",
                project.cookie_policy_elsewhere.as_deref().unwrap_or(""),
                Message::Elsewhere,
            ),
            findings_at(findings, "cookie_policy_elsewhere", i18n, locale),
        ),
        beside(
            yes_no("cookies", sets, Message::SetsCookies, i18n, locale),
            findings_of(findings, &["cookies", "cookies_none"], i18n, locale),
        ),
        import
    ]
    .extend(rows)
    .spacing(10)
    .push(
        button(text(t("app-cookie-add")))
            .on_press(Message::Add)
            .padding([8, 14]),
    )
    .push(consent_form)
    .into()
}

fn add(project: &mut Project) {
    project.cookies.push(Cookie {
        name: String::new(),
        provider: project.organisation.name.clone(),
        domain: None,
        names_unknown: false,
        party: Party::First,
        category: CookieCategory::Unclassified,
        purpose: LocalText::default(),
        duration: None,
        duration_range: None,
        storage: StorageKind::Cookie,
        from_catalog: None,
        catalog_fingerprint: None,
    });
}

/// What a cookie's category makes the cookie policy say about it, in the
/// policy's own words.
fn category_says(
    project: &Project,
    category: CookieCategory,
    i18n: &I18n,
    locale: Locale,
) -> String {
    let said =
        crate::document::category_sentences(project, category, i18n, locale, &mut Vec::new());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("sentence", said);
    i18n.plain(locale, "app-cookie-category-says", &args)
}
