//! Checks on the identifiers people type into a project: Belgian and Dutch
//! company and VAT numbers, e-mail addresses, links and phone numbers.
//! Each function answers one question about one piece of text, so the
//! document builder and the compliance checks agree on what is valid.

/// The ten digits of a Belgian enterprise number (KBO/BCE), when `text` is
/// one: written with or without dots and spaces (`0428.555.896`), starting
/// with 0 or 1, and passing the mod 97 check on its last two digits.
pub fn belgian_enterprise_number(text: &str) -> Option<String> {
    let digits = digits_between_separators(text, &['.', ' '])?;
    if digits.len() != 10 || !digits.starts_with(['0', '1']) {
        return None;
    }
    let (base, check) = digits.split_at(8);
    let base: u64 = base.parse().ok()?;
    let check: u64 = check.parse().ok()?;
    (97 - base % 97 == check).then_some(digits)
}

/// The ten digits of a Belgian VAT number: `BE` followed by a valid
/// enterprise number (`BE0428555896`, `BE 0428.555.896`).
pub fn belgian_vat_number(text: &str) -> Option<String> {
    let rest = strip_prefix_ignoring_case(text.trim(), "BE")?;
    belgian_enterprise_number(rest)
}

/// A Dutch Chamber of Commerce (KvK) number: eight digits, spaces allowed.
pub fn is_dutch_kvk_number(text: &str) -> bool {
    digits_between_separators(text, &[' ', '.']).is_some_and(|digits| digits.len() == 8)
}

/// A Dutch VAT identification number (btw-id): `NL`, nine digits, `B` and
/// two digits, as in `NL123456789B01`; spaces and dots are allowed.
pub fn is_dutch_vat_number(text: &str) -> bool {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '.'))
        .collect::<String>()
        .to_ascii_uppercase();
    let Some(rest) = compact.strip_prefix("NL") else {
        return false;
    };
    let bytes = rest.as_bytes();
    bytes.len() == 12
        && bytes[..9].iter().all(u8::is_ascii_digit)
        && bytes[9] == b'B'
        && bytes[10..].iter().all(u8::is_ascii_digit)
}

/// Whether `address` looks like an e-mail address someone can write to: one
/// `@`, a name before it, a domain with a dot after it, and nothing that
/// would turn a mailto link into something else (spaces, `?`, `&`, ...).
pub fn is_email(address: &str) -> bool {
    let address = address.trim();
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && address.matches('@').count() == 1
        && !address.contains(['?', '&', '#', '/', '<', '>', '"', ','])
        && !address.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Whether `url` may be a link in a document: `http:`, `https:` or
/// `mailto:` only (never `javascript:` or `data:`), with something after
/// the scheme and no spaces or control characters.
pub fn is_link(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let Some(rest) = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
    else {
        return false;
    };
    !url.chars().any(|c| c.is_whitespace() || c.is_control())
        && !rest.is_empty()
        && !rest.starts_with('/')
}

/// Domains reserved for examples and tests (RFC 2606 and RFC 6761): an
/// address on one of them was copied from a template and never filled in.
const RESERVED_DOMAINS: [&str; 3] = ["example.com", "example.net", "example.org"];
const RESERVED_TOP_LEVEL: [&str; 4] = ["example", "test", "invalid", "localhost"];

/// Whether a link or e-mail address points at a domain reserved for
/// examples, such as `https://www.example.com` or `info@example.org`.
pub fn is_placeholder(link_or_email: &str) -> bool {
    let text = link_or_email.trim().to_ascii_lowercase();
    let after_scheme = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|scheme| text.strip_prefix(scheme))
        .unwrap_or(&text);
    let host_part = after_scheme
        .rsplit_once('@')
        .map_or(after_scheme, |(_, domain)| domain);
    let host = host_part
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    RESERVED_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
        || host
            .rsplit('.')
            .next()
            .is_some_and(|top| RESERVED_TOP_LEVEL.contains(&top))
}

/// Whether `text` reads as a phone number: digits with the usual
/// separators (spaces, dots, dashes, slashes, brackets), an optional
/// leading `+`, and between 5 digits (short service numbers) and 15 (the
/// longest international number, ITU-T E.164).
pub fn is_phone_number(text: &str) -> bool {
    let text = text.trim();
    let number = text.strip_prefix('+').unwrap_or(text);
    let allowed = number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '/' | '(' | ')'));
    let digits = number.chars().filter(char::is_ascii_digit).count();
    allowed && (5..=15).contains(&digits)
}

/// The digits of `text` when it holds nothing but digits and `separators`.
fn digits_between_separators(text: &str, separators: &[char]) -> Option<String> {
    let text = text.trim();
    text.chars()
        .all(|c| c.is_ascii_digit() || separators.contains(&c))
        .then(|| text.chars().filter(char::is_ascii_digit).collect())
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_enterprise_numbers_pass_the_mod_97_check() {
        assert_eq!(
            belgian_enterprise_number("0428.555.896").as_deref(),
            Some("0428555896")
        );
        assert!(belgian_enterprise_number("0428555896").is_some());
        assert!(belgian_enterprise_number(" 0428 555 896 ").is_some());
        // The authority's own number, from CONTENT.md §3.
        assert!(belgian_enterprise_number("0694.679.950").is_some());
    }

    #[test]
    fn a_mistyped_enterprise_number_is_caught() {
        // One digit changed: the check digits no longer match.
        assert!(belgian_enterprise_number("0428.555.897").is_none());
        assert!(belgian_enterprise_number("0428.565.896").is_none());
        // Nine digits, or starting with another digit than 0 or 1.
        assert!(belgian_enterprise_number("428.555.896").is_none());
        assert!(belgian_enterprise_number("2428.555.896").is_none());
        assert!(belgian_enterprise_number("BE0428555896").is_none());
        assert!(belgian_enterprise_number("").is_none());
    }

    #[test]
    fn belgian_vat_numbers_are_be_and_an_enterprise_number() {
        assert_eq!(
            belgian_vat_number("BE0428555896").as_deref(),
            Some("0428555896")
        );
        assert!(belgian_vat_number("be 0428.555.896").is_some());
        assert!(belgian_vat_number("0428555896").is_none());
        assert!(belgian_vat_number("BE0428555897").is_none());
        assert!(belgian_vat_number("NL0428555896").is_none());
        assert!(belgian_vat_number("B").is_none());
    }

    #[test]
    fn dutch_kvk_numbers_have_eight_digits() {
        assert!(is_dutch_kvk_number("12345678"));
        assert!(is_dutch_kvk_number("1234 5678"));
        assert!(!is_dutch_kvk_number("1234567"));
        assert!(!is_dutch_kvk_number("123456789"));
        assert!(!is_dutch_kvk_number("1234567a"));
    }

    #[test]
    fn dutch_vat_numbers_follow_nl_nine_digits_b_two_digits() {
        assert!(is_dutch_vat_number("NL123456789B01"));
        assert!(is_dutch_vat_number("nl 1234.56.789.b01"));
        assert!(!is_dutch_vat_number("NL123456789B1"));
        assert!(!is_dutch_vat_number("NL12345678B01"));
        assert!(!is_dutch_vat_number("BE123456789B01"));
        assert!(!is_dutch_vat_number("NL123456789X01"));
    }

    #[test]
    fn e_mail_addresses_need_a_name_and_a_domain() {
        assert!(is_email("privacy@bakkerij.be"));
        assert!(is_email(" info@ateliervermeulen.be "));
        assert!(!is_email("privacy@localhost"));
        assert!(!is_email("a@b.be?subject=x"));
        assert!(!is_email("not an address"));
        assert!(!is_email("two@@signs.be"));
        assert!(!is_email("@bakkerij.be"));
        assert!(!is_email("jan peeters@bakkerij.be"));
    }

    #[test]
    fn only_web_and_mail_links_are_links() {
        assert!(is_link("https://example.be/privacy"));
        assert!(is_link("http://example.be"));
        assert!(is_link("mailto:info@example.be"));
        assert!(!is_link("javascript:alert(1)"));
        assert!(!is_link("JaVaScRiPt:alert(1)"));
        assert!(!is_link("data:text/html,x"));
        assert!(!is_link("https://exa mple.be"));
        assert!(!is_link("https://"));
        assert!(!is_link("www.example.be"));
        assert!(!is_link("#"));
    }

    #[test]
    fn template_addresses_are_placeholders() {
        assert!(is_placeholder("https://www.example.com/privacy"));
        assert!(is_placeholder("http://example.org"));
        assert!(is_placeholder("info@example.com"));
        assert!(is_placeholder("mailto:info@shop.example"));
        assert!(is_placeholder("https://localhost:8080/"));
        assert!(!is_placeholder("https://www.zuurdesemhoeve.be"));
        assert!(!is_placeholder("info@example.be"));
        assert!(!is_placeholder("https://notexample.com"));
    }

    #[test]
    fn phone_numbers_are_digits_with_the_usual_separators() {
        assert!(is_phone_number("+32 9 123 45 67"));
        assert!(is_phone_number("088 1805 250"));
        assert!(is_phone_number("(09) 123.45.67"));
        assert!(is_phone_number("+31-20-123-4567"));
        assert!(!is_phone_number("123"));
        assert!(!is_phone_number("call us"));
        assert!(!is_phone_number("09 123 45 67 ext. 4"));
        assert!(!is_phone_number("+32 +9 123 45 67"));
        assert!(!is_phone_number("+32 9 123 45 67 89 01 23 45"));
    }
}
