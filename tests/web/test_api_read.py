"""POST /api/v1/read: suggested answers for a message, with the words behind each; bad input 400."""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient

from decision import Pronoun, wording
from decision.reader import MAX_LENGTH
from web import messages

READ = "/api/v1/read"

MESSAGE = "I have changed. Do you miss me? Are you free Saturday at 7 at the Crown?"


def test_a_message_gets_its_suggestions_and_notes(client: FlaskClient) -> None:
    """Each suggestion names its question, the answer, and where his words are."""
    response = client.post(READ, json={"message": MESSAGE})
    assert response.status_code == 200
    assert response.get_json() == {
        "suggestions": [
            {
                "signal": "fishing_for_praise",
                "answer": "yes",
                "evidence": "Do you miss me",
                "start": 16,
                "end": 30,
            },
            {
                "signal": "followed_through",
                "answer": "yes",
                "evidence": "Saturday at 7 at the Crown",
                "start": 45,
                "end": 71,
            },
        ],
        "notes": [
            {
                "signal": "he_has_changed",
                "note": Pronoun.HE.fill(wording.reading_note("words_not_deeds")),
                "evidence": "I have changed",
                "start": 0,
                "end": 14,
            }
        ],
    }


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(MESSAGE, id="plain"),
        pytest.param("😭🥺 " * 5 + MESSAGE, id="after-emoji"),
        pytest.param("Я скучаю. " + MESSAGE.upper(), id="after-cyrillic-all-caps"),
        pytest.param("u free 2nite at 8 at the pub?\r\ndo u miss me", id="text-speak-lines"),
    ],
)
def test_evidence_is_the_message_between_start_and_end(client: FlaskClient, message: str) -> None:
    """Start and end count characters (code points) of the message exactly as sent."""
    body = client.post(READ, json={"message": message}).get_json()
    spans = body["suggestions"] + body["notes"]
    assert spans
    assert [message[s["start"] : s["end"]] for s in spans] == [s["evidence"] for s in spans]


def test_words_alone_never_answer_safety_or_change(client: FlaskClient) -> None:
    """No suggestion for safety or change: a threat and "I have changed" are notes only."""
    message = "I have changed. I know where you live. I will be outside your house tonight."
    body = client.post(READ, json={"message": message}).get_json()
    assert body["suggestions"] == []
    assert [n["signal"] for n in body["notes"]] == ["safety_concern", "he_has_changed"]


@pytest.mark.parametrize("message", ["", " ", "\n\t \u00a0", "😭" * MAX_LENGTH])
def test_empty_whitespace_or_nothing_to_read_is_an_empty_answer(
    client: FlaskClient, message: str
) -> None:
    """A message with no words in it gets 200 and two empty lists."""
    response = client.post(READ, json={"message": message})
    assert (response.status_code, response.get_json()) == (200, {"suggestions": [], "notes": []})


#: (body as sent, Content-Type, the errors expected)
#: Bodies that are not one JSON object with a string "message": (body, content type, status,
#: and each problem as (JSON Pointer, detail); no problems listed for a body that is not JSON).
BAD_BODIES = [
    pytest.param(b"not json", "application/json", 400, [], id="not-json"),
    pytest.param(b'{"message": "hi"}', "text/plain", 415, [], id="not-json-type"),
    pytest.param(
        b'["hi"]', "application/json", 400, [("", messages.API_READ_BODY_NOT_JSON)], id="array"
    ),
    pytest.param(
        b'"hi"', "application/json", 400, [("", messages.API_READ_BODY_NOT_JSON)], id="string"
    ),
    pytest.param(
        b"{}", "application/json", 400, [("/message", messages.API_MESSAGE_MISSING)], id="missing"
    ),
    pytest.param(
        b'{"message": null}',
        "application/json",
        400,
        [("/message", messages.API_MESSAGE_NOT_TEXT)],
        id="null",
    ),
    pytest.param(
        b'{"message": 7}',
        "application/json",
        400,
        [("/message", messages.API_MESSAGE_NOT_TEXT)],
        id="number",
    ),
    pytest.param(
        b'{"message": ["hi"]}',
        "application/json",
        400,
        [("/message", messages.API_MESSAGE_NOT_TEXT)],
        id="list",
    ),
    pytest.param(
        b'{"message": "hi", "pronoun": "she"}',
        "application/json",
        400,
        [("/pronoun", messages.API_READ_UNKNOWN_FIELD)],
        id="unknown-field",
    ),
    pytest.param(
        json.dumps({"message": "x" * (MAX_LENGTH + 1)}).encode(),
        "application/json",
        400,
        [("/message", messages.message_too_long(MAX_LENGTH + 1))],
        id="too-long",
    ),
]


@pytest.mark.parametrize(("body", "content_type", "status", "errors"), BAD_BODIES)
def test_bad_input_is_a_problem_naming_each_fault(
    client: FlaskClient, body: bytes, content_type: str, status: int, errors: list[tuple[str, str]]
) -> None:
    """A body that is not an object with one string "message" gets a problem saying what to fix."""
    response = client.post(READ, data=body, content_type=content_type)
    problem = response.get_json(force=True)
    assert (response.status_code, response.mimetype) == (status, "application/problem+json")
    assert problem["status"] == status
    assert [(e["pointer"], e["detail"]) for e in problem.get("errors", [])] == errors


def test_the_limit_is_said_in_the_error(client: FlaskClient) -> None:
    """Too long: the error gives the message's length and the limit."""
    response = client.post(READ, json={"message": "x" * 10_000})
    (error,) = response.get_json(force=True)["errors"]
    assert "10,000" in error["detail"] and "2,000" in error["detail"]


def test_a_lone_surrogate_is_read_not_a_500(client: FlaskClient) -> None:
    """JSON can carry half an emoji; it is read like any other character."""
    body = b'{"message": "\\ud83d do you miss me"}'
    response = client.post(READ, data=body, content_type="application/json")
    assert response.status_code == 200
    assert [s["signal"] for s in response.get_json()["suggestions"]] == ["fishing_for_praise"]


def test_2000_escaped_emoji_fit_the_request_limit(client: FlaskClient) -> None:
    """The widest 2,000-character message, as \\uXXXX pairs, is past 16 KB and still read."""
    body = json.dumps({"message": "🥺" * MAX_LENGTH}).encode()
    assert len(body) > 16 * 1024
    assert client.post(READ, data=body, content_type="application/json").status_code == 200


def test_only_post_reads(client: FlaskClient) -> None:
    """A message is never taken from an address: GET is not allowed."""
    response = client.get(f"{READ}?message=hi")
    allowed = {method.strip() for method in response.headers["Allow"].split(",")}
    assert (response.status_code, allowed) == (405, {"OPTIONS", "POST"})
    assert response.get_json(force=True)["status"] == 405
