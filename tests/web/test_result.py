"""The result page: the verdict, why, both sides, your answers, and a link to keep."""

from __future__ import annotations

import html as html_lib

import pytest
from flask.testing import FlaskClient

from decision import SIGNALS, VERDICTS, Pronoun, VerdictId
from tests.helpers import answers, open_result


def page(client: FlaskClient, **given: str) -> str:
    """The text of the result page for these answers (others Not sure)."""
    return html_lib.unescape(open_result(client, answers(**given)).get_data(as_text=True))


@pytest.mark.parametrize(
    ("given", "verdict"),
    [
        ({"broken_plans": "yes"}, VerdictId.IGNORE),
        ({"ready_excuses": "yes"}, VerdictId.WAIT),
        ({"followed_through": "yes", "he_has_changed": "yes"}, VerdictId.YOUR_CALL),
    ],
)
def test_the_verdict_is_the_heading(
    client: FlaskClient, given: dict[str, str], verdict: VerdictId
) -> None:
    """The page's h1 is the verdict's headline."""
    headline = Pronoun.HE.fill(VERDICTS[verdict].headline)
    assert f"<h1>{headline}</h1>" in page(client, **given)


def test_each_reason_is_shown_with_its_quotes_and_sources(client: FlaskClient) -> None:
    """Why: each counted answer, its quote in quotation marks, the essay and paragraph."""
    text = page(client, broken_plans="yes", ready_excuses="yes")
    for signal_id in ("broken_plans", "ready_excuses"):
        signal = next(s for s in SIGNALS if s.id == signal_id)
        assert Pronoun.HE.fill(signal.yes_means) in text
        for citation in signal.citations:
            assert f"“{citation.quote}”" in text
            assert (
                f"<cite>{citation.source.short_title}</cite>, paragraph {citation.paragraph}"
                in text
            )


def test_in_his_favour_is_shown_beside_the_warnings(client: FlaskClient) -> None:
    """Answers in his favour get their own section, even under Don't reply."""
    text = page(client, moved_on_fast="yes", followed_through="yes")
    assert "Don’t reply." in text
    assert '<h2 id="in-his-favour">In his favour</h2>' in text
    assert "He has made a real plan to meet you, and kept to it." in text


def test_a_result_with_no_counted_answer_still_cites_the_essays(client: FlaskClient) -> None:
    """All Not sure still gives the essays' own test, quoted."""
    text = page(client)
    for citation in VERDICTS[VerdictId.WAIT].citations:
        assert f"“{citation.quote}”" in text
    assert 'id="why"' not in text


def test_your_answers_lists_every_question_with_a_change_link(client: FlaskClient) -> None:
    """Each answer has a Change link to the questionnaire, filled in, at that question."""
    text = page(client, broken_plans="no")
    for number in range(1, len(SIGNALS) + 1):
        assert f'href="/?answers=21hunuuuuuuuuuu#q{number}">Change' in text
    assert 'href="/">Start again</a>' in text


def test_share_link_is_absolute_and_says_what_it_reveals(client: FlaskClient) -> None:
    """The share link can be copied whole, and the page says it carries the answers."""
    text = page(client)
    assert 'value="http://localhost/r/21huuuuuuuuuuuu" readonly' in text
    assert "Anyone who opens this link will see your answers." in text


def test_the_page_says_it_is_opinion_not_professional_help(client: FlaskClient) -> None:
    """A plain note: opinion essays, no substitute for professional help."""
    text = page(client)
    assert "opinion essays" in text
    assert "no substitute for professional help" in text


def test_a_share_link_opens_the_same_result_in_a_new_client(app: object) -> None:
    """Another browser, with nothing in common but the link, sees the same page."""
    first, second = app.test_client(), app.test_client()  # type: ignore[attr-defined]
    location = first.post("/", data=answers("no")).headers["Location"]
    assert first.get(location).data == second.get(location).data


def test_result_pages_are_not_indexed(client: FlaskClient) -> None:
    """Search engines are asked not to index anyone's result."""
    assert '<meta name="robots" content="noindex">' in page(client)


@pytest.mark.parametrize("code", ["21hyyuuuuuuuuuu", "21snnnnnnnnnnnn", "1yuuuuuuuuuuy"])
def test_a_link_preview_says_nothing_about_the_answers(client: FlaskClient, code: str) -> None:
    """Every result has the same title and description, and asks not to be indexed."""
    text = client.get(f"/r/{code}").get_data(as_text=True)
    assert "<title>A second opinion – Should I reply?</title>" in text
    assert (
        '<meta name="description" content="A second opinion on an “I miss you” message,'
        ' with the reasons behind it.">'
    ) in text
    assert '<meta name="robots" content="noindex">' in text
