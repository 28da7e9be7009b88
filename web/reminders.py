"""“Remind me in two weeks”: a calendar file to download, with nothing stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from flask import Blueprint, Response, abort, url_for
from icalendar import Alarm, Calendar, Event

from decision import Pronoun, VerdictId, reopen
from web.marks import carries_answers
from web.pages import shared_or_404

__all__ = ["WAIT_DAYS", "bp", "reminder_calendar"]

bp = Blueprint("reminders", __name__)

#: How long "Not yet" waits before looking again.
WAIT_DAYS = 14

_SUMMARY = "Look again: {has} {he} acted?"
_DESCRIPTION = (
    "Two weeks ago you asked if you should reply to {his} “I miss you” message."
    " The answer was: not yet.\n\n"
    "Look at what {he} {has} done since, not what {he} said."
    " Did {he} make a real plan to meet you, and keep to it?"
    " {Has} {he} shown by {his} actions that {he} {has} changed?\n\n"
    "Your result: "
)


def reminder_calendar(*, link: str, pronoun: Pronoun, today: date, stamp: datetime) -> bytes:
    """An all-day event WAIT_DAYS after ``today`` that links back to the result."""
    day = today + timedelta(days=WAIT_DAYS)
    event = Event()
    # A stable UID lets a second download update the same event rather than add one.
    event.add("uid", f"{link.rsplit('/', 1)[-1]}-{day.isoformat()}@should-i-reply")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", pronoun.fill(_SUMMARY))
    event.add("description", pronoun.fill(_DESCRIPTION) + link)
    event.add("url", link)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", pronoun.fill(_SUMMARY))
    alarm.add("trigger", timedelta(hours=9))
    event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", "-//Should I reply?//Reminder//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()


@bp.get("/r/<code>/reminder.ics")
@carries_answers
def reminder(code: str) -> Response:
    """The reminder for a "Not yet" result, as a calendar file."""
    reopened = reopen(shared_or_404(code))
    if reopened.result.verdict.id is not VerdictId.WAIT:
        abort(404)
    now = datetime.now(UTC)
    body = reminder_calendar(
        link=url_for("pages.result", code=code, _external=True),
        pronoun=reopened.shared.pronoun,
        today=now.date(),
        stamp=now,
    )
    return Response(
        body,
        mimetype="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="should-i-reply-reminder.ics"'},
    )
