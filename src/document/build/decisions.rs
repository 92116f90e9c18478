//! Decisions taken by automated means (Art. 22) and profiling without such effects.

use super::*;

impl Writer<'_> {
    /// Each decision under Art. 22: who takes it, the exception that
    /// allows it, its logic and consequences, and how to have it reviewed,
    /// by whoever takes it.
    pub(super) fn automated_decisions(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        for (i, purpose) in project.purposes.iter().enumerate() {
            let Some(decision) = purpose
                .automated_decision
                .as_ref()
                .filter(|d| d.under_art22())
            else {
                continue;
            };
            let name = self.purpose_name(i, purpose);
            out.push(Block::Subheading {
                id: format!("automated-{}", i + 1),
                title: name,
            });
            let mut said = Vec::new();
            let taken_by = decision
                .taken_by
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(strip_marks);
            if let Some(controller) = &taken_by {
                said.push(split_missing(self.text(
                    "automated-taken-by",
                    &[("controller", controller.clone().into())],
                )));
            }
            said.push(match (decision.ground, &taken_by) {
                (Some(Art22Ground::Contract), Some(controller)) => split_missing(self.text(
                    "art22-contract-other",
                    &[("controller", controller.clone().into())],
                )),
                (Some(ground), _) => split_missing(self.t(&format!("art22-{}", ground.key()))),
                (None, _) => Text(vec![self.missing("question-art22-ground")]),
            });
            if decision.significant.is_none() {
                said.push(Text(vec![self.missing("question-art22-significant")]));
            }
            if decision.profiling {
                said.push(split_missing(self.t("automated-profiling")));
            }
            for text in said {
                out.push(Block::Paragraph(text));
            }
            self.decision_details(i, decision, "label-logic", out);
            let review = match (&taken_by, decision.ground) {
                (Some(controller), _) => {
                    // Linked to their privacy policy when a recipient of
                    // that name gives one, so people can reach them.
                    let link = project
                        .recipients
                        .iter()
                        .find(|r| r.name.texts().any(|n| n.contains(controller.as_str())))
                        .and_then(|r| r.privacy_policy.as_deref())
                        .and_then(LinkTarget::url);
                    let name = match link {
                        Some(target) => Span::Link {
                            text: controller.clone(),
                            target,
                        },
                        None => Span::Plain(controller.clone()),
                    };
                    Some(self.rich("automated-review-other", vec![("controller", name)]))
                }
                (None, Some(Art22Ground::Law)) => {
                    Some(split_missing(self.t("automated-review-law")))
                }
                (None, Some(_)) => Some(split_missing(self.t("automated-review"))),
                (None, None) => None,
            };
            if let Some(review) = review {
                out.push(Block::Paragraph(review));
            }
        }
    }

    /// Profiling without legal or similarly significant effects, as
    /// answered, with the right to object where the basis allows it.
    pub(super) fn profiling(&mut self, out: &mut Vec<Block>) {
        let project = self.project;
        for (i, purpose) in project.purposes.iter().enumerate() {
            let Some(decision) = purpose
                .automated_decision
                .as_ref()
                .filter(|d| !d.under_art22())
            else {
                continue;
            };
            let name = self.purpose_name(i, purpose);
            out.push(Block::Subheading {
                id: format!("profiling-{}", i + 1),
                title: name,
            });
            self.decision_details(i, decision, "label-profiling-logic", out);
            let objectable = purpose.rests_on(LegalBasis::LegitimateInterests)
                || purpose.rests_on(LegalBasis::PublicTask);
            if objectable {
                let text = self.t("profiling-objection");
                out.push(Block::Paragraph(split_missing(text)));
            }
        }
    }

    /// The logic and consequences, the logic labelled by `logic_label`.
    pub(super) fn decision_details(
        &mut self,
        i: usize,
        decision: &crate::model::AutomatedDecision,
        logic_label: &str,
        out: &mut Vec<Block>,
    ) {
        let logic = self.local(
            &decision.logic,
            &format!("purposes[{i}].automated_decision.logic"),
        );
        let consequences = self.local(
            &decision.consequences,
            &format!("purposes[{i}].automated_decision.consequences"),
        );
        let details = vec![
            (self.t(logic_label), split_missing(logic)),
            (self.t("label-consequences"), split_missing(consequences)),
        ];
        out.push(Block::Details(details));
    }
}
