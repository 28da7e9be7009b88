"""“Not yet” is a plan: a calendar reminder in two weeks, with nothing stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from icalendar import Calendar

from decision import Pronoun
from web.reminders import WAIT_DAYS, reminder_calendar

WAIT_CODE = "21huuuuuuuuuuuu"


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


def test_the_note_says_what_to_look_for() -> None:
    """The note asks whether he acted: a real plan kept, and change shown."""
    body = reminder_calendar(
        link="https://example.test/r/x",
        pronoun=Pronoun.THEY,
        today=date(2026, 11, 23),
        stamp=datetime(2026, 11, 23, 12, tzinfo=UTC),
    )
    (event,) = parsed(body).walk("VEVENT")
    description = str(event["description"])
    assert "Did they make a real plan to meet you, and keep to it?" in description
    assert str(event["summary"]) == "Look again: have they acted?"
    assert event.decoded("dtstart") == date(2026, 12, 7)
    assert event.walk("VALARM")


def test_the_result_page_offers_it_only_for_not_yet(client: FlaskClient) -> None:
    """'Remind me in two weeks' shows on a Not yet result, and not on the others."""
    wait = client.get(f"/r/{WAIT_CODE}").get_data(as_text=True)
    ignore = client.get("/r/21huyuuuuuuuuuu").get_data(as_text=True)
    assert f'href="/r/{WAIT_CODE}/reminder.ics"' in wait and "Remind me in two weeks" in wait
    assert "Remind me in two weeks" not in ignore


@pytest.mark.parametrize("code", ["21huyuuuuuuuuuu", "21hyuuuuuuuuuuy", "nonsense"])
def test_no_reminder_for_other_verdicts_or_bad_codes(client: FlaskClient, code: str) -> None:
    """Only a Not yet result has a reminder; anything else is a friendly 404."""
    assert client.get(f"/r/{code}/reminder.ics").status_code == 404
