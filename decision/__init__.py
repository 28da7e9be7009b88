"""The decision domain: editions of questions and rules, results, wording and share codes.

Plain Python: nothing here knows about the web.
"""

from decision import support, wording
from decision.answers import Answer
from decision.codes import MAX_LENGTH, InvalidCode, Shared, decode, encode
from decision.editions import CURRENT, EDITIONS, Edition, Erratum, UnknownSignal
from decision.pronouns import Pronoun
from decision.questions import Effect, Kind, Question
from decision.results import Change, Reason, Result, evaluate
from decision.rules import Rule
from decision.sources import SOURCES, Citation, Source
from decision.verdicts import COMFORT, VerdictId

__all__ = [
    "COMFORT",
    "CURRENT",
    "EDITIONS",
    "MAX_LENGTH",
    "SOURCES",
    "Answer",
    "Change",
    "Citation",
    "Edition",
    "Effect",
    "Erratum",
    "InvalidCode",
    "Kind",
    "Pronoun",
    "Question",
    "Reason",
    "Result",
    "Rule",
    "Shared",
    "Source",
    "UnknownSignal",
    "VerdictId",
    "decode",
    "encode",
    "evaluate",
    "support",
    "wording",
]
