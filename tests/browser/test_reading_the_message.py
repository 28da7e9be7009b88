"""Reading his message in a real browser, with JavaScript on and off, then getting a result."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from decision import CURRENT

from .steps import checked, choose, read, submit

MESSAGE = (
    "Zanzibar quokka here. I have changed. Do you miss me?\n"
    "Are you free Saturday at 7 at the Crown?"
)


@pytest.mark.parametrize("which", ["page", "no_js_page"], ids=["javascript", "no-javascript"])
def test_read_his_message_then_get_a_result_without_it(
    request: pytest.FixtureRequest, which: str
) -> None:
    """Suggestions come back ticked and marked, a choice is kept; the result holds none of it."""
    page: Page = request.getfixturevalue(which)
    page.goto("/")
    choose(page, "fishing_for_praise", "no")
    read(page, MESSAGE)

    assert checked(page) == {
        "pronoun": "he",
        "fishing_for_praise": "no",
        "followed_through": "yes",
    }
    plan = page.locator("fieldset", has=page.locator("#followed_through-0"))
    expect(plan).to_have_accessible_description(re.compile("Suggested from his message"))
    expect(plan.locator("mark")).to_have_text("Saturday at 7 at the Crown")
    expect(page.locator("#he_has_changed-note mark")).to_have_text("I have changed")
    expect(page.get_by_role("status")).to_have_text(re.compile("Change anything that is wrong"))
    expect(page.get_by_label("Paste his message (optional)")).to_have_value(MESSAGE)

    for question in CURRENT.ids:
        if question not in checked(page):
            choose(page, question, "no" if question == "safety_concern" else "not_sure")
    submit(page)

    assert re.fullmatch(r"http://127\.0\.0\.1:[0-9]+/r/[0-9a-z]+", page.url)
    assert page.get_by_label("Link to this result").input_value() == page.url
    assert "quokka" not in page.content()


def test_a_message_too_long_keeps_the_text_and_says_the_limit(page: Page) -> None:
    """Past 2,000 characters: the error summary has focus, and the text waits to be shortened."""
    page.goto("/")
    choose(page, "broken_plans", "yes")
    read(page, "I miss you. " * 200)
    expect(page.get_by_role("alert")).to_contain_text("We can read up to 2,000")
    expect(page.get_by_role("alert")).to_be_focused()
    page.get_by_role("link", name=re.compile("We can read up to 2,000")).click()
    expect(page.get_by_label("Paste his message (optional)")).to_be_focused()
    assert checked(page) == {"pronoun": "he", "broken_plans": "yes"}
