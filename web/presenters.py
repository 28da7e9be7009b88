"""A result as people see it: every sentence worded for the chosen pronoun, computed once.

The result page and the JSON API both show a ``ResultView``, so they can never say different
things about the same answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from decision import (
    COMFORT,
    CURRENT,
    EDITIONS,
    Answer,
    Citation,
    Edition,
    Effect,
    Erratum,
    Pronoun,
    Result,
    VerdictId,
    encode,
    wording,
)
from decision import support as support_data

__all__ = [
    "ResultView",
    "citation_json",
    "every_shown_answer",
    "every_shown_reason",
    "present",
    "question_json",
    "result_json",
    "safety_json",
]

#: How the reasons are grouped, in the order they are shown.
_GROUPS = (Effect.STRONG_WARNING, Effect.WARNING, Effect.IN_HIS_FAVOUR)


@dataclass(frozen=True, slots=True)
class _Words:
    """Every sentence a result of one edition can say, in one pronoun's words."""

    headlines: Mapping[VerdictId, str]
    headings: Mapping[Effect, str]
    explanations: Mapping[str, str]
    #: Each answer that can count, as the page says it.
    reasons: Mapping[tuple[str, Answer], ShownReason]
    what_if: Mapping[tuple[str, Answer], str]
    #: Each question with each answer, as "Your answers" lists it.
    answers: Mapping[tuple[str, Answer], ShownAnswer]
    before_you_decide: tuple[str, ...]
    nothing_he_does: str


def _words(edition: Edition, pronoun: Pronoun) -> _Words:
    say = pronoun.fill
    counted = [
        (q.id, answer, effect)
        for q in edition.questions
        for answer, effect in q.counts.items()
        if effect in _GROUPS
    ]
    return _Words(
        headlines={verdict: say(wording.HEADLINES[verdict]) for verdict in VerdictId},
        headings={effect: say(wording.EFFECT_HEADINGS[effect]) for effect in _GROUPS},
        explanations={r.id: say(wording.explanation(edition.number, r.id)) for r in edition.rules},
        reasons={
            (question_id, answer): ShownReason(
                question=question_id,
                answer=answer,
                effect=effect,
                finding=say(wording.finding(edition.number, question_id, answer)),
                citations=edition.backing(question_id, answer),
                own_reading=wording.own_reading(question_id, answer),
                corrections=_corrections(edition.errata_for(question_id, answer)),
            )
            for question_id, answer, effect in counted
        },
        what_if={pair: say(wording.what_if(*pair)) for pair in edition.could_still_happen},
        answers={
            (q.id, answer): ShownAnswer(number, say(q.text), answer)
            for number, q in enumerate(edition.questions, start=1)
            for answer in Answer
        },
        before_you_decide=tuple(say(line) for line in wording.BEFORE_YOU_DECIDE),
        nothing_he_does=say(wording.NOTHING_HE_DOES),
    )


# Made once each, at start-up (_WORDED), and looked up as themselves: hashed by identity, not
# field by field through every citation on every lookup.
@dataclass(frozen=True, slots=True, eq=False)
class ShownReason:
    """An answer that counted, as the page says it."""

    question: str
    answer: Answer
    effect: Effect
    finding: str
    citations: tuple[Citation, ...]
    own_reading: str | None
    corrections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ShownChange:
    """Something that could still happen, and the questionnaire with it answered (today's only)."""

    question: str
    answer: Answer
    clause: str
    verdict: VerdictId
    code: str | None
    number: int


@dataclass(frozen=True, slots=True, eq=False)  # as ShownReason
class ShownAnswer:
    """One question and the answer given, as "Your answers" lists it."""

    number: int
    question: str
    answer: Answer


@dataclass(frozen=True, slots=True)
class ResultView:
    """Everything a result page or a JSON result says, worded once."""

    result: Result
    pronoun: Pronoun
    code: str | None
    headline: str
    explanation: str
    explanation_citations: tuple[Citation, ...]
    groups: tuple[tuple[Effect, str, tuple[ShownReason, ...]], ...]
    changes: tuple[tuple[VerdictId, str, tuple[ShownChange, ...]], ...]

    @property
    def answers(self) -> tuple[ShownAnswer, ...]:
        """Every question and the answer given, in order: only the page lists them."""
        shown = _WORDED[self.edition.number, self.pronoun].answers
        given = self.result.answers
        return tuple(shown[question_id, given[question_id]] for question_id in self.edition.ids)

    @property
    def verdict(self) -> VerdictId:
        """The verdict's id."""
        return self.result.verdict

    @property
    def edition(self) -> Edition:
        """The edition the answers were given under."""
        return self.result.edition

    @property
    def is_current_edition(self) -> bool:
        """Made under today's questions."""
        return self.result.edition is CURRENT

    @property
    def label(self) -> str | None:
        """Over every verdict but safety first."""
        return None if self.verdict is VerdictId.SAFETY_FIRST else wording.LABEL

    @property
    def comfort(self) -> Citation | None:
        """The essays' comfort, with every Don't reply."""
        return COMFORT if self.verdict is VerdictId.IGNORE else None

    @property
    def nothing_he_does(self) -> str | None:
        """Said when nothing he could do would move a Don't reply."""
        if self.verdict is VerdictId.IGNORE and not self.changes:
            return _WORDED[self.edition.number, self.pronoun].nothing_he_does
        return None

    @property
    def pronoun_note(self) -> str | None:
        """Said when the app's words are not the essays' "he"."""
        return None if self.pronoun is Pronoun.HE else wording.PRONOUN_NOTE

    @property
    def before_you_decide(self) -> tuple[str, ...]:
        """The caveat and the essays' scope, near the verdict."""
        return _WORDED[self.edition.number, self.pronoun].before_you_decide

    @property
    def safety_unsure(self) -> tuple[str, ...]:
        """The support block's lines when the safety question was answered Not sure."""
        return wording.SAFETY_UNSURE if self.result.safety_unsure else ()


def present(
    result: Result, *, pronoun: Pronoun, code: str | None, change_links: bool = True
) -> ResultView:
    """Word a result for the page and the API.

    ``change_links``: each change carries the code of today's questionnaire with it answered,
    for the page's links; the JSON shows none, so the API asks for none.
    """
    edition = result.edition
    words = _WORDED[edition.number, pronoun]
    linked = change_links and edition is CURRENT
    groups = tuple(
        (effect, words.headings[effect], shown)
        for effect in _GROUPS
        if (
            shown := tuple(
                words.reasons[r.question.id, r.answer] for r in result.counted_as(effect)
            )
        )
    )
    changes = tuple(
        (
            verdict,
            words.headlines[verdict],
            tuple(
                ShownChange(
                    question=c.question.id,
                    answer=c.answer,
                    clause=words.what_if[c.question.id, c.answer],
                    verdict=c.verdict,
                    code=encode({**result.answers, c.question.id: c.answer}, pronoun=pronoun)
                    if linked
                    else None,
                    number=edition.number_of(c.question.id),
                )
                for c in group
            ),
        )
        for verdict, group in result.changes_by_verdict()
    )
    return ResultView(
        result=result,
        pronoun=pronoun,
        code=code,
        headline=words.headlines[result.verdict],
        explanation=words.explanations[result.rule.id],
        explanation_citations=wording.explanation_backing(result.rule.id),
        groups=groups,
        changes=changes,
    )


def _corrections(errata: tuple[Erratum, ...]) -> tuple[str, ...]:
    """One note per day passages were taken away, saying how many."""
    days = Counter(erratum.on for erratum in errata)
    return tuple(wording.erratum_note(f"{day:%-d %B %Y}", count) for day, count in days.items())


#: Each edition's sentences in each pronoun's words, made once from the app's own wording when
#: it starts, so a page looks them up rather than fills them in; nothing a request brings.
_WORDED = {
    (edition.number, pronoun): _words(edition, pronoun)
    for edition in EDITIONS.values()
    for pronoun in Pronoun
}


def citation_json(citation: Citation) -> dict[str, Any]:
    """A citation as JSON."""
    return {
        "source": citation.source_id,
        "source_title": citation.source.title,
        "paragraph": citation.paragraph,
        "quote": citation.quote,
    }


def question_json(edition: Edition, question_id: str, pronoun: Pronoun) -> dict[str, Any]:
    """A question of an edition as JSON, worded for the pronoun."""
    question = edition.question(question_id)
    return {
        "id": question.id,
        "number": edition.number_of(question.id),
        "text": pronoun.fill(question.text),
        "items": list(question.items),
        "hint": pronoun.fill(question.hint) if question.hint else None,
        "kind": question.kind.value,
        "counts": {answer.value: effect.value for answer, effect in question.counts.items()},
        "citations": {
            answer.value: [citation_json(c) for c in edition.backing(question.id, answer)]
            for answer in question.counts
        },
    }


def safety_json() -> dict[str, Any]:
    """The safety block: calm words, emergency numbers and helplines."""
    return {
        "lines": list(wording.SAFETY_FIRST),
        "own_rule": wording.own_reading("safety_concern", Answer.YES),
        "emergency": [
            {"number": number, "link": link, "where": where}
            for number, link, where in support_data.EMERGENCY
        ],
        "helplines": [
            {"region": h.region, "name": h.name, "number": h.number, "link": h.link, "note": h.note}
            for h in support_data.HELPLINES
        ],
        "elsewhere": support_data.ELSEWHERE[1],
        "checked": support_data.CHECKED,
    }


def result_json(view: ResultView, *, share_url: str | None) -> dict[str, Any]:
    """A result as JSON: the verdict with its label, caveat and safety block where they apply."""
    answers = {q: a.value for q, a in view.result.answers.items()}
    body: dict[str, Any] = {
        "edition": view.edition.number,
        "current_edition": CURRENT.number,
        "verdict": view.verdict.value,
        "headline": view.headline,
        "pronoun": view.pronoun.value,
        "answers": answers,
    }
    if view.verdict is VerdictId.SAFETY_FIRST:
        return body | {"safety": safety_json()}
    body |= {
        "label": view.label,
        "explanation": view.explanation,
        "caveat": list(view.before_you_decide),
        "rule": view.result.rule.id,
        "reasons": [_REASONS_JSON[reason] for _, _, shown in view.groups for reason in shown],
        "what_would_change": [
            {
                "signal": c.question,
                "answer": c.answer.value,
                "verdict": verdict.value,
                "clause": c.clause,
            }
            for verdict, _, group in view.changes
            for c in group
        ],
        "code": view.code,
        "share_url": share_url,
    }
    if view.safety_unsure:
        body["safety"] = safety_json() | {"lines": list(view.safety_unsure)}
    return body


def _reason_json(reason: ShownReason) -> dict[str, Any]:
    return {
        "signal": reason.question,
        "answer": reason.answer.value,
        "effect": reason.effect.value,
        "finding": reason.finding,
        "citations": [citation_json(c) for c in reason.citations],
        "own_reading": reason.own_reading,
        "corrections": list(reason.corrections),
    }


def every_shown_reason() -> frozenset[ShownReason]:
    """Every answer that can count, in every edition and pronoun, as the page says it."""
    return frozenset(reason for words in _WORDED.values() for reason in words.reasons.values())


def every_shown_answer() -> frozenset[ShownAnswer]:
    """Every answer to every question, in every edition and pronoun, as "Your answers" lists it."""
    return frozenset(shown for words in _WORDED.values() for shown in words.answers.values())


#: Each answer that can count, as JSON, made once: a result's JSON joins them (and never
#: changes one, as they are shared by every response that holds it).
_REASONS_JSON = {reason: _reason_json(reason) for reason in every_shown_reason()}
