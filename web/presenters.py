"""Turn domain results into the JSON the API answers with."""

from __future__ import annotations

from typing import Any

from decision import SIGNALS, Citation, Pronoun, Reopened, Signal

__all__ = ["citation_json", "reopened_json", "signal_json"]


def citation_json(citation: Citation) -> dict[str, Any]:
    """A citation as JSON."""
    return {
        "source": citation.source_id,
        "source_title": citation.source.title,
        "paragraph": citation.paragraph,
        "quote": citation.quote,
    }


def signal_json(signal: Signal, pronoun: Pronoun = Pronoun.HE) -> dict[str, Any]:
    """A signal of the catalogue as JSON."""
    return {
        "id": signal.id,
        "text": pronoun.fill(signal.question),
        "hint": pronoun.fill(signal.hint) if signal.hint else None,
        "kind": signal.kind.value,
        "no_is_warning": signal.no_means is not None,
        "citations": [citation_json(c) for c in signal.citations],
    }


def reopened_json(reopened: Reopened, *, code: str, share_url: str) -> dict[str, Any]:
    """A result as JSON, with what would change it and the link that reopens it."""
    result, say = reopened.result, reopened.shared.pronoun.fill
    return {
        "verdict": result.verdict.id.value,
        "headline": say(result.verdict.headline),
        "explanation": say(result.explanation),
        "rule": result.rule.id,
        "rules_version": result.rulebook_version,
        "verdict_today": (
            reopened.verdict_today.id.value if reopened.verdict_today is not None else None
        ),
        "pronoun": reopened.shared.pronoun.value,
        "citations": [citation_json(c) for c in result.citations],
        "reasons": [
            {
                "signal": reason.signal.id,
                "answer": reason.answer.value,
                "effect": reason.effect.value,
                "finding": say(reason.finding),
                "citations": [citation_json(c) for c in reason.citations],
            }
            for reason in result.reasons
        ],
        "what_would_change": [
            {
                "signal": change.signal.id,
                "answer": change.answer.value,
                "verdict": change.verdict.id.value,
            }
            for change in reopened.changes
        ],
        "answers": {s.id: result.answers[s.id].value for s in SIGNALS},
        "code": code,
        "share_url": share_url,
    }
