"""The decision domain: signals, citations, the rule table and share codes.

Plain Python: nothing here knows about the web.
"""

from decision.answers import Answer, Answers
from decision.codes import InvalidCode, Shared, decode, encode
from decision.evaluate import Reason, Result, evaluate
from decision.evidence import Evidence, UnknownSignal, weigh
from decision.rules import RULEBOOK, Rule, Rulebook
from decision.signals import GROUPS, SIGNALS, Effect, Group, Kind, Signal, signal_by_id
from decision.sources import SOURCES, Citation, Source
from decision.verdicts import VERDICTS, Verdict, VerdictId

__all__ = [
    "GROUPS",
    "RULEBOOK",
    "SIGNALS",
    "SOURCES",
    "VERDICTS",
    "Answer",
    "Answers",
    "Citation",
    "Effect",
    "Evidence",
    "Group",
    "InvalidCode",
    "Kind",
    "Reason",
    "Result",
    "Rule",
    "Rulebook",
    "Shared",
    "Signal",
    "Source",
    "UnknownSignal",
    "Verdict",
    "VerdictId",
    "decode",
    "encode",
    "evaluate",
    "signal_by_id",
    "weigh",
]
