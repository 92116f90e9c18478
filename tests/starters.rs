//! Every starter project is a valid, complete project.

use policywright::starter::STARTERS;

#[test]
fn every_starter_project_loads() {
    for starter in STARTERS {
        if let Err(error) = starter.project() {
            panic!("{}: {error}", starter.name);
        }
    }
}
