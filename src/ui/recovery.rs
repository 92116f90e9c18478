//! Work that was not saved survives a crash: a few seconds after the last
//! change the answers are written to a recovery file in the state folder,
//! and the welcome screen offers them back. The same folder keeps the list
//! of recently opened projects.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{Locale, Project};

/// How long after the last change the recovery file is written.
pub const DELAY: Duration = Duration::from_secs(3);

/// How many recent projects the welcome screen lists.
const RECENT: usize = 8;

/// Where policywright keeps its own state, as each platform expects it:
/// `$XDG_STATE_HOME/policywright` (else `~/.local/state/policywright`) on
/// Linux, the local application data folder elsewhere.
pub fn default_folder() -> Option<PathBuf> {
    let folders = directories::ProjectDirs::from("", "", "policywright")?;
    Some(
        folders
            .state_dir()
            .unwrap_or_else(|| folders.data_local_dir())
            .to_owned(),
    )
}

/// Unsaved answers, and the file they belong to, if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    pub path: Option<PathBuf>,
    pub project: Project,
}

fn recovery_file(folder: &Path) -> PathBuf {
    folder.join("recovery.ron")
}

fn recent_file(folder: &Path) -> PathBuf {
    folder.join("recent.ron")
}

fn language_file(folder: &Path) -> PathBuf {
    folder.join("language.ron")
}

/// The window language chosen last time, if any.
pub fn language(folder: &Path) -> Option<Locale> {
    let text = std::fs::read_to_string(language_file(folder)).ok()?;
    ron::from_str(&text).ok()
}

/// Remembers the window language for the next start; a failure only
/// means the next start follows `LANG` again.
pub fn remember_language(folder: &Path, locale: Locale) {
    write(&language_file(folder), &locale);
}

/// Writes the recovery file; failures are ignored, as the real file is
/// untouched either way.
pub fn store(folder: &Path, recovery: &Recovery) {
    write(&recovery_file(folder), recovery);
}

/// Writes one of the state files whole or not at all, so a crash while
/// writing leaves the previous version readable; failures are ignored,
/// as none of these files holds the only copy of anything.
fn write(file: &Path, value: &impl Serialize) {
    if let Some(folder) = file.parent()
        && std::fs::create_dir_all(folder).is_ok()
        && let Ok(text) = ron::ser::to_string(value)
    {
        let _ = crate::storage::write_atomically(file, text.as_bytes());
    }
}

/// The recovery file, when there is a readable one.
pub fn load(folder: &Path) -> Option<Recovery> {
    let text = std::fs::read_to_string(recovery_file(folder)).ok()?;
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .ok()
}

/// Forgets the recovery file, once the work is saved or discarded.
pub fn clear(folder: &Path) {
    let _ = std::fs::remove_file(recovery_file(folder));
}

/// The recently opened or saved projects, newest first.
pub fn recent(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_to_string(recent_file(folder))
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Puts `path` at the top of the recent projects.
pub fn remember(folder: &Path, path: &Path) {
    let mut list = recent(folder);
    let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(RECENT);
    write(&recent_file(folder), &list);
}

/// A future that completes after [`DELAY`], without holding an executor
/// thread while it waits.
pub async fn wait() {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        std::thread::sleep(DELAY);
        let _ = sender.send(());
    });
    let _ = receiver.await;
}
