//! The record of processing activities (Art. 30), read back from the
//! spreadsheet with a real XLSX reader, as an accountant's client would
//! open it.

#[path = "support/command_line.rs"]
mod command_line;

use calamine::{Data, Reader, Xlsx, open_workbook};
use command_line::{path_str, run};
use policywright::cli::{EXIT_OK, EXIT_USAGE};
use policywright::i18n::I18n;
use policywright::model::{Locale, Project};
use policywright::starter::STARTERS;
use policywright::storage;

/// The rows of the record's sheet, as text.
fn sheet(path: &std::path::Path, name: &str) -> Vec<Vec<String>> {
    let mut workbook: Xlsx<_> = open_workbook(path).expect("the spreadsheet opens");
    assert_eq!(workbook.sheet_names(), [name]);
    let range = workbook.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn purpose_names(project: &Project, locale: Locale) -> Vec<String> {
    project
        .purposes
        .iter()
        .map(|p| p.name.resolve(locale).unwrap().text.to_owned())
        .collect()
}

#[test]
fn every_purpose_of_every_starter_is_a_row_with_the_model_register_s_columns() {
    let out = tempfile::tempdir().unwrap();
    for starter in STARTERS {
        let file = format!("templates/starters/{}.ron", starter.name);
        let result = run(&[
            "record",
            &file,
            "--lang",
            "en",
            "--out",
            path_str(out.path()),
        ]);
        assert_eq!(result.code, EXIT_OK, "{}", result.err);
        let xlsx = out
            .path()
            .join(starter.name)
            .join("record-of-processing.en.xlsx");
        let rows = sheet(&xlsx, "Record");
        let project = storage::load(std::path::Path::new(&file)).unwrap();
        assert!(
            rows[0][0].starts_with("Record of processing activities"),
            "{:?}",
            rows[0]
        );
        assert!(rows[0][0].contains(&project.organisation.name));
        let header = &rows[3];
        for column in [
            "Purpose",
            "Categories of data subjects",
            "Legal basis",
            "Recipients",
            "Transfers outside the EEA and safeguards",
            "Retention period",
            "Technical and organisational security measures",
            "Source of the data",
            "Controller",
            "Data protection officer",
        ] {
            assert!(
                header.iter().any(|h| h == column),
                "{}: no {column:?} in {header:?}",
                starter.name
            );
        }
        let body = &rows[4..];
        let names = purpose_names(&project, Locale::EN);
        assert_eq!(body.len(), names.len(), "{}", starter.name);
        let controller = header.iter().position(|h| h == "Controller").unwrap();
        for (row, name) in body.iter().zip(&names) {
            assert!(
                row[0].starts_with(name.as_str()),
                "{}: {:?} vs {name}",
                starter.name,
                row[0]
            );
            assert!(row[controller].contains(&project.organisation.name));
        }
    }
}

#[test]
fn the_record_names_recipients_and_transfers_per_purpose_in_each_language() {
    let out = tempfile::tempdir().unwrap();
    let file = "templates/starters/dental-brussels.ron";
    let result = run(&[
        "record",
        file,
        "--lang",
        "fr,en",
        "--format",
        "xlsx,html,pdf",
        "--out",
        path_str(out.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let folder = out.path().join("dental-brussels");
    for name in [
        "record-of-processing.fr.xlsx",
        "record-of-processing.fr.html",
        "record-of-processing.fr.pdf",
        "record-of-processing.en.xlsx",
    ] {
        assert!(folder.join(name).is_file(), "{name}");
    }
    let french = I18n::embedded().simple(Locale::FR, "record-sheet");
    let rows = sheet(&folder.join("record-of-processing.fr.xlsx"), &french);
    assert!(
        rows[3].iter().any(|h| h == "Destinataires"),
        "{:?}",
        rows[3]
    );
    let rows = sheet(&folder.join("record-of-processing.en.xlsx"), "Record");
    let header = &rows[3];
    let transfers = header
        .iter()
        .position(|h| h == "Transfers outside the EEA and safeguards")
        .unwrap();
    // Website statistics go to Google in the United States; the
    // appointments stay in the EEA.
    let statistics = rows
        .iter()
        .find(|r| r[0].starts_with("Website statistics"))
        .unwrap();
    assert!(
        statistics[transfers].contains("United States"),
        "{statistics:?}"
    );
    let html = std::fs::read_to_string(folder.join("record-of-processing.fr.html")).unwrap();
    assert!(html.contains("Registre des activités de traitement"));
}

#[test]
fn an_empty_project_s_record_is_a_draft_that_says_what_is_not_stated() {
    let out = tempfile::tempdir().unwrap();
    let project = out.path().join("empty.ron");
    assert_eq!(run(&["new", path_str(&project)]).code, EXIT_OK);
    let mut empty = storage::load(&project).unwrap();
    empty.purposes.push(policywright::model::Purpose {
        name: policywright::model::LocalText::universal("Orders"),
        ..Default::default()
    });
    storage::save(&project, &empty).unwrap();
    let result = run(&[
        "record",
        path_str(&project),
        "--lang",
        "en",
        "--out",
        path_str(out.path()),
    ]);
    assert_eq!(result.code, EXIT_OK, "{}", result.err);
    let rows = sheet(
        &out.path().join("empty/record-of-processing.en.xlsx"),
        "Record",
    );
    assert!(rows[1][0].starts_with("Draft"), "{:?}", rows[1]);
    assert_eq!(rows.len(), 5);
    assert!(
        rows[4].iter().any(|cell| cell == "not stated"),
        "{:?}",
        rows[4]
    );
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let result = run(&[
        "record",
        "templates/starters/bakery.ron",
        "--format",
        "docx",
    ]);
    assert_eq!(result.code, EXIT_USAGE);
    assert!(result.err.contains("docx"), "{}", result.err);
}
