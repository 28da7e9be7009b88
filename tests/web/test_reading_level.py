"""The app's own words read at or below US grade 6, with no sentence over 25 words."""

from __future__ import annotations

import re

import pytest
import textstat
from flask.testing import FlaskClient

from decision import GROUPS, RULEBOOK, SIGNALS, SOURCES, VERDICTS, Answer, Pronoun

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
    html = re.sub(r"<(blockquote|cite|script|style|title)\b.*?</\1>", "\n", html, flags=re.S)
    html = re.sub(r'value="[^"]*"', "", html)
    html = re.sub(_INLINE, "", html)
    html = re.sub(r"<[^>]+>", "\n", html)
    return html.replace("&nbsp;", " ")


def catalogue_words() -> str:
    """Every sentence the domain holds, worded for every pronoun."""
    texts: list[str] = [source.argues for source in SOURCES.values()]
    for pronoun in Pronoun:
        for signal in SIGNALS:
            templates = [signal.question, signal.hint, signal.yes_means, signal.no_means]
            templates += [signal.supposing(answer) for answer in Answer]
            texts += [pronoun.fill(t) for t in templates if t]
        texts += [pronoun.fill(group.title) for group in GROUPS]
        texts += [pronoun.fill(verdict.headline) for verdict in VERDICTS.values()]
        for rule in RULEBOOK.rules:
            texts += [pronoun.fill(rule.summary), pronoun.fill(rule.explanation)]
    return "\n".join(texts)


PAGES = [
    ("get", "/", None),
    ("post", "/", {"broken_plans": "yes"}),
    ("get", "/r/21huyuuuuuuuuuu", None),
    ("get", "/r/21syyyyyyyyyyyy", None),
    ("get", "/r/21tuuuuuuuuuuuu", None),
    ("get", "/r/21hyuuuuuuuuuuy", None),
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
