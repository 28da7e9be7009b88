"""The twelve signals: one question each, what a Yes counts as, and where the essays say so."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from decision.answers import Answer
from decision.sources import Citation

__all__ = ["GROUPS", "SIGNALS", "Effect", "Group", "Kind", "Signal", "signal_by_id"]


class Kind(Enum):
    """How a Yes to a signal counts."""

    ACTION = "action"
    STRONG_WARNING = "strong_warning"
    WARNING = "warning"


class Effect(Enum):
    """What one answer counted as."""

    STRONG_WARNING = "strong_warning"
    WARNING = "warning"
    IN_HIS_FAVOUR = "in_his_favour"


@dataclass(frozen=True, slots=True)
class Signal:
    """One thing the essays look for, asked as one Yes / No / Not sure question.

    Every text is a template in the app's own words; ``Pronoun.fill`` words it.
    """

    id: str
    question: str
    kind: Kind
    citations: tuple[Citation, ...]
    yes_means: str
    if_yes: str
    if_no: str
    whether: str
    hint: str | None = None
    no_means: str | None = None

    def effect(self, answer: Answer) -> Effect | None:
        """What this answer counts as, or None when it is no evidence either way."""
        if answer is Answer.YES:
            return _EFFECT_OF_YES[self.kind]
        if answer is Answer.NO and self.no_means is not None:
            return Effect.WARNING
        return None

    def finding(self, answer: Answer) -> str | None:
        """The answer in plain words, for an answer that counted."""
        if answer is Answer.YES:
            return self.yes_means
        if answer is Answer.NO:
            return self.no_means
        return None

    def supposing(self, answer: Answer) -> str:
        """A clause that supposes a different answer: "If he had made a real plan"."""
        if answer is Answer.YES:
            return self.if_yes
        if answer is Answer.NO:
            return self.if_no
        return "If you were not sure " + self.whether


_EFFECT_OF_YES = {
    Kind.ACTION: Effect.IN_HIS_FAVOUR,
    Kind.STRONG_WARNING: Effect.STRONG_WARNING,
    Kind.WARNING: Effect.WARNING,
}


@dataclass(frozen=True, slots=True)
class Group:
    """A few questions shown together under one heading."""

    id: str
    title: str
    signals: tuple[Signal, ...]


def _missed_you(paragraph: int, quote: str) -> Citation:
    return Citation("missed-you", paragraph, quote)


def _ignore_the_text(paragraph: int, quote: str) -> Citation:
    return Citation("ignore-the-text", paragraph, quote)


GROUPS: tuple[Group, ...] = (
    Group(
        id="actions",
        title="What {he} {has} done",
        signals=(
            Signal(
                id="followed_through",
                question=(
                    "{Has} {he} done more than say it?"
                    " {Has} {he} made a real plan to meet, and kept to it?"
                ),
                hint="A day, a time and a place. Not “we should meet up sometime”.",
                kind=Kind.ACTION,
                yes_means="{He} {has} made a real plan to meet you, and kept to it.",
                if_yes="If {he} had made a real plan to meet you, and kept to it",
                if_no="If {he} had not made a real plan to meet you",
                whether="whether {he} made a real plan and kept it",
                citations=(
                    _missed_you(5, "Because if he did, he would actually do something about it."),
                    _missed_you(
                        10,
                        "Any guy who isn’t willing to make an effort to see you isn’t"
                        " someone who you should be obsessing over.",
                    ),
                ),
            ),
            Signal(
                id="broken_plans",
                question=(
                    "{Has} {he} said before that {he} wanted to see you,"
                    " and then it never happened?"
                ),
                kind=Kind.STRONG_WARNING,
                yes_means=(
                    "{He} {has} said before that {he} wanted to see you, and it never happened."
                ),
                if_yes="If {he} had said before that {he} wanted to see you, and it never happened",
                if_no="If {he} had not let you down like that before",
                whether="whether {he} let you down like that before",
                citations=(
                    _missed_you(
                        3,
                        "You say you want to see him, and he agrees."
                        " Yet the next day comes and goes.",
                    ),
                ),
            ),
            Signal(
                id="ready_excuses",
                question="When you asked {him} about it, did {he} have excuses ready?",
                hint=(
                    "For example: {he} {was} busy, work was hard, {he} {was} nervous,"
                    " it was a bad time."
                ),
                kind=Kind.WARNING,
                yes_means="{He} had excuses ready when you asked {him} about it.",
                if_yes="If {he} had excuses ready when you asked {him} about it",
                if_no="If {he} had no excuses ready when you asked {him} about it",
                whether="whether {he} had excuses ready",
                citations=(
                    _missed_you(
                        4,
                        "When you reach out, and you call him out on it, he has his"
                        " excuses all lined up.",
                    ),
                ),
            ),
            Signal(
                id="you_keep_reaching_out",
                question="Are you usually the one who gets in touch and keeps it going?",
                kind=Kind.WARNING,
                yes_means="You are usually the one who gets in touch and keeps it going.",
                if_yes="If you were usually the one who keeps it going",
                if_no="If you were not the one who keeps it going",
                whether="whether you are the one who keeps it going",
                citations=(
                    _missed_you(
                        1,
                        "I know that sometimes, you think that you should reach out to him again.",
                    ),
                    _missed_you(
                        6,
                        "You convince yourself that maybe if you try a little harder if"
                        " you keep reaching out, then eventually they won’t be able to"
                        " get you out of their heads.",
                    ),
                ),
            ),
        ),
    ),
    Group(
        id="history",
        title="What {he} did before",
        signals=(
            Signal(
                id="moved_on_fast",
                question="After you broke up, did {he} start seeing someone new quickly?",
                kind=Kind.STRONG_WARNING,
                yes_means="{He} started seeing someone new soon after you broke up.",
                if_yes="If {he} had started seeing someone new soon after you broke up",
                if_no="If {he} had not started seeing someone new so soon",
                whether="whether {he} started seeing someone new quickly",
                citations=(
                    _ignore_the_text(
                        8,
                        "Men will find a new girlfriend on their way out of your"
                        " apartment. They move on fast.",
                    ),
                    _ignore_the_text(
                        10,
                        "Let him know that you aren’t a woman he can throw away and"
                        " come back to when the others don’t work out.",
                    ),
                ),
            ),
            Signal(
                id="rebound_over",
                question="Has that new relationship just ended, or is it falling apart?",
                hint="If {he} {has} not been seeing anyone new, answer No.",
                kind=Kind.STRONG_WARNING,
                yes_means="{His} new relationship has just ended, or is falling apart.",
                if_yes="If {his} new relationship had just ended, or was falling apart",
                if_no="If there were no new relationship of {his} coming to an end",
                whether="whether that new relationship is over",
                citations=(
                    _ignore_the_text(
                        7, "Things fell apart with the other girl, so he’s defaulting back to you"
                    ),
                    _ignore_the_text(
                        9,
                        "As time goes on, they will start to see that the person they"
                        " rushed into dating isn’t actually someone they could be with"
                        " long-term. That’s when they’ll start missing you.",
                    ),
                ),
            ),
            Signal(
                id="comes_and_goes",
                question="{Has} {he} left your life and come back before, when it suited {him}?",
                kind=Kind.STRONG_WARNING,
                yes_means="{He} {has} left and come back before, when it suited {him}.",
                if_yes="If {he} had left and come back before, when it suited {him}",
                if_no="If {he} had not left and come back like that before",
                whether="whether {he} {has} left and come back before",
                citations=(
                    _ignore_the_text(
                        6,
                        "He wants to see if he has the power to screw you over, and"
                        " then reenter your life whenever he feels like it.",
                    ),
                ),
            ),
            Signal(
                id="vanished_after_attention",
                question=(
                    "In the past, once {he} got the attention {he} wanted,"
                    " did {he} disappear again?"
                ),
                kind=Kind.STRONG_WARNING,
                yes_means="Before, once {he} got the attention {he} wanted, {he} disappeared.",
                if_yes="If {he} had disappeared before, once {he} got the attention {he} wanted",
                if_no="If {he} had not disappeared like that before",
                whether="whether {he} disappeared once {he} got attention",
                citations=(
                    _ignore_the_text(
                        4,
                        "This brief conversation might feel therapeutic, but once he"
                        " gets the validation he’s looking for, he’ll disappear again.",
                    ),
                    _missed_you(3, "A week, or two passes and just like that, he’s gone again."),
                ),
            ),
        ),
    ),
    Group(
        id="now",
        title="Why now",
        signals=(
            Signal(
                id="fishing_for_praise",
                question=(
                    "Does the talk keep turning to {him}: why you miss {him}, how great {he} {is}?"
                ),
                kind=Kind.WARNING,
                yes_means="The talk keeps turning to {him}, and how great {he} {is}.",
                if_yes="If the talk kept turning to {him}, and how great {he} {is}",
                if_no="If the talk did not keep turning to {him}",
                whether="whether the talk keeps turning to {him}",
                citations=(
                    _ignore_the_text(
                        4,
                        "He hopes that by reaching out with vulnerable sentiment, you"
                        " will delve into a lengthy conversation about how wonderful"
                        " he is and all the reasons you miss him.",
                    ),
                ),
            ),
            Signal(
                id="arrived_while_healing",
                question="Did {his} message come just as you were starting to feel better?",
                kind=Kind.WARNING,
                yes_means="{His} message came just as you were starting to feel better.",
                if_yes="If {his} message had come just as you were starting to feel better",
                if_no="If {his} message had not come just as you were starting to feel better",
                whether="whether {his} message came as you were healing",
                citations=(
                    _ignore_the_text(
                        1,
                        "It’s a few months post-breakup and you’ve been working hard to"
                        " forget your ex.",
                    ),
                    _ignore_the_text(
                        12,
                        "The “I miss you” text has a way of surfacing just as you start"
                        " to feel better.",
                    ),
                ),
            ),
            Signal(
                id="heard_you_moved_on",
                question=(
                    "{Has} {he} just seen you doing well, or heard that you are seeing someone new?"
                ),
                kind=Kind.WARNING,
                yes_means="{He} {has} just seen you doing well, or heard you are seeing someone.",
                if_yes="If {he} had just seen you doing well, or heard you are seeing someone",
                if_no="If {he} had not just seen you doing well, or heard news of you",
                whether="whether {he} {has} seen you doing well",
                citations=(
                    _ignore_the_text(
                        12,
                        "Maybe you ran into each other and you seemed happy, or maybe"
                        " he heard through a friend that you’re seeing someone new.",
                    ),
                ),
            ),
            Signal(
                id="he_has_changed",
                question="{Has} {he} shown by {his} actions that {he} {has} changed?",
                hint="Think of what {he} {has} done, not just what {he} said.",
                kind=Kind.ACTION,
                yes_means="{He} {has} shown by {his} actions that {he} {has} changed.",
                no_means="{He} {has} not shown by {his} actions that {he} {has} changed.",
                if_yes="If {he} had shown by {his} actions that {he} {has} changed",
                if_no="If {he} had not shown by {his} actions that {he} {has} changed",
                whether="whether {he} {has} shown that {he} {has} changed",
                citations=(
                    _ignore_the_text(11, "He hasn’t changed, but you have"),
                    _ignore_the_text(
                        12,
                        "The “I miss you” text is his attempt to derail the progress"
                        " you’ve made and make himself feel important again.",
                    ),
                ),
            ),
        ),
    ),
)

#: Every signal, in the order the questionnaire asks them.
SIGNALS: tuple[Signal, ...] = tuple(s for group in GROUPS for s in group.signals)

_BY_ID = {signal.id: signal for signal in SIGNALS}


def signal_by_id(signal_id: str) -> Signal:
    """The signal with this id; KeyError when there is none."""
    return _BY_ID[signal_id]
