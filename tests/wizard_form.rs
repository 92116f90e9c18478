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
    let mut app = opened(&bakery.project().unwrap(), Locale::EN);
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

/// A laptop-sized window on the accountancy starter's purposes, whose
/// cards are far taller than the window.
fn accountancy_purposes_in_a_small_window() -> Window {
    let accountancy = STARTERS.iter().find(|s| s.name == "accountancy").unwrap();
    let app = opened(&accountancy.project().unwrap(), Locale::EN);
    let mut window = Window::with_size(app, iced::Size::new(1280.0, 820.0));
    window.update(Message::GoTo(Step::Purposes));
    window
}

#[test]
fn adding_a_purpose_scrolls_to_where_its_name_is_asked() {
    let mut window = accountancy_purposes_in_a_small_window();
    let new = window.app.project.purposes.len();
    let add = policywright::ui::steps::purposes::Message::Add;
    window.update(Message::Step(policywright::ui::steps::Message::Purposes(
        add,
    )));
    assert_eq!(window.app.project.purposes.len(), new + 1);
    let name = format!("purpose-{new}-name-nl");
    assert!(
        window.shows(iced::widget::Id::from(name)),
        "the new purpose's name is in view"
    );
}

#[test]
fn every_step_opens_at_its_top() {
    let mut window = accountancy_purposes_in_a_small_window();
    let titles = [
        (Step::Organisation, "Your organisation"),
        (Step::Data, "People and data"),
        (Step::Purposes, "Purposes"),
        (Step::Recipients, "Recipients"),
        (Step::Cookies, "Cookies"),
        (Step::Rights, "Contact and complaints"),
    ];
    for pair in titles.windows(2) {
        let [(step, title), (next, next_title)] = pair else {
            unreachable!("windows of two")
        };
        window.update(Message::GoTo(*step));
        assert!(window.shows(*title), "{step:?} opens at its top");
        window.scroll_form_down(5000.0);
        assert!(
            !window.shows(*title),
            "{step:?} scrolled away from its title"
        );
        window.update(Message::GoTo(*next));
        assert!(window.shows(*next_title), "{next:?} opens at its top");
    }
}

#[test]
fn the_preview_follows_the_step_to_the_section_it_writes() {
    let mut window = accountancy_purposes_in_a_small_window();
    for (step, heading) in [
        (Step::Recipients, "Who receives your data"),
        (Step::Rights, "Data protection officer"),
        (Step::Data, "Which personal data we process"),
    ] {
        window.update(Message::GoTo(step));
        assert!(window.shows(heading), "{step:?} shows {heading:?}");
    }
}
