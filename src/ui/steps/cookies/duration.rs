//! A cookie's duration: a unit and an amount, and for cookies whose
//! provider declares no exact duration, a range ("up to 2 years",
//! "between 1 day and 2 years").

use iced::widget::{column, row, text, text_input};
use iced::{Element, Length};

use crate::i18n::I18n;
use crate::model::{Cookie, CookieDuration, DurationRange, Locale};
use crate::ui::widgets::{Choice, choices, drop_down};

/// The units of a cookie's duration, as the user picks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
    Session,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
    Persistent,
}

const LIFETIMES: [Lifetime; 8] = [
    Lifetime::Session,
    Lifetime::Minutes,
    Lifetime::Hours,
    Lifetime::Days,
    Lifetime::Weeks,
    Lifetime::Months,
    Lifetime::Years,
    Lifetime::Persistent,
];

fn lifetime_key(lifetime: Lifetime) -> &'static str {
    match lifetime {
        Lifetime::Session => "session",
        Lifetime::Minutes => "minutes",
        Lifetime::Hours => "hours",
        Lifetime::Days => "days",
        Lifetime::Weeks => "weeks",
        Lifetime::Months => "months",
        Lifetime::Years => "years",
        Lifetime::Persistent => "persistent",
    }
}

fn lifetime_of(duration: CookieDuration) -> (Lifetime, Option<u32>) {
    match duration {
        CookieDuration::Session => (Lifetime::Session, None),
        CookieDuration::Minutes(n) => (Lifetime::Minutes, Some(n)),
        CookieDuration::Hours(n) => (Lifetime::Hours, Some(n)),
        CookieDuration::Days(n) => (Lifetime::Days, Some(n)),
        CookieDuration::Weeks(n) => (Lifetime::Weeks, Some(n)),
        CookieDuration::Months(n) => (Lifetime::Months, Some(n)),
        CookieDuration::Years(n) => (Lifetime::Years, Some(n)),
        CookieDuration::Persistent => (Lifetime::Persistent, None),
    }
}

fn duration(lifetime: Lifetime, amount: u32) -> CookieDuration {
    match lifetime {
        Lifetime::Session => CookieDuration::Session,
        Lifetime::Minutes => CookieDuration::Minutes(amount),
        Lifetime::Hours => CookieDuration::Hours(amount),
        Lifetime::Days => CookieDuration::Days(amount),
        Lifetime::Weeks => CookieDuration::Weeks(amount),
        Lifetime::Months => CookieDuration::Months(amount),
        Lifetime::Years => CookieDuration::Years(amount),
        Lifetime::Persistent => CookieDuration::Persistent,
    }
}

/// How exact the duration is, as the user picks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Exactly,
    UpTo,
    SessionOrUpTo,
    Between,
}

const SPANS: [Span; 4] = [
    Span::Exactly,
    Span::UpTo,
    Span::SessionOrUpTo,
    Span::Between,
];

fn span_key(span: Span) -> &'static str {
    match span {
        Span::Exactly => "exactly",
        Span::UpTo => "up-to",
        Span::SessionOrUpTo => "session-or-up-to",
        Span::Between => "between",
    }
}

fn span_of(range: Option<DurationRange>) -> Span {
    match range {
        None => Span::Exactly,
        Some(DurationRange::UpTo) => Span::UpTo,
        Some(DurationRange::From(CookieDuration::Session)) => Span::SessionOrUpTo,
        Some(DurationRange::From(_)) => Span::Between,
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    Lifetime(Lifetime),
    Amount(String),
    Span(Span),
    /// The unit of the shortest end of a range.
    ShortestLifetime(Lifetime),
    ShortestAmount(String),
}

pub fn update(cookie: &mut Cookie, message: Message) {
    match message {
        Message::Lifetime(lifetime) => {
            let amount = cookie.duration.and_then(|d| lifetime_of(d).1).unwrap_or(1);
            cookie.duration = Some(duration(lifetime, amount));
        }
        Message::Amount(v) => {
            if let (Ok(amount), Some((lifetime, Some(_)))) =
                (v.trim().parse::<u32>(), cookie.duration.map(lifetime_of))
            {
                cookie.duration = Some(duration(lifetime, amount));
            }
        }
        Message::Span(span) => {
            cookie.duration_range = match span {
                Span::Exactly => None,
                Span::UpTo => Some(DurationRange::UpTo),
                Span::SessionOrUpTo => Some(DurationRange::From(CookieDuration::Session)),
                // A day until the user says otherwise: the shortest end is
                // then in view to be changed.
                Span::Between => Some(DurationRange::From(CookieDuration::Days(1))),
            };
        }
        Message::ShortestLifetime(lifetime) => {
            if let Some(DurationRange::From(shortest)) = cookie.duration_range {
                let amount = lifetime_of(shortest).1.unwrap_or(1);
                cookie.duration_range = Some(DurationRange::From(duration(lifetime, amount)));
            }
        }
        Message::ShortestAmount(v) => {
            if let (Ok(amount), Some(DurationRange::From(shortest))) =
                (v.trim().parse::<u32>(), cookie.duration_range)
                && let (lifetime, Some(_)) = lifetime_of(shortest)
            {
                cookie.duration_range = Some(DurationRange::From(duration(lifetime, amount)));
            }
        }
    }
}

/// The duration of the cookie at `index`: how exact it is, then the
/// shortest end of a range, then the (longest) duration.
pub fn view<'a>(
    index: usize,
    cookie: &Cookie,
    i18n: &I18n,
    locale: Locale,
) -> Element<'a, Message> {
    let lifetimes = choices(&LIFETIMES, lifetime_key, "app-lifetime", i18n, locale);
    let spans = choices(&SPANS, span_key, "app-cookie-span", i18n, locale);
    let span = span_of(cookie.duration_range);
    let chosen_span = spans.iter().find(|c| c.value == span).cloned();
    let exactness = drop_down(
        spans,
        chosen_span,
        |c: Choice<Span>| Message::Span(c.value),
        String::new(),
        Length::Shrink,
    );
    // The shortest end is one child whether shown or not, so the fields
    // after it keep their place (and their focus) when the range changes.
    let mut shortest_end = row![].spacing(6).align_y(iced::Alignment::Center);
    if let Some(DurationRange::From(shortest)) = cookie.duration_range
        && span == Span::Between
    {
        let (unit, amount) = lifetime_of(shortest);
        shortest_end = shortest_end
            .push(period(
                &lifetimes,
                Some(unit),
                amount,
                format!("cookie-{index}-shortest"),
                String::new(),
                Message::ShortestLifetime,
                Message::ShortestAmount,
            ))
            .push(text(i18n.simple(locale, "app-cookie-span-and")).size(13));
    }
    let (unit, amount) = cookie.duration.map_or((None, None), |d| {
        let (unit, amount) = lifetime_of(d);
        (Some(unit), amount)
    });
    let longest_end = period(
        &lifetimes,
        unit,
        amount,
        format!("cookie-{index}-amount"),
        i18n.simple(locale, "app-choose"),
        Message::Lifetime,
        Message::Amount,
    );
    // The range's ends on a line of their own: beside the choice of how
    // exact it is, they ran out of the card.
    column![exactness, row![shortest_end, longest_end].spacing(6).wrap(),]
        .spacing(6)
        .into()
}

/// A unit to pick and, for units that count, the amount.
fn period<'a>(
    lifetimes: &[Choice<Lifetime>],
    unit: Option<Lifetime>,
    amount: Option<u32>,
    id: String,
    placeholder: String,
    on_unit: fn(Lifetime) -> Message,
    on_amount: fn(String) -> Message,
) -> Element<'a, Message> {
    let chosen = lifetimes.iter().find(|c| Some(c.value) == unit).cloned();
    let mut line = row![].spacing(6).align_y(iced::Alignment::Center);
    if let Some(amount) = amount {
        line = line.push(
            text_input("", &amount.to_string())
                .id(id)
                .on_input(on_amount)
                .width(60)
                .size(13),
        );
    }
    line.push(drop_down(
        lifetimes.to_vec(),
        chosen,
        move |c: Choice<Lifetime>| on_unit(c.value),
        placeholder,
        Length::Shrink,
    ))
    .into()
}
