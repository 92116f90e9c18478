//! A catalogue service inside a project. Adding it fills in its recipient
//! and its cookies, each marked with the service's key; removing it takes
//! out what it added, but only what is still exactly as the catalogue would
//! write it today: anything the user changed stays, and is reported.
//!
//! Text is decided here, once: the Fluent messages of the service become a
//! [`LocalText`] with every language policywright writes, because project
//! files hold answers, not message ids.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use super::{CookiePattern, KnownCookie, Service, ServiceRole};
use crate::i18n::I18n;
use crate::model::{Cookie, LocalText, Locale, Project, Recipient};

/// What adding a service did.
#[derive(Debug)]
pub struct Addition<'a> {
    pub service: &'a Service,
    pub recipient: RecipientOutcome,
    /// Names of the cookies added.
    pub cookies_added: Vec<String>,
    /// Names of the service's cookies the project already had.
    pub cookies_present: Vec<String>,
    /// Data categories the service usually handles that the project does
    /// not define: the owner should check whether they belong in it.
    pub data_missing: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum RecipientOutcome {
    Added,
    /// The project already names this service as a recipient: its name.
    AlreadyPresent(LocalText),
    /// Software on the organisation's own website: nobody receives data.
    NotARecipient,
}

impl Addition<'_> {
    pub fn changed(&self) -> bool {
        self.recipient == RecipientOutcome::Added || !self.cookies_added.is_empty()
    }
}

/// What removing a service did.
#[derive(Debug, Default)]
pub struct Removal {
    pub recipients_removed: usize,
    /// Names of recipients from the catalogue that the user has changed.
    pub recipients_kept: Vec<LocalText>,
    pub cookies_removed: Vec<String>,
    /// Names of cookies from the catalogue that the user has changed.
    pub cookies_kept: Vec<String>,
}

impl Removal {
    /// Whether the project held nothing from this service.
    pub fn found_nothing(&self) -> bool {
        self.recipients_removed == 0
            && self.recipients_kept.is_empty()
            && self.cookies_removed.is_empty()
            && self.cookies_kept.is_empty()
    }
}

/// Adds `service` to `project`: its recipient entry unless the project
/// already has one for it, and each of its cookies the project does not
/// already describe. A consent banner is never invented: when the new
/// cookies need consent, the checks say what is missing.
pub fn add<'a>(project: &mut Project, service: &'a Service, i18n: &I18n) -> Addition<'a> {
    let recipient = match (
        existing_recipient(project, service),
        recipient(service, i18n),
    ) {
        (_, None) => RecipientOutcome::NotARecipient,
        (Some(existing), Some(_)) => RecipientOutcome::AlreadyPresent(existing.name.clone()),
        (None, Some(new)) => {
            project.recipients.push(new);
            RecipientOutcome::Added
        }
    };
    let mut cookies_added = Vec::new();
    let mut cookies_present = Vec::new();
    for known in &service.cookies {
        let name = known.name.as_str().to_owned();
        if has_cookie(project, known) {
            cookies_present.push(name);
        } else {
            let new = cookie(service, known, project, i18n);
            project.cookies.push(new);
            cookies_added.push(name);
        }
    }
    let data_missing = service
        .data
        .iter()
        .filter(|key| project.data_category(key).is_none())
        .cloned()
        .collect();
    Addition {
        service,
        recipient,
        cookies_added,
        cookies_present,
        data_missing,
    }
}

/// Takes out of `project` what adding `service` put in, as long as it is
/// still what the catalogue would write now; changed entries stay.
pub fn remove(project: &mut Project, service: &Service, i18n: &I18n) -> Removal {
    let mut removal = Removal::default();
    let pristine_recipient = recipient(service, i18n);
    project.recipients.retain(|r| {
        if r.from_catalog.as_deref() != Some(service.key.as_str()) {
            return true;
        }
        // Which purposes it serves is the owner's answer about their own
        // work, not a change to what the catalogue filled in.
        if pristine_recipient
            .as_ref()
            .is_some_and(|pristine| super::update::same_recipient_facts(pristine, r))
        {
            removal.recipients_removed += 1;
            false
        } else {
            removal.recipients_kept.push(r.name.clone());
            true
        }
    });
    let pristine_cookies: Vec<Cookie> = service
        .cookies
        .iter()
        .map(|known| cookie(service, known, project, i18n))
        .collect();
    project.cookies.retain(|c| {
        if c.from_catalog.as_deref() != Some(service.key.as_str()) {
            return true;
        }
        if pristine_cookies
            .iter()
            .any(|pristine| super::update::same_cookie_facts(pristine, c))
        {
            removal.cookies_removed.push(c.name.clone());
            false
        } else {
            removal.cookies_kept.push(c.name.clone());
            true
        }
    });
    removal
}

/// The recipient entry the catalogue writes for `service`; `None` for
/// software on the organisation's own website.
pub fn recipient(service: &Service, i18n: &I18n) -> Option<Recipient> {
    let role = service.role.recipient_role()?;
    Some(super::update::fingerprinted_recipient(Recipient {
        name: recipient_name(service, i18n),
        service: translated(i18n, &service.description_id(), &FluentArgs::new()),
        role: Some(role),
        country: Some(service.data_location().clone()),
        also_processed_in: Vec::new(),
        outside_eea_unstated: false,
        // The company's own country, where the data goes elsewhere.
        seat: service
            .processed_in
            .is_some()
            .then(|| service.country.clone()),
        safeguard: service.safeguard.clone(),
        privacy_policy: Some(service.privacy_policy.clone()),
        scc: None,
        arrangement: None,
        contact: None,
        purposes: Vec::new(),
        from_catalog: Some(service.key.clone()),
        catalog_fingerprint: None,
    }))
}

/// The cookie entry the catalogue writes for `known`, a cookie of
/// `service`, in `project`.
pub fn cookie(service: &Service, known: &KnownCookie, project: &Project, i18n: &I18n) -> Cookie {
    super::update::fingerprinted_cookie(Cookie {
        name: known.name.as_str().to_owned(),
        provider: provider(service, project, i18n),
        domain: None,
        names_unknown: false,
        party: known.party,
        category: known.category,
        purpose: translated(i18n, &known.purpose_id(), &FluentArgs::new()),
        duration: Some(known.duration),
        duration_range: None,
        storage: known.storage,
        from_catalog: Some(service.key.clone()),
        catalog_fingerprint: None,
    })
}

/// Who sets a service's cookies, as the cookie table names them: the
/// organisation itself for software on its own website, else the
/// recipient's name, so the cookie policy can link the provider to the
/// privacy policy of the recipient with the same name.
fn provider(service: &Service, project: &Project, i18n: &I18n) -> String {
    if service.role == ServiceRole::OwnWebsite {
        return project.organisation.name.clone();
    }
    let language = project
        .document
        .languages
        .first()
        .copied()
        .unwrap_or(Locale::EN);
    let name = recipient_name(service, i18n);
    name.resolve(language)
        .map_or_else(String::new, |resolved| resolved.text.to_owned())
}

/// The company alone when its name already says which product it is
/// ("Mollie B.V."), else the product with the company behind it.
fn recipient_name(service: &Service, i18n: &I18n) -> LocalText {
    if contains_words(&service.company, &service.name) {
        return LocalText::universal(service.company.clone());
    }
    let mut args = FluentArgs::new();
    args.set("service", service.name.clone());
    args.set("company", service.company.clone());
    translated(i18n, "catalog-recipient-name", &args)
}

/// A Fluent message in every language, as one text when they all agree.
pub(crate) fn translated(i18n: &I18n, id: &str, args: &FluentArgs) -> LocalText {
    let texts: BTreeMap<Locale, String> = i18n
        .locales()
        .into_iter()
        .map(|locale| (locale, i18n.plain(locale, id, args)))
        .collect();
    let mut values = texts.values();
    let first = values.next().cloned().unwrap_or_default();
    if values.all(|text| *text == first) {
        LocalText::Universal(first)
    } else {
        LocalText::Translated(texts)
    }
}

/// The project's recipient for `service`: the one the catalogue added, or
/// one the user wrote whose name mentions the product ("Google (Google
/// Analytics)"), so the same company is not listed twice.
pub(crate) fn existing_recipient<'p>(
    project: &'p Project,
    service: &Service,
) -> Option<&'p Recipient> {
    project.recipients.iter().find(|r| match &r.from_catalog {
        Some(key) => *key == service.key,
        None => r
            .name
            .texts()
            .any(|name| contains_words(name, &service.name)),
    })
}

/// Whether the project already describes `known`: under its catalogue
/// name or pattern, or under a name the pattern covers.
pub(crate) fn has_cookie(project: &Project, known: &KnownCookie) -> bool {
    project
        .cookies
        .iter()
        .any(|c| c.name == known.name.as_str() || known.name.matches(&c.name))
}

/// Whether the project holds anything that `service` added.
pub(crate) fn is_in_project(project: &Project, service: &Service) -> bool {
    let key = Some(service.key.as_str());
    project
        .recipients
        .iter()
        .any(|r| r.from_catalog.as_deref() == key)
        || project
            .cookies
            .iter()
            .any(|c| c.from_catalog.as_deref() == key)
}

/// Whether a cookie `name` is covered by a cookie the project already has:
/// the same name, or a pattern of the project's own (`wp_session_*`).
pub(crate) fn project_covers(project: &Project, name: &str) -> bool {
    project.cookies.iter().any(|c| {
        c.name == name
            || CookiePattern::try_from(c.name.clone()).is_ok_and(|pattern| pattern.matches(name))
    })
}

/// Whether `words` occurs in `text` as whole words, ignoring case:
/// "AWS" is in "AWS Europe" but not in "laws".
fn contains_words(text: &str, words: &str) -> bool {
    let text = text.to_lowercase();
    let words = words.to_lowercase();
    if words.is_empty() {
        return false;
    }
    text.match_indices(&words).any(|(start, found)| {
        let before = text[..start].chars().next_back();
        let after = text[start + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_names_are_found_as_whole_words() {
        assert!(contains_words(
            "Google (Google Analytics)",
            "google analytics"
        ));
        assert!(contains_words("Mollie B.V.", "Mollie"));
        assert!(!contains_words("Our lawyers", "AWS"));
        assert!(!contains_words("Stripeless", "Stripe"));
    }
}
