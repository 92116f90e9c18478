//! Writing the documents from the wizard: the same build and exporters as
//! `policywright render`.

use std::path::PathBuf;

use crate::document::{self, DocumentKind};
use crate::export::{self, HtmlOptions, PdfOptions};
use crate::i18n::I18n;
use crate::model::{Locale, Project};

use super::Status;

pub struct Settings {
    pub languages: Vec<Locale>,
    pub html: bool,
    pub pdf: bool,
    pub folder: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            languages: Locale::ALL.to_vec(),
            html: true,
            pdf: true,
            folder: "export".to_owned(),
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Language(Locale, bool),
    Html(bool),
    Pdf(bool),
    Folder(String),
    /// Ask the desktop's dialog for the folder.
    ChooseFolder,
    Write,
}

impl Settings {
    /// Applies a change; writing returns what to tell the user.
    pub fn update(&mut self, message: Message, project: &Project, ui: Locale) -> Option<Status> {
        match message {
            Message::Language(locale, on) => {
                self.languages.retain(|l| *l != locale);
                if on {
                    self.languages.push(locale);
                }
            }
            Message::Html(on) => self.html = on,
            Message::Pdf(on) => self.pdf = on,
            Message::Folder(folder) => self.folder = folder,
            Message::ChooseFolder => {}
            Message::Write => return Some(self.write(project, ui)),
        }
        None
    }

    /// The folder the files go to, in full: a relative folder is taken
    /// from where policywright was started.
    pub fn target(&self) -> PathBuf {
        let folder = PathBuf::from(self.folder.trim());
        if folder.is_absolute() {
            folder
        } else {
            std::env::current_dir()
                .map(|here| here.join(&folder))
                .unwrap_or(folder)
        }
    }

    fn write(&self, project: &Project, ui: Locale) -> Status {
        let folder = self.target();
        let i18n = I18n::embedded();
        let failed = |path: &std::path::Path, reason: String| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("path", path.display().to_string());
            args.set("reason", reason);
            Status::Failed(i18n.plain(ui, "cli-write-failed", &args))
        };
        if let Err(e) = std::fs::create_dir_all(&folder) {
            return failed(&folder, e.to_string());
        }
        let mut written = 0;
        for &locale in Locale::ALL.iter().filter(|l| self.languages.contains(l)) {
            for kind in DocumentKind::ALL {
                let built = document::build(project, i18n, locale, kind);
                let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
                if self.html {
                    files.push((
                        folder.join(export::file_name(kind, locale, "html")),
                        export::html(&built, &HtmlOptions::default()).into_bytes(),
                    ));
                }
                if self.pdf {
                    let path = folder.join(export::file_name(kind, locale, "pdf"));
                    match export::pdf(&built, &PdfOptions::default()) {
                        Ok(pdf) => files.push((path, pdf.bytes)),
                        Err(e) => return failed(&path, e.to_string()),
                    }
                }
                for (path, bytes) in files {
                    if let Err(e) = std::fs::write(&path, bytes) {
                        return failed(&path, e.to_string());
                    }
                    written += 1;
                }
            }
        }
        Status::Exported(written, folder)
    }
}

/// Asks the desktop for a folder to export to; `None` when cancelled or
/// when no dialog can be shown (the typed folder works then).
pub async fn choose_folder(start: PathBuf) -> Option<PathBuf> {
    let mut dialog = rfd::AsyncFileDialog::new();
    if start.is_dir() {
        dialog = dialog.set_directory(start);
    }
    dialog.pick_folder().await.map(|h| h.path().to_owned())
}

/// Opens `folder` with the desktop's own file manager, off the window's
/// thread; the error says why when the opener is missing or fails, since
/// a launched opener can still fail after it started.
pub async fn reveal(folder: PathBuf) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let outcome = match std::process::Command::new(opener).arg(&folder).status() {
            Ok(status) if status.success() => Ok(()),
            Ok(status) => Err(format!("{opener} {status}")),
            Err(e) => Err(format!("{opener}: {e}")),
        };
        let _ = sender.send(outcome);
    });
    receiver
        .await
        .unwrap_or_else(|_| Err(format!("{opener} did not answer")))
}
