"""How the pages look and fit: phone widths, type size, targets, motion, print."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page

from tests.browser.steps import DESKTOP, PHONE, SCREENSHOTS, screenshot

from .steps import CODE_FOR_VERDICT, LONGEST_RESULTS, PAGES

#: Elements wider than the viewport, by their start tag.
TOO_WIDE = """() => [...document.querySelectorAll("body *")]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
  .map(e => e.outerHTML.slice(0, 80))"""

#: Elements with text of their own set smaller than 16px.
SMALL_TEXT = """() => [...document.querySelectorAll("body *")]
  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
  .filter(e => e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < 16)
  .map(e => e.outerHTML.slice(0, 80))"""

#: Everything a finger can press, with its height: the lowest line of a link that wraps, and
#: for a radio, its label, which is what is pressed.
TARGETS = """() => [...document.querySelectorAll("a, button, input:not([type=radio]), .radio *")]
  .filter(e => e.getClientRects().length && e !== document.querySelector(".skip-link"))
  .map(e => [e.outerHTML.slice(0, 80), Math.min(...[...e.getClientRects()].map(r => r.height))])"""


@pytest.mark.parametrize("width", [320, 360, 400])
@pytest.mark.parametrize("name", PAGES)
def test_no_page_scrolls_sideways_on_a_phone(
    new_context: Callable[..., BrowserContext], name: str, width: int
) -> None:
    """At phone widths nothing on the page is wider than the screen."""
    page = new_context(viewport={"width": width, "height": 640}).new_page()
    PAGES[name](page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(TOO_WIDE) == []


@pytest.mark.parametrize("name", PAGES)
def test_text_is_at_least_16px_and_targets_at_least_44px_high(page: Page, name: str) -> None:
    """Body text is 16px or more; every link, button, field and answer is 44px high or more."""
    PAGES[name](page)
    assert page.evaluate(SMALL_TEXT) == []
    assert [(tag, height) for tag, height in page.evaluate(TARGETS) if height < 44] == []


@pytest.mark.parametrize(
    ("motion", "scroll", "transition"),
    [
        ("no-preference", "smooth", "0.2s"),
        ("reduce", "auto", "0s"),
    ],
)
def test_motion_is_kept_for_those_who_have_not_asked_for_less(
    new_context: Callable[..., BrowserContext], motion: str, scroll: str, transition: str
) -> None:
    """Smooth scrolling and fades happen only without prefers-reduced-motion."""
    page = new_context(reduced_motion=motion).new_page()
    page.goto("/")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == scroll
    duration = "getComputedStyle(document.querySelector('.button')).transitionDuration"
    assert page.evaluate(duration).split(",")[0] == transition


def test_a_printed_result_has_the_verdict_reasons_quotes_and_link_and_no_buttons(
    page: Page,
) -> None:
    """The print stylesheet keeps what matters on paper, folded lists unfolded, and no buttons."""
    page.goto(LONGEST_RESULTS["not-yet-most-reasons-not-sure-of-safety"])
    page.emulate_media(media="print")
    shown_in_print = ("h1", "#why", ".more li", "blockquote", "#share-link", ".changes a")
    for shown in (*shown_in_print, "#your-answers dt"):
        assert page.locator(shown).first.is_visible(), shown
    for hidden in (".site-header", "footer", ".button", "button", ".summary a"):
        assert page.locator(hidden).first.is_hidden(), hidden
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=SCREENSHOTS / "result-printed.pdf")


@pytest.mark.parametrize("name", PAGES)
def test_every_page_is_pictured_at_phone_and_desktop_width(
    new_context: Callable[..., BrowserContext], name: str
) -> None:
    """Screenshots go to test-artifacts/screenshots; each shows the page's own heading."""
    for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page = new_context(viewport=viewport).new_page()
        PAGES[name](page)
        assert page.locator("h1").is_visible()
        screenshot(page, f"{name}-{size}")
        assert (SCREENSHOTS / f"{name}-{size}.png").stat().st_size > 10_000


#: Words drawn across two lines: every run of letters in every text node, measured as a range.
BROKEN_WORDS = r"""() => {
  const broken = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode;
    for (const word of node.textContent.matchAll(/[^\s\-–—\/]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].filter(r => r.width).map(r => r.top));
      if (lines.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}"""

#: How much of the screen the site header covers once the page is scrolled a screen down.
HEADER_COVERS = """() => {
  scrollTo({top: innerHeight, behavior: "instant"});
  const box = document.querySelector(".site-header").getBoundingClientRect();
  return Math.max(0, Math.min(innerHeight, box.bottom) - Math.max(0, box.top)) / innerHeight;
}"""


@pytest.fixture
def large_text(new_context: Callable[..., BrowserContext]) -> Page:
    """A 360px-wide phone whose owner has set text to 200% (a 32px default font size)."""
    context = new_context(viewport=PHONE)
    page = context.new_page()
    context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32}})
    return page


@pytest.mark.parametrize("name", PAGES)
def test_text_at_200_percent_fits_a_phone(large_text: Page, name: str) -> None:
    """At 360px with text at 200%: no sideways scrolling, no word cut in two, a small header."""
    PAGES[name](large_text)
    assert large_text.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
    assert large_text.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert large_text.evaluate(TOO_WIDE) == []
    assert large_text.evaluate(BROKEN_WORDS) == []
    assert large_text.evaluate(HEADER_COVERS) <= 0.15


#: Where "what to do" begins on a result, in screens from the top: the reminder for Not yet,
#: else the box to keep or share the result.
WHAT_TO_DO_AT = """() => {
  const heading = document.querySelector(".remind h2, .share h2");
  return (heading.getBoundingClientRect().top + scrollY) / innerHeight;
}"""


@pytest.mark.parametrize("path", [*CODE_FOR_VERDICT.values(), *LONGEST_RESULTS.values()])
def test_verdict_why_and_what_to_do_come_within_three_phone_screens(page: Page, path: str) -> None:
    """Before any folded list, the verdict, why and what to do are reached in three screens."""
    page.goto(path)
    assert page.evaluate(WHAT_TO_DO_AT) <= 3
    assert page.locator("details[id]").first.evaluate("d => d.open") is False


def test_a_boxs_heading_sits_at_its_top_in_the_text_colour(page: Page) -> None:
    """ "First, you" and "Before you decide" start their boxes, and are not shown as errors."""
    page.goto("/r/32tuyuuuuuuuuuuy")
    styles = page.eval_on_selector_all(
        ".support h2, .note h2",
        """all => all.map(h => [getComputedStyle(h).marginTop,
            getComputedStyle(h).color === getComputedStyle(document.body).color])""",
    )
    assert styles == [["0px", True], ["0px", True]]
