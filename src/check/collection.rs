//! Surveillance cameras: what the statement needs to say about them, and
//! for Belgian organisations what the camera law of 21 March 2007 asks.

use super::{Detail, Finding, Rule};
use crate::model::{Country, Project};

/// Images may be kept one month at most, unless they are evidence.
const BELGIAN_MAX_DAYS: u32 = 30;

pub(super) fn check(project: &Project, findings: &mut Vec<Finding>) {
    let Some(cameras) = &project.cameras else {
        return;
    };
    if cameras.purpose.as_ref().is_none_or(|p| p.is_blank()) {
        findings.push(Finding::new(Rule::CameraPurposeMissing, "cameras.purpose"));
    }
    if cameras.legal_basis.is_none() {
        findings.push(Finding::new(
            Rule::CameraBasisMissing,
            "cameras.legal_basis",
        ));
    }
    if cameras.shared_with_police.is_none() {
        findings.push(Finding::new(
            Rule::CameraRecipientsUnanswered,
            "cameras.shared_with_police",
        ));
    }
    if cameras.retention_days.is_none() {
        findings.push(Finding::new(
            Rule::CameraRetentionMissing,
            "cameras.retention_days",
        ));
    }
    let belgian = project
        .organisation
        .address
        .country
        .as_ref()
        .map(Country::code)
        == Some("BE");
    if !belgian {
        return;
    }
    if let Some(days) = cameras.retention_days.filter(|d| *d > BELGIAN_MAX_DAYS) {
        findings.push(
            Finding::new(Rule::CameraRetentionTooLong, "cameras.retention_days")
                .with("days", Detail::Number(days))
                .with("max", Detail::Number(BELGIAN_MAX_DAYS)),
        );
    }
    if !cameras.pictogram {
        findings.push(Finding::new(
            Rule::CameraPictogramMissing,
            "cameras.pictogram",
        ));
    }
    if !cameras.declared {
        findings.push(Finding::new(Rule::CameraNotDeclared, "cameras.declared"));
    }
}
