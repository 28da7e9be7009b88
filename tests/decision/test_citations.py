"""Every signal and verdict cites the essays, with short quotes that are verbatim."""

from __future__ import annotations

import re

import pytest

from decision import SIGNALS, SOURCES, VERDICTS, Citation
from tests.helpers import SOURCES_DIR

ALL_CITATIONS = [
    pytest.param(c, id=f"{owner}-{c.source_id}-{c.paragraph}")
    for owner, citations in [(s.id, s.citations) for s in SIGNALS]
    + [(v.id.value, v.citations) for v in VERDICTS.values()]
    for c in citations
]


def paragraphs(source_id: str) -> list[str]:
    """An essay's paragraphs as the brief numbers them: non-empty lines after the title."""
    lines = (SOURCES_DIR / f"{source_id}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines[1:] if line.strip()]


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_every_signal_cites_at_least_one_passage(signal: object) -> None:
    """No signal is without a citation."""
    assert signal.citations  # type: ignore[attr-defined]


@pytest.mark.parametrize("verdict", VERDICTS.values(), ids=lambda v: v.id.value)
def test_every_verdict_cites_at_least_one_passage(verdict: object) -> None:
    """Every verdict, your_call too, cites the essays."""
    assert verdict.citations  # type: ignore[attr-defined]


@pytest.mark.parametrize("citation", ALL_CITATIONS)
def test_quotes_are_short(citation: Citation) -> None:
    """A quote is one or two sentences, never a long passage."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", citation.quote) if s]
    assert len(sentences) <= 2 and len(citation.quote) <= 220


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="the essays are not beside this checkout")
@pytest.mark.parametrize("citation", ALL_CITATIONS)
def test_quote_appears_verbatim_in_the_cited_paragraph(citation: Citation) -> None:
    """Each quote stands, character for character, inside the paragraph it cites."""
    assert citation.source_id in SOURCES
    assert citation.quote in paragraphs(citation.source_id)[citation.paragraph - 1]


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="the essays are not beside this checkout")
@pytest.mark.parametrize(("source_id", "count"), [("missed-you", 12), ("ignore-the-text", 12)])
def test_paragraph_numbering_matches_the_brief(source_id: str, count: int) -> None:
    """The numbering the test uses agrees with the numbered copies beside the essays."""
    numbered = (SOURCES_DIR / f"{source_id}.numbered.md").read_text(encoding="utf-8")
    found = paragraphs(source_id)
    assert len(found) == count
    for number, text in enumerate(found, start=1):
        assert f"¶{number}: {text}" in numbered
