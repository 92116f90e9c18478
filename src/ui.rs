//! The wizard: an iced application over the same library the command line
//! uses. The root keeps the project, routes messages to the step on
//! screen, and rebuilds the preview and the findings whenever the answers
//! change; steps never reach into each other. Every visible word comes
//! from `i18n/<locale>/app.ftl` and is looked up in `view`, so switching
//! the language is instant.

mod export;
mod file;
mod frame;
mod history;
mod keys;
pub mod preview;
mod recovery;
mod reveal;
mod status;
pub mod steps;
pub mod texts;
pub mod theme;
mod welcome;
mod widgets;

use std::path::PathBuf;

use iced::{Font, Subscription, Task, keyboard, window};
use time::Date;

use crate::check::{self, Finding};
use crate::i18n::I18n;
use crate::model::{Locale, Project};
use crate::system_error::SystemError;
use crate::{starter, storage};

pub use export::Message as ExportMessage;
pub use file::{Ask, Message as FileMessage, Pending, SavePrompt};
pub use keys::shortcut;
pub use status::Status;
pub use steps::Step;

/// The scrollable that holds the questions of a step.
const FORM: &str = "form";

/// The font of the window, the same family the PDF uses.
const UI_FONT: Font = Font::with_name("Noto Sans");

/// Whether a window can be shown. The window system panics rather than
/// failing when there is no display, so this is asked first; this build
/// draws through X11 (XWayland on Wayland desktops).
pub fn display_available() -> bool {
    if cfg!(all(unix, not(target_os = "macos"))) {
        std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
    } else {
        true
    }
}

/// Runs the window, optionally on a project file and with edited texts.
pub fn run(request: crate::cli::WindowRequest) -> iced::Result {
    iced::application(
        move || {
            let (app, task) = App::boot(request.project.clone(), request.locale);
            match &request.texts {
                Some(folder) => (app.with_texts(folder.clone()), task),
                None => (app, task),
            }
        },
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(|_: &App| theme::theme())
    .subscription(App::subscription)
    .font(notosans::REGULAR_TTF)
    .font(notosans::BOLD_TTF)
    .default_font(UI_FONT)
    .window_size((1280.0, 820.0))
    .centered()
    // Closing with unsaved changes asks first; see `Message::CloseRequested`.
    .exit_on_close_request(false)
    .run()
}

/// What the window shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Editor,
}

pub struct App {
    pub screen: Screen,
    pub project: Project,
    /// The project as last saved or opened, to know whether it changed.
    saved: Project,
    /// The file the project was opened from or last saved to; `None` for a
    /// project never saved.
    pub path: Option<PathBuf>,
    /// The file at `path` as last read or written, so saving does not
    /// overwrite changes someone else made meanwhile.
    stamp: Option<storage::Stamp>,
    pub step: Step,
    pub locale: Locale,
    pub preview: preview::Preview,
    pub findings: Vec<Finding>,
    /// The path typed on the welcome screen to open a project.
    pub open_path: String,
    /// A question waiting for an answer before the window goes on.
    pub ask: Option<Ask>,
    /// Where to save a project, while the user chooses.
    pub save_prompt: Option<SavePrompt>,
    pub status: Option<Status>,
    history: history::History,
    /// Where recovery files and recent projects are kept; none in tests
    /// that do not ask for one.
    state: Option<PathBuf>,
    /// Counts changes, so only the autosave of the last one writes.
    pub generation: u64,
    /// Unsaved work found at start, offered on the welcome screen.
    pub recovery: Option<recovery::Recovery>,
    pub recent: Vec<PathBuf>,
    /// What the steps keep besides the answers.
    pub steps: steps::State,
    /// Set once the user chose to close the window.
    pub closing: bool,
    /// The folder of edited texts in use and watched, if any.
    pub texts: Option<PathBuf>,
    /// What is wrong in those texts, shown at the top of the window until
    /// the translator fixes it.
    pub text_problems: Vec<texts::Problem>,
    today: Date,
}

#[derive(Clone, Debug)]
pub enum Message {
    Start(Option<&'static str>),
    /// The path typed on the welcome screen.
    OpenPath(String),
    OpenTyped,
    Open(PathBuf),
    PickOpen,
    PickedOpen(Option<PathBuf>),
    Save,
    SaveAs,
    /// Saves to a path the user chose; another existing file is replaced
    /// only after asking.
    SaveTo(PathBuf),
    File(file::Message),
    Undo,
    Redo,
    Quit,
    CloseRequested,
    GoTo(Step),
    Next,
    Back,
    Language(Locale),
    /// Moves the keyboard focus to the next or the previous field.
    Focus(bool),
    /// Shows a folder in the desktop's file manager.
    Reveal(PathBuf),
    /// Opening a folder failed, for this reason.
    RevealFailed(PathBuf, SystemError),
    Recover,
    /// A few seconds after change number `n`.
    Autosave(u64),
    Step(steps::Message),
    Preview(preview::Message),
    /// A file in the folder of edited texts changed.
    TextsChanged,
}

impl App {
    pub fn boot(path: Option<PathBuf>, locale: Locale) -> (App, Task<Message>) {
        let today = time::OffsetDateTime::now_utc().date();
        App::boot_in(path, locale, recovery::default_folder(), today)
    }

    /// Starts with `state` as the folder for recovery files and the list of
    /// recent projects, and `today` as the date new projects take effect
    /// and the checks measure age against.
    pub fn boot_in(
        path: Option<PathBuf>,
        locale: Locale,
        state: Option<PathBuf>,
        today: Date,
    ) -> (App, Task<Message>) {
        let project = Project::empty("", today);
        let mut app = App {
            screen: Screen::Welcome,
            saved: project.clone(),
            history: history::History::new(&project),
            project,
            path: None,
            stamp: None,
            step: Step::Organisation,
            preview: preview::Preview::new(locale),
            findings: Vec::new(),
            open_path: String::new(),
            ask: None,
            save_prompt: None,
            status: None,
            recovery: state.as_deref().and_then(recovery::load),
            locale: state
                .as_deref()
                .and_then(recovery::language)
                .unwrap_or(locale),
            recent: state.as_deref().map(recovery::recent).unwrap_or_default(),
            state,
            generation: 0,
            steps: steps::State::default(),
            closing: false,
            texts: None,
            text_problems: Vec::new(),
            today,
        };
        app.refresh();
        let task = match path {
            Some(path) => Task::done(Message::Open(path)),
            None => Task::none(),
        };
        (app, task)
    }

    /// Whether the answers differ from the file on disk.
    pub fn is_dirty(&self) -> bool {
        self.project != self.saved
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    fn title(&self) -> String {
        let texts = texts::current();
        let i18n: &I18n = &texts;
        let name = match &self.path {
            Some(path) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            None => i18n.simple(self.locale, "app-untitled"),
        };
        let marker = if self.is_dirty() { "• " } else { "" };
        format!("{marker}{name} — policywright")
    }

    /// Rebuilds what depends on the answers: the preview and the findings.
    fn refresh(&mut self) {
        self.findings = check::run(&self.project, self.today);
        self.preview.rebuild(&self.project);
    }

    fn remember(&mut self, path: &std::path::Path) {
        if let Some(state) = &self.state {
            recovery::remember(state, path);
            self.recent = recovery::recent(state);
        }
    }

    fn forget_recovery(&mut self) {
        if let Some(state) = &self.state {
            recovery::clear(state);
        }
    }

    /// Shows other answers: the file they belong to, if any, is `path`.
    fn show(&mut self, project: Project, saved: Project, path: Option<PathBuf>) {
        self.saved = saved;
        self.project = project;
        self.path = path;
        self.steps.review.export.project_file = self.path.clone();
        self.history = history::History::new(&self.project);
        self.save_prompt = None;
        self.screen = Screen::Editor;
        self.step = Step::FIRST;
        self.refresh();
    }

    fn load(&mut self, path: PathBuf, loaded: storage::Loaded) {
        self.remember(&path);
        self.stamp = Some(loaded.stamp);
        self.status = Some(Status::Opened(path.clone()));
        self.show(loaded.project.clone(), loaded.project, Some(path));
    }

    /// A new project, from a starter or from scratch; it belongs to no file
    /// until it is saved.
    fn start(&mut self, template: Option<&'static str>) {
        let today = self.today;
        let project = template
            .and_then(starter::find)
            .and_then(|s| s.new_project(today).ok())
            .unwrap_or_else(|| Project::empty("", today));
        self.stamp = None;
        self.status = None;
        self.show(project, Project::empty("", today), None);
    }

    /// Adds the cookies listed in the file at `file`.
    fn import_cookies(&mut self, file: PathBuf) -> Task<Message> {
        let texts = texts::current();
        let i18n: &I18n = &texts;
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) => {
                self.status = Some(Status::ImportUnreadable {
                    file,
                    reason: SystemError::from(e),
                });
                return Task::none();
            }
        };
        let report = crate::catalog::import::import(&mut self.project, &text, i18n);
        self.status = Some(Status::Imported {
            file,
            matched: report.matched.len(),
            unknown: report.unknown.len(),
            duplicates: report.duplicates,
            present: report.already_present,
        });
        if report.changed() {
            self.changed(None)
        } else {
            Task::none()
        }
    }

    /// After the answers changed: the change can be undone, findings and
    /// preview are rebuilt, and an autosave follows a few seconds from now.
    fn changed(&mut self, typing: Option<String>) -> Task<Message> {
        self.history.record(&self.project, self.step, typing);
        self.refreshed()
    }

    fn refreshed(&mut self) -> Task<Message> {
        self.refresh();
        self.generation += 1;
        let generation = self.generation;
        Task::perform(recovery::wait(), move |()| Message::Autosave(generation))
    }

    /// Shows `step` from its top, with the preview at what it writes.
    fn go_to(&mut self, step: Step) -> Task<Message> {
        use iced::widget::operation::{RelativeOffset, snap_to};
        self.step = step;
        let top = snap_to(FORM, RelativeOffset::START);
        Task::batch([top, self.preview.follow(step, &self.project)])
    }

    fn undo(&mut self, redo: bool) -> Task<Message> {
        if self.screen != Screen::Editor {
            return Task::none();
        }
        let step = if redo {
            self.history.redo(&mut self.project)
        } else {
            self.history.undo(&mut self.project)
        };
        match step {
            Some(step) => {
                let shown = self.go_to(step);
                Task::batch([self.refreshed(), shown])
            }
            None => Task::none(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Start(template) => return self.guarded(Pending::New(template)),
            Message::OpenPath(path) => self.open_path = path,
            Message::OpenTyped => {
                let path = PathBuf::from(self.open_path.trim());
                if !path.as_os_str().is_empty() {
                    return self.guarded(Pending::Open(path));
                }
            }
            Message::Open(path) => return self.guarded(Pending::Open(path)),
            Message::PickOpen => {
                return Task::perform(file::pick(None), Message::PickedOpen);
            }
            Message::PickedOpen(None) => {}
            Message::PickedOpen(Some(path)) => return self.guarded(Pending::Open(path)),
            // With a question or the save prompt open, Save answers it.
            Message::Save if self.save_prompt.is_some() => {
                return self.file_update(file::Message::Submit);
            }
            Message::Save if matches!(self.ask, Some(Ask::Unsaved(_))) => {
                return self.file_update(file::Message::Save);
            }
            Message::Save if self.screen == Screen::Editor => return self.save(None),
            Message::SaveAs if self.screen == Screen::Editor => self.prompt_save(None),
            Message::Save | Message::SaveAs => {}
            Message::SaveTo(path) => return self.save_as(path, None),
            Message::File(message) => return self.file_update(message),
            Message::Undo => return self.undo(false),
            Message::Redo => return self.undo(true),
            Message::Quit | Message::CloseRequested => return self.guarded(Pending::Quit),
            Message::GoTo(step) => return self.go_to(step),
            Message::Next => return self.go_to(self.step.next()),
            Message::Back => return self.go_to(self.step.previous()),
            Message::Language(locale) => {
                self.locale = locale;
                if let Some(state) = &self.state {
                    recovery::remember_language(state, locale);
                }
            }
            Message::Focus(true) => return iced::widget::operation::focus_next(),
            Message::Focus(false) => return iced::widget::operation::focus_previous(),
            Message::Reveal(folder) => {
                let shown = folder.clone();
                return Task::future(export::reveal(folder)).then(move |outcome| match outcome {
                    Ok(()) => Task::none(),
                    Err(reason) => Task::done(Message::RevealFailed(shown.clone(), reason)),
                });
            }
            Message::RevealFailed(folder, reason) => {
                self.status = Some(Status::RevealFailed { folder, reason });
            }
            Message::Recover => {
                if let Some(found) = self.recovery.take() {
                    // The file on disk stays what it was: the recovered
                    // answers show as unsaved changes.
                    let on_disk = found
                        .path
                        .as_deref()
                        .and_then(|p| storage::load_tracked(p).ok());
                    self.stamp = on_disk.as_ref().map(|loaded| loaded.stamp);
                    let saved = on_disk
                        .map_or_else(|| Project::empty("", self.today), |loaded| loaded.project);
                    self.show(found.project, saved, found.path);
                }
            }
            Message::Autosave(generation) => {
                if generation == self.generation
                    && self.is_dirty()
                    && !self.closing
                    && let Some(state) = &self.state
                {
                    let unsaved = recovery::Recovery {
                        path: self.path.clone(),
                        project: self.project.clone(),
                    };
                    recovery::store(state, &unsaved);
                }
            }
            Message::Step(message) => {
                let update = steps::update(&mut self.steps, &mut self.project, message);
                let changed = match update.change {
                    Some(change) => self.changed(change.typing),
                    None => Task::none(),
                };
                let then = match update.action {
                    steps::Action::None => Task::none(),
                    steps::Action::Reveal(id) => reveal::reveal(FORM, id),
                    steps::Action::ImportCookies(path) => self.import_cookies(path),
                    steps::Action::Run(task) => task.map(Message::Step),
                    steps::Action::Report(mut status) => {
                        self.record_export(&mut status);
                        self.status = Some(status);
                        Task::none()
                    }
                    steps::Action::OpenFolder(folder) => Task::done(Message::Reveal(folder)),
                    steps::Action::GoTo(step) => self.go_to(step),
                };
                return Task::batch([changed, then]);
            }
            Message::Preview(message) => self.preview.update(message, &self.project),
            Message::TextsChanged => self.reload_texts(),
        }
        Task::none()
    }

    fn subscription(&self) -> Subscription<Message> {
        let edited = match &self.texts {
            Some(folder) => Subscription::run_with(folder.clone(), texts::changes)
                .map(|()| Message::TextsChanged),
            None => Subscription::none(),
        };
        Subscription::batch([
            keyboard::listen().filter_map(keys::shortcut),
            window::close_requests().map(|_| Message::CloseRequested),
            edited,
        ])
    }

    /// Uses the texts of `folder` from now on, and reads them again each
    /// time a file in it changes.
    pub fn with_texts(mut self, folder: PathBuf) -> App {
        self.texts = Some(folder);
        self.reload_texts();
        self
    }

    /// Notes an export beside the project file, for the overview of all
    /// clients; an unsaved project has no place for it yet.
    fn record_export(&mut self, status: &mut Status) {
        if let (Status::Exported(export), Some(path)) = (status, &self.path) {
            let now = time::OffsetDateTime::now_utc();
            export.unrecorded =
                crate::desk::history::record(path, &self.project, &export.written.files, now)
                    .err()
                    .map(|reason| (crate::desk::history::folder(path), reason));
        }
    }

    fn reload_texts(&mut self) {
        let Some(folder) = &self.texts else {
            return;
        };
        self.text_problems = texts::load(folder);
        self.refresh();
    }
}
