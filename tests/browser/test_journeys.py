"""A person's journeys through the app, in a real browser at phone size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from decision import CURRENT, Answer, Pronoun, VerdictId, encode, wording
from tests.browser.steps import DESKTOP
from tests.helpers import answers

from .steps import (
    FOR_VERDICT,
    answer_all,
    checked,
    choose,
    focused,
    h1,
    headline,
    submit,
    unfold,
)


@pytest.mark.parametrize("verdict", list(FOR_VERDICT))
def test_answering_every_question_gives_the_right_verdict(page: Page, verdict: VerdictId) -> None:
    """Answer every question, press the button, and the verdict is the page's heading."""
    page.goto("/")
    answer_all(page, FOR_VERDICT[verdict])
    submit(page)
    assert "/r/" in page.url
    assert h1(page) == headline(verdict)


def test_a_yes_to_safety_gives_support_at_once_and_no_link(page: Page) -> None:
    """Only the first question answered, Yes: the support page, with nothing in the address."""
    page.goto("/")
    choose(page, "safety_concern", "yes")
    submit(page)
    assert h1(page) == wording.HEADLINES[VerdictId.SAFETY_FIRST]
    assert "/r/" not in page.url and "answers" not in page.url
    expect(page.get_by_role("link", name="0808 2000 247")).to_have_attribute(
        "href", "tel:+448082000247"
    )
    expect(page.get_by_label("Link to this result")).to_have_count(0)


def test_a_missing_answer_is_recovered_without_losing_anything(page: Page) -> None:
    """Submit with gaps: the summary names them, every choice stays, and fixing them works."""
    page.goto("/")
    given = {
        "safety_concern": "no",
        "broken_plans": "no",
        "ready_excuses": "yes",
        "moved_on_fast": "not_sure",
    }
    for signal_id, answer in given.items():
        choose(page, signal_id, answer)
    submit(page)

    assert page.title().startswith("Error: ")
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    assert summary.get_by_role("link").count() == len(CURRENT.ids) - len(given)
    assert checked(page) == {"pronoun": "he"} | given

    answer_all(page, given, default="no")
    submit(page)
    assert h1(page) == headline(VerdictId.IGNORE)


def test_the_error_summary_takes_focus_and_leads_to_the_question(page: Page) -> None:
    """After a failed submit focus is on the summary; its link focuses that question's answer."""
    page.goto("/")
    submit(page)
    assert focused(page, "e => e.dataset.errorSummary !== undefined") is True

    page.get_by_role("link", name="Question 4: Choose Yes, No or Not sure").click()
    assert focused(page, "e => e.id") == "ready_excuses-0"


def test_a_change_link_opens_the_questions_filled_in_and_the_new_verdict_follows(
    page: Page,
) -> None:
    """From the result, change one answer: everything else is kept and the verdict moves."""
    given = answers(safety_concern="no", broken_plans="yes", followed_through="yes")
    page.goto("/")
    answer_all(page, given)
    submit(page)
    assert h1(page) == headline(VerdictId.IGNORE)

    unfold(page, "Your answers")
    page.get_by_role("link", name="Change Since you broke up, has he said he’d see you").click()
    page.wait_for_load_state()
    assert page.url.endswith("#q3")
    assert checked(page) == {"pronoun": "he"} | given

    choose(page, "broken_plans", "no")
    submit(page)
    assert h1(page) == headline(VerdictId.WAIT)
    expect(page.locator("#why")).to_be_visible()


def test_what_would_change_links_to_the_questions_with_that_answer_changed(page: Page) -> None:
    """A "What would change this" link fills in the questions with that one answer changed."""
    booked = {"safety_concern": Answer.NO, "followed_through": Answer.YES}
    page.goto("/r/" + encode(booked))
    assert h1(page) == headline(VerdictId.WAIT)
    unfold(page, "What would change this")
    page.get_by_role("link", name="If what he does shows that his part").click()
    page.wait_for_load_state()
    assert checked(page) == {"pronoun": "he"} | answers(
        safety_concern="no", followed_through="yes", he_has_changed="yes"
    )
    submit(page)
    assert h1(page) == headline(VerdictId.YOUR_CALL)


def test_the_share_link_shows_the_same_result_in_a_fresh_browser(
    page: Page, new_context: Callable[..., BrowserContext]
) -> None:
    """The link in the share box opens the same verdict and reasons for someone else."""
    page.goto("/")
    answer_all(page, {"moved_on_fast": "yes", "followed_through": "yes"})
    submit(page)
    assert h1(page) == headline(VerdictId.IGNORE)
    link = page.get_by_label("Link to this result").input_value()
    assert link == page.url

    friend = new_context(viewport=DESKTOP).new_page()
    friend.goto(link)
    assert h1(friend) == h1(page)
    assert friend.locator("main").inner_text() == page.locator("main").inner_text()


def test_choosing_they_rewords_the_questions_and_keeps_the_answers(page: Page) -> None:
    """ "Use these words" rewords every question and keeps every answer already given."""
    page.goto("/")
    choose(page, "broken_plans", "yes")
    page.get_by_label("They").check()
    page.get_by_role("button", name="Use these words").click()
    page.wait_for_load_state()

    followed = CURRENT.question("followed_through").text
    expect(page.locator("legend").nth(2)).to_contain_text(Pronoun.THEY.fill(followed))
    assert checked(page) == {"pronoun": "they", "broken_plans": "yes"}
    answer_all(page, {"broken_plans": "yes"})
    submit(page)
    assert h1(page) == headline(VerdictId.IGNORE, Pronoun.THEY)
    expect(page.locator(".safety")).to_contain_text(wording.SAFETY_LINE)
