"""Safety first: a way to leave fast everywhere, and a support page that names and keeps nothing."""

from __future__ import annotations

import html as html_lib

import pytest
from flask.testing import FlaskClient

from decision import support, wording
from tests.helpers import submit

PAGES = ["/", "/r/32huuuuuuuuuuuuu", "/r/21huyuuuuuuuuuu", "/how-we-decide", "/support", "/r/bad"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_leave_this_page_link(client: FlaskClient, path: str) -> None:
    """Without JavaScript, 'Leave this page' is a plain link to a neutral site."""
    html = client.get(path).get_data(as_text=True)
    assert (
        '<a class="leave" href="https://www.bbc.co.uk/weather" rel="noreferrer" data-leave>'
        "Leave this page</a>"
    ) in html


@pytest.fixture
def safety_page(client: FlaskClient) -> str:
    """The page a Yes to the safety question gives, entities decoded."""
    return html_lib.unescape(submit(client, {"safety_concern": "yes"}).get_data(as_text=True))


def test_the_safety_page_says_it_calmly(safety_page: str) -> None:
    """Not your fault, nothing to decide tonight, a service can help: the brief's words."""
    for line in wording.SAFETY_FIRST:
        assert line in safety_page
    assert "This is our own rule. The essays don’t discuss abuse." in safety_page


def test_the_safety_page_gives_emergency_numbers_and_helplines_as_links(safety_page: str) -> None:
    """Every emergency number and helpline can be tapped to call or text."""
    for number, link, _ in support.EMERGENCY:
        assert f'<a href="{link}">{number}</a>' in safety_page
    assert "press 55 when asked" in safety_page
    for line in support.HELPLINES:
        assert f'<a href="{line.link}">{line.number}</a>' in safety_page
    assert 'href="https://findahelpline.com"' in safety_page


def test_the_safety_page_has_no_verdict_link_reminder_or_quote(safety_page: str) -> None:
    """No share link, reminder, In his favour, What would change, or essay quote."""
    for absent in ("/r/", "reminder", "In his favour", "What would change", "<blockquote", "label"):
        assert absent not in safety_page


def test_the_safety_page_lists_the_answers_plainly(safety_page: str) -> None:
    """Its answers are a plain list, question and answer, with no grouping."""
    assert "Has your ex ever done any of these?</dt><dd>Yes</dd>" in safety_page
    assert "Not answered" in safety_page
    assert "warning sign" not in safety_page


def test_the_safety_page_title_names_nothing(safety_page: str) -> None:
    """The title seen in a tab list says nothing about abuse, an ex or a message."""
    assert "<title>Take your time – Should I reply?</title>" in safety_page


def test_the_support_page_stands_alone_without_answers(client: FlaskClient) -> None:
    """/support, linked from every result, carries the help and no answers."""
    text = html_lib.unescape(client.get("/support").get_data(as_text=True))
    assert wording.SAFETY_FIRST[1] in text and wording.SAFETY_FIRST[0] not in text
    assert "Your answers" not in text


@pytest.mark.parametrize("path", ["/", "/support", "/r/32huuuuuuuuuuuuu", "/how-we-decide"])
def test_every_page_is_no_store(client: FlaskClient, path: str) -> None:
    """No page is kept by the browser, so Back cannot show a stored copy."""
    assert client.get(path).headers["Cache-Control"] == "no-store"


def test_the_questionnaire_never_refills_itself(client: FlaskClient) -> None:
    """The form asks the browser not to restore what was chosen, on Back or on reload."""
    assert 'autocomplete="off"' in client.get("/").get_data(as_text=True)
