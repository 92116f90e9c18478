//! The form holds still and shows what was chosen: long choices have room
//! for two lines and are still chosen with a click.

#[path = "support/simulate.rs"]
mod simulate;
#[path = "support/window.rs"]
mod window;

use iced_test::Simulator;
use policywright::model::{Locale, Retention, RetentionStart};
use policywright::starter::STARTERS;
use policywright::ui::{App, Message, Step};
use simulate::opened;
use window::Window;

/// The bakery's answers on the purposes step.
fn bakery_purposes() -> App {
    let bakery = STARTERS.iter().find(|s| s.name == "bakery").unwrap();
    let mut app = opened(&bakery.project().unwrap(), Locale::En);
    let _ = app.update(Message::GoTo(Step::Purposes));
    app
}

fn start_of_first_purpose(app: &App) -> RetentionStart {
    match &app.project.purposes[0].retention {
        Some(Retention::For { after, .. }) => after.clone(),
        other => panic!("no period: {other:?}"),
    }
}

#[test]
fn a_long_choice_is_shown_whole_on_two_lines_inside_its_box() {
    let app = bakery_purposes();
    let mut ui = Simulator::with_size(simulate::settings(), (1400.0, 9000.0), app.view());
    let long = "the end of the financial year concerned";
    let text = ui.find(long).expect("the chosen start is shown");
    let bounds = text.visible_bounds().expect("visible");
    // One line of 13-pixel text is about 17 pixels high; the value may
    // wrap to a second line and still lies inside its 44-pixel box.
    assert!(bounds.height < 44.0, "{bounds:?}");
}

#[test]
fn a_long_choice_list_opens_and_chooses_with_a_click_on_its_value() {
    let app = bakery_purposes();
    assert_eq!(start_of_first_purpose(&app), RetentionStart::LastContact);
    let mut window = Window::new(app);
    let value = window.bounds("our last contact with you");
    window.click("our last contact with you");
    // The options are drawn without widgets a selector could find: the
    // third one ("the end of the contract") lies two and a half option
    // heights (two lines of 13-pixel text and 5 pixels above and below)
    // under the list's box, whose middle is the value's.
    let option = 2.0 * 13.0 * 1.3 + 10.0;
    let below_box = value.center_y() + option / 2.0;
    window.click_at(iced::Point::new(value.center_x(), below_box + 2.5 * option));
    assert_eq!(
        start_of_first_purpose(&window.app),
        RetentionStart::EndOfContract
    );
}
