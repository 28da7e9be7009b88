"""The JSON API: today's questions, evaluation, and results by share code for every edition."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from decision import CURRENT, SOURCES, Pronoun, VerdictId, wording
from tests.helpers import SIGNAL_IDS, answers
from web import messages


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
    ({"answers": {"not_a_signal": "yes"}}, "/answers/not_a_signal"),
    ({"answers": {"broken_plans": "maybe"}}, "/answers/broken_plans"),
    ({"answers": {"broken_plans": True}}, "/answers/broken_plans"),
    ({"answers": {"safety_concern": 1}}, "/answers/safety_concern"),
    ({"answers": {"a/b~c": "yes"}}, "/answers/a~1b~0c"),
    ({"answers": ["yes"]}, "/answers"),
    ({"answers": {}, "extra": 1}, "/extra"),
    ({"answers": {}, "pronoun": "it"}, "/pronoun"),
    ([1, 2, 3], ""),
    ("yes", ""),
    (None, ""),
]


def problem_of(response: TestResponse) -> dict[str, Any]:
    """The problem details a response carries, checked for RFC 9457's members."""
    assert response.mimetype == "application/problem+json"
    body: dict[str, Any] = json.loads(response.get_data())
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == response.status_code
    return body


@pytest.mark.parametrize(("body", "pointer"), BAD_BODIES)
def test_bad_bodies_get_a_problem_pointing_at_each_field(
    client: FlaskClient, body: Any, pointer: str
) -> None:
    """Anything but the documented JSON gets a 400 invalid-body problem with a JSON Pointer."""
    sent = json.dumps(body)
    response = client.post("/api/v1/evaluate", data=sent, content_type="application/json")
    problem = problem_of(response)
    assert problem["type"] == "urn:should-i-reply:problem:invalid-body"
    assert pointer in [error["pointer"] for error in problem["errors"]]


@pytest.mark.parametrize(
    ("data", "content_type", "status", "kind"),
    [
        (b"{not json", "application/json", 400, "urn:should-i-reply:problem:malformed-json"),
        (b"\xff\xfe{", "application/json", 400, "urn:should-i-reply:problem:malformed-json"),
        (b"", "application/json", 400, "urn:should-i-reply:problem:malformed-json"),
        (b'{"answers": {}}', "text/plain", 415, "about:blank"),
        (b"answers=yes", "application/x-www-form-urlencoded", 415, "about:blank"),
        (b'{"answers": {}}', None, 415, "about:blank"),
    ],
)
def test_malformed_json_and_a_missing_json_type_are_told_apart(
    client: FlaskClient, data: bytes, content_type: str | None, status: int, kind: str
) -> None:
    """Broken JSON is a 400 malformed-json problem; a body not sent as JSON is a 415."""
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/v1/evaluate", data=data, headers=headers)
    assert response.status_code == status
    assert problem_of(response)["type"] == kind


def test_every_problem_is_named_at_once(client: FlaskClient) -> None:
    """Several problems in one body are all reported together."""
    body = {"answers": {"x": "yes", "broken_plans": "maybe"}, "y": 1}
    errors = problem_of(client.post("/api/v1/evaluate", json=body))["errors"]
    assert {e["pointer"] for e in errors} == {"/answers/x", "/answers/broken_plans", "/y"}


def test_a_flood_of_unknown_keys_gets_a_short_answer(client: FlaskClient) -> None:
    """16 KB of unknown keys is answered in under 4 KB: 20 errors listed, the rest counted."""
    keys = {f"{n:05d}" + "k" * 300: 1 for n in range(50)}
    response = client.post("/api/v1/evaluate", json={"answers": keys})
    problem = problem_of(response)
    assert len(problem["errors"]) == 20 and problem["errors_not_listed"] == 30
    assert len(response.get_data()) < 4_000


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/v1/nope", 404, messages.API_NOT_FOUND),
        ("/r/nope.json", 404, messages.API_NO_SUCH_RESULT),
        ("/r/32hyyyyyyyyyyyyyy.json", 404, messages.API_NO_SUCH_RESULT),
    ],
)
def test_an_unknown_api_path_is_a_problem_for_developers(
    client: FlaskClient, path: str, status: int, detail: str
) -> None:
    """A path the API does not have says where to look instead."""
    response = client.get(path)
    assert response.status_code == status
    assert problem_of(response)["detail"] == detail


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", "/api/v1/evaluate", {"OPTIONS", "POST"}),
        ("DELETE", "/api/v1/questions", {"GET", "HEAD", "OPTIONS"}),
        ("PUT", "/api/v1", {"GET", "HEAD", "OPTIONS"}),
        ("POST", "/r/32hnnnnnnnnnnnnn.json", {"GET", "HEAD", "OPTIONS"}),
        ("DELETE", "/", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("POST", "/how-we-decide", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_every_405_says_which_methods_are_allowed(
    client: FlaskClient, method: str, path: str, allow: set[str]
) -> None:
    """A 405, from the API or a page, carries the Allow header RFC 9110 requires."""
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == allow


@pytest.mark.parametrize(
    ("pronoun", "text", "headline"),
    [
        (None, "Since you broke up, has he said he’d see you", "Not yet: let what he does"),
        ("she", "Since you broke up, has she said she’d see you", "Not yet: let what she does"),
        ("they", "Since you broke up, have they said they’d see you", "Not yet: let what they do"),
    ],
)
def test_questions_and_headlines_are_worded_for_the_pronoun(
    client: FlaskClient, pronoun: str | None, text: str, headline: str
) -> None:
    """?pronoun= words the questions and the verdicts' headlines for whoever sent the message."""
    query = {"pronoun": pronoun} if pronoun else {}
    body = client.get("/api/v1/questions", query_string=query).get_json()
    assert body["pronoun"] == (pronoun or "he")
    assert body["questions"][2]["text"].startswith(text)
    assert body["verdicts"]["wait"]["headline"].startswith(headline)


@pytest.mark.parametrize("bad", ["it", "He", ""])
def test_an_unknown_pronoun_for_the_questions_is_a_problem(client: FlaskClient, bad: str) -> None:
    """A pronoun the API does not know is a 400 naming the parameter."""
    response = client.get("/api/v1/questions", query_string={"pronoun": bad})
    assert response.status_code == 400
    problem = problem_of(response)
    assert problem["type"] == "urn:should-i-reply:problem:invalid-parameter"
    assert [e["parameter"] for e in problem["errors"]] == ["pronoun"]


def test_each_verdict_id_comes_with_its_headline(client: FlaskClient) -> None:
    """The questions carry every verdict id with the headline people see for it."""
    verdicts = client.get("/api/v1/questions").get_json()["verdicts"]
    assert verdicts == {
        v.value: {"headline": Pronoun.HE.fill(wording.HEADLINES[v])} for v in VerdictId
    }


def test_the_index_lists_every_operation_of_the_document(client: FlaskClient) -> None:
    """GET /api/v1 names the OpenAPI document and each operation it describes."""
    index = client.get("/api/v1").get_json()
    assert index["openapi"] == "/api/v1/openapi.json"
    operations = {(o["method"], o["path"]) for o in index["operations"]}
    assert operations == {
        ("GET", "/api/v1"),
        ("GET", "/api/v1/openapi.json"),
        ("GET", "/api/v1/questions"),
        ("POST", "/api/v1/evaluate"),
        ("POST", "/api/v1/read"),
        ("GET", "/r/{code}.json"),
    }


def test_every_api_route_is_in_the_openapi_document(app: Flask) -> None:
    """No JSON route of the app goes undescribed: each is a path of the document."""
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    routes = {
        (method, re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/") or rule.rule.endswith(".json")
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    described = {
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    }
    assert routes == described


def test_the_document_names_every_question_of_today(app: Flask) -> None:
    """The body schema of POST /api/v1/evaluate lists today's question ids, no more, no fewer."""
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    answers = document["components"]["schemas"]["Evaluation"]["properties"]["answers"]
    assert list(answers["properties"]) == SIGNAL_IDS
