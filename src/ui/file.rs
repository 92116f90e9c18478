//! File dialogs, asked for off the UI thread.

use std::path::PathBuf;

/// Asks for a project file to open, or for where to save one. `None` when
/// the user cancels, and also when no dialog can be shown (no desktop
/// portal): the typed path in the toolbar works then.
pub async fn pick(save: bool) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new().add_filter("policywright", &["ron"]);
    let handle = if save {
        dialog.set_file_name("project.ron").save_file().await
    } else {
        dialog.pick_file().await
    };
    handle.map(|h| h.path().to_owned())
}
