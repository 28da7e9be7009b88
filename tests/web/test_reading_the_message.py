"""Reading his message on the questionnaire: suggestions ticked and marked, nothing chosen lost."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

import web.reading
from decision import Answer, Pronoun, wording
from decision.reader import MAX_LENGTH, Reading, Suggestion
from tests.helpers import SIGNAL_IDS, answers, read_message, submit
from web import messages
from web.reading import BODY_LIMIT, excerpt

#: (message, the question it speaks to, the answer suggested, the words marked)
SUGGESTS = [
    pytest.param(
        "Are you free Saturday at 7 at the Crown?",
        "followed_through",
        "yes",
        "Saturday at 7 at the Crown",
        id="plan",
    ),
    pytest.param(
        "We should catch up sometime.", "followed_through", "no", "We should catch up", id="vague"
    ),
    pytest.param(
        "Do you ever think about me?",
        "fishing_for_praise",
        "yes",
        "Do you ever think about me",
        id="fishing",
    ),
    pytest.param(
        "I saw you with your new boyfriend.", "heard_you_moved_on", "yes", "saw you", id="saw-you"
    ),
    pytest.param(
        "It didn't work out with her.",
        "rebound_over",
        "yes",
        "It didn&#39;t work out with her",
        id="rebound",
    ),
    pytest.param(
        "Sorry I never called, work has been crazy busy.",
        "ready_excuses",
        "yes",
        "work has been crazy busy",
        id="excuses",
    ),
]

CHANGED = "I have changed, I promise. Nothing else to say."


def checked(html: str) -> dict[str, str]:
    """The value of every checked radio of a question, by question."""
    found = {}
    for tag in re.findall(r"<input[^>]*\bchecked\b[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]+)"', tag)
        assert name and value
        if name.group(1) in SIGNAL_IDS:
            found[name.group(1)] = value.group(1)
    return found


def question_html(html: str, question_id: str) -> str:
    """The markup of one question, from its box to the next."""
    number = SIGNAL_IDS.index(question_id) + 1
    return html.split(f'id="q{number}">')[1].split('<div class="question')[0]


def page(client: FlaskClient, message: str, form: dict[str, str] | None = None) -> str:
    """The questionnaire after reading ``message``, as HTML."""
    response = read_message(client, message, form)
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.mark.parametrize(("message", "question", "answer", "evidence"), SUGGESTS)
def test_a_message_ticks_the_answer_it_suggests(
    client: FlaskClient, message: str, question: str, answer: str, evidence: str
) -> None:
    """Each question a message speaks to comes back with the suggested answer ticked."""
    assert checked(page(client, message)) == {question: answer}


@pytest.mark.parametrize(("message", "question", "answer", "evidence"), SUGGESTS)
def test_each_suggestion_is_marked_with_the_words_behind_it(
    client: FlaskClient, message: str, question: str, answer: str, evidence: str
) -> None:
    """Under the question: "Suggested from his message", and his words with the evidence marked."""
    box = question_html(page(client, message), question)
    assert f'<p class="from-message" id="{question}-suggested">' in box
    assert "<strong>Suggested from his message:</strong>" in box
    assert f"<mark>{evidence}</mark>" in box


def test_screen_readers_hear_the_suggestion_with_the_question(client: FlaskClient) -> None:
    """The question's fieldset is described by its suggestion, after its hint."""
    box = question_html(page(client, "Do you miss me?"), "fishing_for_praise")
    described = re.search(r'<fieldset aria-describedby="([^"]+)"', box)
    assert described and described.group(1).split() == [
        "fishing_for_praise-hint",
        "fishing_for_praise-suggested",
    ]


def test_questions_the_message_cannot_speak_to_stay_unanswered(client: FlaskClient) -> None:
    """Only the questions with a suggestion are ticked, and only they are marked."""
    html = page(client, "Do you miss me? Are you free Saturday at 7 at the Crown?")
    assert checked(html) == {"fishing_for_praise": "yes", "followed_through": "yes"}
    assert html.count('class="from-message"') == 2


def test_an_answer_already_chosen_is_never_overwritten(client: FlaskClient) -> None:
    """A choice the person made stays, unmarked; the other suggestions are still ticked."""
    chosen = {"fishing_for_praise": "no", "broken_plans": "yes", "pronoun": "they"}
    html = page(client, "Do you miss me? Are you free Saturday at 7 at the Crown?", chosen)
    assert checked(html) == {
        "fishing_for_praise": "no",
        "broken_plans": "yes",
        "followed_through": "yes",
    }
    assert 'id="fishing_for_praise-suggested"' not in html


def test_the_safety_question_is_never_suggested(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a reader that suggested an answer to safety would tick nothing there."""
    wrong = Suggestion("safety_concern", Answer.NO, "made_up", 0, 5, "Hello")
    monkeypatch.setattr(web.reading, "read", lambda message: Reading(suggestions=(wrong,)))
    html = page(client, "Hello there")
    assert checked(html) == {}
    assert 'id="safety_concern-suggested"' not in html


def test_a_threat_suggests_nothing_for_safety(client: FlaskClient) -> None:
    """A frightening message leaves the safety question for the person alone."""
    html = page(client, "I know where you live. I will be outside your house tonight.")
    assert "safety_concern" not in checked(html)


def test_he_says_he_has_changed_gets_the_note_and_no_answer(client: FlaskClient) -> None:
    """Words alone never tick "he has changed"; the note says the essays look at deeds."""
    html = page(client, CHANGED)
    box = question_html(html, "he_has_changed")
    assert "he_has_changed" not in checked(html)
    assert str(escape(Pronoun.HE.fill(wording.reading_note("words_not_deeds")))) in box
    assert "<mark>I have changed</mark>" in box
    assert 'aria-describedby="he_has_changed-hint he_has_changed-note"' in box


def test_words_that_may_threaten_are_noted_at_the_safety_question(client: FlaskClient) -> None:
    """A threat ticks nothing, not even the plan in it, and is noted by the safety question."""
    threat = "I know where you live. I'll be outside your house at 9pm on Friday."
    html = page(client, threat)
    box = question_html(html, "safety_concern")
    assert checked(html) == {}
    assert str(escape(Pronoun.HE.fill(wording.reading_note("may_be_a_threat")))) in box
    assert "<mark>I know where you live</mark>" in box
    assert 'aria-describedby="safety_concern-hint safety_concern-note"' in box


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        ("she", "Suggested from her message:"),
        ("they", "Suggested from their message:"),
    ],
)
def test_the_marks_follow_the_chosen_words(
    client: FlaskClient, pronoun: str, expected: str
) -> None:
    """The box, the marks and the note are worded for she or they when chosen."""
    html = page(client, f"Do you miss me? {CHANGED}", {"pronoun": pronoun})
    words = Pronoun(pronoun)
    assert words.fill("Paste {his} message (optional)") in html
    assert expected in html
    assert str(escape(words.fill(wording.reading_note("words_not_deeds")))) in html


@pytest.mark.parametrize(
    ("message", "notice"),
    [
        pytest.param("Do you miss me?", messages.READ_SUGGESTED, id="found"),
        pytest.param("Hope you are well.", messages.READ_NOTHING, id="nothing"),
    ],
)
def test_one_plain_line_says_what_to_do_next(
    client: FlaskClient, message: str, notice: str
) -> None:
    """After reading: change anything that is wrong, or answer the questions yourself."""
    html = page(client, message)
    assert f'<p class="notice" role="status">{escape(Pronoun.HE.fill(notice))}</p>' in html


def test_the_message_stays_in_its_box_to_edit_and_read_again(client: FlaskClient) -> None:
    """The re-shown page holds the message, escaped, line breaks and all."""
    message = "Hi <b>you</b>\r\nDo you miss me?"
    html = page(client, message)
    assert f"{escape(message.replace(chr(13), ''))}</textarea>" in html


def test_the_box_asks_the_browser_to_keep_and_check_nothing(client: FlaskClient) -> None:
    """No autofill, no saved form state and no spell checker that could send it away."""
    html = client.get("/").get_data(as_text=True)
    box = re.search(r"<textarea[^>]*>", html)
    assert box and 'autocomplete="off"' in box.group() and 'spellcheck="false"' in box.group()
    assert "We read it here and keep nothing." in html


@pytest.mark.parametrize(
    ("form", "keeps"),
    [
        pytest.param({"reword": "1", "pronoun": "she"}, "Paste her message", id="reword"),
        pytest.param({"broken_plans": "yes"}, "There is a problem", id="with-gaps"),
    ],
)
def test_other_buttons_keep_the_message_but_tick_nothing(
    client: FlaskClient, form: dict[str, str], keeps: str
) -> None:
    """Rewording or a submit with gaps keeps the text in its box and suggests nothing."""
    html = submit(client, {**form, "message": "Do you miss me?"}).get_data(as_text=True)
    assert keeps in html
    assert "Do you miss me?</textarea>" in html
    assert "fishing_for_praise" not in checked(html)


def test_a_message_sent_with_the_answers_changes_nothing_about_the_result(
    client: FlaskClient,
) -> None:
    """Submitting every answer with a message in the box gives the same result link."""
    given = answers("no")
    plain = submit(client, given)
    with_message = submit(client, {**given, "message": "Do you miss me? Saturday at 7?"})
    assert with_message.status_code == plain.status_code == 303
    assert with_message.headers["Location"] == plain.headers["Location"] == "/r/32hnnnnnnnnnnnnn"


#: (what is pasted, what the page should say)
BAD_INPUT = [
    pytest.param("", Pronoun.SHE.fill(messages.MESSAGE_EMPTY), id="empty"),
    pytest.param(" \t\r\n \u00a0\u3000", Pronoun.SHE.fill(messages.MESSAGE_EMPTY), id="whitespace"),
    pytest.param(
        "x" * (MAX_LENGTH + 1), messages.message_too_long(MAX_LENGTH + 1), id="one-too-many"
    ),
    pytest.param("I miss you " * 1000, messages.message_too_long(11_000), id="ten-thousand"),
]


@pytest.mark.parametrize(("message", "error"), BAD_INPUT)
def test_bad_input_says_what_to_do_and_loses_nothing(
    client: FlaskClient, message: str, error: str
) -> None:
    """Empty or too long: the error in the summary and at the box, every answer and word kept."""
    chosen = {"broken_plans": "yes", "pronoun": "she"}
    response = read_message(client, message, chosen)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert f'<li><a href="#message">{escape(error)}</a></li>' in html
    assert '<p class="error-message" id="message-error">' in html
    assert 'aria-describedby="message-hint message-private message-error"' in html
    assert checked(html) == {"broken_plans": "yes"} and 'value="she" checked' in html
    assert f"{escape(message.replace(chr(13), ''))}</textarea>" in html


def test_the_limit_counts_characters_not_bytes(client: FlaskClient) -> None:
    """2,000 characters is read; the message says the limit in words a person can check."""
    assert "There is a problem" not in page(client, "é" * MAX_LENGTH)
    assert "2,000" in messages.message_too_long(MAX_LENGTH + 1)


def test_a_line_break_counts_as_one_character(client: FlaskClient) -> None:
    """Browsers send a line break as two characters; the page counts the one it shows."""
    message = "a\r\n" * (MAX_LENGTH // 2)
    assert len(message) > MAX_LENGTH
    assert "There is a problem" not in page(client, message)


#: Messages no page should fail on, with what each should tick.
ODD_INPUT = [
    pytest.param("😭" * MAX_LENGTH, {}, id="emoji"),
    pytest.param("I miss you 😭💔 do you miss me? 🥺", {"fishing_for_praise": "yes"}, id="mixed"),
    pytest.param(
        "Я скучаю по тебе. 我想你。 أفتقدك. मुझे तुम्हारी याद आती है. 보고 싶어", {}, id="scripts"
    ),
    pytest.param(
        "I have changed\x00\x07\x1b\x7f do you miss me", {"fishing_for_praise": "yes"}, id="control"
    ),
    pytest.param(
        "u free 2nite at 8 at the pub? do u miss me",
        {"followed_through": "yes", "fishing_for_praise": "yes"},
        id="text-speak",
    ),
    pytest.param(
        "I MISS YOU. ARE YOU FREE SATURDAY AT 7 AT THE CROWN?",
        {"followed_through": "yes"},
        id="all-caps",
    ),
    pytest.param(
        "hey\n\n\nhow are you\n\n\nim single again lol\n", {"rebound_over": "yes"}, id="lines"
    ),
    pytest.param(
        "<script>alert(1)</script> do you miss me", {"fishing_for_praise": "yes"}, id="markup"
    ),
    pytest.param("\u202eevol\u202c \ufeff\u200b" * 50, {}, id="bidi-and-invisible"),
]


@pytest.mark.parametrize(("message", "ticked"), ODD_INPUT)
def test_any_message_is_read_without_an_error(
    client: FlaskClient, message: str, ticked: dict[str, str]
) -> None:
    """Emoji, any script, control characters, text-speak, capitals, markup: read, never a 5xx."""
    html = page(client, message)
    assert "There is a problem" not in html
    assert checked(html) == ticked
    assert "<script>alert" not in html


def test_a_2000_character_emoji_message_fits_the_request_limit(client: FlaskClient) -> None:
    """The longest message in the widest characters is read, though it is past 16 KB encoded."""
    form = {**answers("yes"), "read": "1", "message": "🥺" * MAX_LENGTH}
    assert len(urlencode(form)) > 16 * 1024
    assert client.post("/", data=form).status_code == 200


def test_a_long_paste_in_any_script_gets_the_message_not_a_413(client: FlaskClient) -> None:
    """10,000 four-byte characters, 120 KB encoded, still come back with the limit explained."""
    html = page(client, "🥺" * 10_000)
    assert escape(messages.message_too_long(10_000)) in html


def test_a_body_past_the_message_limit_is_refused(client: FlaskClient) -> None:
    """Past BODY_LIMIT, the page route answers 413 like any other."""
    response = read_message(client, "y" * (BODY_LIMIT + 1))
    assert response.status_code == 413


def test_routes_that_take_no_message_keep_the_smaller_limit(client: FlaskClient) -> None:
    """The answers-only API still refuses a body past the app's 16 KB."""
    response = client.post("/api/v1/evaluate", json={"answers": {}, "x": "y" * 20_000})
    assert response.status_code == 413


LONG = "one two three four five six seven eight nine ten eleven twelve EVIDENCE thirteen" + (
    " fourteen fifteen sixteen seventeen eighteen"
)

EXCERPTS = [
    pytest.param("Hello there", "Hello", ("", "Hello", " there"), id="short"),
    pytest.param(
        LONG,
        "EVIDENCE",
        (
            "… six seven eight nine ten eleven twelve ",
            "EVIDENCE",
            " thirteen fourteen fifteen sixteen…",
        ),
        id="cut-at-a-space",
    ),
    pytest.param(
        "Hi.\n\n  Do you\tmiss me?\n\nx",
        "Do you\tmiss me",
        ("Hi. ", "Do you miss me", "? x"),
        id="lines",
    ),
]


@pytest.mark.parametrize(("message", "evidence", "parts"), EXCERPTS)
def test_an_excerpt_shows_a_few_words_either_side(
    message: str, evidence: str, parts: tuple[str, str, str]
) -> None:
    """The marked words, with up to 40 characters either side cut at a space, on one line."""
    start = message.index(evidence)
    found = excerpt(message, start, start + len(evidence))
    assert (found.before, found.evidence, found.after) == parts
