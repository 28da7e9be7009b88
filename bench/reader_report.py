"""``make reader-report``: the message reader's precision and recall on the labelled corpus.

For each kind of suggestion (a signal and an answer), a suggestion the corpus also makes is a
hit, one it does not make is a false alarm (including the right signal with the wrong answer),
and one the corpus makes that the reader missed is a miss. Precision is hits over everything the
reader suggested; recall is hits over everything the corpus expects. The words-not-deeds note is
scored the same way, on its own line, and is not part of the overall figures.

Goals: precision at least 0.95 for every kind (a wrong suggestion is worse than none), and
recall at least 0.7 overall. ``--misses`` lists every message the reader got wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from decision.reader import read
from tests.decision.reader_corpus import CORPUS, HELD_OUT, Labelled

__all__ = ["PRECISION_GOAL", "RECALL_GOAL", "Score", "main", "score"]

PRECISION_GOAL = 0.95
RECALL_GOAL = 0.7
NOTE = ("note", "words_not_deeds")


@dataclass(frozen=True)
class Tally:
    """Hits, false alarms and misses for one kind of suggestion."""

    hits: int = 0
    false_alarms: int = 0
    misses: int = 0

    @property
    def precision(self) -> float | None:
        """Hits over suggestions made; None when none were made."""
        made = self.hits + self.false_alarms
        return self.hits / made if made else None

    @property
    def recall(self) -> float | None:
        """Hits over suggestions expected; None when none were expected."""
        expected = self.hits + self.misses
        return self.hits / expected if expected else None


@dataclass(frozen=True)
class Score:
    """A tally per kind of suggestion, the overall tally, and the messages gotten wrong."""

    kinds: dict[tuple[str, str], Tally]
    overall: Tally
    note: Tally
    wrong: tuple[tuple[str, dict[str, str], dict[str, str]], ...]


def score(corpus: Iterable[Labelled] = CORPUS) -> Score:
    """Read every message of the corpus and compare the suggestions with its labels."""
    counts: Counter[tuple[tuple[str, str], str]] = Counter()
    wrong = []
    for labelled in corpus:
        reading = read(labelled.message)
        made = {s.signal: s.answer.value for s in reading.suggestions}
        if any(note.kind == NOTE[1] for note in reading.notes):
            made[NOTE[0]] = NOTE[1]
        expected = dict(labelled.expected)
        if labelled.changed:
            expected[NOTE[0]] = NOTE[1]
        for signal in made.keys() | expected.keys():
            got, want = made.get(signal), expected.get(signal)
            if got is not None and got == want:
                counts[(signal, got), "hits"] += 1
                continue
            if got is not None:
                counts[(signal, got), "false_alarms"] += 1
            if want is not None:
                counts[(signal, want), "misses"] += 1
        if made != expected:
            wrong.append((labelled.message, expected, made))
    kinds = {
        kind: Tally(counts[kind, "hits"], counts[kind, "false_alarms"], counts[kind, "misses"])
        for kind in sorted({kind for kind, _ in counts})
        if kind != NOTE
    }
    overall = Tally(
        sum(t.hits for t in kinds.values()),
        sum(t.false_alarms for t in kinds.values()),
        sum(t.misses for t in kinds.values()),
    )
    note = Tally(counts[NOTE, "hits"], counts[NOTE, "false_alarms"], counts[NOTE, "misses"])
    return Score(kinds, overall, note, tuple(wrong))


def _figure(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def _line(name: str, tally: Tally) -> str:
    return (
        f"{name:<28} {tally.hits:>4} {tally.false_alarms:>6} {tally.misses:>6}"
        f"   {_figure(tally.precision):>9} {_figure(tally.recall):>6}"
    )


def report(result: Score, title: str) -> str:
    """One table of ``make reader-report``."""
    lines = [
        title,
        "",
        f"{'suggestion':<28} {'hits':>4} {'wrong':>6} {'missed':>6}   {'precision':>9} "
        f"{'recall':>6}",
    ]
    lines += [_line(f"{signal} = {answer}", t) for (signal, answer), t in result.kinds.items()]
    lines += [_line("overall", result.overall), _line("note: says he has changed", result.note)]
    failing = [
        f"{signal} = {answer}"
        for (signal, answer), t in result.kinds.items()
        if t.precision is not None and t.precision < PRECISION_GOAL
    ]
    recall = result.overall.recall or 0.0
    lines += [
        "",
        f"Goals: precision >= {PRECISION_GOAL} for every kind; recall >= {RECALL_GOAL} overall.",
        "Met." if not failing and recall >= RECALL_GOAL else f"Not met: {failing or 'recall'}.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; with --misses, also every message the reader got wrong."""
    parser = argparse.ArgumentParser(prog="python -m bench.reader_report", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list every message gotten wrong")
    options = parser.parse_args(argv)
    for corpus, title in (
        (CORPUS, f"CORPUS: {len(CORPUS)} labelled messages, the rules written with them in view"),
        (HELD_OUT, f"HELD_OUT: {len(HELD_OUT)} labelled messages, written after the rules"),
    ):
        result = score(corpus)
        print(report(result, title), end="\n\n")
        if options.misses:
            for message, expected, made in result.wrong:
                print(f"{message!r}\n  expected {expected}\n  made     {made}\n")
    print("Both sets are in tests/decision/reader_corpus.py.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
