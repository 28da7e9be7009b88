"""The JSON API: today's questions, evaluation, and results by share code for every edition."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from decision import CURRENT, SOURCES, Pronoun, wording
from tests.helpers import SIGNAL_IDS, answers


def test_questions_lists_todays_questions_in_order(client: FlaskClient) -> None:
    """GET /api/v1/questions gives edition 2's questions, the safety question first."""
    body = client.get("/api/v1/questions").get_json()
    assert body["edition"] == 2
    assert [q["id"] for q in body["questions"]] == SIGNAL_IDS
    first, second = body["questions"][:2]
    assert (first["id"], first["kind"], len(first["items"])) == ("safety_concern", "safety", 4)
    assert second["text"] == Pronoun.HE.fill(CURRENT.questions[1].text)
    assert second["counts"] == {"yes": "in_his_favour", "no": "warning"}
    assert second["citations"]["yes"][0] == {
        "source": "missed-you",
        "source_title": SOURCES["missed-you"].title,
        "paragraph": 11,
        "quote": "Because if he really did miss you, he would do something about it.",
    }


def test_evaluate_gives_verdict_label_caveat_reasons_and_share_link(client: FlaskClient) -> None:
    """POST /api/v1/evaluate answers with the verdict, its label and caveat, reasons and a link."""
    body = client.post(
        "/api/v1/evaluate",
        json={"answers": {"safety_concern": "no", "broken_plans": "yes", "he_has_changed": "yes"}},
    ).get_json()
    assert (body["edition"], body["verdict"], body["label"]) == (2, "ignore", wording.LABEL)
    assert body["caveat"] == list(wording.BEFORE_YOU_DECIDE[:2]) + [
        Pronoun.HE.fill(line) for line in wording.BEFORE_YOU_DECIDE[2:]
    ]
    assert [(r["signal"], r["answer"], r["effect"]) for r in body["reasons"]] == [
        ("broken_plans", "yes", "strong_warning"),
        ("he_has_changed", "yes", "in_his_favour"),
    ]
    assert body["code"] == "32hnuyuuuuuuuuuy"
    assert body["share_url"] == "http://localhost/r/32hnuyuuuuuuuuuy"
    assert "safety" not in body


def test_a_yes_to_safety_gives_the_safety_block_and_no_link(client: FlaskClient) -> None:
    """A safety_first result carries the helplines and no share code."""
    body = client.post("/api/v1/evaluate", json={"answers": {"safety_concern": "yes"}}).get_json()
    assert body["verdict"] == "safety_first"
    assert "code" not in body and "share_url" not in body and "label" not in body
    assert body["safety"]["helplines"] and body["safety"]["emergency"]


def test_not_sure_of_safety_carries_the_support_block(client: FlaskClient) -> None:
    """With safety answered Not sure, the result carries the support lines and helplines."""
    body = client.post("/api/v1/evaluate", json={"answers": {}}).get_json()
    assert (body["verdict"], body["rule"]) == ("wait", "words_only")
    assert body["safety"]["lines"] == list(wording.SAFETY_UNSURE)


def test_answers_come_out_in_question_order(client: FlaskClient) -> None:
    """The JSON keeps the order it was written in: answers in the order they are asked."""
    body = client.post("/api/v1/evaluate", json={"answers": {}}).get_json()
    assert list(body["answers"]) == SIGNAL_IDS
    assert list(body)[:3] == ["edition", "current_edition", "verdict"]


def test_shared_result_json_matches_the_evaluation(client: FlaskClient) -> None:
    """GET /r/<code>.json is the same JSON as evaluating those answers."""
    given = answers("no", followed_through="yes")
    posted = client.post("/api/v1/evaluate", json={"answers": given}).get_json()
    assert client.get(f"/r/{posted['code']}.json").get_json() == posted


def test_an_edition_1_link_opens_as_json_under_its_own_edition(client: FlaskClient) -> None:
    """An old code's JSON names edition 1, its own verdict, and today's edition beside it."""
    body = client.get("/r/21huyuuuuuuuuuy.json").get_json()
    assert (body["edition"], body["current_edition"], body["verdict"]) == (1, 2, "ignore")
    assert list(body["answers"]) == list(answers())[1:]


BAD_BODIES: list[tuple[Any, str]] = [
    ({"answers": {"not_a_signal": "yes"}}, "answers.not_a_signal"),
    ({"answers": {"broken_plans": "maybe"}}, "answers.broken_plans"),
    ({"answers": {"broken_plans": True}}, "answers.broken_plans"),
    ({"answers": {"safety_concern": 1}}, "answers.safety_concern"),
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
