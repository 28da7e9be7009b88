"""The questionnaire: every question asked, nothing pre-chosen, nothing lost on error."""

from __future__ import annotations

import re
from collections.abc import Collection

import pytest
from flask.testing import FlaskClient

from decision import CURRENT
from tests.helpers import SIGNAL_IDS, answers, submit


def checked(html: str, *, names: Collection[str] = SIGNAL_IDS) -> dict[str, str]:
    """The value of every checked radio on a page, by question."""
    found = {}
    for tag in re.findall(r"<input[^>]*>", html):
        if "checked" in tag:
            name = re.search(r'name="([^"]+)"', tag)
            value = re.search(r'value="([^"]+)"', tag)
            assert name and value
            if name.group(1) in names:
                found[name.group(1)] = value.group(1)
    return found


def test_every_question_is_a_fieldset_with_three_answers(client: FlaskClient) -> None:
    """Each question is asked once, as a fieldset with a legend and Yes / No / Not sure."""
    html = client.get("/").get_data(as_text=True)
    # One fieldset per question, and one for who sent the message.
    assert html.count("<fieldset") == len(SIGNAL_IDS) + 1 == html.count("<legend")
    for question_id in SIGNAL_IDS:
        values = re.findall(rf'name="{question_id}"[^>]*value="([^"]*)"', html)
        assert values == ["", "yes", "no", "not_sure"]


def test_each_question_starts_with_a_hidden_no_answer_radio(client: FlaskClient) -> None:
    """The first radio of a question stands for no answer, hidden where HTML's hidden is read."""
    html = client.get("/").get_data(as_text=True)
    for question_id in SIGNAL_IDS:
        assert (
            f'<div class="radio" hidden><input id="{question_id}-none" name="{question_id}"'
            f' type="radio" value=""><label for="{question_id}-none">No answer yet</label></div>'
        ) in html
    assert 'name="pronoun" type="radio" value=""' not in html


#: What a browser that ticks each group's first radio sends for questions left untouched.
UNTOUCHED = ""


@pytest.mark.parametrize(
    ("form", "missing"),
    [
        (dict.fromkeys(SIGNAL_IDS, UNTOUCHED), SIGNAL_IDS),
        (answers("no", safety_concern=UNTOUCHED), ["safety_concern"]),
        (answers("yes", safety_concern="no", he_has_changed=UNTOUCHED), ["he_has_changed"]),
        (answers("no") | {"broken_plans": UNTOUCHED, "pronoun": "they"}, ["broken_plans"]),
    ],
)
def test_an_untouched_question_is_unanswered_never_judged(
    client: FlaskClient, form: dict[str, str], missing: list[str]
) -> None:
    """The empty "no answer" radio is an error to fix, never a verdict or the support page."""
    response = submit(client, form)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Location" not in response.headers
    assert "There is a problem" in html and "Your safety comes first" not in html
    assert re.findall(r'id="([a-z_]+)-error"', html) == missing


def test_use_these_words_keeps_an_untouched_question_unanswered(client: FlaskClient) -> None:
    """Rewording turns no phantom answer into a real one: untouched questions stay unchosen."""
    form = dict.fromkeys(SIGNAL_IDS, UNTOUCHED) | {"broken_plans": "no", "pronoun": "she"}
    html = submit(client, form | {"reword": "1"}).get_data(as_text=True)
    assert checked(html) == {"broken_plans": "no"}
    assert "There is a problem" not in html


def test_the_safety_question_comes_first_with_its_list_and_why(client: FlaskClient) -> None:
    """The first question asks about safety, worded for "your ex", as a short list."""
    html = client.get("/").get_data(as_text=True)
    first = html.split('<div class="question')[2]
    assert (
        "We ask everyone this first, because for some people this is bigger than one text." in html
    )
    assert 'name="safety_concern"' in first and "Question 1 of 13" in first
    assert first.count("<li>") == 4


def test_nothing_is_pre_selected(client: FlaskClient) -> None:
    """A new questionnaire has no answer chosen; the wording starts as the essays' "he"."""
    html = client.get("/").get_data(as_text=True)
    assert checked(html) == {}
    assert checked(html, names={"pronoun"}) == {"pronoun": "he"}


def test_a_complete_answer_set_redirects_to_its_result(client: FlaskClient) -> None:
    """A valid POST answers 303 to the result at its share code."""
    response = submit(client, answers("no"))
    assert response.status_code == 303
    assert response.headers["Location"] == "/r/32hnnnnnnnnnnnnn"


def test_a_yes_to_safety_shows_support_whatever_else_was_answered(client: FlaskClient) -> None:
    """With safety Yes, nothing else needs an answer, and no link is made."""
    response = submit(client, {"safety_concern": "yes", "broken_plans": "no"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Location" not in response.headers
    assert "<h1>Your safety comes first.</h1>" in html
    assert "/r/" not in html and "There is a problem" not in html


def test_missing_answers_show_the_error_summary_and_keep_every_choice(
    client: FlaskClient,
) -> None:
    """A partial POST re-renders with errors, and every answer given still chosen."""
    given = {"broken_plans": "yes", "ready_excuses": "not_sure", "he_has_changed": "no"}
    response = submit(client, given)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert checked(html) == given
    missing = [s for s in SIGNAL_IDS if s not in given]
    for signal_id in missing:
        assert f'href="#{signal_id}-0"' in html
        assert f'id="{signal_id}-error"' in html
    assert html.count('class="error-message"') == len(missing)


def test_error_summary_links_name_each_question_by_number(client: FlaskClient) -> None:
    """Each summary link says which question needs an answer."""
    html = submit(client, answers(followed_through="")).get_data(as_text=True)
    assert 'href="#followed_through-0">Question 2: Choose Yes, No or Not sure</a>' in html


def test_an_invalid_value_is_an_error_not_a_crash(client: FlaskClient) -> None:
    """A tampered value gets the same clear message; the other answers stay chosen."""
    form = answers("yes", safety_concern="no", broken_plans="maybe")
    html = submit(client, form).get_data(as_text=True)
    assert 'id="broken_plans-error"' in html
    kept = {k: v for k, v in form.items() if k != "broken_plans"}
    assert checked(html) == kept


def test_errors_are_tied_to_their_question_for_screen_readers(client: FlaskClient) -> None:
    """The fieldset of a question in error is described by its error message."""
    html = submit(client, {}).get_data(as_text=True)
    assert 'aria-describedby="followed_through-hint followed_through-error"' in html
    assert 'aria-describedby="arrived_while_healing-error"' in html


def test_change_link_prefills_every_answer(client: FlaskClient) -> None:
    """Opening the questionnaire from a result's code fills in all its answers."""
    html = client.get("/?answers=32snynuuuuuuuuuy").get_data(as_text=True)
    assert checked(html) == answers(
        safety_concern="no", followed_through="yes", broken_plans="no", he_has_changed="yes"
    )
    assert "There is a problem" not in html
    assert checked(html, names={"pronoun"}) == {"pronoun": "she"}


def test_an_old_edition_link_starts_todays_questions_afresh(client: FlaskClient) -> None:
    """Old answers meant other questions: the form starts empty and says why."""
    html = client.get("/?answers=21synuuuuuuuuuy").get_data(as_text=True)
    assert "Our questions have changed since that link was made" in html
    assert checked(html) == {}


@pytest.mark.parametrize("bad", ["", "nonsense", "1yyy", "2" * 13])
def test_an_unreadable_prefill_says_so_and_starts_empty(client: FlaskClient, bad: str) -> None:
    """A broken Change link never crashes: it explains, and the questions start empty."""
    response = client.get("/", query_string={"answers": bad})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "We could not read the answers in that link" in html
    assert checked(html) == {}


def test_each_question_can_be_linked_to_by_its_number(client: FlaskClient) -> None:
    """Question n sits at #qn, where the result page's Change links point, with its answers."""
    questions = client.get("/").get_data(as_text=True).split('<div class="question')[2:]
    assert len(questions) == len(CURRENT.ids)
    for number, (question_id, question) in enumerate(zip(CURRENT.ids, questions, strict=True), 1):
        assert f'id="q{number}"' in question
        assert f'name="{question_id}"' in question


@pytest.mark.parametrize("body", ["0", "[]", '"yes"', "{}", '{"broken_plans": "yes"}', "nul"])
def test_a_json_body_is_not_taken_for_the_form(client: FlaskClient, body: str) -> None:
    """Posting JSON to the page gets the page back with its errors, never a crash."""
    response = client.post("/", data=body, content_type="application/json")
    assert response.status_code == 200
    assert "There is a problem" in response.get_data(as_text=True)
