"""Hostile input over a real server: any code, form or JSON gets a friendly answer, never a 500.

Requests go through http.client to a real server on 127.0.0.1, so the bytes sent are exactly
the bytes generated: invalid UTF-8, broken percent-encoding, repeated and unknown fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote, quote_from_bytes, urlencode, urljoin, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import create_app
from decision import CURRENT
from tests.helpers import Reply, fetch, serving

Address = tuple[str, int]

# Enough cases to find the usual mistakes while keeping the file to a few seconds.
HOSTILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}

#: A code that decodes, so some cases build on a valid one.
GOOD_CODE = "21hunuuuuuuuuuu"


@pytest.fixture(scope="module")
def server() -> Iterator[Address]:
    """One real server for the whole file."""
    with serving(create_app({"TESTING": True})) as address:
        yield address


def friendly(reply: Reply, server: Address) -> None:
    """The reply is not a server error, and says what went wrong in the site's own way."""
    assert reply.status < 500, reply.status
    kind = reply.headers.get("Content-Type", "")
    if 300 <= reply.status < 400:
        # A result (303), or a path with doubled slashes made single (308): on this site.
        target = urlsplit(urljoin(f"http://{server[0]}:{server[1]}/", reply.headers["Location"]))
        assert (target.netloc, target.path[:3]) == (f"{server[0]}:{server[1]}", "/r/")
    elif kind == "application/problem+json":
        body = json.loads(reply.body)
        assert reply.status >= 400 and body["status"] == reply.status
    elif kind.startswith("application/json"):
        body = json.loads(reply.body)
        assert reply.status < 400 and ("verdict" in body or "notes" in body)
    else:
        assert kind == "text/html; charset=utf-8"
        assert b'class="site-header"' in reply.body


# --- share codes ------------------------------------------------------------------------------

#: Bits of percent-encoding that do not decode to UTF-8, or are not percent-encoding at all.
BROKEN_ESCAPES = st.sampled_from(["%", "%Z", "%zz", "%ff", "%c3%28", "%ed%a0%80", "%00", "%2F"])

CODES = st.one_of(
    st.text().map(lambda text: quote(text, safe="")),
    st.binary().map(lambda raw: quote_from_bytes(raw, safe="")),
    st.lists(st.one_of(BROKEN_ESCAPES, st.sampled_from([GOOD_CODE, "1", "2", "y"]))).map("".join),
    st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyz", min_size=10, max_size=20),
)


@HOSTILE
@given(code=CODES)
def test_any_code_in_a_result_link(server: Address, code: str) -> None:
    """/r/<anything> is a result or a friendly 404 page."""
    friendly(fetch(server, "GET", f"/r/{code}"), server)


@HOSTILE
@given(code=CODES)
def test_any_code_in_a_json_link(server: Address, code: str) -> None:
    """/r/<anything>.json is the result's JSON or a JSON error."""
    friendly(fetch(server, "GET", f"/r/{code}.json"), server)


@HOSTILE
@given(code=CODES)
def test_any_code_in_a_reminder_link(server: Address, code: str) -> None:
    """/r/<anything>/reminder.ics is the calendar file or a friendly 404 page."""
    reply = fetch(server, "GET", f"/r/{code}/reminder.ics")
    if reply.status == 200:
        assert reply.headers["Content-Type"].startswith("text/calendar")
    else:
        friendly(reply, server)


@HOSTILE
@given(code=CODES)
def test_any_code_to_prefill_the_questionnaire(server: Address, code: str) -> None:
    """/?answers=<anything> is the questionnaire, filled in or with a notice."""
    reply = fetch(server, "GET", f"/?answers={code}")
    assert reply.status == 200
    friendly(reply, server)


# --- the questionnaire form -------------------------------------------------------------------

FIELD_NAMES = list(CURRENT.ids) + ["pronoun", "reword", "read", "message"]
VALUES = ["yes", "no", "not_sure", "he", "she", "they", ""]

FIELDS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=30)),
        st.one_of(
            st.sampled_from(VALUES),
            st.text(max_size=50),
            # Huge values: past the request limit, the answer is a friendly 413.
            st.integers(1_000, 200_000).map(lambda n: "y" * n),
        ),
    ),
    max_size=40,
)

#: Bodies no browser would send: raw bytes, broken escapes, fields without values.
RAW_BODIES = st.one_of(
    st.binary(max_size=2_000),
    st.lists(st.one_of(BROKEN_ESCAPES, st.sampled_from(["&", "=", "broken_plans", "yes", "+"])))
    .map("".join)
    .map(str.encode),
)


@HOSTILE
@given(fields=FIELDS)
def test_any_set_of_form_fields(server: Address, fields: list[tuple[str, str]]) -> None:
    """Unknown, repeated, missing, empty or huge fields: a page with errors, a result, or 413."""
    friendly(fetch(server, "POST", "/", urlencode(fields).encode(), FORM), server)


@HOSTILE
@given(body=RAW_BODIES)
def test_any_bytes_as_a_form(server: Address, body: bytes) -> None:
    """Invalid UTF-8 and broken percent-encoding in a form body get a page, not a 500."""
    friendly(fetch(server, "POST", "/", body, FORM), server)


@HOSTILE
@given(
    body=RAW_BODIES,
    content_type=st.sampled_from(
        ["text/plain", "multipart/form-data", "multipart/form-data; boundary=x", "application/json"]
    ),
)
def test_any_bytes_as_any_kind_of_form(server: Address, body: bytes, content_type: str) -> None:
    """A body that is not what its Content-Type says gets a page, not a 500."""
    friendly(fetch(server, "POST", "/", body, {"Content-Type": content_type}), server)


# --- the JSON API -----------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=20,
)

ANSWER_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "answers": st.one_of(
            st.dictionaries(
                st.one_of(st.sampled_from(CURRENT.ids), st.text()),
                st.one_of(st.sampled_from(VALUES), JSON_VALUES),
                max_size=15,
            ),
            JSON_VALUES,
        ),
        "pronoun": st.one_of(st.sampled_from(VALUES), JSON_VALUES),
        "extra": JSON_VALUES,
    },
)


@HOSTILE
@given(body=st.one_of(JSON_VALUES, ANSWER_BODIES))
def test_any_json_body(server: Address, body: object) -> None:
    """Any JSON value, nearly right or not: a result or a 400 naming each problem."""
    friendly(fetch(server, "POST", "/api/v1/evaluate", json.dumps(body).encode(), JSON), server)


@HOSTILE
@given(body=RAW_BODIES)
def test_any_bytes_as_json(server: Address, body: bytes) -> None:
    """Bytes that are not JSON, or not UTF-8, get a JSON error."""
    reply = fetch(server, "POST", "/api/v1/evaluate", body, JSON)
    friendly(reply, server)
    assert reply.status == 400 or json.loads(reply.body)["verdict"]


@HOSTILE
@given(message=st.text(max_size=2_100), fields=FIELDS)
def test_any_message_to_read_on_the_page(
    server: Address, message: str, fields: list[tuple[str, str]]
) -> None:
    """Any text pasted and read, beside any other fields, gets the questionnaire back."""
    body = urlencode([("read", "1"), ("message", message), *fields]).encode()
    reply = fetch(server, "POST", "/", body, FORM)
    friendly(reply, server)
    assert reply.status in (200, 413)


READ_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "message": st.one_of(st.text(max_size=2_100), JSON_VALUES),
        "extra": JSON_VALUES,
    },
)


@HOSTILE
@given(body=st.one_of(JSON_VALUES, READ_BODIES))
def test_any_json_body_to_read(server: Address, body: object) -> None:
    """Any JSON value as a message to read: suggestions, or a 400 naming each problem."""
    friendly(fetch(server, "POST", "/api/v1/read", json.dumps(body).encode(), JSON), server)


@HOSTILE
@given(body=RAW_BODIES)
def test_any_bytes_to_read(server: Address, body: bytes) -> None:
    """Bytes that are not JSON, or not UTF-8, sent to be read get a JSON error."""
    reply = fetch(server, "POST", "/api/v1/read", body, JSON)
    friendly(reply, server)
    assert reply.status == 400 or "suggestions" in json.loads(reply.body)


def test_a_body_past_the_limit_is_a_friendly_413(server: Address) -> None:
    """A body bigger than any honest questionnaire is refused with a page, not a 500."""
    reply = fetch(server, "POST", "/", b"broken_plans=" + b"y" * 200_000, FORM)
    assert reply.status == 413
    friendly(reply, server)
