//! Bringing a project's catalogue entries up to date when the catalogue's
//! facts change (a new safeguard, a company renamed, a cookie's lifetime).
//!
//! Every entry the catalogue writes carries a fingerprint of itself. An
//! entry whose content still has its fingerprint was not edited since,
//! and takes the catalogue's new facts; an entry the user changed is kept
//! and named. Which purposes a recipient serves is the owner's answer, so
//! it is neither compared nor replaced. A cookie the catalogue newly lists
//! is only named: that a service could set it is no answer that the
//! website does.

use serde::Serialize;

use super::Catalog;
use super::project::{cookie, recipient};
use crate::i18n::I18n;
use crate::model::{Cookie, LocalText, Project, Recipient};

/// What an update did, or would have to leave, for one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryChange {
    /// Brought up to date; `fields` name what changed (`field-*` ids).
    Updated {
        entry: LocalText,
        fields: Vec<&'static str>,
    },
    /// Kept as the user changed it, although the catalogue says otherwise.
    Kept { entry: LocalText },
    /// Kept: it differs from the catalogue, and carries no fingerprint to
    /// tell whether anyone changed it (an entry from before fingerprints,
    /// or written by hand and marked as the catalogue's).
    Differs { entry: LocalText },
    /// Taken out: the catalogue no longer lists this cookie for `service`.
    Removed { entry: LocalText, service: String },
    /// The catalogue now also lists this cookie for `service`; not added.
    NewCookie { entry: LocalText, service: String },
    /// `service` is no longer in the catalogue; the entry is kept.
    Gone { entry: LocalText, service: String },
}

impl EntryChange {
    /// Whether the project's answers changed.
    pub fn changes_project(&self) -> bool {
        matches!(
            self,
            EntryChange::Updated { .. } | EntryChange::Removed { .. }
        )
    }
}

/// A stable fingerprint of `facts`: FNV-1a over their RON text. A hash the
/// standard library offers may change between Rust versions; this one is
/// written into project files and must not.
fn fingerprint<T: Serialize>(facts: &T) -> String {
    let text = ron::to_string(facts).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn recipient_facts(entry: &Recipient) -> Recipient {
    Recipient {
        purposes: Vec::new(),
        catalog_fingerprint: None,
        ..entry.clone()
    }
}

fn cookie_facts(entry: &Cookie) -> Cookie {
    Cookie {
        catalog_fingerprint: None,
        ..entry.clone()
    }
}

/// `entry` with the fingerprint of its facts.
pub(crate) fn fingerprinted_recipient(mut entry: Recipient) -> Recipient {
    entry.catalog_fingerprint = Some(fingerprint(&recipient_facts(&entry)));
    entry
}

/// `entry` with the fingerprint of its facts.
pub(crate) fn fingerprinted_cookie(mut entry: Cookie) -> Cookie {
    entry.catalog_fingerprint = Some(fingerprint(&cookie_facts(&entry)));
    entry
}

/// Whether two recipient entries say the same, whatever purposes they
/// serve and whether they carry a fingerprint.
pub(crate) fn same_recipient_facts(a: &Recipient, b: &Recipient) -> bool {
    recipient_facts(a) == recipient_facts(b)
}

pub(crate) fn same_cookie_facts(a: &Cookie, b: &Cookie) -> bool {
    cookie_facts(a) == cookie_facts(b)
}

fn unedited_recipient(entry: &Recipient) -> bool {
    entry.catalog_fingerprint.as_deref() == Some(fingerprint(&recipient_facts(entry)).as_str())
}

fn unedited_cookie(entry: &Cookie) -> bool {
    entry.catalog_fingerprint.as_deref() == Some(fingerprint(&cookie_facts(entry)).as_str())
}

/// Brings every entry of `project` that came from `catalog` up to date,
/// as far as the user did not edit it; says what it did and left.
pub fn update(project: &mut Project, catalog: &Catalog, i18n: &I18n) -> Vec<EntryChange> {
    let mut changes = Vec::new();
    for entry in &mut project.recipients {
        let Some(key) = entry.from_catalog.clone() else {
            continue;
        };
        let Some(service) = catalog.service(&key) else {
            changes.push(EntryChange::Gone {
                entry: entry.name.clone(),
                service: key,
            });
            continue;
        };
        let Some(fresh) = recipient(service, i18n) else {
            continue;
        };
        if same_recipient_facts(entry, &fresh) {
            continue;
        }
        if !unedited_recipient(entry) {
            changes.push(kept(entry.name.clone(), &entry.catalog_fingerprint));
            continue;
        }
        let fields = recipient_fields(entry, &fresh);
        *entry = Recipient {
            purposes: std::mem::take(&mut entry.purposes),
            ..fresh
        };
        changes.push(EntryChange::Updated {
            entry: entry.name.clone(),
            fields,
        });
    }
    let before = project.clone();
    let mut kept_cookies = Vec::new();
    for entry in std::mem::take(&mut project.cookies) {
        let Some(key) = entry.from_catalog.clone() else {
            kept_cookies.push(entry);
            continue;
        };
        let name = LocalText::universal(entry.name.as_str());
        let Some(service) = catalog.service(&key) else {
            changes.push(EntryChange::Gone {
                entry: name,
                service: key,
            });
            kept_cookies.push(entry);
            continue;
        };
        let known = service
            .cookies
            .iter()
            .find(|known| known.name.as_str() == entry.name);
        match known {
            None if unedited_cookie(&entry) => changes.push(EntryChange::Removed {
                entry: name,
                service: service.name.clone(),
            }),
            None => {
                changes.push(kept(name, &entry.catalog_fingerprint));
                kept_cookies.push(entry);
            }
            Some(known) => {
                let fresh = cookie(service, known, &before, i18n);
                if same_cookie_facts(&entry, &fresh) {
                    kept_cookies.push(entry);
                } else if unedited_cookie(&entry) {
                    changes.push(EntryChange::Updated {
                        entry: name,
                        fields: cookie_fields(&entry, &fresh),
                    });
                    kept_cookies.push(fresh);
                } else {
                    changes.push(kept(name, &entry.catalog_fingerprint));
                    kept_cookies.push(entry);
                }
            }
        }
    }
    project.cookies = kept_cookies;
    for service in &catalog.services {
        let uses = project
            .cookies
            .iter()
            .any(|c| c.from_catalog.as_deref() == Some(service.key.as_str()));
        if !uses {
            continue;
        }
        for known in &service.cookies {
            if !super::project::has_cookie(project, known) {
                changes.push(EntryChange::NewCookie {
                    entry: LocalText::universal(known.name.as_str()),
                    service: service.name.clone(),
                });
            }
        }
    }
    changes
}

/// Why an entry that differs from the catalogue stays as it is.
fn kept(entry: LocalText, fingerprint: &Option<String>) -> EntryChange {
    match fingerprint {
        Some(_) => EntryChange::Kept { entry },
        None => EntryChange::Differs { entry },
    }
}

/// The fields in which two recipient entries differ, as `field-*` ids.
fn recipient_fields(old: &Recipient, new: &Recipient) -> Vec<&'static str> {
    [
        (old.name != new.name, "field-name"),
        (old.service != new.service, "field-service"),
        (old.role != new.role, "field-role"),
        (old.country != new.country, "field-country"),
        (
            old.also_processed_in != new.also_processed_in,
            "field-also_processed_in",
        ),
        (old.seat != new.seat, "field-seat"),
        (old.safeguard != new.safeguard, "field-safeguard"),
        (old.scc != new.scc, "field-scc"),
        (
            old.privacy_policy != new.privacy_policy,
            "field-privacy_policy",
        ),
    ]
    .into_iter()
    .filter_map(|(differs, field)| differs.then_some(field))
    .collect()
}

/// The fields in which two cookie entries differ, as `field-*` ids.
fn cookie_fields(old: &Cookie, new: &Cookie) -> Vec<&'static str> {
    [
        (old.provider != new.provider, "field-provider"),
        (old.category != new.category, "field-category"),
        (old.purpose != new.purpose, "field-purpose"),
        (
            old.duration != new.duration || old.duration_range != new.duration_range,
            "field-duration",
        ),
    ]
    .into_iter()
    .filter_map(|(differs, field)| differs.then_some(field))
    .collect()
}
