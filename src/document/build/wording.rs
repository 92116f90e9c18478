//! How pieces of text are joined in each language: the case after a
//! label's colon, and alternatives joined with the language's "or".

use super::*;

impl Writer<'_> {
    /// Our own `text` as it goes on after a label and its colon ("For
    /// customers: the performance…"): French, Dutch and English go on in
    /// lower case, German keeps its capitals, as its nouns need them. The
    /// language says which in `label-continues-lowercase`. A word in
    /// capitals (an abbreviation) keeps them.
    pub(super) fn after_label(&mut self, text: String) -> String {
        if self.t("label-continues-lowercase") != "yes" {
            return text;
        }
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(first), second) if !second.is_some_and(char::is_uppercase) => first
                .to_lowercase()
                .chain(text[first.len_utf8()..].chars())
                .collect(),
            _ => text,
        }
    }

    /// `items` as alternatives: "a, b or c", with the language's "or".
    pub(super) fn either(&mut self, mut items: Vec<String>) -> String {
        let Some(last) = items.pop() else {
            return String::new();
        };
        if items.is_empty() {
            return last;
        }
        let items = items.join(", ");
        self.text("list-or", &[("items", items.into()), ("last", last.into())])
    }
}
