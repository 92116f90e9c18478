//! The policywright program: the wizard when started without a command (or
//! with `open`), the command line otherwise.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    if let Some(request) = policywright::cli::window_request(&args) {
        let locale = request.locale;
        let i18n = policywright::i18n::I18n::embedded();
        if !policywright::ui::display_available() {
            eprintln!("{}", i18n.simple(locale, "app-no-display"));
            return ExitCode::from(policywright::cli::EXIT_USAGE);
        }
        return match policywright::ui::run(request) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("reason", error.to_string());
                eprintln!("{}", i18n.plain(locale, "app-window-failed", &args));
                ExitCode::from(policywright::cli::EXIT_FAILED)
            }
        };
    }
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let mut output = policywright::cli::Output {
        out: &mut out,
        err: &mut err,
        progress: std::io::IsTerminal::is_terminal(&stderr),
    };
    ExitCode::from(policywright::cli::run(args, &mut output))
}
