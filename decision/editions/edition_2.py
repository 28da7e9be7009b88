"""Edition 2: a safety question first, twelve questions that say when they are about, eight rules.

Frozen once released. The passages behind each answer are the brief's: each backs the answer it
is shown with, read in its essay. A Yes to the safety question and a Yes to "is it different
now?" count with no passage behind them: they are our own rule and our own test.
"""

from __future__ import annotations

from decision.answers import Answer
from decision.editions.edition import Edition
from decision.questions import Effect, Question, action, safety, strong_warning, warning
from decision.rules import (
    ALWAYS,
    AllOf,
    Answered,
    Rule,
    answers_counting_as,
    at_least,
    exactly,
    none_of,
)
from decision.sources import Citation
from decision.verdicts import VerdictId

__all__ = ["EDITION"]

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE

_ACTION_IS_THE_TEST = Citation(
    "missed-you", 11, "Because if he really did miss you, he would do something about it."
)

QUESTIONS: tuple[Question, ...] = (
    safety(
        "safety_concern",
        "Has your ex ever done any of these?",
        items=(
            "Hurt you physically, or forced you into anything sexual.",
            "Threatened you, or made you afraid of them.",
            "Checked your phone, controlled your money, or tried to stop you seeing people.",
            "Kept contacting you, or turned up, after you asked them to stop.",
        ),
        hint="Answer Yes if any one of these has happened, even once, even long ago.",
    ),
    action(
        "followed_through",
        "Since you broke up, {has} {he} asked to meet you on a set day, at a set time and place?",
        hint=(
            "It counts if you met, or if the day hasn’t come yet."
            " It counts if {he} agreed to a day, time and place you suggested."
            " If you live far apart, a set plan to travel to see you counts."
            " “We should meet up sometime” doesn’t count."
            " A plan that fell through goes in the next question."
        ),
        no_is_warning=True,
        backing={
            Y: (_ACTION_IS_THE_TEST,),
            N: (
                _ACTION_IS_THE_TEST,
                Citation(
                    "missed-you",
                    10,
                    "You are someone whose value isn’t lessened just because some guy doesn’t get off his butt and actually make an effort.",
                ),
            ),
        },
    ),
    strong_warning(
        "broken_plans",
        "Since you broke up, {has} {he} said {he}’d see you, then let it drop or not turned up?",
        hint=(
            "Agreeing to meet counts, and so does this time."
            " If {he} agreed to meet and the day passed, answer Yes."
            " If {he} went quiet for a week or more, answer Yes."
            " If you cancelled, or {he} moved the day and then came, answer No."
        ),
        backing=(
            Citation(
                "missed-you",
                3,
                "You say you want to see him, and he agrees. Yet the next day comes and goes.",
            ),
            Citation(
                "missed-you",
                11,
                "So stop wasting your time, thoughts, and energy on someone who claims to miss you, only to let you down.",
            ),
        ),
    ),
    warning(
        "ready_excuses",
        "When a plan fell through since you broke up, and you asked {him} why, did {he} have excuses ready?",
        hint="Busy, work, nerves, bad timing. If no plan fell through, or you never asked, answer No.",
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
        "Since you broke up, have you been the one who starts most of your conversations?",
        hint=(
            "Count who got in touch first each time, including what led to this message."
            " If neither of you has been in touch, answer No."
        ),
        backing=(
            Citation("missed-you", 6, "We all want to be missed."),
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
        hint="Within a few weeks, or even before you had broken up.",
        backing=(
            Citation(
                "ignore-the-text",
                10,
                "If your partner moved on quickly post-breakup, the “I miss you” text feels AMAZING.",
            ),
            Citation("ignore-the-text", 10, "But you still need to ignore this text."),
        ),
    ),
    strong_warning(
        "rebound_over",
        "{Has} a relationship {he} started since you broke up just ended, or is it falling apart?",
        hint=(
            "If {he} {has} not been with anyone since, answer No."
            " If you don’t know, choose Not sure."
        ),
        backing=(
            Citation(
                "ignore-the-text",
                8,
                "This is the most brutal and most likely cause of the “I miss you” text.",
            ),
            Citation(
                "ignore-the-text",
                9,
                "As time goes on, they will start to see that the person they rushed into dating isn’t actually someone they could be with long-term.",
            ),
            Citation("ignore-the-text", 9, "That’s when they’ll start missing you."),
        ),
    ),
    strong_warning(
        "comes_and_goes",
        "Before this message, had {he} already left your life and come back at least twice?",
        hint=(
            "Breaking up and getting back together counts."
            " So does going silent for weeks and then getting in touch."
        ),
        backing=(
            Citation(
                "ignore-the-text", 6, "Sometimes the “I miss you” text is a form of manipulation."
            ),
            Citation(
                "ignore-the-text",
                6,
                "He wants to see if he has the power to screw you over, and then reenter your life whenever he feels like it.",
            ),
            Citation("ignore-the-text", 6, "Shut this down immediately."),
        ),
    ),
    strong_warning(
        "vanished_after_attention",
        "Since you broke up, when you’ve been warm to {him}, {has} {he} gone quiet again soon after?",
        hint=(
            "For example, you answered kindly or said you missed {him} too,"
            " then heard nothing for days."
        ),
        backing=(
            Citation(
                "ignore-the-text",
                4,
                "This brief conversation might feel therapeutic, but once he gets the validation he’s looking for, he’ll disappear again.",
            ),
        ),
    ),
    warning(
        "fishing_for_praise",
        "Does {his} message ask how you feel about {him}, like whether you miss {him} or still think about {him}?",
        hint="If you’ve talked since, also answer Yes if the talk keeps coming back to {him}.",
        backing=(
            Citation("ignore-the-text", 4, "He’s baiting you."),
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
                12,
                "The “I miss you” text has a way of surfacing just as you start to feel better.",
            ),
            Citation(
                "ignore-the-text",
                2,
                "But it can also be very toxic and detrimental to the progress you have made to get past the breakup.",
            ),
        ),
    ),
    strong_warning(
        "heard_you_moved_on",
        "Did {his} message come soon after {he} found out you’re doing well, or seeing someone new?",
        hint=(
            "For example, you ran into each other, {he} saw your photos, or a friend told {him}."
            " A meeting {he} asked for doesn’t count. If you don’t know, choose Not sure."
        ),
        backing=(
            Citation(
                "ignore-the-text",
                12,
                "Maybe you ran into each other and you seemed happy, or maybe he heard through a friend that you’re seeing someone new.",
            ),
            Citation(
                "ignore-the-text",
                12,
                "The “I miss you” text is his attempt to derail the progress you’ve made and make himself feel important again.",
            ),
            Citation("ignore-the-text", 12, "Don’t allow this."),
        ),
    ),
    action(
        "he_has_changed",
        "Think about {his} part in what went wrong between you. Going by what {he} {has} done since, not what {he} {says}, is it different now?",
        hint="If {he} had no part in it, answer Yes. If you’ve seen nothing either way, choose Not sure.",
        no_is_warning=True,
        backing={N: (Citation("ignore-the-text", 11, "He hasn’t changed, but you have"),)},
    ),
)

_STRONG = answers_counting_as(QUESTIONS, Effect.STRONG_WARNING)
_WARNINGS = answers_counting_as(QUESTIONS, Effect.WARNING)
_ACTED = answers_counting_as(QUESTIONS, Effect.IN_HIS_FAVOUR)
_UNSURE_OF_ACTIONS = tuple((question, U) for question, _ in _ACTED)

EDITION = Edition(
    number=2,
    questions=QUESTIONS,
    rules=(
        Rule("safety", VerdictId.SAFETY_FIRST, Answered("safety_concern", Y)),
        Rule("strong_warning", VerdictId.IGNORE, at_least(1, _STRONG)),
        Rule("two_warnings", VerdictId.IGNORE, at_least(2, _WARNINGS)),
        Rule("one_warning", VerdictId.WAIT, exactly(1, _WARNINGS)),
        Rule(
            "safety_unsure",
            VerdictId.WAIT,
            AllOf((Answered("safety_concern", U), none_of(_WARNINGS), exactly(2, _ACTED))),
        ),
        Rule(
            "acted_and_changed",
            VerdictId.YOUR_CALL,
            AllOf((none_of(_WARNINGS), exactly(2, _ACTED))),
        ),
        Rule(
            "one_action",
            VerdictId.WAIT,
            AllOf((none_of(_WARNINGS), exactly(1, _ACTED), exactly(1, _UNSURE_OF_ACTIONS))),
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
)
