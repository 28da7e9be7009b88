"""The whole journey with a keyboard alone: no clicks, no taps."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision import CURRENT, VerdictId

from .steps import FOR_VERDICT, OPTION_INDEX, answer_all, checked, choose, focused, h1, headline

#: More presses than any page here has stops; reaching it means focus is stuck or lost.
MOST_TABS = 80


def tab_to(page: Page, test: str) -> None:
    """Press Tab until the focused element passes ``test`` (a JavaScript predicate)."""
    for _ in range(MOST_TABS):
        page.keyboard.press("Tab")
        if focused(page, test):
            return
    raise AssertionError(f"Tab never reached an element where {test}")


def answer_by_keyboard(page: Page, signal_id: str, answer: str) -> None:
    """Tab into a question and pick an answer with the arrow keys (Space for the first)."""
    tab_to(page, f"e => e.name === {signal_id!r}")
    if answer == "yes":
        page.keyboard.press("Space")
    for _ in range(OPTION_INDEX[answer]):
        page.keyboard.press("ArrowRight")


def press_on(page: Page, test: str) -> None:
    """Tab to an element and press Enter on it, waiting for the page that follows."""
    tab_to(page, test)
    with page.expect_navigation():
        page.keyboard.press("Enter")


SUBMIT = "e => e.textContent === 'See our reading'"


def test_the_whole_journey_works_with_the_keyboard_alone(page: Page) -> None:
    """Answer, fail, recover, get a verdict and change an answer, all from the keyboard."""
    page.goto("/")
    answer_by_keyboard(page, "broken_plans", "no")
    press_on(page, SUBMIT)

    # Focus starts on the error summary; its first link leads to question 1's answers.
    assert focused(page, "e => e.dataset.errorSummary !== undefined") is True
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert focused(page, "e => e.id") == "safety_concern-0"

    wanted = dict.fromkeys(CURRENT.ids, "no") | {"followed_through": "yes"}
    page.keyboard.press("ArrowRight")  # the safety question: No
    for question in CURRENT.ids[1:]:
        if question != "broken_plans":
            answer_by_keyboard(page, question, wanted[question])
    assert checked(page) == {"pronoun": "he"} | wanted
    press_on(page, SUBMIT)
    # One warning (No to "he has changed") is "Not yet".
    assert h1(page) == headline(VerdictId.WAIT)

    # "Your answers" unfolds with Enter; "Change" beside the last answer opens the questions
    # there, and the next Tab is in it.
    tab_to(page, "e => e.textContent === 'Your answers'")
    page.keyboard.press("Enter")
    press_on(page, "e => e.href && e.href.endsWith('#q13')")
    page.keyboard.press("Tab")
    assert focused(page, "e => e.name") == "he_has_changed"
    page.keyboard.press("ArrowLeft")  # from No to Yes
    assert checked(page)["he_has_changed"] == "yes"
    press_on(page, SUBMIT)
    assert h1(page) == headline(VerdictId.YOUR_CALL)


#: The style that marks focus, read from what the person sees: a radio's label, since the
#: radio itself is drawn by its label.
FOCUS_MARK = """e => {
  const shown = e.type === "radio" ? e.labels[0] : e;
  const s = getComputedStyle(shown);
  return (s.outlineStyle !== "none" && s.outlineWidth !== "0px") || s.boxShadow !== "none";
}"""


def test_every_focusable_element_shows_where_focus_is(page: Page) -> None:
    """Each stop of the Tab order on the questions and a result draws an outline or a ring."""
    for path in ("/", "/r/32hnyuuuuuuuuuuu"):
        page.goto(path)
        stops = 0
        while stops < MOST_TABS:
            page.keyboard.press("Tab")
            if focused(page, "e => e === document.body"):
                break
            assert focused(page, FOCUS_MARK) is True, focused(page, "e => e.outerHTML")
            stops += 1
        assert stops > 10, f"only {stops} stops on {path}"


@pytest.mark.parametrize(
    ("given", "heading"),
    [
        (FOR_VERDICT[VerdictId.IGNORE], headline(VerdictId.IGNORE)),
        (FOR_VERDICT[VerdictId.YOUR_CALL], headline(VerdictId.YOUR_CALL)),
    ],
)
def test_enter_on_an_answer_asks_for_the_reading(
    page: Page, given: dict[str, str], heading: str
) -> None:
    """Enter on a chosen answer submits the questions, as "See our reading" does."""
    page.goto("/")
    answer_all(page, given)
    page.focus("#he_has_changed-0:checked, #he_has_changed-1:checked, #he_has_changed-2:checked")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/r/" in page.url
    assert h1(page) == heading


def test_enter_with_gaps_shows_the_problems_and_keeps_the_answers(page: Page) -> None:
    """Enter on the one answer given gets the error summary, not a reworded page."""
    page.goto("/")
    page.get_by_label("She").check()
    choose(page, "broken_plans", "yes")
    page.focus("#broken_plans-0")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    assert checked(page) == {"pronoun": "she", "broken_plans": "yes"}
