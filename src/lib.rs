//! policywright turns an organisation's answers to a questionnaire into a
//! privacy statement and a cookie policy, in Dutch, French, German and
//! English.
//!
//! The pipeline runs one way:
//!
//! ```text
//! project file (.ron) --storage::load--> model::Project
//!     --check::run--> findings, each citing its article
//!     --document::build (templates + Fluent text)--> document::Document
//!     --export::html--> HTML page or fragment
//! ```
//!
//! Every stage is a pure function of its inputs; wording comes only from the
//! Fluent files under `i18n/`: in `document::build` for the documents, and
//! when a finding is shown for the checks. `desk` reads many projects at
//! once for an accountant's overview, with the history of their exports.

pub mod catalog;
pub mod check;
pub mod cli;
pub mod desk;
pub mod document;
pub mod export;
pub mod i18n;
pub mod identifier;
pub mod jurisdiction;
pub mod model;
pub mod questions;
pub mod starter;
pub mod storage;
pub mod system_error;
pub mod ui;
