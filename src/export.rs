//! Exporters: each lays out a [`Document`](crate::document::Document) in one
//! format and decides nothing about what it says.

pub mod html;

pub use html::{HtmlOptions, html};
