//! Project files: what a user sees when a file is broken, and that saving
//! never loses their work.

use std::path::Path;

use policywright::i18n::I18n;
use policywright::model::{FORMAT_VERSION, LocalText, Locale};
use policywright::storage::{self, Inconsistency, LoadError};

const COMPLETE: &str = include_str!("fixtures/complete.ron");

fn parse(text: &str) -> Result<policywright::model::Project, LoadError> {
    storage::parse(text, Path::new("client.ron"))
}

#[test]
fn save_then_load_gives_back_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let project = parse(COMPLETE).unwrap();
    storage::save(&path, &project).unwrap();
    assert_eq!(storage::load(&path).unwrap(), project);
}

#[test]
fn accents_quotes_and_newlines_survive_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("café.ron");
    let mut project = parse(COMPLETE).unwrap();
    project.organisation.name = "Brasserie «Chez Zoë» & Fils \"Ï\"\nline two".into();
    project.purposes[0].name = LocalText::translated(&[
        (policywright::model::Locale::NL, "Bestellingen — één"),
        (policywright::model::Locale::EN, "Orders ‘quoted’"),
    ]);
    storage::save(&path, &project).unwrap();
    assert_eq!(storage::load(&path).unwrap(), project);
}

#[test]
fn saving_over_a_file_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let mut project = parse(COMPLETE).unwrap();
    storage::save(&path, &project).unwrap();
    assert!(!storage::backup_path(&path, 1).exists());

    project.organisation.name = "Renamed".into();
    storage::save(&path, &project).unwrap();
    let backup = storage::load(&storage::backup_path(&path, 1)).unwrap();
    assert_eq!(backup.organisation.name, "Atelier Vermeulen");
    assert_eq!(storage::load(&path).unwrap().organisation.name, "Renamed");
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn saving_keeps_the_last_versions_as_numbered_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let mut project = parse(COMPLETE).unwrap();
    let saves = storage::BACKUPS + 2;
    let name = |save: usize| format!("Save {save}");
    for save in 1..=saves {
        project.organisation.name = name(save);
        storage::save(&path, &project).unwrap();
    }
    assert_eq!(storage::load(&path).unwrap().organisation.name, name(saves));
    for age in 1..=storage::BACKUPS {
        let backup = storage::load(&storage::backup_path(&path, age)).unwrap();
        assert_eq!(backup.organisation.name, name(saves - age), "backup {age}");
    }
    assert!(!storage::backup_path(&path, storage::BACKUPS + 1).exists());
}

/// The lines of `after` that are not in `before` at the same place, and
/// the other way round, after skipping the lines both share at their
/// start and end: what a line-based diff of one change shows.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let before: Vec<&str> = before.lines().collect();
    let after: Vec<&str> = after.lines().collect();
    let head = before
        .iter()
        .zip(&after)
        .take_while(|(a, b)| a == b)
        .count();
    let tail = before[head..]
        .iter()
        .rev()
        .zip(after[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let lines = |all: &[&str]| {
        all[head..all.len() - tail]
            .iter()
            .map(|l| l.to_string())
            .collect()
    };
    (lines(&before), lines(&after))
}

#[test]
fn changing_one_answer_changes_one_line_of_the_file() {
    let project = parse(COMPLETE).unwrap();
    let saved = storage::to_ron(&project);

    let mut changed = project.clone();
    changed.organisation.email = "privacy@vermeulen.example".into();
    let (removed, added) = changed_lines(&saved, &storage::to_ron(&changed));
    assert_eq!(
        (removed.len(), added.len()),
        (1, 1),
        "{removed:?} {added:?}"
    );
    assert!(added[0].contains("privacy@vermeulen.example"), "{added:?}");

    // An answer given for the first time adds its line and nothing else;
    // unanswered questions are not written out at all.
    assert!(project.cookie_policy_elsewhere.is_none());
    assert!(!saved.contains("cookie_policy_elsewhere") && !saved.contains("None"));
    let mut answered = project.clone();
    answered.cookie_policy_elsewhere = Some("https://vermeulen.example/cookies".into());
    let (removed, added) = changed_lines(&saved, &storage::to_ron(&answered));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(added.len(), 1, "{added:?}");
}

#[test]
fn text_is_written_as_typed() {
    let mut project = parse(COMPLETE).unwrap();
    project.organisation.name = "Bakker's Brood".into();
    project.organisation.address.street = r#"Straat "De Hoek" 1\2"#.into();
    let text = storage::to_ron(&project);
    assert!(
        text.contains(r#"name: "Bakker's Brood","#),
        "apostrophes are not escaped"
    );
    assert!(
        text.contains(r##"street: r#"Straat "De Hoek" 1\2"#,"##),
        "quotes make a raw string"
    );
    assert_eq!(parse(&text).unwrap(), project);
}

#[test]
fn saving_into_a_missing_folder_reports_it_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone").join("client.ron");
    let error = storage::save(&path, &parse(COMPLETE).unwrap()).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("client.ron") && message.contains("could not save"),
        "{message}"
    );
    assert!(!path.exists());
}

#[test]
fn a_missing_file_is_reported_with_its_path() {
    let error = storage::load(Path::new("no/such/project.ron")).unwrap_err();
    assert!(matches!(error, LoadError::Unreadable { .. }));
    assert_eq!(
        error.to_string(),
        "no/such/project.ron: cannot read the file: it does not exist"
    );
    // The system's own words are English; the reader's language is used.
    assert_eq!(
        error.describe(I18n::embedded(), Locale::NL),
        "no/such/project.ron: het bestand kan niet worden gelezen: het bestaat niet"
    );
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let broken = COMPLETE.replacen(
        "street: \"Kouter 12\",",
        "street: \"Kouter 12\" postcode",
        1,
    );
    let error = parse(&broken).unwrap_err();
    let LoadError::Invalid { line, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(*line, 9, "{error}");
    assert!(error.to_string().starts_with("client.ron:9:"), "{error}");
}

#[test]
fn a_truncated_file_is_an_error_not_a_panic() {
    for cut in [
        1,
        10,
        COMPLETE.len() / 3,
        COMPLETE.len() / 2,
        COMPLETE.len() - 3,
    ] {
        let mut end = cut;
        while !COMPLETE.is_char_boundary(end) {
            end -= 1;
        }
        let error = parse(&COMPLETE[..end]).unwrap_err();
        assert!(error.to_string().starts_with("client.ron"), "{error}");
    }
}

#[test]
fn a_wrong_type_names_the_field() {
    let broken = COMPLETE.replacen("online_services: false", "online_services: \"no\"", 1);
    let error = parse(&broken).unwrap_err();
    let LoadError::Invalid { field, line, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(field.as_deref(), Some("children.online_services"));
    assert!(*line > 1);
    let message = error.to_string();
    assert!(
        message.contains("in field \"children.online_services\""),
        "{message}"
    );
}

#[test]
fn a_nested_error_names_the_path_to_the_field() {
    let broken = COMPLETE.replacen("legal_basis: Contract,", "legal_basis: Contrakt,", 1);
    let error = parse(&broken).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("purposes[0].legal_basis"), "{message}");
    assert!(message.contains("Contrakt"), "{message}");
}

#[test]
fn a_misspelled_field_is_refused_rather_than_ignored() {
    let broken = COMPLETE.replacen(
        "phone: \"+32 9 123 45 67\"",
        "phnoe: \"+32 9 123 45 67\"",
        1,
    );
    let message = parse(&broken).unwrap_err().to_string();
    assert!(message.contains("phnoe"), "{message}");
}

#[test]
fn a_bad_country_code_explains_what_is_expected() {
    let broken = COMPLETE.replacen("country: \"BE\"", "country: \"Belgium\"", 1);
    let message = parse(&broken).unwrap_err().to_string();
    assert!(
        message.contains("organisation.address.country"),
        "{message}"
    );
    assert!(message.contains("two letters"), "{message}");
}

#[test]
fn a_file_from_a_newer_policywright_is_refused_with_that_reason() {
    let newer = COMPLETE.replacen(
        &format!("version: {FORMAT_VERSION},"),
        &format!("version: {},", FORMAT_VERSION + 1),
        1,
    );
    let error = parse(&newer).unwrap_err();
    assert_eq!(
        error,
        LoadError::NewerVersion {
            path: "client.ron".into(),
            found: FORMAT_VERSION + 1
        }
    );
    assert!(error.to_string().contains("update policywright"), "{error}");
}

#[test]
fn a_file_without_a_version_is_not_taken_for_a_project() {
    let error = parse("(organisation: (name: \"x\"))").unwrap_err();
    assert!(matches!(error, LoadError::NoVersion { .. }), "{error:?}");
    assert!(error.to_string().contains("no \"version\" field"));
}

#[test]
fn references_to_undefined_audiences_and_data_are_listed() {
    let broken = COMPLETE
        .replacen(
            "audiences: [\"customers\"],",
            "audiences: [\"custmers\"],",
            1,
        )
        .replacen(
            "data: [\"online-identifiers\"],",
            "data: [\"ip-addresses\"],",
            1,
        );
    let error = parse(&broken).unwrap_err();
    let LoadError::Inconsistent { problems, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(
        problems,
        &vec![
            Inconsistency::UnknownKey {
                field: "purposes[0].audiences[0]".into(),
                key: "custmers".into()
            },
            Inconsistency::UnknownKey {
                field: "purposes[1].data[0]".into(),
                key: "ip-addresses".into()
            },
        ]
    );
    assert!(
        error
            .to_string()
            .contains("purposes[0].audiences[0]: there is no entry with key \"custmers\"")
    );
}

#[test]
fn garbage_never_panics() {
    let samples: [&[u8]; 7] = [
        b"",
        b"\xff\xfe\x00garbage",
        b"((((((((((((((((((((",
        b"version: 1",
        b"(version: 99999999999999999999)",
        b"(version: -1)",
        b"#![enable(unknown_extension)] (version: 1)",
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, sample) in samples.iter().enumerate() {
        let path = dir.path().join(format!("{i}.ron"));
        std::fs::write(&path, sample).unwrap();
        let error = storage::load(&path).unwrap_err();
        assert!(!error.to_string().is_empty());
    }
}

/// A folder nobody can write in, until dropped. Permissions stop ordinary
/// users; root, whom permissions do not stop, is stopped by the immutable
/// attribute (`chattr +i`) on file systems that have it. Trying to write
/// finds out whether it worked, wherever the test runs.
#[cfg(unix)]
struct ReadOnly<'a>(&'a Path);

#[cfg(unix)]
impl<'a> ReadOnly<'a> {
    fn make(folder: &'a Path) -> Option<ReadOnly<'a>> {
        use std::os::unix::fs::PermissionsExt;
        let guard = ReadOnly(folder);
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        if guard.is_writable() {
            let _ = std::process::Command::new("chattr")
                .arg("+i")
                .arg(folder)
                .status();
        }
        (!guard.is_writable()).then_some(guard)
    }

    fn is_writable(&self) -> bool {
        let probe = self.0.join("probe");
        let writable = std::fs::write(&probe, "").is_ok();
        let _ = std::fs::remove_file(probe);
        writable
    }
}

#[cfg(unix)]
impl Drop for ReadOnly<'_> {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(self.0)
            .status();
        let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_reports_it_and_keeps_the_file() {
    // Beside the build, whose file system is a real disk (a `/tmp` in
    // memory may not know the immutable attribute).
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = dir.path().join("client.ron");
    let mut project = parse(COMPLETE).unwrap();
    storage::save(&path, &project).unwrap();
    let before = std::fs::read(&path).unwrap();
    let Some(read_only) = ReadOnly::make(dir.path()) else {
        panic!("neither permissions nor chattr +i make a folder read-only here");
    };

    project.organisation.name = "Renamed".into();
    let error = storage::save(&path, &project).unwrap_err();
    drop(read_only);
    assert!(matches!(error, storage::SaveError::Failed { .. }));
    let message = error.to_string();
    assert!(
        message.contains("client.ron") && message.contains("The existing file was not changed"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!storage::backup_path(&path, 1).exists());
}

#[test]
fn saving_after_the_folder_was_moved_away_reports_it_and_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("clients");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("client.ron");
    let mut project = parse(COMPLETE).unwrap();
    storage::save(&path, &project).unwrap();
    let before = std::fs::read(&path).unwrap();
    let moved = dir.path().join("archive");
    std::fs::rename(&folder, &moved).unwrap();

    project.organisation.name = "Renamed".into();
    let message = storage::save(&path, &project).unwrap_err().to_string();
    assert!(
        message.contains("clients/client.ron") && message.contains("could not save"),
        "{message}"
    );
    assert!(!folder.exists(), "the vanished folder was made again");
    assert_eq!(std::fs::read(moved.join("client.ron")).unwrap(), before);
}

#[test]
fn a_file_changed_by_someone_else_since_loading_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    storage::save(&path, &parse(COMPLETE).unwrap()).unwrap();
    let mine = storage::load_tracked(&path).unwrap();

    // A colleague saves their edit; a different length makes it noticed
    // even where the clock of the file system is coarse.
    let mut theirs = mine.project.clone();
    theirs.organisation.name = "Their longer name for the atelier".into();
    storage::save(&path, &theirs).unwrap();

    let mut edited = mine.project.clone();
    edited.organisation.name = "My name".into();
    let error = storage::save_checked(&path, &edited, mine.stamp).unwrap_err();
    assert!(matches!(error, storage::SaveError::ChangedOnDisk { .. }));
    let message = error.to_string();
    assert!(
        message.contains("client.ron") && message.contains("someone else changed this file"),
        "{message}"
    );
    assert_eq!(storage::load(&path).unwrap(), theirs);
}

#[test]
fn saving_again_after_saving_is_not_taken_for_someone_elses_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    storage::save(&path, &parse(COMPLETE).unwrap()).unwrap();
    let loaded = storage::load_tracked(&path).unwrap();
    let mut project = loaded.project;
    project.organisation.name = "First edit".into();
    let stamp = storage::save_checked(&path, &project, loaded.stamp).unwrap();
    project.organisation.name = "Second, longer edit".into();
    storage::save_checked(&path, &project, stamp).unwrap();
    assert_eq!(storage::load(&path).unwrap(), project);
}

#[test]
fn a_file_deleted_since_loading_is_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    storage::save(&path, &parse(COMPLETE).unwrap()).unwrap();
    let loaded = storage::load_tracked(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    storage::save_checked(&path, &loaded.project, loaded.stamp).unwrap();
    assert_eq!(storage::load(&path).unwrap(), loaded.project);
}

#[cfg(unix)]
#[test]
fn saving_keeps_who_may_read_and_write_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    let project = parse(COMPLETE).unwrap();
    storage::save(&path, &project).unwrap();
    // Shared with the office's group, as an accountant's files often are.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    storage::save(&path, &project).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o664);
    assert_eq!(mode(&storage::backup_path(&path, 1)), 0o664);
    storage::save(&path, &project).unwrap();
    for age in [1, 2] {
        assert_eq!(
            mode(&storage::backup_path(&path, age)),
            0o664,
            "backup {age}"
        );
    }
}
