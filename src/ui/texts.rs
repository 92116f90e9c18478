//! The texts the window shows and writes documents with: the built-in ones,
//! or those of a folder of edited `.ftl` files (`--i18n DIR`), read again
//! whenever a file in it changes, so a translator sees an edit in the
//! window and its preview as soon as it is saved.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use iced::futures::{SinkExt, Stream, StreamExt};
use notify::Watcher;

use crate::i18n::{I18n, OverrideError, SyntaxError};
use crate::model::Locale;

/// The edited texts, once a folder was given; the built-in ones until then.
static EDITED: RwLock<Option<Arc<I18n>>> = RwLock::new(None);

/// The texts in use.
pub enum Current {
    Embedded,
    Edited(Arc<I18n>),
}

impl Deref for Current {
    type Target = I18n;

    fn deref(&self) -> &I18n {
        match self {
            Current::Embedded => I18n::embedded(),
            Current::Edited(texts) => texts,
        }
    }
}

pub fn current() -> Current {
    EDITED
        .read()
        .ok()
        .and_then(|edited| edited.clone())
        .map_or(Current::Embedded, Current::Edited)
}

/// What is wrong in a folder of edited texts, kept typed so that the
/// banner speaks the window's current language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Syntax(SyntaxError),
    Folder(OverrideError),
}

impl Problem {
    pub fn describe(&self, i18n: &I18n, locale: Locale) -> String {
        match self {
            Problem::Syntax(error) => error.describe(i18n, locale),
            Problem::Folder(error) => error.describe(i18n, locale),
        }
    }
}

/// Reads the texts of `folder` and uses them from now on; returns what is
/// wrong in them, to show in the window. A file with errors still counts
/// for the messages that parse, so the window and the preview keep their
/// texts while the translator types.
pub fn load(folder: &Path) -> Vec<Problem> {
    let texts = match I18n::with_override(folder) {
        Ok(texts) => texts,
        Err(error) => return vec![Problem::Folder(error)],
    };
    let problems = texts.problems().into_iter().map(Problem::Syntax).collect();
    if let Ok(mut edited) = EDITED.write() {
        *edited = Some(Arc::new(texts));
    }
    problems
}

/// A stream that yields each time a file in `folder` changes. The watcher
/// lives on its own thread for as long as the window listens.
#[expect(
    clippy::ptr_arg,
    reason = "Subscription::run_with hands its own data, a PathBuf, by reference"
)]
pub fn changes(folder: &PathBuf) -> impl Stream<Item = ()> + use<> {
    let folder = folder.clone();
    iced::stream::channel(16, async move |mut output| {
        let (sender, mut receiver) = iced::futures::channel::mpsc::unbounded();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| e.kind.is_modify() || e.kind.is_create() || e.kind.is_remove()) {
                let _ = sender.unbounded_send(());
            }
        });
        let Ok(mut watcher) = watcher else {
            return;
        };
        if watcher
            .watch(&folder, notify::RecursiveMode::Recursive)
            .is_err()
        {
            return;
        }
        while receiver.next().await.is_some() {
            if output.send(()).await.is_err() {
                break;
            }
        }
        drop(watcher);
    })
}
