"""How we decide: made from the catalogue and rule table the app runs, linked from every page."""

from __future__ import annotations

import html as html_lib

import pytest
from flask.testing import FlaskClient

from decision import RULEBOOK, SIGNALS, SOURCES, VERDICTS, Pronoun


@pytest.fixture
def page(client: FlaskClient) -> str:
    """The How we decide page, entities decoded."""
    response = client.get("/how-we-decide")
    assert response.status_code == 200
    return html_lib.unescape(response.get_data(as_text=True))


def test_it_states_every_rule_in_order(page: str) -> None:
    """The rules appear in the table's order, in plain words, with their version."""
    positions = [page.index(Pronoun.HE.fill(rule.summary)) for rule in RULEBOOK.rules]
    assert positions == sorted(positions)
    assert f"This is version {RULEBOOK.version} of our rules." in page


def test_it_lists_every_signal_with_its_kind_and_citations(page: str) -> None:
    """Each question, what a Yes (or No) counts as, and every quote behind it."""
    for signal in SIGNALS:
        assert Pronoun.HE.fill(signal.question) in page
        for citation in signal.citations:
            assert f"“{citation.quote}”" in page
    assert page.count("A Yes is a strong warning sign.") == 5
    assert page.count("A Yes is a warning sign.") == 5
    assert "A Yes counts in his favour. A No is a warning sign." in page


def test_it_cites_what_each_verdict_rests_on(page: str) -> None:
    """Each verdict's own passages are shown."""
    for verdict in VERDICTS.values():
        for citation in verdict.citations:
            assert f"“{citation.quote}”" in page


def test_it_gives_a_fair_account_of_each_essay(page: str) -> None:
    """What each essay argues, and that both generalise about men and women."""
    for source in SOURCES.values():
        assert f"<cite>{source.title}</cite>" in page
        assert source.argues in page
    assert "They make broad claims about how men and women act." in page


@pytest.mark.parametrize(
    "path", ["/", "/r/21huuuuuuuuuuuu", "/how-we-decide", "/no-such-page", "/r/bad"]
)
def test_every_page_footer_links_to_it(client: FlaskClient, path: str) -> None:
    """The footer of every page links to How we decide."""
    assert 'href="/how-we-decide">How we decide</a>' in client.get(path).get_data(as_text=True)
