"""Turn domain results into the JSON the API answers with."""

from __future__ import annotations

from typing import Any

from decision import SIGNALS, Citation, Result, Signal

__all__ = ["citation_json", "result_json", "signal_json"]


def citation_json(citation: Citation) -> dict[str, Any]:
    """A citation as JSON."""
    return {
        "source": citation.source_id,
        "source_title": citation.source.title,
        "paragraph": citation.paragraph,
        "quote": citation.quote,
    }


def signal_json(signal: Signal) -> dict[str, Any]:
    """A signal of the catalogue as JSON."""
    return {
        "id": signal.id,
        "text": signal.question,
        "hint": signal.hint,
        "kind": signal.kind.value,
        "no_is_warning": signal.no_means is not None,
        "citations": [citation_json(c) for c in signal.citations],
    }


def result_json(result: Result, *, code: str, share_url: str) -> dict[str, Any]:
    """A result as JSON, with the share code and link that reopen it."""
    return {
        "verdict": result.verdict.id.value,
        "headline": result.verdict.headline,
        "explanation": result.explanation,
        "rule": result.rule.id,
        "rules_version": result.rulebook_version,
        "citations": [citation_json(c) for c in result.citations],
        "reasons": [
            {
                "signal": reason.signal.id,
                "answer": reason.answer.value,
                "effect": reason.effect.value,
                "finding": reason.finding,
                "citations": [citation_json(c) for c in reason.citations],
            }
            for reason in result.reasons
        ],
        "answers": {s.id: result.answers[s.id].value for s in SIGNALS},
        "code": code,
        "share_url": share_url,
    }
