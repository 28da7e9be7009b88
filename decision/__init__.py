"""The decision domain: signals, citations, the rule table and share codes.

Plain Python: nothing here knows about the web.
"""

from decision.answers import Answer, Answers
from decision.codes import InvalidCode, Shared, decode, encode
from decision.evaluate import Reason, Result, evaluate
from decision.evidence import Evidence, UnknownSignal, weigh
from decision.pronouns import Pronoun
from decision.reopen import Reopened, reopen
from decision.rules import RULEBOOK, RULEBOOKS, Rule, Rulebook
from decision.signals import GROUPS, SIGNALS, Effect, Group, Kind, Signal, signal_by_id
from decision.sources import SOURCES, Citation, Source
from decision.verdicts import VERDICTS, Verdict, VerdictId
from decision.what_if import Change, what_would_change

__all__ = [
    "GROUPS",
    "RULEBOOK",
    "RULEBOOKS",
    "SIGNALS",
    "SOURCES",
    "VERDICTS",
    "Answer",
    "Answers",
    "Change",
    "Citation",
    "Effect",
    "Evidence",
    "Group",
    "InvalidCode",
    "Kind",
    "Pronoun",
    "Reason",
    "Reopened",
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
    "reopen",
    "signal_by_id",
    "weigh",
    "what_would_change",
]
