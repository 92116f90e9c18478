//! The date the documents take effect: not in the future by mistake, and
//! not so old that nobody has looked at them since.

use time::Date;

use super::{Detail, Finding, Rule};
use crate::model::Project;

pub(super) fn check(project: &Project, today: Date, findings: &mut Vec<Finding>) {
    let effective = project.document.effective_date;
    let rule = if effective > today {
        Rule::EffectiveDateInFuture
    } else if effective < one_year_before(today) {
        Rule::EffectiveDateOld
    } else {
        return;
    };
    findings.push(
        Finding::new(rule, "document.effective_date")
            .with("date", Detail::Date(effective))
            .with("today", Detail::Date(today)),
    );
}

/// The same day a year earlier; 29 February becomes 28 February.
fn one_year_before(today: Date) -> Date {
    today
        .replace_year(today.year() - 1)
        .or_else(|_| {
            today
                .replace_day(28)
                .and_then(|d| d.replace_year(today.year() - 1))
        })
        .unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_year_back_from_a_leap_day_lands_on_28_february() {
        assert_eq!(
            one_year_before(date!(2028 - 02 - 29)),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            one_year_before(date!(2026 - 11 - 23)),
            date!(2025 - 11 - 23)
        );
    }
}
