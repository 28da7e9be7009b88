"""Edition 1, as released: twelve questions, five rules, three verdicts. Frozen.

Its one erratum: on 2026-11-23 the passages shown behind a Yes to "has he shown by his actions
that he has changed?" were taken away, because both argue that he has not.
"""

from __future__ import annotations

from datetime import date

from decision.answers import Answer
from decision.editions.edition import Edition, Erratum
from decision.questions import Effect, Question, action, strong_warning, warning
from decision.rules import (
    ALWAYS,
    AllOf,
    Count,
    Rule,
    answers_counting_as,
    at_least,
    exactly,
    none_of,
)
from decision.sources import Citation
from decision.verdicts import VerdictId

__all__ = ["EDITION"]

Y, N = Answer.YES, Answer.NO

QUESTIONS: tuple[Question, ...] = (
    action(
        "followed_through",
        "{Has} {he} done more than say it? {Has} {he} made a real plan to meet, and kept to it?",
        hint="A day, a time and a place. Not “we should meet up sometime”.",
        no_is_warning=False,
        backing={
            Y: (
                Citation(
                    "missed-you", 5, "Because if he did, he would actually do something about it."
                ),
                Citation(
                    "missed-you",
                    10,
                    "Any guy who isn’t willing to make an effort to see you isn’t someone who you should be obsessing over.",
                ),
            )
        },
    ),
    strong_warning(
        "broken_plans",
        "{Has} {he} said before that {he} wanted to see you, and then it never happened?",
        backing=(
            Citation(
                "missed-you",
                3,
                "You say you want to see him, and he agrees. Yet the next day comes and goes.",
            ),
        ),
    ),
    warning(
        "ready_excuses",
        "When you asked {him} about it, did {he} have excuses ready?",
        hint="For example: {he} {was} busy, work was hard, {he} {was} nervous, it was a bad time.",
        backing=(
            Citation(
                "missed-you",
                4,
                "When you reach out, and you call him out on it, he has his excuses all lined up.",
            ),
        ),
    ),
    warning(
        "you_keep_reaching_out",
        "Are you usually the one who gets in touch and keeps it going?",
        backing=(
            Citation(
                "missed-you",
                1,
                "I know that sometimes, you think that you should reach out to him again.",
            ),
            Citation(
                "missed-you",
                6,
                "You convince yourself that maybe if you try a little harder if you keep reaching out, then eventually they won’t be able to get you out of their heads.",
            ),
        ),
    ),
    strong_warning(
        "moved_on_fast",
        "After you broke up, did {he} start seeing someone new quickly?",
        backing=(
            Citation(
                "ignore-the-text",
                8,
                "Men will find a new girlfriend on their way out of your apartment. They move on fast.",
            ),
            Citation(
                "ignore-the-text",
                10,
                "Let him know that you aren’t a woman he can throw away and come back to when the others don’t work out.",
            ),
        ),
    ),
    strong_warning(
        "rebound_over",
        "Has that new relationship just ended, or is it falling apart?",
        hint="If {he} {has} not been seeing anyone new, answer No.",
        backing=(
            Citation(
                "ignore-the-text",
                7,
                "Things fell apart with the other girl, so he’s defaulting back to you",
            ),
            Citation(
                "ignore-the-text",
                9,
                "As time goes on, they will start to see that the person they rushed into dating isn’t actually someone they could be with long-term. That’s when they’ll start missing you.",
            ),
        ),
    ),
    strong_warning(
        "comes_and_goes",
        "{Has} {he} left your life and come back before, when it suited {him}?",
        backing=(
            Citation(
                "ignore-the-text",
                6,
                "He wants to see if he has the power to screw you over, and then reenter your life whenever he feels like it.",
            ),
        ),
    ),
    strong_warning(
        "vanished_after_attention",
        "In the past, once {he} got the attention {he} wanted, did {he} disappear again?",
        backing=(
            Citation(
                "ignore-the-text",
                4,
                "This brief conversation might feel therapeutic, but once he gets the validation he’s looking for, he’ll disappear again.",
            ),
            Citation("missed-you", 3, "A week, or two passes and just like that, he’s gone again."),
        ),
    ),
    warning(
        "fishing_for_praise",
        "Does the talk keep turning to {him}: why you miss {him}, how great {he} {is}?",
        backing=(
            Citation(
                "ignore-the-text",
                4,
                "He hopes that by reaching out with vulnerable sentiment, you will delve into a lengthy conversation about how wonderful he is and all the reasons you miss him.",
            ),
        ),
    ),
    warning(
        "arrived_while_healing",
        "Did {his} message come just as you were starting to feel better?",
        backing=(
            Citation(
                "ignore-the-text",
                1,
                "It’s a few months post-breakup and you’ve been working hard to forget your ex.",
            ),
            Citation(
                "ignore-the-text",
                12,
                "The “I miss you” text has a way of surfacing just as you start to feel better.",
            ),
        ),
    ),
    warning(
        "heard_you_moved_on",
        "{Has} {he} just seen you doing well, or heard that you are seeing someone new?",
        backing=(
            Citation(
                "ignore-the-text",
                12,
                "Maybe you ran into each other and you seemed happy, or maybe he heard through a friend that you’re seeing someone new.",
            ),
        ),
    ),
    action(
        "he_has_changed",
        "{Has} {he} shown by {his} actions that {he} {has} changed?",
        hint="Think of what {he} {has} done, not just what {he} said.",
        no_is_warning=True,
        backing={
            Y: (
                Citation("ignore-the-text", 11, "He hasn’t changed, but you have"),
                Citation(
                    "ignore-the-text",
                    12,
                    "The “I miss you” text is his attempt to derail the progress you’ve made and make himself feel important again.",
                ),
            ),
            N: (
                Citation("ignore-the-text", 11, "He hasn’t changed, but you have"),
                Citation(
                    "ignore-the-text",
                    12,
                    "The “I miss you” text is his attempt to derail the progress you’ve made and make himself feel important again.",
                ),
            ),
        },
    ),
)

_STRONG = answers_counting_as(QUESTIONS, Effect.STRONG_WARNING)
_WARNINGS = answers_counting_as(QUESTIONS, Effect.WARNING)
_ACTED = answers_counting_as(QUESTIONS, Effect.IN_HIS_FAVOUR)

EDITION = Edition(
    number=1,
    questions=QUESTIONS,
    rules=(
        Rule("strong_warning", VerdictId.IGNORE, at_least(1, _STRONG)),
        Rule("two_warnings", VerdictId.IGNORE, at_least(2, _WARNINGS)),
        Rule("one_warning", VerdictId.WAIT, exactly(1, _WARNINGS)),
        Rule(
            "actions_shown",
            VerdictId.YOUR_CALL,
            AllOf((none_of(_WARNINGS), Count(_ACTED, least=2))),
        ),
        Rule("words_only", VerdictId.WAIT, ALWAYS),
    ),
    could_still_happen=(
        ("followed_through", Y),
        ("he_has_changed", Y),
        ("broken_plans", Y),
        ("ready_excuses", Y),
        ("comes_and_goes", Y),
        ("vanished_after_attention", Y),
        ("fishing_for_praise", Y),
    ),
    errata=tuple(
        Erratum("he_has_changed", Y, dropped, date(2026, 11, 23))
        for dropped in QUESTIONS[-1].backing[Y]
    ),
)
