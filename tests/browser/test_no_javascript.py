"""Everything works with JavaScript off; the script only adds to what is there."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from decision import VerdictId
from tests.browser.steps import NEUTRAL_SITE

from .steps import answer_all, checked, choose, h1, headline, submit, unfold


def test_the_whole_journey_works_without_javascript(no_js_page: Page) -> None:
    """Fail, recover, get a verdict, change an answer and share the link, with no script."""
    page = no_js_page
    page.goto("/")
    choose(page, "moved_on_fast", "yes")
    submit(page)
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    assert checked(page) == {"pronoun": "he", "moved_on_fast": "yes"}

    answer_all(page, {"moved_on_fast": "yes"})
    submit(page)
    assert h1(page) == headline(VerdictId.IGNORE)
    assert page.get_by_label("Link to this result").input_value() == page.url

    unfold(page, "Your answers")
    page.get_by_role("link", name="Change After you broke up, did he start seeing").click()
    choose(page, "moved_on_fast", "no")
    submit(page)
    assert h1(page) == headline(VerdictId.WAIT)


def test_without_javascript_there_are_no_buttons_that_need_it(no_js_page: Page) -> None:
    """Copy and Share appear only where the script runs; every button left submits a form."""
    no_js_page.goto("/r/32hnyuuuuuuuuuuu")
    expect(no_js_page.get_by_label("Link to this result")).to_be_visible()
    for name in ("Copy link", "Share"):
        expect(no_js_page.get_by_role("button", name=name)).to_have_count(0)
    buttons = no_js_page.eval_on_selector_all(
        "button", "all => all.map(b => b.type === 'submit' && b.form !== null)"
    )
    assert buttons == [True]


def test_leave_this_page_is_a_plain_link_without_javascript(no_js_page: Page) -> None:
    """ "Leave this page" still goes straight to the neutral site."""
    no_js_page.goto("/r/32hnyuuuuuuuuuuu")
    no_js_page.get_by_role("link", name="Leave this page").click()
    no_js_page.wait_for_url(NEUTRAL_SITE)
