"""What a person does in the browser, as small steps the journeys are written in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from decision import CURRENT, Answer, Pronoun, VerdictId, encode, wording

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}

#: Where "Leave this page" goes; tests answer for it so no request leaves the machine.
NEUTRAL_SITE = "https://www.bbc.co.uk/weather"

#: The order of the options under every question, as the page shows them.
OPTION_INDEX = {answer.value: index for index, answer in enumerate(Answer)}

#: Answer sets that get each verdict (see tests/test_rules.py for the rules themselves).
FOR_VERDICT = {
    VerdictId.IGNORE: {"safety_concern": "no", "broken_plans": "yes", "followed_through": "yes"},
    VerdictId.WAIT: {"safety_concern": "no", "ready_excuses": "yes"},
    VerdictId.YOUR_CALL: {
        "safety_concern": "no",
        "followed_through": "yes",
        "he_has_changed": "yes",
    },
}

#: The result pages of the same answer sets (the rest Not sure), worded for "he". A Yes to
#: safety makes no link, so it has no page here.
CODE_FOR_VERDICT = {
    verdict: "/r/" + encode({q: Answer(given.get(q, "not_sure")) for q in CURRENT.ids})
    for verdict, given in FOR_VERDICT.items()
}


#: The longest results before the folded lists: every answer that can count counted, with
#: the support block for a Not sure to safety, for each verdict a long page can have.
LONGEST_RESULTS = {
    "every-sign-not-sure-of-safety": "/r/"
    + encode({q: Answer.NOT_SURE if q == "safety_concern" else Answer.YES for q in CURRENT.ids}),
    "not-yet-most-reasons-not-sure-of-safety": "/r/32huynnynnnnnuny",
    "your-call-most-reasons": "/r/32hnynnnnununnny",
}


def headline(verdict: VerdictId, pronoun: Pronoun = Pronoun.HE) -> str:
    """The verdict's heading as the page words it."""
    return pronoun.fill(wording.HEADLINES[verdict])


def choose(page: Page, signal_id: str, answer: str) -> None:
    """Tap one answer of one question."""
    page.check(f"#{signal_id}-{OPTION_INDEX[answer]}")


def answer_all(page: Page, given: dict[str, str], default: str = "not_sure") -> None:
    """Answer every question: those named as given, the rest with ``default``."""
    for question in CURRENT.ids:
        choose(
            page, question, given.get(question, "no" if question == "safety_concern" else default)
        )


def submit(page: Page) -> None:
    """Press the button that asks for the verdict, and wait for the next page."""
    page.get_by_role("button", name="See our reading").click()
    page.wait_for_load_state()


def read(page: Page, message: str) -> None:
    """Paste his message and press "Read it for me", and wait for the page to come back."""
    page.get_by_label("Paste his message (optional)").fill(message)
    page.get_by_role("button", name="Read it for me").click()
    page.wait_for_load_state()


#: A message that leads to a suggestion of each kind, and the note that he says he has changed.
READ_ME = (
    "I have changed. Do you miss me? It didn't work out with her, and work has been crazy busy."
    " Are you free Saturday at 7 at the Crown? I saw you with your new boyfriend."
)


def unfold(page: Page, heading: str) -> None:
    """Open a folded list of a result, such as "Your answers", by its heading."""
    page.locator("summary", has_text=heading).click()


def checked(page: Page) -> dict[str, str]:
    """Every question's chosen answer, as the page shows it now."""
    values: dict[str, str] = page.eval_on_selector_all(
        "form input[type=radio]:checked",
        "inputs => Object.fromEntries(inputs.map(i => [i.name, i.value]))",
    )
    return values


def h1(page: Page) -> str:
    """The page's main heading."""
    return page.locator("h1").inner_text().strip()


def focused(page: Page, script: str = "e => e") -> object:
    """Something about the element that has focus, worked out in the page."""
    return page.evaluate(f"({script})(document.activeElement)")


def _with_errors(page: Page) -> None:
    page.goto("/")
    choose(page, "broken_plans", "no")
    submit(page)


def _read(message: str) -> Callable[[Page], None]:
    def visit(page: Page) -> None:
        page.goto("/")
        read(page, message)

    return visit


def _visit(path: str) -> Callable[[Page], None]:
    def visit(page: Page) -> None:
        page.goto(path)

    return visit


#: Every kind of page a person can reach, by a name used in screenshots and test ids.
PAGES: dict[str, Callable[[Page], None]] = {
    "questions": _visit("/"),
    "questions-with-errors": _with_errors,
    "questions-for-they-filled-in": _visit("/?answers=32tnyuyuuuuuuuun"),
    "questions-old-edition-link": _visit("/?answers=21tyuyuuuuuuuun"),
    "questions-unreadable-link": _visit("/?answers=not-a-code"),
    "questions-read-from-a-message": _read(READ_ME),
    "questions-message-too-long": _read("I miss you. " * 200),
    "result-dont-reply": _visit(CODE_FOR_VERDICT[VerdictId.IGNORE]),
    "result-not-yet": _visit(CODE_FOR_VERDICT[VerdictId.WAIT]),
    "result-your-call": _visit(CODE_FOR_VERDICT[VerdictId.YOUR_CALL]),
    "result-every-answer-yes-for-she": _visit("/r/32snyyyyyyyyyyyy"),
    "result-not-sure-of-safety": _visit("/r/32tuyuuuuuuuuuuy"),
    "result-edition-1-link": _visit("/r/21syuuuuuuuuuuy"),
    "result-first-release-link": _visit("/r/1nnnnnnnnnnnn"),
    "support": _visit("/support"),
    "how-we-decide": _visit("/how-we-decide"),
    "not-found": _visit("/r/no-such-result"),
}


def screenshot(page: Page, name: str) -> None:
    """Keep a full-page picture in test-artifacts/screenshots for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
