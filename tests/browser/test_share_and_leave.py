"""The little the script adds: copy and share the link, and leave the page fast."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.steps import NEUTRAL_SITE, answer_all, choose, submit

RESULT = "/r/32hnyuuuuuuuuuuu"

#: Stands in for a phone's share sheet, which headless Chromium does not have.
FAKE_SHARE_SHEET = "navigator.share = async (data) => { window.sharedWith = data; };"


def test_copy_link_copies_it_and_says_so_to_a_screen_reader(
    new_context: Callable[..., BrowserContext],
) -> None:
    """ "Copy link" puts the share link on the clipboard and announces it in a status."""
    context = new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(RESULT)
    page.get_by_role("button", name="Copy link").click()

    status = page.get_by_role("status")
    expect(status).to_have_text("Link copied. You can paste it into a message or a note.")
    # Paste it back, as a person would: the app's Permissions-Policy lets no page read it.
    page.evaluate("() => document.body.append(document.createElement('textarea'))")
    page.focus("textarea")
    page.keyboard.press("ControlOrMeta+V")
    assert page.input_value("textarea") == page.url


def test_where_copying_is_refused_the_link_is_selected_instead(page: Page) -> None:
    """Without clipboard permission the link is selected, and the status says what to do."""
    page.goto(RESULT)
    page.evaluate("() => { navigator.clipboard.writeText = async () => { throw new Error(); }; }")
    page.get_by_role("button", name="Copy link").click()

    expect(page.get_by_role("status")).to_have_text(
        "The link is selected. Copy it from the box above."
    )
    assert page.evaluate("document.getSelection().toString() || document.activeElement.value")


def test_share_hands_the_link_to_the_system_share_sheet_where_there_is_one(page: Page) -> None:
    """On a phone with a share sheet, "Share" offers the result's link to it."""
    page.add_init_script(FAKE_SHARE_SHEET)
    page.goto(RESULT)
    page.get_by_role("button", name="Share").click()
    assert page.evaluate("window.sharedWith") == {"url": page.url}


def test_there_is_no_share_button_without_a_share_sheet(page: Page) -> None:
    """Where the browser has no share sheet, only "Copy link" is offered."""
    page.goto(RESULT)
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()
    expect(page.get_by_role("button", name="Share")).to_have_count(0)


def test_leave_this_page_goes_at_once_and_is_not_left_in_the_back_button(page: Page) -> None:
    """ "Leave this page" replaces this page with a neutral site, so Back does not return here."""
    page.goto(RESULT)
    page.get_by_role("link", name="Leave this page").click()
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert page.url == "about:blank"


def shows_answers_or_a_result(page: Page) -> bool:
    """Whether the page in view shows a checked answer or a verdict to a person."""
    return bool(
        page.evaluate(
            """() => !document.documentElement.hidden && !document.body?.hidden &&
            (document.querySelector("input[type=radio]:checked:not([name=pronoun])") !== null
             || document.querySelector(".verdict") !== null)"""
        )
    )


def test_after_leaving_back_shows_neither_answers_nor_a_result(page: Page) -> None:
    """Answer, see the result, leave: Back never shows the answers or the result again."""
    page.goto("/")
    answer_all(page, {"safety_concern": "no", "followed_through": "yes"})
    submit(page)
    assert "/r/" in page.url
    page.get_by_role("link", name="Leave this page").click()
    page.wait_for_url(NEUTRAL_SITE)
    for _ in range(3):
        page.go_back()
        page.wait_for_load_state()
        assert not shows_answers_or_a_result(page), page.url


def test_after_shift_three_times_back_does_not_refill_the_questions(page: Page) -> None:
    """Half-answered, Shift three times, then Back: the questions are not shown filled in."""
    page.goto("/how-we-decide")
    page.goto("/")
    choose(page, "safety_concern", "no")
    choose(page, "broken_plans", "yes")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    page.wait_for_load_state()
    assert not shows_answers_or_a_result(page), page.url


def test_coming_back_on_purpose_after_leaving_works(page: Page) -> None:
    """Leaving does not lock the app: opening it afresh later shows it as usual."""
    page.goto(RESULT)
    page.get_by_role("link", name="Leave this page").click()
    page.wait_for_url(NEUTRAL_SITE)
    page.goto("/")
    expect(page.locator("h1")).to_be_visible()


def test_the_reminder_counts_from_the_persons_own_day(
    new_context: Callable[..., BrowserContext],
) -> None:
    """Where it is already tomorrow for the person, the reminder's first day is theirs."""
    page = new_context(timezone_id="Pacific/Kiritimati").new_page()
    page.goto(RESULT)
    own_day = page.evaluate(
        "() => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000)"
        ".toISOString().slice(0, 10); }"
    )
    expect(page.get_by_label("Count two weeks from")).to_have_value(own_day)


def test_pressing_shift_three_times_leaves_the_page(page: Page) -> None:
    """Shift, pressed three times in a row, does what "Leave this page" does."""
    page.goto("/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL_SITE)


def test_shift_while_typing_capitals_does_not_leave(page: Page) -> None:
    """Shift used with other keys is typing, not a request to leave."""
    page.goto(RESULT)
    page.get_by_label("Link to this result").focus()
    for _ in range(3):
        page.keyboard.press("Shift+A")
    # Leaving hides the page first, in the same key event, so this would already be true.
    assert page.evaluate("document.body.hidden") is False
    assert "/r/" in page.url
