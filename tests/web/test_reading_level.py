"""The app's own words read at or below US grade 6, with no sentence over 25 words."""

from __future__ import annotations

import re

import pytest
import textstat
from flask.testing import FlaskClient

from decision import EDITIONS, Pronoun, support, wording

MAX_GRADE = 6.0
MAX_SENTENCE_WORDS = 25

_INLINE = r"</?(?:a|strong|em|span|abbr|b|i|label)\b[^>]*>"


def sentences(text: str) -> list[str]:
    """Sentences of plain text; a line without an end mark (a heading, a button) is one too."""
    found = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if line[-1] not in ".?!:":
            line += "."
        found += [s for s in re.split(r"(?<=[.?!])\s+", line) if s]
    return found


def own_words(html: str) -> str:
    """A page's text, without quotes from the essays, essay titles, markup or link values."""
    # His message (in its box, and quoted at a suggestion) is his words, not ours.
    html = re.sub(
        r"<(blockquote|cite|script|style|title|textarea|q)\b.*?</\1>", "\n", html, flags=re.S
    )
    html = re.sub(r'value="[^"]*"', "", html)
    html = re.sub(_INLINE, "", html)
    html = re.sub(r"<[^>]+>", "\n", html)
    return html.replace("&nbsp;", " ")


def catalogue_words() -> str:
    """Every sentence the domain holds, for every edition, worded for every pronoun."""
    texts: list[str] = [*wording.SOURCE_SUMMARIES.values(), *wording.OUR_READING]
    texts += [*wording.SAFETY_FIRST, *wording.SAFETY_UNSURE, wording.SAFETY_LINE]
    texts += [*wording.PRIVATE_WINDOW, wording.PRONOUN_NOTE, wording.IN_DANGER]
    texts += [f"Call {n} {where}" for n, _, where in support.EMERGENCY]
    for pronoun in Pronoun:
        for edition in EDITIONS.values():
            for q in edition.questions:
                texts += [pronoun.fill(t) for t in (q.text, q.hint, *q.items) if t]
                for answer in q.counts:
                    texts.append(pronoun.fill(wording.finding(edition.number, q.id, answer)))
            for rule in edition.rules:
                texts.append(pronoun.fill(wording.explanation(edition.number, rule.id)))
            texts += [pronoun.fill(wording.what_if(*c)) for c in edition.could_still_happen]
        texts += [pronoun.fill(line) for line in wording.HEADLINES.values()]
        texts += [pronoun.fill(line) for line in wording.RULE_SUMMARIES.values()]
        texts += [pronoun.fill(line) for line in wording.BEFORE_YOU_DECIDE]
        texts += [pronoun.fill(line) for line in wording.READING_NOTES.values()]
    return "\n".join(texts)


#: A message that leads to every kind of mark the questionnaire shows.
READ_ME = (
    "I have changed. Do you miss me? It didn't work out with her, and work has been crazy busy."
    " Are you free Saturday at 7 at the Crown? I saw you with your new boyfriend."
)

PAGES = [
    ("get", "/", None),
    ("post", "/", {"broken_plans": "yes"}),
    ("post", "/", {"safety_concern": "yes"}),
    ("post", "/", {"read": "1", "message": READ_ME}),
    ("post", "/", {"read": "1", "message": READ_ME, "pronoun": "they"}),
    ("post", "/", {"read": "1", "message": "Hope you are well."}),
    ("post", "/", {"read": "1", "message": ""}),
    ("post", "/", {"read": "1", "message": "x" * 2001}),
    ("get", "/r/32hnyuuuuuuuuuuu", None),
    ("get", "/r/32snyyyyyyyyyyyy", None),
    ("get", "/r/32tuuuuuuuuuuuuu", None),
    ("get", "/r/32hnyuuuuuuuuuuy", None),
    ("get", "/r/32hnnuuuuuuuuuuu", None),
    ("get", "/r/21huyuuuuuuuuuu", None),
    ("get", "/r/1uuuuuuuuuuuy", None),
    ("get", "/support", None),
    ("get", "/how-we-decide", None),
    ("get", "/no-such-page", None),
    ("delete", "/", None),
]


def grade_of(text: str) -> float:
    """The Flesch-Kincaid grade of these sentences, read as one passage."""
    return float(textstat.flesch_kincaid_grade(" ".join(sentences(text))))


def test_the_catalogue_reads_at_grade_6_or_below(capsys: pytest.CaptureFixture[str]) -> None:
    """Questions, findings, verdicts and rules, for every pronoun, read at grade 6 or below."""
    grade = grade_of(catalogue_words())
    with capsys.disabled():
        print(f"\n  reading level of the catalogue: grade {grade:.1f} (goal <= {MAX_GRADE})")
    assert grade <= MAX_GRADE


@pytest.mark.parametrize(("method", "path", "data"), PAGES)
def test_each_page_reads_at_grade_6_or_below(
    client: FlaskClient,
    capsys: pytest.CaptureFixture[str],
    method: str,
    path: str,
    data: dict[str, str] | None,
) -> None:
    """The page's own words, quotes left out, read at grade 6 or below."""
    html = getattr(client, method)(path, data=data).get_data(as_text=True)
    grade = grade_of(own_words(html))
    with capsys.disabled():
        print(f"\n  reading level of {method.upper()} {path}: grade {grade:.1f}")
    assert grade <= MAX_GRADE


@pytest.mark.parametrize(("method", "path", "data"), PAGES)
def test_no_sentence_is_over_25_words(
    client: FlaskClient, method: str, path: str, data: dict[str, str] | None
) -> None:
    """Every sentence of the page's own words is 25 words or fewer."""
    html = getattr(client, method)(path, data=data).get_data(as_text=True)
    text = own_words(html) + "\n" + catalogue_words()
    long = [s for s in sentences(text) if len(s.split()) > MAX_SENTENCE_WORDS]
    assert long == []


def test_quotes_are_left_out_of_the_measure() -> None:
    """The measure reads only the app's own words: essay quotes and titles are dropped."""
    html = (
        "<p>Short words.</p><blockquote><p>“An extraordinarily sophisticated"
        " quotation.”</p></blockquote><cite>Essay Title</cite>"
    )
    assert sentences(own_words(html)) == ["Short words."]
