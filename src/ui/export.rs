//! Writing the documents from the wizard, through the same
//! [`export::write`] as `policywright render`.

use std::path::PathBuf;

use crate::document::DocumentKind;
use crate::export::{self, HtmlOptions};
use crate::model::{Locale, Project};
use crate::system_error::SystemError;

use super::Status;

#[derive(Debug)]
pub struct Settings {
    /// The project's languages left out of the export; none at first,
    /// so every language the project publishes in is written.
    pub left_out: Vec<Locale>,
    pub html: bool,
    pub pdf: bool,
    /// The record of processing activities as a spreadsheet, beside the
    /// documents.
    pub record: bool,
    pub folder: String,
    /// The project's file, where a logo named in its branding is found.
    pub project_file: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            left_out: Vec::new(),
            html: true,
            pdf: true,
            record: false,
            project_file: None,
            folder: "export".to_owned(),
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Language(Locale, bool),
    Html(bool),
    Pdf(bool),
    Record(bool),
    Folder(String),
    /// Ask the desktop's dialog for the folder.
    ChooseFolder,
    Write,
}

impl Settings {
    /// Applies a change; writing returns what to tell the user.
    pub fn update(&mut self, message: Message, project: &Project) -> Option<Status> {
        match message {
            Message::Language(locale, on) => {
                self.left_out.retain(|l| *l != locale);
                if !on {
                    self.left_out.push(locale);
                }
            }
            Message::Html(on) => self.html = on,
            Message::Pdf(on) => self.pdf = on,
            Message::Record(on) => self.record = on,
            Message::Folder(folder) => self.folder = folder,
            Message::ChooseFolder => {}
            Message::Write => return Some(self.write(project)),
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

    fn write(&self, project: &Project) -> Status {
        let folder = self.target();
        let languages: Vec<Locale> = project
            .document
            .languages
            .iter()
            .copied()
            .filter(|l| !self.left_out.contains(l))
            .collect();
        let html = HtmlOptions::default();
        let pdf = match export::pdf_options(
            project,
            self.project_file.as_deref(),
            &export::Look::default(),
            false,
        ) {
            Ok(pdf) => pdf,
            Err(error) => return Status::ExportFailed(error),
        };
        let request = export::Request {
            languages: &languages,
            documents: &DocumentKind::ALL,
            html: self.html.then_some(&html),
            pdf: self.pdf.then_some(&pdf),
        };
        let texts = super::texts::current();
        let record = export::RecordFormats {
            xlsx: true,
            ..Default::default()
        };
        let written = export::write(project, &texts, &request, &folder).and_then(|mut written| {
            if self.record {
                let files =
                    export::write_record(project, &texts, &languages, record, &pdf, &folder)?;
                written.files.extend(files);
            }
            Ok(written)
        });
        match written {
            Ok(written) => Status::Exported(super::status::Export {
                folder,
                written,
                unrecorded: None,
            }),
            Err(error) => Status::ExportFailed(error),
        }
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
/// thread: the opener is waited for, since it can still fail after it
/// started, and its failure is what the status line reports.
pub async fn reveal(folder: PathBuf) -> Result<(), SystemError> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(open::that(&folder).map_err(SystemError::from));
    });
    receiver
        .await
        .unwrap_or_else(|_| Err(SystemError::Other("the opener did not answer".into())))
}
