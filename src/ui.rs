//! The wizard: an iced application over the same library the command line
//! uses. The root keeps the project, routes messages to the step on
//! screen, and rebuilds the preview and the findings whenever the answers
//! change; steps never reach into each other. Every visible word comes
//! from `i18n/<locale>/app.ftl` and is looked up in `view`, so switching
//! the language is instant.

mod export;
mod file;
pub mod preview;
mod recovery;
pub mod steps;
mod widgets;

use std::path::PathBuf;

use iced::widget::{button, column, container, row, rule, scrollable, space, text, text_input};
use iced::{Element, Font, Length, Subscription, Task, keyboard};
use time::Date;

use crate::check::{self, Finding};
use crate::i18n::I18n;
use crate::model::{Locale, Project};
use crate::{starter, storage};

pub use steps::Step;

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

/// Runs the window, optionally on a project file.
pub fn run(path: Option<PathBuf>, locale: Locale) -> iced::Result {
    iced::application(
        move || App::boot(path.clone(), locale),
        App::update,
        App::view,
    )
    .title(App::title)
    .subscription(App::subscription)
    .font(notosans::REGULAR_TTF)
    .font(notosans::BOLD_TTF)
    .default_font(UI_FONT)
    .window_size((1280.0, 820.0))
    .centered()
    .run()
}

/// What the window shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Editor,
}

/// Something the user asked for that would throw away unsaved changes;
/// it waits for a confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guarded {
    New(Option<&'static str>),
    Open(PathBuf),
}

/// A message to show in the status line; translated in `view`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Saved(PathBuf),
    Opened(PathBuf),
    /// Loading, saving or exporting failed; the text is already complete.
    Failed(String),
    Exported(usize, PathBuf),
    Imported {
        file: PathBuf,
        matched: usize,
        unknown: usize,
        duplicates: usize,
        present: usize,
    },
}

pub struct App {
    pub screen: Screen,
    pub project: Project,
    /// The project as last saved or opened, to know whether it changed.
    saved: Project,
    pub path: Option<PathBuf>,
    /// The file at `path` as last read or written, so saving does not
    /// overwrite changes someone else made meanwhile.
    stamp: Option<storage::Stamp>,
    pub step: Step,
    pub locale: Locale,
    pub preview: preview::Preview,
    pub findings: Vec<Finding>,
    /// A path typed by hand, for when no file dialog can be shown.
    pub typed_path: String,
    pub guard: Option<Guarded>,
    pub status: Option<Status>,
    pub export: export::Settings,
    /// Where recovery files and recent projects are kept; none in tests
    /// that do not ask for one.
    state: Option<PathBuf>,
    /// Counts changes, so only the autosave of the last one writes.
    pub generation: u64,
    /// Unsaved work found at start, offered on the welcome screen.
    pub recovery: Option<recovery::Recovery>,
    pub recent: Vec<PathBuf>,
    /// What is typed in the catalogue search of the recipients step.
    pub catalog_query: String,
    /// The date of effect as typed, while it is not yet a whole date.
    pub date_typed: Option<String>,
    /// The path typed for a list of cookies to import.
    pub import_path: String,
    today: Date,
}

#[derive(Clone, Debug)]
pub enum Message {
    Start(Option<&'static str>),
    OpenTyped,
    TypedPath(String),
    Open(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    PickOpen,
    PickSave,
    Picked(Option<PathBuf>, bool),
    Confirm,
    Cancel,
    GoTo(Step),
    Next,
    Back,
    Language(Locale),
    /// Moves the keyboard focus to the next or the previous field.
    Focus(bool),
    /// Shows a folder in the desktop's file manager.
    Reveal(PathBuf),
    Recover,
    /// A few seconds after change number `n`.
    Autosave(u64),
    Step(steps::Message),
    Preview(preview::Message),
    Export(export::Message),
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
            project,
            path: None,
            stamp: None,
            step: Step::Organisation,
            locale,
            preview: preview::Preview::new(locale),
            findings: Vec::new(),
            typed_path: String::new(),
            guard: None,
            status: None,
            export: export::Settings::default(),
            recovery: state.as_deref().and_then(recovery::load),
            recent: state.as_deref().map(recovery::recent).unwrap_or_default(),
            state,
            generation: 0,
            catalog_query: String::new(),
            date_typed: None,
            import_path: String::new(),
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

    fn title(&self) -> String {
        let i18n = I18n::embedded();
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

    fn load(&mut self, path: PathBuf, loaded: storage::Loaded) {
        self.remember(&path);
        self.saved = loaded.project.clone();
        self.project = loaded.project;
        self.stamp = Some(loaded.stamp);
        self.status = Some(Status::Opened(path.clone()));
        self.path = Some(path);
        self.screen = Screen::Editor;
        self.step = Step::Organisation;
        self.refresh();
    }

    fn start(&mut self, template: Option<&'static str>) {
        let today = self.today;
        let project = template
            .and_then(starter::find)
            .and_then(|s| s.project().ok())
            .unwrap_or_else(|| Project::empty("", today));
        self.saved = Project::empty("", today);
        self.project = project;
        self.path = None;
        self.stamp = None;
        self.screen = Screen::Editor;
        self.step = Step::Organisation;
        self.status = None;
        self.refresh();
    }

    fn save_to(&mut self, path: PathBuf) {
        let i18n = I18n::embedded();
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
                self.path = Some(path);
            }
            Err(error) => self.status = Some(Status::Failed(error.describe(i18n, self.locale))),
        }
    }

    /// Adds the cookies listed in the file at the typed path.
    fn import_cookies(&mut self) -> Task<Message> {
        let i18n = I18n::embedded();
        let file = PathBuf::from(self.import_path.trim());
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("path", file.display().to_string());
                args.set("reason", e.to_string());
                self.status = Some(Status::Failed(i18n.plain(
                    self.locale,
                    "cli-unreadable-file",
                    &args,
                )));
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
        self.changed()
    }

    /// After the answers changed: findings and preview anew, and an
    /// autosave a few seconds from now.
    fn changed(&mut self) -> Task<Message> {
        self.refresh();
        self.generation += 1;
        let generation = self.generation;
        Task::perform(recovery::wait(), move |()| Message::Autosave(generation))
    }

    /// Runs `action` now, or asks first when it would lose changes.
    fn guarded(&mut self, action: Guarded) -> Task<Message> {
        if self.is_dirty() {
            self.guard = Some(action);
            Task::none()
        } else {
            self.perform(action)
        }
    }

    fn perform(&mut self, action: Guarded) -> Task<Message> {
        match action {
            Guarded::New(template) => {
                self.start(template);
                Task::none()
            }
            Guarded::Open(path) => {
                // Project files are small: loading takes far less than a
                // frame, so it happens here rather than in a task.
                match storage::load_tracked(&path) {
                    Ok(loaded) => self.load(path, loaded),
                    Err(error) => {
                        let reason = error.describe(I18n::embedded(), self.locale);
                        self.status = Some(Status::Failed(reason));
                    }
                }
                Task::none()
            }
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Start(template) => return self.guarded(Guarded::New(template)),
            Message::TypedPath(path) => self.typed_path = path,
            Message::OpenTyped => {
                let path = PathBuf::from(self.typed_path.trim());
                if !path.as_os_str().is_empty() {
                    return self.guarded(Guarded::Open(path));
                }
            }
            Message::Open(path) => return self.guarded(Guarded::Open(path)),
            Message::Save => match self.path.clone() {
                Some(path) => self.save_to(path),
                None => return Task::done(Message::SaveAs),
            },
            Message::SaveAs => {
                let typed = PathBuf::from(self.typed_path.trim());
                if !typed.as_os_str().is_empty() {
                    self.save_to(typed);
                } else {
                    return Task::done(Message::PickSave);
                }
            }
            Message::SaveTo(path) => self.save_to(path),
            Message::PickOpen => {
                return Task::perform(file::pick(false), |p| Message::Picked(p, false));
            }
            Message::PickSave => {
                return Task::perform(file::pick(true), |p| Message::Picked(p, true));
            }
            Message::Picked(None, _) => {}
            Message::Picked(Some(path), true) => self.save_to(path),
            Message::Picked(Some(path), false) => return self.guarded(Guarded::Open(path)),
            Message::Confirm => {
                if let Some(action) = self.guard.take() {
                    self.saved = self.project.clone();
                    self.forget_recovery();
                    return self.perform(action);
                }
            }
            Message::Cancel => self.guard = None,
            Message::GoTo(step) => self.step = step,
            Message::Next => self.step = self.step.next(),
            Message::Back => self.step = self.step.previous(),
            Message::Language(locale) => self.locale = locale,
            Message::Focus(true) => return iced::widget::operation::focus_next(),
            Message::Focus(false) => return iced::widget::operation::focus_previous(),
            Message::Reveal(folder) => {
                if let Err(e) = reveal(&folder) {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("folder", folder.display().to_string());
                    args.set("reason", e.to_string());
                    let message =
                        I18n::embedded().plain(self.locale, "app-export-open-failed", &args);
                    self.status = Some(Status::Failed(message));
                }
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
                    self.saved = on_disk
                        .map_or_else(|| Project::empty("", self.today), |loaded| loaded.project);
                    self.project = found.project;
                    self.path = found.path;
                    self.screen = Screen::Editor;
                    self.step = Step::FIRST;
                    self.refresh();
                }
            }
            Message::Autosave(generation) => {
                if generation == self.generation
                    && self.is_dirty()
                    && let Some(state) = &self.state
                {
                    let unsaved = recovery::Recovery {
                        path: self.path.clone(),
                        project: self.project.clone(),
                    };
                    recovery::store(state, &unsaved);
                }
            }
            Message::Step(steps::Message::Recipients(steps::recipients::Message::Search(
                query,
            ))) => {
                self.catalog_query = query;
            }
            Message::Step(steps::Message::Cookies(steps::cookies::Message::ImportPath(path))) => {
                self.import_path = path;
            }
            Message::Step(steps::Message::Cookies(steps::cookies::Message::Import)) => {
                return self.import_cookies();
            }
            Message::Step(steps::Message::Settings(steps::settings::Message::DateTyped(typed))) => {
                match steps::settings::parse_date(&typed) {
                    Some(date) => {
                        self.date_typed = None;
                        let set = steps::settings::Message::EffectiveDate(date);
                        return self.update(Message::Step(steps::Message::Settings(set)));
                    }
                    None => self.date_typed = Some(typed),
                }
            }
            Message::Step(message) => {
                if steps::update(&mut self.project, message) {
                    return self.changed();
                }
            }
            Message::Preview(message) => self.preview.update(message, &self.project),
            Message::Export(message) => {
                if let Some(status) = self.export.update(message, &self.project, self.locale) {
                    self.status = Some(status);
                }
            }
        }
        Task::none()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let i18n = I18n::embedded();
        let locale = self.locale;
        let body: Element<Message> = match self.screen {
            Screen::Welcome => self.welcome(i18n),
            Screen::Editor => self.editor(i18n),
        };
        let languages = row(Locale::ALL.into_iter().map(|l| {
            let label = text(l.code().to_uppercase()).size(13);
            let chosen = l == locale;
            button(label)
                .style(if chosen {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::Language(l))
                .into()
        }))
        .spacing(2);
        let top = row![
            text("policywright").size(18).font(Font {
                weight: iced::font::Weight::Bold,
                ..UI_FONT
            }),
            space::horizontal(),
            self.file_bar(i18n),
            languages,
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center)
        .padding([8, 16]);
        let mut page = column![top, rule::horizontal(1), body];
        if let Some(guard) = &self.guard {
            page = page.push(self.guard_bar(i18n, guard));
        }
        if let Some(status) = &self.status {
            page = page.push(
                container(text(self.status_text(i18n, status)).size(13))
                    .padding([6, 16])
                    .width(Length::Fill)
                    .style(container::secondary),
            );
        }
        page.into()
    }

    fn file_bar(&self, i18n: &I18n) -> Element<'_, Message> {
        let t = |id| i18n.simple(self.locale, id);
        let path_field = text_input(&t("app-path-placeholder"), &self.typed_path)
            .id("typed-path")
            .on_input(Message::TypedPath)
            .on_submit(Message::OpenTyped)
            .width(260)
            .size(13);
        let mut bar = row![
            path_field,
            button(text(t("app-open")).size(13)).on_press(Message::OpenTyped),
            button(text(t("app-browse")).size(13))
                .style(button::secondary)
                .on_press(Message::PickOpen),
        ]
        .spacing(6)
        .align_y(iced::Alignment::Center);
        if self.screen == Screen::Editor {
            bar = bar
                .push(button(text(t("app-save")).size(13)).on_press(Message::Save))
                .push(
                    button(text(t("app-save-as")).size(13))
                        .style(button::secondary)
                        .on_press(Message::SaveAs),
                );
        }
        bar.into()
    }

    fn guard_bar(&self, i18n: &I18n, guard: &Guarded) -> Element<'_, Message> {
        let t = |id| i18n.simple(self.locale, id);
        let question = match guard {
            Guarded::New(_) => t("app-guard-new"),
            Guarded::Open(_) => t("app-guard-open"),
        };
        container(
            row![
                text(question).size(14),
                space::horizontal(),
                button(text(t("app-guard-discard")))
                    .style(button::danger)
                    .on_press(Message::Confirm),
                button(text(t("app-guard-keep"))).on_press(Message::Cancel),
            ]
            .spacing(10)
            .align_y(iced::Alignment::Center),
        )
        .padding([10, 16])
        .style(container::warning)
        .width(Length::Fill)
        .into()
    }

    fn status_text(&self, i18n: &I18n, status: &Status) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        let id = match status {
            Status::Saved(path) => {
                args.set("path", path.display().to_string());
                "app-status-saved"
            }
            Status::Opened(path) => {
                args.set("path", path.display().to_string());
                "app-status-opened"
            }
            Status::Failed(reason) => return reason.clone(),
            Status::Imported {
                file,
                matched,
                unknown,
                duplicates,
                present,
            } => {
                args.set("file", file.display().to_string());
                args.set("matched", *matched);
                args.set("unknown", *unknown);
                args.set("duplicates", *duplicates);
                args.set("present", *present);
                "cli-import-summary"
            }
            Status::Exported(count, folder) => {
                args.set("count", *count);
                args.set("folder", folder.display().to_string());
                "app-status-exported"
            }
        };
        i18n.plain(self.locale, id, &args)
    }

    fn welcome(&self, i18n: &I18n) -> Element<'_, Message> {
        let t = |id: &str| i18n.simple(self.locale, id);
        let starters = starter::STARTERS.iter().map(|s| {
            let description = t(&format!("starter-{}", s.name));
            button(
                column![
                    text(t(&format!("app-starter-{}", s.name))).size(16),
                    text(description).size(13),
                ]
                .spacing(4),
            )
            .style(button::secondary)
            .width(Length::Fill)
            .padding(12)
            .on_press(Message::Start(Some(s.name)))
            .into()
        });
        let mut offers = column![].spacing(8);
        if let Some(found) = &self.recovery {
            let name = match (&found.path, found.project.organisation.name.trim()) {
                (Some(path), _) => path.display().to_string(),
                (None, "") => t("app-untitled"),
                (None, name) => name.to_owned(),
            };
            offers = offers.push(
                container(
                    row![
                        text(format!("{} {name}", t("app-recover-found"))).size(14),
                        space::horizontal(),
                        button(text(t("app-recover"))).on_press(Message::Recover),
                    ]
                    .spacing(10)
                    .align_y(iced::Alignment::Center),
                )
                .padding(12)
                .style(container::warning),
            );
        }
        if !self.recent.is_empty() {
            offers = offers.push(text(t("app-recent")).size(18));
            for path in &self.recent {
                offers = offers.push(
                    button(text(path.display().to_string()).size(13))
                        .style(button::text)
                        .on_press(Message::Open(path.clone())),
                );
            }
        }
        let content = column![
            text(t("app-welcome-title")).size(28),
            text(t("app-welcome-intro")).size(15),
            offers,
            button(text(t("app-start-blank")).size(16))
                .padding([10, 18])
                .on_press(Message::Start(None)),
            text(t("app-start-from-starter")).size(18),
            column(starters).spacing(8),
            text(t("app-open-hint")).size(13),
        ]
        .spacing(16)
        .max_width(720);
        scrollable(container(content).padding(32).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }

    fn editor(&self, i18n: &I18n) -> Element<'_, Message> {
        let sidebar = steps::sidebar(self, i18n);
        let form = steps::view(self, i18n);
        let navigation = row![
            button(text(i18n.simple(self.locale, "app-back")))
                .style(button::secondary)
                .on_press_maybe((self.step != Step::FIRST).then_some(Message::Back)),
            space::horizontal(),
            button(text(i18n.simple(self.locale, "app-next")))
                .on_press_maybe((self.step != Step::LAST).then_some(Message::Next)),
        ]
        .padding([8, 0]);
        let middle = column![
            scrollable(container(form).padding([16, 20])).height(Length::Fill),
            container(navigation).padding([0, 20]),
        ]
        .width(Length::FillPortion(5));
        let preview = container(preview::view(&self.preview, i18n, self.locale))
            .width(Length::FillPortion(5))
            .style(container::secondary);
        row![
            sidebar,
            rule::vertical(1),
            middle,
            rule::vertical(1),
            preview
        ]
        .height(Length::Fill)
        .into()
    }

    fn subscription(&self) -> Subscription<Message> {
        keyboard::listen().filter_map(shortcut)
    }
}

/// Opens `folder` with the desktop's own file manager.
fn reveal(folder: &std::path::Path) -> std::io::Result<()> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(folder)
        .spawn()
        .map(drop)
}

/// Ctrl+S, Ctrl+Shift+S, Ctrl+O and Ctrl+N for files, Alt+arrows (or
/// Ctrl+Page Up/Down) for steps, Tab and Shift+Tab between fields.
fn shortcut(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    use keyboard::key::{Key, Named};
    match key.as_ref() {
        Key::Character("s") if modifiers.command() && modifiers.shift() => Some(Message::SaveAs),
        Key::Character("s") if modifiers.command() => Some(Message::Save),
        Key::Character("o") if modifiers.command() => Some(Message::PickOpen),
        Key::Character("n") if modifiers.command() => Some(Message::Start(None)),
        Key::Named(Named::ArrowRight) if modifiers.alt() => Some(Message::Next),
        Key::Named(Named::ArrowLeft) if modifiers.alt() => Some(Message::Back),
        Key::Named(Named::PageDown) if modifiers.command() => Some(Message::Next),
        Key::Named(Named::PageUp) if modifiers.command() => Some(Message::Back),
        Key::Named(Named::Tab) => Some(Message::Focus(!modifiers.shift())),
        _ => None,
    }
}
