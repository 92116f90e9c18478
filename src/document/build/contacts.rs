//! The controller's details and those of contacts: addresses, e-mail and web links.

use super::*;

impl Writer<'_> {
    /// The address on one line; empty when only the country is known,
    /// which on its own is no address.
    pub(super) fn address_line(&mut self, address: &Address) -> String {
        if [&address.street, &address.postcode, &address.city]
            .iter()
            .all(|part| part.trim().is_empty())
        {
            return String::new();
        }
        let country = match &address.country {
            Some(country) => self.country_name(country),
            None => String::new(),
        };
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

    pub(super) fn email_text(address: &str) -> Text {
        match LinkTarget::email(address) {
            Some(target) => Text(vec![Span::Link {
                text: address.trim().to_owned(),
                target,
            }]),
            None => split_missing(address),
        }
    }

    pub(super) fn url_text(url: &str) -> Text {
        match LinkTarget::url(url) {
            Some(target) => Text(vec![Span::Link {
                text: url.trim().to_owned(),
                target,
            }]),
            None => split_missing(url),
        }
    }

    pub(super) fn controller_details(&mut self) -> Block {
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
            let dutch = org.address.country.as_ref().map(Country::code) == Some("NL");
            let label = if dutch {
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

    pub(super) fn contact_details(&mut self, contact: &Contact) -> Block {
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
}
