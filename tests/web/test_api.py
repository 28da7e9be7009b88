"""The JSON API: the questions, evaluation, and results by share code."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from decision import SIGNALS, Pronoun
from tests.helpers import SIGNAL_IDS, answers


def test_questions_lists_every_signal_in_order(client: FlaskClient) -> None:
    """GET /api/v1/questions gives the signals, in order, with text, kind and citations."""
    body = client.get("/api/v1/questions").get_json()
    assert [s["id"] for s in body["signals"]] == SIGNAL_IDS
    first = body["signals"][0]
    assert first["text"] == Pronoun.HE.fill(SIGNALS[0].question)
    assert first["kind"] == "action"
    assert first["citations"][0] == {
        "source": "missed-you",
        "source_title": SIGNALS[0].citations[0].source.title,
        "paragraph": 5,
        "quote": SIGNALS[0].citations[0].quote,
    }


def test_evaluate_gives_verdict_reasons_and_share_link(client: FlaskClient) -> None:
    """POST /api/v1/evaluate answers with the verdict, its reasons and a share link."""
    response = client.post(
        "/api/v1/evaluate", json={"answers": {"broken_plans": "yes", "he_has_changed": "yes"}}
    )
    body = response.get_json()
    assert response.status_code == 200
    assert body["verdict"] == "ignore"
    assert body["headline"] and body["explanation"] and body["citations"]
    assert [(r["signal"], r["answer"], r["effect"]) for r in body["reasons"]] == [
        ("broken_plans", "yes", "strong_warning"),
        ("he_has_changed", "yes", "in_his_favour"),
    ]
    assert body["code"] == "21huyuuuuuuuuuy"
    assert body["share_url"] == "http://localhost/r/21huyuuuuuuuuuy"


def test_a_missing_signal_counts_as_not_sure(client: FlaskClient) -> None:
    """An empty answer set is all Not sure: wait, with the essays still cited."""
    body = client.post("/api/v1/evaluate", json={"answers": {}}).get_json()
    assert (body["verdict"], body["reasons"], body["code"]) == ("wait", [], "21huuuuuuuuuuuu")
    assert body["citations"]


def test_shared_result_json_matches_the_evaluation(client: FlaskClient) -> None:
    """GET /r/<code>.json is the same JSON as evaluating those answers."""
    given = answers("no", followed_through="yes")
    posted = client.post("/api/v1/evaluate", json={"answers": given}).get_json()
    assert client.get(f"/r/{posted['code']}.json").get_json() == posted


BAD_BODIES: list[tuple[Any, str]] = [
    ({"answers": {"not_a_signal": "yes"}}, "answers.not_a_signal"),
    ({"answers": {"broken_plans": "maybe"}}, "answers.broken_plans"),
    ({"answers": {"broken_plans": True}}, "answers.broken_plans"),
    ({"answers": ["yes"]}, "answers"),
    ({"answers": {}, "extra": 1}, "extra"),
    ([1, 2, 3], "body"),
    ("yes", "body"),
    (None, "body"),
]


@pytest.mark.parametrize(("body", "field"), BAD_BODIES)
def test_bad_bodies_get_400_naming_each_problem(client: FlaskClient, body: Any, field: str) -> None:
    """Anything but the documented JSON gets 400 with an error per problem."""
    response = client.post("/api/v1/evaluate", json=body)
    assert response.status_code == 400
    assert field in response.get_json()["errors"]


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"answers=yes", "application/x-www-form-urlencoded"),
        (b"\xff\xfe", "application/json"),
    ],
)
def test_a_body_that_is_not_json_gets_400(
    client: FlaskClient, data: bytes, content_type: str
) -> None:
    """Malformed or non-JSON bodies get a JSON 400, never a 500."""
    response = client.post("/api/v1/evaluate", data=data, content_type=content_type)
    assert response.status_code == 400
    assert "body" in response.get_json()["errors"]


def test_every_problem_is_named_at_once(client: FlaskClient) -> None:
    """Several problems in one body are all reported together."""
    body = {"answers": {"x": "yes", "broken_plans": "maybe"}, "y": 1}
    errors = client.post("/api/v1/evaluate", json=body).get_json()["errors"]
    assert set(errors) == {"answers.x", "answers.broken_plans", "y"}
