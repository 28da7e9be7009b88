"""Each result names its rules; old links keep their own verdict and say when today's differs."""

from __future__ import annotations

import functools
import html as html_lib

import pytest
from flask.testing import FlaskClient

from decision import RULEBOOK, RULEBOOKS, Rule, Rulebook, VerdictId, decode, reopen
from decision.rules import RULEBOOK_V1, always

# Version 1 as released: the order of the rules and the verdict each gives. Never edit.
VERSION_1 = [
    ("strong_warning", VerdictId.IGNORE),
    ("two_warnings", VerdictId.IGNORE),
    ("one_warning", VerdictId.WAIT),
    ("actions_shown", VerdictId.YOUR_CALL),
    ("words_only", VerdictId.WAIT),
]

# A stand-in for a future release whose rules say "your call" to everything.
FUTURE = Rulebook(
    version=2,
    rules=(Rule("anything", always, VerdictId.YOUR_CALL, "Anything.", "Anything."),),
)


def test_version_1_is_kept_as_released() -> None:
    """Rulebook 1 stays in the app, rule for rule, for good."""
    assert RULEBOOKS[1] is RULEBOOK_V1
    assert [(rule.id, rule.verdict) for rule in RULEBOOK_V1.rules] == VERSION_1


def test_new_results_use_the_newest_rules() -> None:
    """Today's rulebook is the highest version released."""
    assert RULEBOOK.version == max(RULEBOOKS)


def test_an_old_link_keeps_its_own_verdict_when_the_rules_change() -> None:
    """Reopened under newer rules, a link keeps the verdict its own rules gave."""
    reopened = reopen(decode("1uyuuuuuuuuuu"), current=FUTURE)
    assert reopened.result.verdict.id is VerdictId.IGNORE
    assert reopened.result.rulebook_version == 1
    assert reopened.verdict_today is not None
    assert reopened.verdict_today.id is VerdictId.YOUR_CALL


def test_no_line_when_todays_rules_agree() -> None:
    """When today's rules give the same verdict, nothing extra is said."""
    reopened = reopen(decode("21huuuuuuuuuuuu"))
    assert not reopened.rules_changed


def test_the_page_names_the_rules_version(client: FlaskClient) -> None:
    """Every result page says which version of the rules made it."""
    text = html_lib.unescape(client.get("/r/21huuuuuuuuuuuu").get_data(as_text=True))
    assert "Made with version 1 of" in text
    assert "Our rules have changed" not in text


def test_the_page_adds_a_line_when_todays_rules_differ(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old link shows its own verdict, and a line with what today's rules say."""
    import web.pages

    monkeypatch.setattr(web.pages, "reopen", functools.partial(reopen, current=FUTURE))
    text = html_lib.unescape(client.get("/r/1uyuuuuuuuuuu").get_data(as_text=True))
    assert "<h1>Don’t reply.</h1>" in text
    assert "Today they would say: <strong>It’s your call.</strong>" in text


def test_a_code_naming_an_unreleased_rulebook_is_not_found(client: FlaskClient) -> None:
    """A code that claims rules never released is refused like any bad code."""
    assert client.get("/r/22huuuuuuuuuuuu").status_code == 404
