"""“Not yet” is a plan: a calendar reminder in two weeks, with nothing stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from icalendar import Calendar

from web.reminders import WAIT_DAYS, reminder_calendar, start_day

WAIT_CODE = "32hnyuuuuuuuuuuu"


def parsed(body: bytes) -> Calendar:
    """The calendar a client would read from these bytes."""
    return Calendar.from_ical(body)


def test_the_reminder_is_a_calendar_file_to_download(client: FlaskClient) -> None:
    """GET /r/<code>/reminder.ics is a text/calendar attachment."""
    response = client.get(f"/r/{WAIT_CODE}/reminder.ics")
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    assert response.headers["Content-Disposition"].startswith("attachment;")


def test_the_event_is_two_weeks_on_and_links_back(client: FlaskClient) -> None:
    """One all-day event, WAIT_DAYS from today, with the link back to the result."""
    body = client.get(f"/r/{WAIT_CODE}/reminder.ics").data
    (event,) = parsed(body).walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == datetime.now(UTC).date() + timedelta(days=WAIT_DAYS)
    assert not isinstance(start, datetime)
    assert str(event["url"]) == f"http://localhost/r/{WAIT_CODE}"
    assert f"http://localhost/r/{WAIT_CODE}" in str(event["description"])


def test_the_note_names_neither_the_message_nor_the_ex() -> None:
    """A lock screen shows only "A note to yourself": nothing about a message or a person."""
    body = reminder_calendar(
        link="https://example.test/r/x",
        start=date(2026, 11, 23),
        stamp=datetime(2026, 11, 23, 12, tzinfo=UTC),
    )
    (event,) = parsed(body).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    words = f"{event['summary']} {event['description']} {alarm['description']}".lower()
    assert str(event["summary"]) == str(alarm["description"]) == "A note to yourself"
    for telling in ("miss", "message", "text", "reply", " he ", " him", " his", "ex ", "acted"):
        assert telling not in words, telling
    assert event.decoded("dtstart") == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("given", "today", "start"),
    [
        ("2026-11-22", date(2026, 11, 23), date(2026, 11, 22)),
        ("2026-11-24", date(2026, 11, 23), date(2026, 11, 24)),
        ("2026-10-01", date(2026, 11, 23), date(2026, 11, 23)),
        ("not a date", date(2026, 11, 23), date(2026, 11, 23)),
        (None, date(2026, 11, 23), date(2026, 11, 23)),
    ],
)
def test_the_reminder_counts_from_the_persons_own_day(
    given: str | None, today: date, start: date
) -> None:
    """The browser's day is used where it is within a day or two of ours, else the server's."""
    assert start_day(given, today) == start


def test_the_page_says_before_download_that_the_entry_holds_the_link(client: FlaskClient) -> None:
    """The reminder form says the calendar entry includes the link, before the button."""
    wait = client.get(f"/r/{WAIT_CODE}").get_data(as_text=True)
    form = wait[wait.index("data-reminder") : wait.index("Download a reminder")]
    assert "It includes the link to this result." in form
    assert f'action="/r/{WAIT_CODE}/reminder.ics"' in wait
    assert 'type="date"' in form and f'value="{date.today().isoformat()}"' in form


def test_the_result_page_offers_it_only_for_not_yet(client: FlaskClient) -> None:
    """The reminder shows on a Not yet result, and not on the others."""
    ignore = client.get("/r/32hnuyuuuuuuuuuu").get_data(as_text=True)
    assert "data-reminder" in client.get(f"/r/{WAIT_CODE}").get_data(as_text=True)
    assert "data-reminder" not in ignore


@pytest.mark.parametrize(
    "code", ["32hnuyuuuuuuuuuu", "32hnyuuuuuuuuuuy", "32hyuuuuuuuuuuuu", "nonsense"]
)
def test_no_reminder_for_other_verdicts_or_bad_codes(client: FlaskClient, code: str) -> None:
    """Only a Not yet result has a reminder; anything else is a friendly 404."""
    assert client.get(f"/r/{code}/reminder.ics").status_code == 404
