"""How we decide: made from the edition the app runs, saying plainly what is our own reading."""

from __future__ import annotations

import html as html_lib

import pytest
from flask.testing import FlaskClient

from decision import CURRENT, SOURCES, Pronoun, support, wording


@pytest.fixture
def page(client: FlaskClient) -> str:
    """The How we decide page, entities decoded."""
    response = client.get("/how-we-decide")
    assert response.status_code == 200
    return html_lib.unescape(response.get_data(as_text=True))


def test_it_states_every_rule_in_order(page: str) -> None:
    """The rules appear in the table's order, in plain words, with the edition."""
    positions = [page.index(Pronoun.HE.fill(wording.RULE_SUMMARIES[r.id])) for r in CURRENT.rules]
    assert positions == sorted(positions)
    assert f"This is edition {CURRENT.number} of our questions and rules." in page


def test_it_lists_every_question_as_the_edition_asks_it(page: str) -> None:
    """Each question is shown from the edition itself, so rewording it changes this page too."""
    for number, question in enumerate(CURRENT.questions, start=1):
        assert f"{number}. {Pronoun.HE.fill(question.text)}" in page


def test_it_says_what_backs_each_answer(page: str) -> None:
    """Each answer that counts, with its passages or the line saying it is our own."""
    assert page.count("A Yes is a strong warning sign.") == 6
    assert page.count("A Yes is a warning sign.") == 4
    assert page.count("A No is a warning sign.") == 2
    for question in CURRENT.questions:
        for answer in question.counts:
            for citation in CURRENT.backing(question.id, answer):
                assert f"“{citation.quote}”" in page
    assert "This is our own test: neither essay treats change as a reason to reply." in page


def test_it_says_which_parts_are_our_own_reading(page: str) -> None:
    """Read alone, both essays say to let go; the middle verdicts and weights are ours."""
    for line in wording.OUR_READING:
        assert line in page


def test_it_gives_a_fair_account_of_each_essay(page: str) -> None:
    """What each essay argues, and that both generalise about men and women."""
    for source in SOURCES.values():
        assert f"<cite>{source.title}</cite>" in page
        assert wording.SOURCE_SUMMARIES[source.id] in page
    assert "unless they have truly changed" not in page
    assert "They make broad claims about how men and women act." in page


def test_it_lists_the_helplines_with_when_they_were_checked(page: str) -> None:
    """The safety line, every helpline, and the month the numbers were last checked."""
    assert wording.SAFETY_LINE in page
    assert f"These helplines were last checked in {support.CHECKED}." in page
    for line in support.HELPLINES:
        assert f'<a href="{line.link}">{line.number}</a>' in page


def test_it_says_how_to_keep_this_private(page: str) -> None:
    """Two sentences on private windows and clearing history."""
    for line in wording.PRIVATE_WINDOW:
        assert line in page


@pytest.mark.parametrize(
    "path", ["/", "/r/32huuuuuuuuuuuuu", "/how-we-decide", "/support", "/no-such-page", "/r/bad"]
)
def test_every_page_footer_links_to_it(client: FlaskClient, path: str) -> None:
    """The footer of every page links to How we decide."""
    assert 'href="/how-we-decide">How we decide</a>' in client.get(path).get_data(as_text=True)
