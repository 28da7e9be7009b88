"""“Remind me in two weeks”: a calendar file to download, with nothing stored.

Its title and text name neither the message nor the person who sent it: a reminder shows on
a lock screen, where anyone may see it. It holds the link to the result, and the page says so
before the download.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from flask import Blueprint, Response, abort, request, url_for
from icalendar import Alarm, Calendar, Event

from decision import VerdictId
from web.marks import carries_answers
from web.pages import view_of

__all__ = ["SUMMARY", "WAIT_DAYS", "bp", "reminder_calendar"]

bp = Blueprint("reminders", __name__)

#: How long "Not yet" waits before looking again.
WAIT_DAYS = 14

SUMMARY = "A note to yourself"
_DESCRIPTION = (
    "You asked for this note two weeks ago. Open the link you saved when you are ready:\n\n"
)

#: The furthest from the server's day a person's own day can be (time zones span about a day).
_SLACK = timedelta(days=2)


def reminder_calendar(*, link: str, start: date, stamp: datetime) -> bytes:
    """An all-day event WAIT_DAYS after ``start`` that links back to the result."""
    day = start + timedelta(days=WAIT_DAYS)
    event = Event()
    # A stable UID lets a second download update the same event rather than add one.
    event.add("uid", f"{link.rsplit('/', 1)[-1]}-{day.isoformat()}@should-i-reply")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", SUMMARY)
    event.add("description", _DESCRIPTION + link)
    event.add("url", link)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", SUMMARY)
    alarm.add("trigger", timedelta(hours=9))
    event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", "-//Should I reply?//Reminder//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def start_day(given: str | None, today: date) -> date:
    """The person's own day where their browser gave one near ours, else the server's."""
    try:
        day = date.fromisoformat(given or "")
    except ValueError:
        return today
    return day if abs(day - today) <= _SLACK else today


@bp.get("/r/<code>/reminder.ics")
@carries_answers
def reminder(code: str) -> Response:
    """The reminder for a "Not yet" result, as a calendar file."""
    if view_of(code).verdict is not VerdictId.WAIT:
        abort(404)
    now = datetime.now(UTC)
    body = reminder_calendar(
        link=url_for("pages.result", code=code, _external=True),
        start=start_day(request.args.get("from"), now.date()),
        stamp=now,
    )
    return Response(
        body,
        mimetype="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="note-to-self.ics"'},
    )
