"""The app's own words about a result: free to improve at any time, unlike an edition.

Every text is a template for ``Pronoun.fill``. Nothing here changes what a question asks or how
an answer counts; that is an edition's, and frozen. Findings are the person's answers, not facts
about anyone ("You said..."), and nothing here puts words in the essays' mouths.
"""

from __future__ import annotations

from decision.answers import Answer
from decision.questions import Effect
from decision.sources import Citation
from decision.verdicts import VerdictId

__all__ = [
    "BEFORE_YOU_DECIDE",
    "EFFECT_HEADINGS",
    "HEADLINES",
    "LABEL",
    "NOTHING_HE_DOES",
    "OUR_READING",
    "PRIVATE_WINDOW",
    "PRONOUN_NOTE",
    "READING_NOTES",
    "RULE_SUMMARIES",
    "IN_DANGER",
    "SAFETY_FIRST",
    "SAFETY_LINE",
    "SAFETY_UNSURE",
    "SOURCE_SUMMARIES",
    "erratum_note",
    "explanation",
    "explanation_backing",
    "finding",
    "own_reading",
    "reading_note",
    "what_if",
]

Y, N = Answer.YES, Answer.NO

#: Over every verdict but "Your safety comes first".
LABEL = "Our reading of the essays"

HEADLINES: dict[VerdictId, str] = {
    VerdictId.SAFETY_FIRST: "Your safety comes first.",
    VerdictId.IGNORE: "Don’t reply.",
    VerdictId.WAIT: "Not yet: let what {he} {does} speak first.",
    VerdictId.YOUR_CALL: "It’s your call.",
}

#: On every result and on How we decide; the questionnaire's safety question serves instead.
SAFETY_LINE = (
    "If your ex has ever hurt, threatened or controlled you, or won’t leave you alone,"
    " this is bigger than one text."
)

#: The safety page, in calm words: no instructions, no labels, no false reassurance.
SAFETY_FIRST = (
    "You said your ex has done something on that list. That is bigger than one text, and it is not your fault.",
    "You don’t have to decide anything about this message tonight.",
    "Whether you reply, ignore or block can affect your safety. A support service can help you think it through, this message included.",
)

#: Before the emergency numbers.
IN_DANGER = "If you are in danger now, call your local emergency number:"

#: Above the verdict when the safety question was answered Not sure.
SAFETY_UNSURE = (
    "You weren’t sure about the first question.",
    "If anything on that list has ever happened, this is bigger than one text.",
    "Before you reply, talk it over with someone you trust, or a support service.",
)

#: Near the verdict: what the essays are, and what they don't cover.
BEFORE_YOU_DECIDE = (
    "This is our reading of two opinion essays. They make broad claims about men and women"
    " that may not fit your life.",
    "It is no substitute for professional help. You know your own story best.",
    "These essays are about whether to let {him} back into your life. If you have to stay in"
    " touch (children, work, a home), they don’t cover that.",
    "A short, kind reply that says where you stand is not the same as getting back together."
    " The essays don’t discuss it.",
    "If you were the one who ended it, the essays’ test may not fit: {he} may be waiting to"
    " hear from you.",
)

#: When the pronoun is she or they.
PRONOUN_NOTE = "The quotes keep the essays’ own words, which speak of “him”."

#: Said plainly on How we decide and in the JSON.
OUR_READING = (
    "Read alone, both essays say to let the text go.",
    "Our middle verdicts, “Not yet” and “It’s your call”, are our own reading of them.",
    "So are the weights we give each answer, and how many warnings it takes.",
)

EFFECT_HEADINGS: dict[Effect, str] = {
    Effect.STRONG_WARNING: "Strong warning signs",
    Effect.WARNING: "Other warning signs",
    Effect.IN_HIS_FAVOUR: "In {his} favour",
}

#: When no single thing he could do would move a "Don't reply".
NOTHING_HE_DOES = "In our reading, nothing {he} {does} next outweighs this."

#: Edition 2's rules as How we decide lists them, in one line each.
RULE_SUMMARIES: dict[str, str] = {
    "safety": "A Yes to the first question: your safety comes first. This is our own rule.",
    "strong_warning": "Any strong warning sign: don’t reply.",
    "two_warnings": "Two or more warning signs: don’t reply.",
    "one_warning": "Exactly one warning sign: not yet.",
    "safety_unsure": "Not sure about the first question, no warning signs, and a Yes to both things {he} could do: not yet. Talk it over first.",
    "acted_and_changed": "No warning signs, and a Yes to both things {he} could do: it’s your call.",
    "one_action": "No warning signs, a Yes to one of those things and Not sure of the other: not yet.",
    "words_only": "Anything else: not yet. Words alone are not a reason to answer.",
}

#: How we decide: using the app without leaving a trace, in two sentences.
PRIVATE_WINDOW = (
    "To leave no trace on this phone, open the app in a private or incognito window, and close it when you are done.",
    "Otherwise, clear this site from your browser history afterwards, because without JavaScript the Back button can still show your answers.",
)

_EXPLANATIONS: dict[str, str] = {
    "safety": ("You said your ex has done something on that list. That is bigger than one text."),
    "strong_warning": (
        "You said yes to a strong warning sign."
        " The essay it comes from treats that alone as reason not to answer."
    ),
    "two_warnings": (
        "You said yes to two or more warning signs."
        " In our reading, that is reason enough not to answer."
    ),
    "one_warning": (
        "You said yes to one warning sign."
        " The second essay treats each of its reasons as enough on its own."
        " Asking for two before we say “Don’t reply” is our choice."
        " For now, watch what {he} {does}, not what {he} {says}."
    ),
    "safety_unsure": (
        "You weren’t sure about the first question."
        " Before you reply, talk it over with someone you trust, or a support service."
        " Your other answers show no warning sign, and two things in {his} favour."
    ),
    "acted_and_changed": (
        "No warning signs came up in your answers, and you said yes to both things {he} could do."
        " In our reading, that makes it your call."
        " Read alone, both essays still say to let the text go."
    ),
    "one_action": (
        "No warning signs came up in your answers."
        " You said yes to one thing {he} could do, and weren’t sure of the other."
        " In our reading, that is not enough yet. Wait and see what {he} {does} next."
    ),
    "words_only": (
        "No warning signs came up, but you weren’t sure {he} {has} done anything yet."
        " Words alone are not a reason to answer."
    ),
}

# Edition 1's rules, where its own meaning needs its own words.
_EDITION_1_EXPLANATIONS: dict[str, str] = {
    "actions_shown": (
        "No warning signs came up in your answers, and you said yes to both things {he} could do."
        " In our reading, that made it your call."
        " Read alone, both essays still say to let the text go."
    ),
    "words_only": (
        "No warning signs came up. But your answers did not show both things we looked for."
        " Those were a plan {he} kept, and change shown by what {he} {does}."
        " Words alone are not a reason to answer."
    ),
}

#: What the questionnaire says beside a note the message reader made (``decision.reader.Note``).
READING_NOTES: dict[str, str] = {
    "words_not_deeds": (
        "{His} message says {he} {has} changed."
        " The essays look at what {he} {does}, not what {he} {says}."
    ),
    "may_be_a_threat": (
        "Some words in {his} message may be a threat."
        " If you feel afraid, that matters more than any answer here."
        " We have not ticked anything for you."
    ),
}


def reading_note(kind: str) -> str:
    """The sentence for one kind of note about his message."""
    return READING_NOTES[kind]


_WORDS_ALONE = Citation(
    "missed-you", 11, "Because if he really did miss you, he would do something about it."
)


def explanation(edition: int, rule: str) -> str:
    """Why a rule gave its verdict, in plain words."""
    if edition == 1 and rule in _EDITION_1_EXPLANATIONS:
        return _EDITION_1_EXPLANATIONS[rule]
    return _EXPLANATIONS[rule]


def explanation_backing(rule: str) -> tuple[Citation, ...]:
    """The passage an explanation leans on, where it names one."""
    return (_WORDS_ALONE,) if rule == "words_only" else ()


_FINDINGS: dict[int, dict[tuple[str, Answer], str]] = {
    1: {
        ("followed_through", Y): "You said {he} made a real plan to meet you, and kept to it.",
        (
            "broken_plans",
            Y,
        ): "You said {he} said before that {he} wanted to see you, and it never happened.",
        ("ready_excuses", Y): "You said {he} had excuses ready when you asked {him} about it.",
        (
            "you_keep_reaching_out",
            Y,
        ): "You said you are usually the one who gets in touch and keeps it going.",
        ("moved_on_fast", Y): "You said {he} started seeing someone new soon after you broke up.",
        ("rebound_over", Y): "You said {his} new relationship has just ended, or is falling apart.",
        (
            "comes_and_goes",
            Y,
        ): "You said {he} {has} left your life and come back before, when it suited {him}.",
        (
            "vanished_after_attention",
            Y,
        ): "You said that before, once {he} got the attention {he} wanted, {he} disappeared.",
        (
            "fishing_for_praise",
            Y,
        ): "You said the talk keeps turning to {him}, and how great {he} {is}.",
        (
            "arrived_while_healing",
            Y,
        ): "You said {his} message came just as you were starting to feel better.",
        (
            "heard_you_moved_on",
            Y,
        ): "You said {he} {has} just seen you doing well, or heard you are seeing someone.",
        (
            "he_has_changed",
            Y,
        ): "You said {he} {has} shown by {his} actions that {he} {has} changed.",
        (
            "he_has_changed",
            N,
        ): "You said {he} {has} not shown by {his} actions that {he} {has} changed.",
    },
    2: {
        ("safety_concern", Y): "You said your ex has done something on that list.",
        (
            "followed_through",
            Y,
        ): "You said {he} asked to meet you on a set day, at a set time and place.",
        (
            "followed_through",
            N,
        ): "You said {he} {has} not asked to meet you on a set day, at a set time and place.",
        (
            "broken_plans",
            Y,
        ): "You said {he} agreed to meet and then let it drop, or didn’t turn up.",
        ("ready_excuses", Y): "You said {he} had excuses ready when a plan fell through.",
        (
            "you_keep_reaching_out",
            Y,
        ): "You said you start most of your conversations. The effort has been one-sided.",
        ("moved_on_fast", Y): "You said {he} started seeing someone new soon after you broke up.",
        (
            "rebound_over",
            Y,
        ): "You said a relationship {he} started since has just ended, or is falling apart.",
        (
            "comes_and_goes",
            Y,
        ): "You said {he} {has} left your life and come back at least twice before.",
        (
            "vanished_after_attention",
            Y,
        ): "You said that when you were warm to {him}, {he} went quiet again soon after.",
        ("fishing_for_praise", Y): "You said {his} message asks how you feel about {him}.",
        (
            "arrived_while_healing",
            Y,
        ): "You said {his} message came just as you were starting to feel better.",
        (
            "heard_you_moved_on",
            Y,
        ): "You said {his} message came soon after {he} found out you’re doing well.",
        (
            "he_has_changed",
            Y,
        ): "You said {his} part in what went wrong is different now, or that {he} had no part in it.",
        ("he_has_changed", N): "You said {his} part in what went wrong is not different now.",
    },
}


def finding(edition: int, question: str, answer: Answer) -> str:
    """An answer that counted, in plain words: what the person said, not a fact about anyone."""
    return _FINDINGS[edition][(question, answer)]


_OWN_READING: dict[tuple[str, Answer], str] = {
    ("safety_concern", Y): "This is our own rule. The essays don’t discuss abuse.",
    (
        "he_has_changed",
        Y,
    ): "This is our own test: neither essay treats change as a reason to reply.",
}


def own_reading(question: str, answer: Answer) -> str | None:
    """Where an answer counts with no passage behind it, the line that says it is ours."""
    return _OWN_READING.get((question, answer))


def erratum_note(on: str, count: int) -> str:
    """Said where passages were taken away from an answer they argued against."""
    if count == 1:
        return f"On {on} we took away a quote we used to show here. It argued against this answer."
    return f"On {on} we took away {count} quotes we used to show here. They argued against this answer."


_WHAT_IF: dict[tuple[str, Answer], str] = {
    ("followed_through", Y): "If {he} ask{s} to meet you on a set day, at a set time and place",
    (
        "he_has_changed",
        Y,
    ): "If what {he} {does} shows that {his} part in what went wrong is different now",
    ("broken_plans", Y): "If {he} agree{s} to meet and then it doesn’t happen",
    ("ready_excuses", Y): "If a plan falls through and {he} {has} excuses ready",
    ("comes_and_goes", Y): "If {he} go{es} away and come{s} back again",
    ("vanished_after_attention", Y): "If you are warm to {him} and {he} go{es} quiet again",
    ("fishing_for_praise", Y): "If the talk keeps coming back to {him}",
}


def what_if(question: str, answer: Answer) -> str:
    """Something that could still happen, as a clause: "If he agrees to meet and then..."."""
    return _WHAT_IF[(question, answer)]


SOURCE_SUMMARIES: dict[str, str] = {
    "missed-you": (
        "This essay says that if someone really misses you, they do something about it."
        " Words and excuses without a plan are not enough."
        " It says you deserve someone who makes the effort, and ends by saying you are better"
        " off without him."
    ),
    "ignore-the-text": (
        "This essay gives four reasons to ignore an “I miss you” text from an ex."
        " He wants praise. He is testing you. His rebound has ended. Or he can’t stand to see"
        " you doing well. It says to ignore the text, and never says when to reply."
    ),
}
