"""Him, her or them: the app's words follow the choice; quotes stay verbatim."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from flask.testing import FlaskClient

from decision import CURRENT, Pronoun, VerdictId, wording
from tests.helpers import answers


def text_of(client: FlaskClient, path: str) -> str:
    """A page's HTML, with entities decoded."""
    return html_lib.unescape(client.get(path).get_data(as_text=True))


def checked_inputs(html: str) -> dict[str, str]:
    """Every checked radio on a page, name to value."""
    found = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]+)"', tag)
        if "checked" in tag and name and value:
            found[name.group(1)] = value.group(1)
    return found


def own_words(html: str) -> str:
    """A page's text without its quotes, essay titles, markup or link values."""
    html = re.sub(r"<(blockquote|cite|script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'value="[^"]*"', "", html)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        (Pronoun.HE, "Since you broke up, has he asked to meet you on a set day,"),
        (Pronoun.SHE, "Since you broke up, has she asked to meet you on a set day,"),
        (Pronoun.THEY, "Since you broke up, have they asked to meet you on a set day,"),
    ],
)
def test_questions_are_worded_for_the_choice(pronoun: Pronoun, expected: str) -> None:
    """The same question reads right for he, she and they."""
    assert pronoun.fill(CURRENT.question("followed_through").text).startswith(expected)


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        (Pronoun.HE, "If he agrees to meet and then it doesn’t happen"),
        (Pronoun.THEY, "If they agree to meet and then it doesn’t happen"),
    ],
)
def test_verbs_follow_the_choice(pronoun: Pronoun, expected: str) -> None:
    """A verb agrees with they as well as he."""
    from decision import Answer

    assert pronoun.fill(wording.what_if("broken_plans", Answer.YES)) == expected


def test_use_these_words_rewords_and_keeps_every_answer(client: FlaskClient) -> None:
    """Choosing 'They' and pressing 'Use these words' rewords the page, losing nothing."""
    form = {"pronoun": "they", "reword": "1", "broken_plans": "yes", "he_has_changed": "no"}
    response = client.post("/", data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" not in html
    assert "Since you broke up, have they asked to meet you" in html_lib.unescape(html)
    assert checked_inputs(html) == {
        "pronoun": "they",
        "broken_plans": "yes",
        "he_has_changed": "no",
    }


def test_the_choice_goes_into_the_share_link(client: FlaskClient) -> None:
    """A questionnaire sent with 'She' gives a share link that words the result for her."""
    response = client.post("/", data={**answers("no"), "pronoun": "she"})
    assert response.headers["Location"] == "/r/32snnnnnnnnnnnnn"
    text = own_words(text_of(client, response.headers["Location"]))
    assert "You said her part in what went wrong is not different now." in text
    # The one "him" left is the line saying the quotes keep the essays' own words.
    assert re.findall(r"\b(he|him|his)\b", text, flags=re.I) == ["him"]


def test_quotes_stay_verbatim_whatever_the_choice(client: FlaskClient) -> None:
    """A 'they' result still quotes the essays' own 'he'."""
    text = text_of(client, "/r/32tnnyuuuuuuuuuu")
    assert "“You say you want to see him, and he agrees. Yet the next day comes and goes.”" in text
    assert "You said they agreed to meet and then let it drop, or didn’t turn up." in text


def test_an_unknown_pronoun_falls_back_to_he(client: FlaskClient) -> None:
    """A tampered pronoun is no error: the essays' own 'he' is used."""
    response = client.post("/", data={**answers("no"), "pronoun": "xyz"})
    assert response.headers["Location"] == "/r/32hnnnnnnnnnnnnn"


def test_links_made_before_the_choice_existed_still_open_unchanged(client: FlaskClient) -> None:
    """A format 1 link opens worded for 'he', with the verdict it always had."""
    text = text_of(client, "/r/1uyuuuuuuuuuu")
    assert wording.HEADLINES[VerdictId.IGNORE] in text
    assert "You said he said before that he wanted to see you, and it never happened." in text


@pytest.mark.parametrize(
    ("body", "status", "pronoun"),
    [({"answers": {}, "pronoun": "they"}, 200, "they"), ({"answers": {}}, 200, "he")],
)
def test_the_api_takes_a_pronoun(
    client: FlaskClient, body: dict[str, object], status: int, pronoun: str
) -> None:
    """POST /api/v1/evaluate accepts an optional pronoun and words its text with it."""
    response = client.post("/api/v1/evaluate", json=body)
    assert response.status_code == status
    assert response.get_json()["pronoun"] == pronoun


@pytest.mark.parametrize("bad", ["it", 3, None, ["he"]])
def test_the_api_refuses_an_unknown_pronoun(client: FlaskClient, bad: object) -> None:
    """An unknown pronoun in the API is a 400 naming the field."""
    response = client.post("/api/v1/evaluate", json={"answers": {}, "pronoun": bad})
    assert response.status_code == 400
    assert "/pronoun" in [e["pointer"] for e in response.get_json()["errors"]]
