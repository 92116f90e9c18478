//! The cookie policy's categories, tables, third parties and consent.

use super::*;
use crate::model::DurationRange;

impl Writer<'_> {
    pub(super) fn cookie_categories(&mut self, out: &mut Vec<Block>) {
        let items = outline::categories_in_use(self.project)
            .into_iter()
            .map(|category| {
                let name = self.t(&format!("category-{}", category.key()));
                let mut issues = Vec::new();
                let mut said =
                    category_sentences(self.project, category, self.i18n, self.locale, &mut issues);
                self.record(issues);
                let purposes = self.purpose_names(|p| p.cookies.contains(&category));
                if !purposes.is_empty() {
                    let served = self.text(
                        "cookies-category-purposes",
                        &[
                            ("purposes", purposes.text.into()),
                            ("count", number(purposes.count as f64)),
                        ],
                    );
                    said = format!("{said} {served}");
                }
                let said = self.after_label(said);
                Text(vec![
                    Span::Strong(name),
                    Span::Plain(format!("{}{said}", self.colon())),
                ])
            })
            .collect();
        push_list(out, items);
    }

    /// How long `cookie` stays, with its range: "up to 2 years", "between
    /// 1 day and 2 years". A range that does not fit (a finding) is left
    /// out rather than printed as nonsense.
    fn cookie_duration(&mut self, cookie: &Cookie) -> String {
        let longest = self.duration(cookie.duration);
        if !cookie.duration_range_fits() {
            return longest;
        }
        match cookie.duration_range {
            None => longest,
            Some(DurationRange::UpTo) => {
                self.text("duration-up-to", &[("longest", longest.into())])
            }
            Some(DurationRange::From(CookieDuration::Session)) => {
                self.text("duration-session-or-up-to", &[("longest", longest.into())])
            }
            Some(DurationRange::From(shortest)) => {
                let shortest = self.duration(Some(shortest));
                self.text(
                    "duration-between",
                    &[("shortest", shortest.into()), ("longest", longest.into())],
                )
            }
        }
    }

    pub(super) fn duration(&mut self, duration: Option<CookieDuration>) -> String {
        let (id, count) = match duration {
            None => return self.t("not-stated"),
            Some(CookieDuration::Session) => ("duration-session", None),
            Some(CookieDuration::Persistent) => ("duration-persistent", None),
            Some(CookieDuration::Minutes(n)) => ("period-minutes", Some(n)),
            Some(CookieDuration::Hours(n)) => ("period-hours", Some(n)),
            Some(CookieDuration::Days(n)) => ("period-days", Some(n)),
            Some(CookieDuration::Weeks(n)) => ("period-weeks", Some(n)),
            Some(CookieDuration::Months(n)) => ("period-months", Some(n)),
            Some(CookieDuration::Years(n)) => ("period-years", Some(n)),
        };
        match count {
            Some(n) => self.text(id, &[("count", number(n))]),
            None => self.t(id),
        }
    }

    pub(super) fn cookie_row(&mut self, index: usize, cookie: &Cookie) -> Vec<Text> {
        let mut name = if cookie.names_unknown {
            let provider = strip_marks(cookie.provider.trim());
            vec![Span::Plain(self.text(
                "cookie-names-unknown",
                &[("provider", provider.into())],
            ))]
        } else {
            vec![Span::Strong(cookie.name.clone())]
        };
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
        let mut provider = vec![Span::Plain(provider), Span::Break, Span::Plain(party)];
        if let Some(domain) = cookie.domain.as_deref().filter(|d| !d.trim().is_empty()) {
            provider.push(Span::Break);
            provider.push(Span::Plain(domain.trim().to_owned()));
        }
        let purpose = self.local(&cookie.purpose, &format!("cookies[{index}].purpose"));
        let duration = self.cookie_duration(cookie);
        vec![
            Text(name),
            Text(provider),
            split_missing(purpose),
            split_missing(duration),
        ]
    }

    pub(super) fn cookie_tables(&mut self, out: &mut Vec<Block>) {
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

    pub(super) fn third_parties(&mut self, out: &mut Vec<Block>) {
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
    pub(super) fn consent(&mut self, out: &mut Vec<Block>) {
        let Some(consent) = self
            .project
            .cookie_consent
            .as_ref()
            .filter(|c| c.method == ConsentMethod::Banner)
        else {
            return;
        };
        let mut sentences = vec![self.t("consent-banner")];
        if consent.waits_for_choice {
            let exempt = if self.project.analytics_exempt_applies() {
                "yes"
            } else {
                "no"
            };
            sentences.push(self.text("consent-waits-for-choice", &[("exempt", exempt.into())]));
        }
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
            // The message ends the sentence itself.
            let via = via.trim_end().trim_end_matches('.').to_owned();
            if !via.is_empty() {
                let text = self.text("consent-withdraw-via", &[("via", via.into())]);
                out.push(Block::Paragraph(split_missing(text)));
            }
        }
    }
}

/// What the cookie policy says of a category: what it is for, and whether
/// consent is asked, claimed only where a banner asks for it before the
/// cookies are set.
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
    let asked_first = outline::Condition::WaitsForChoice.holds(project);
    let consent = if project.analytics_exempt_applies()
        && category == crate::model::CookieCategory::Analytics
    {
        t("category-analytics-exempt")
    } else if !project.needs_consent(category) {
        t("category-no-consent")
    } else if asked_first {
        t("category-needs-consent")
    } else {
        String::new()
    };
    format!("{description} {consent}").trim().to_owned()
}

/// What the answers say the website stores, for the sentences that name
/// it: "cookies" only when every entry is a cookie, "similar" when local
/// storage or a pixel is among them, "none" when the owner answered that
/// it sets nothing, and "unknown" until the question is answered.
pub(super) fn cookie_use(project: &Project) -> &'static str {
    if project.cookies.is_empty() {
        return if project.cookies_none {
            "none"
        } else {
            "unknown"
        };
    }
    let all_cookies = project
        .cookies
        .iter()
        .all(|cookie| cookie.storage == crate::model::StorageKind::Cookie);
    if all_cookies { "cookies" } else { "similar" }
}
