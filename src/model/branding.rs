//! How a client's documents look in print: a logo, an accent colour and a
//! paper size, kept with the answers so a batch export gives every client
//! its own; the command line's options still override them.

use std::fmt;
use std::path::PathBuf;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Paper sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The size a name means: `a4` or `letter`, in any case.
    pub fn parse(name: &str) -> Option<Paper> {
        match name.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// A colour as red, green and blue from 0 to 255; written `"#1f4e79"` in
/// a project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb8(pub u8, pub u8, pub u8);

impl Rgb8 {
    /// Reads `#1f4e79` or `1f4e79`.
    pub fn parse(hex: &str) -> Option<Rgb8> {
        let hex = hex.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb8(byte(0)?, byte(2)?, byte(4)?))
    }
}

impl fmt::Display for Rgb8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Serialize for Rgb8 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Rgb8 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Rgb8, D::Error> {
        struct Hex;
        impl Visitor<'_> for Hex {
            type Value = Rgb8;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a colour written #rrggbb, such as \"#1f4e79\"")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Rgb8, E> {
                Rgb8::parse(value)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(value), &self))
            }
        }
        deserializer.deserialize_str(Hex)
    }
}

/// A client's look in print; every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branding {
    /// A PNG or JPEG logo, relative to the project file or absolute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<PathBuf>,
    /// The colour of headings, links and table headers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<Rgb8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<Paper>,
}

impl Branding {
    pub fn is_empty(&self) -> bool {
        *self == Branding::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colour_is_read_and_written_as_hex() {
        assert_eq!(Rgb8::parse("#1F4E79"), Some(Rgb8(0x1f, 0x4e, 0x79)));
        assert_eq!(Rgb8(0x1f, 0x4e, 0x79).to_string(), "#1f4e79");
        assert_eq!(Rgb8::parse("blue"), None);
        // As a project file writes it: options without `Some(…)`.
        let ron = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let branding: Branding = ron
            .from_str(r##"(accent: "#c0ffee", paper: Letter)"##)
            .unwrap();
        assert_eq!(branding.accent, Some(Rgb8(0xc0, 0xff, 0xee)));
        assert_eq!(branding.paper, Some(Paper::Letter));
        let error = ron.from_str::<Branding>(r#"(accent: "blue")"#).unwrap_err();
        assert!(error.to_string().contains("#rrggbb"), "{error}");
    }
}
