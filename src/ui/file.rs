//! Opening, saving and closing without losing work. A project that was
//! never saved asks where to go, in the window itself (a folder and a file
//! name, with the desktop's dialog one click away, since not every desktop
//! offers one); saving over another file asks first; starting anew,
//! opening another project or closing the window with unsaved changes
//! offers to save, discard or cancel.

use std::path::{Path, PathBuf};

use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Length, Task};

use super::{App, Status};
use crate::i18n::I18n;
use crate::model::Project;
use crate::storage;
use crate::ui::theme;

/// Something the user asked for that would throw away unsaved changes, or
/// that waits for a save to finish first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    New(Option<&'static str>),
    Open(PathBuf),
    Quit,
}

/// A question the window asks before going on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Save the unsaved changes before `Pending`?
    Unsaved(Pending),
    /// `path` exists and is not the project that is open: replace it?
    Replace {
        path: PathBuf,
        then: Option<Pending>,
    },
}

/// Where a project is about to be saved, as the user types it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavePrompt {
    pub folder: String,
    pub name: String,
    /// What to do once saved.
    pub then: Option<Pending>,
}

impl SavePrompt {
    /// The file the prompt points at, with `.ron` added to a bare name;
    /// `None` while folder or name is blank.
    pub fn target(&self) -> Option<PathBuf> {
        let folder = self.folder.trim();
        let name = self.name.trim();
        if folder.is_empty() || name.is_empty() {
            return None;
        }
        let mut path = Path::new(folder).join(name);
        if path.extension().is_none() {
            path.set_extension("ron");
        }
        Some(path)
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Folder(String),
    Name(String),
    /// Save where the prompt points.
    Submit,
    /// Ask the desktop's dialog instead.
    Browse,
    Browsed(Option<PathBuf>),
    /// Answers to [`Ask`].
    Save,
    Discard,
    Replace,
    Cancel,
}

/// A file name made from the organisation's name ("Bakkerij Janssens" →
/// `bakkerij-janssens.ron`), or `project.ron`.
pub fn suggested_name(project: &Project) -> String {
    let mut slug = String::new();
    for c in project.organisation.name.trim().chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "project.ron".to_owned()
    } else {
        format!("{slug}.ron")
    }
}

/// Asks the desktop for a project file to open, or for where to save one.
/// `None` when the user cancels, and also when no dialog can be shown (no
/// desktop portal): the typed paths work then.
pub async fn pick(save: Option<PathBuf>) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new().add_filter("policywright", &["ron"]);
    let handle = match save {
        Some(suggested) => {
            let mut dialog = dialog;
            if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
                dialog = dialog.set_directory(folder);
            }
            if let Some(name) = suggested.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            dialog.save_file().await
        }
        None => dialog.pick_file().await,
    };
    handle.map(|h| h.path().to_owned())
}

impl App {
    /// Runs `pending` now, or asks first when it would lose changes.
    pub(super) fn guarded(&mut self, pending: Pending) -> Task<super::Message> {
        if self.is_dirty() {
            self.ask = Some(Ask::Unsaved(pending));
            Task::none()
        } else {
            self.perform(pending)
        }
    }

    pub(super) fn perform(&mut self, pending: Pending) -> Task<super::Message> {
        match pending {
            Pending::New(template) => self.start(template),
            Pending::Open(path) => {
                // Project files are small: loading takes far less than a
                // frame, so it happens here rather than in a task.
                match storage::load_tracked(&path) {
                    Ok(loaded) => self.load(path, loaded),
                    Err(error) => self.status = Some(Status::LoadFailed(error)),
                }
            }
            Pending::Quit => {
                self.closing = true;
                self.forget_recovery();
                return iced::exit();
            }
        }
        Task::none()
    }

    /// Saves to the file that is open, or asks where when there is none.
    pub(super) fn save(&mut self, then: Option<Pending>) -> Task<super::Message> {
        match self.path.clone() {
            Some(path) => {
                if self.save_to(path)
                    && let Some(pending) = then
                {
                    return self.perform(pending);
                }
                Task::none()
            }
            None => {
                self.prompt_save(then);
                Task::none()
            }
        }
    }

    /// Opens the save prompt, filled in with the folder of the open file
    /// (or of the most recent project) and a name made from the
    /// organisation's.
    pub(super) fn prompt_save(&mut self, then: Option<Pending>) {
        let folder = self
            .path
            .as_deref()
            .or(self.recent.first().map(PathBuf::as_path))
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let name = match &self.path {
            Some(path) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            None => suggested_name(&self.project),
        };
        self.save_prompt = Some(SavePrompt {
            folder: folder.display().to_string(),
            name,
            then,
        });
    }

    /// Saves to `path` chosen by the user; another existing file is only
    /// replaced after asking.
    pub(super) fn save_as(&mut self, path: PathBuf, then: Option<Pending>) -> Task<super::Message> {
        if path.exists() && self.path.as_ref() != Some(&path) {
            self.ask = Some(Ask::Replace { path, then });
            return Task::none();
        }
        self.save_confirmed(path, then)
    }

    fn save_confirmed(&mut self, path: PathBuf, then: Option<Pending>) -> Task<super::Message> {
        if self.save_to(path) {
            self.save_prompt = None;
            if let Some(pending) = then {
                return self.perform(pending);
            }
        }
        Task::none()
    }

    /// Writes the project to `path`; `false` when that failed (the status
    /// line says why).
    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        let saved = match self.stamp.filter(|_| self.path.as_ref() == Some(&path)) {
            Some(expected) => storage::save_checked(&path, &self.project, expected),
            None => storage::save(&path, &self.project),
        };
        match saved {
            Ok(stamp) => {
                self.stamp = Some(stamp);
                self.saved = self.project.clone();
                self.forget_recovery();
                self.remember(&path);
                self.status = Some(Status::Saved(path.clone()));
                self.steps.review.export.project_file = Some(path.clone());
                self.path = Some(path);
                true
            }
            Err(error) => {
                self.status = Some(Status::SaveFailed(error));
                false
            }
        }
    }

    pub(super) fn file_update(&mut self, message: Message) -> Task<super::Message> {
        match message {
            Message::Folder(folder) => {
                if let Some(prompt) = &mut self.save_prompt {
                    prompt.folder = folder;
                }
            }
            Message::Name(name) => {
                if let Some(prompt) = &mut self.save_prompt {
                    prompt.name = name;
                }
            }
            Message::Submit => {
                let Some(prompt) = self.save_prompt.clone() else {
                    return Task::none();
                };
                match prompt.target() {
                    Some(path) => return self.save_as(path, prompt.then),
                    None => self.status = Some(Status::NoSaveTarget),
                }
            }
            Message::Browse => {
                let suggested = self.save_prompt.as_ref().and_then(SavePrompt::target);
                let suggested = suggested.unwrap_or_else(|| PathBuf::from("project.ron"));
                return Task::perform(pick(Some(suggested)), |picked| {
                    super::Message::File(Message::Browsed(picked))
                });
            }
            // The desktop's dialog has asked about replacing already.
            Message::Browsed(Some(path)) => {
                let then = self.save_prompt.as_ref().and_then(|p| p.then.clone());
                return self.save_confirmed(path, then);
            }
            Message::Browsed(None) => {}
            Message::Save => {
                if let Some(Ask::Unsaved(pending)) = self.ask.take() {
                    return self.save(Some(pending));
                }
            }
            Message::Discard => {
                if let Some(Ask::Unsaved(pending)) = self.ask.take() {
                    self.saved = self.project.clone();
                    self.forget_recovery();
                    return self.perform(pending);
                }
            }
            Message::Replace => {
                if let Some(Ask::Replace { path, then }) = self.ask.take() {
                    return self.save_confirmed(path, then);
                }
            }
            Message::Cancel => {
                if self.ask.take().is_none() {
                    self.save_prompt = None;
                }
            }
        }
        Task::none()
    }

    /// The question or the save prompt, when one is open.
    pub(super) fn file_bar(&self, i18n: &I18n) -> Option<Element<'_, super::Message>> {
        let t = |id: &str| i18n.simple(self.locale, id);
        let message = |m| super::Message::File(m);
        if let Some(ask) = &self.ask {
            let (question, buttons) = match ask {
                Ask::Unsaved(pending) => {
                    let id = match pending {
                        Pending::New(_) => "app-guard-new",
                        Pending::Open(_) => "app-guard-open",
                        Pending::Quit => "app-guard-quit",
                    };
                    let buttons = row![
                        button(text(t("app-save"))).on_press(message(Message::Save)),
                        button(text(t("app-guard-discard")))
                            .style(button::danger)
                            .on_press(message(Message::Discard)),
                        button(text(t("app-cancel")))
                            .style(theme::outlined)
                            .on_press(message(Message::Cancel)),
                    ];
                    (t(id), buttons)
                }
                Ask::Replace { path, .. } => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("path", path.display().to_string());
                    let buttons = row![
                        button(text(t("app-replace-confirm")))
                            .style(button::danger)
                            .on_press(message(Message::Replace)),
                        button(text(t("app-cancel")))
                            .style(theme::outlined)
                            .on_press(message(Message::Cancel)),
                    ];
                    (i18n.plain(self.locale, "app-replace", &args), buttons)
                }
            };
            let bar = row![
                text(question).size(14).width(Length::Fill),
                buttons.spacing(8)
            ]
            .spacing(10)
            .align_y(iced::Alignment::Center);
            return Some(
                container(bar)
                    .padding([10, 16])
                    .style(container::warning)
                    .width(Length::Fill)
                    .into(),
            );
        }
        let prompt = self.save_prompt.as_ref()?;
        let target = match prompt.target() {
            Some(path) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("path", path.display().to_string());
                i18n.plain(self.locale, "app-save-target", &args)
            }
            None => t("app-save-where"),
        };
        let fields = row![
            column![
                text(t("app-save-folder")).size(13),
                text_input("", &prompt.folder)
                    .id("save-folder")
                    .on_input(|f| super::Message::File(Message::Folder(f)))
                    .on_submit(message(Message::Submit))
                    .size(14),
            ]
            .spacing(4)
            .width(Length::FillPortion(3)),
            column![
                text(t("app-save-name")).size(13),
                text_input("", &prompt.name)
                    .id("save-name")
                    .on_input(|n| super::Message::File(Message::Name(n)))
                    .on_submit(message(Message::Submit))
                    .size(14),
            ]
            .spacing(4)
            .width(Length::FillPortion(2)),
        ]
        .spacing(10);
        let buttons = row![
            text(target).size(12).width(Length::Fill),
            button(text(t("app-save"))).on_press(message(Message::Submit)),
            button(text(t("app-save-browse")))
                .style(theme::outlined)
                .on_press(message(Message::Browse)),
            button(text(t("app-cancel")))
                .style(theme::outlined)
                .on_press(message(Message::Cancel)),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center);
        let content = column![text(t("app-save-prompt")).size(15), fields, buttons].spacing(8);
        Some(
            container(content)
                .padding([10, 16])
                .style(container::bordered_box)
                .width(Length::Fill)
                .into(),
        )
    }
}

/// Drawn on the welcome screen: a typed path, Open and Browse.
pub fn open_field<'a>(app: &'a App, i18n: &I18n) -> Element<'a, super::Message> {
    let t = |id: &str| i18n.simple(app.locale, id);
    row![
        text_input(&t("app-path-placeholder"), &app.open_path)
            .id("open-path")
            .on_input(super::Message::OpenPath)
            .on_submit(super::Message::OpenTyped)
            .size(14),
        button(text(t("app-open"))).on_press(super::Message::OpenTyped),
        button(text(t("app-browse")))
            .style(theme::outlined)
            .on_press(super::Message::PickOpen),
    ]
    .spacing(8)
    .align_y(iced::Alignment::Center)
    .into()
}
