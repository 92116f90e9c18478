//! Saving survives being killed at any moment: a child process saves over
//! and over and is killed at random, and afterwards the project file and
//! each of its backups hold one whole version, never a part of one.
//!
//! The child is this same test binary, started again with an environment
//! variable that turns [`saves_forever_when_asked_by_the_crash_test`] from
//! a no-op into the saving loop: no extra binary to build or ship.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use policywright::model::Project;
use policywright::storage;

/// Set to the path to save to, this makes the child test save forever.
const CHILD_PATH: &str = "POLICYWRIGHT_CRASH_SAVE_CHILD";
/// What the child prints once it has saved, so it is killed while saving
/// rather than while starting up.
const SAVING: &str = "policywright-child-is-saving";
const KILLS: usize = 200;

/// Two versions of a project that differ in name and in length, so a file
/// that mixed or cut them would not load as either.
fn versions() -> [Project; 2] {
    let starter = policywright::starter::find("bakery").unwrap();
    let template = starter.project().unwrap();
    let cookie = template.cookies[0].clone();
    [("Old bakery", 150), ("New bakery", 250)].map(|(name, cookies)| {
        let mut project = template.clone();
        project.organisation.name = name.into();
        project.cookies = (0..cookies)
            .map(|i| {
                let mut cookie = cookie.clone();
                cookie.name = format!("cookie_{i}");
                cookie
            })
            .collect();
        project
    })
}

#[test]
fn saves_forever_when_asked_by_the_crash_test() {
    let Some(path) = std::env::var_os(CHILD_PATH) else {
        return;
    };
    let path = Path::new(&path);
    let [old, new] = versions();
    storage::save(path, &old).unwrap();
    println!("{SAVING}");
    loop {
        storage::save(path, &new).unwrap();
        storage::save(path, &old).unwrap();
    }
}

fn assert_one_whole_version(path: &Path, versions: &[Project; 2], round: usize) {
    let loaded = storage::load(path)
        .unwrap_or_else(|e| panic!("after kill {round}, {} does not load: {e}", path.display()));
    assert!(
        versions.contains(&loaded),
        "after kill {round}, {} is neither version",
        path.display()
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_file_and_whole_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bakery.ron");
    let versions = versions();
    // Saved twice, so there is a backup to check from the first kill on.
    storage::save(&path, &versions[0]).unwrap();
    storage::save(&path, &versions[0]).unwrap();
    let mut random = fastrand::Rng::with_seed(7);
    for round in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "saves_forever_when_asked_by_the_crash_test",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_PATH, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        assert!(
            // The harness may have begun the line with the test's name.
            lines.any(|line| line.unwrap().ends_with(SAVING)),
            "the saving child stopped before it began"
        );
        // Anywhere in the next few saves, so over all the kills every
        // phase of saving is hit: writing, flushing, the backup, renaming.
        std::thread::sleep(Duration::from_micros(random.u64(0..10_000)));
        child.kill().unwrap();
        child.wait().unwrap();

        assert_one_whole_version(&path, &versions, round);
        for age in 1..=storage::BACKUPS {
            let backup = storage::backup_path(&path, age);
            // Older backups appear as saving goes on; the first always is.
            if age == 1 || backup.exists() {
                assert_one_whole_version(&backup, &versions, round);
            }
        }
    }
}
