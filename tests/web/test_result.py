"""The result page: our reading, why, both sides, what would change it, and a link to keep."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from flask.testing import FlaskClient

from app import create_app
from decision import COMFORT, EDITIONS, Answer, Pronoun, VerdictId, wording
from tests.helpers import answers, open_result


def page(client: FlaskClient, default: str = "not_sure", **given: str) -> str:
    """The text of the result page for these answers (safety No, others ``default``)."""
    given = {"safety_concern": "no"} | given
    form = answers(default, **given)
    return html_lib.unescape(open_result(client, form).get_data(as_text=True))


def opened(client: FlaskClient, code: str) -> str:
    """The text of the page a share code opens."""
    return html_lib.unescape(client.get(f"/r/{code}").get_data(as_text=True))


@pytest.mark.parametrize(
    ("given", "verdict"),
    [
        ({"broken_plans": "yes"}, VerdictId.IGNORE),
        ({"ready_excuses": "yes"}, VerdictId.WAIT),
        ({"followed_through": "yes", "he_has_changed": "yes"}, VerdictId.YOUR_CALL),
    ],
)
def test_the_verdict_is_the_heading_under_our_reading(
    client: FlaskClient, given: dict[str, str], verdict: VerdictId
) -> None:
    """The h1 is the verdict, labelled as our reading of the essays, never as theirs."""
    text = page(client, **given)
    assert f"<h1>{Pronoun.HE.fill(wording.HEADLINES[verdict])}</h1>" in text
    assert '<p class="verdict__label">Our reading of the essays</p>' in text
    assert "What the essays would say" not in text


def test_each_reason_is_a_finding_with_its_own_quotes(client: FlaskClient) -> None:
    """Why: each counted answer in the person's words, with the passages behind that answer."""
    text = page(client, broken_plans="yes", ready_excuses="yes")
    for question_id in ("broken_plans", "ready_excuses"):
        assert Pronoun.HE.fill(wording.finding(2, question_id, Answer.YES)) in text
        for citation in EDITIONS[2].backing(question_id, Answer.YES):
            assert f"“{citation.quote}”" in text
            assert (
                f"<cite>{citation.source.short_title}</cite>, paragraph {citation.paragraph}"
                in text
            )


def test_reasons_are_grouped_strong_other_and_in_his_favour(client: FlaskClient) -> None:
    """Strong warning signs, other warning signs and in his favour, in that order."""
    text = page(client, moved_on_fast="yes", fishing_for_praise="yes", followed_through="yes")
    headings = ["Strong warning signs", "Other warning signs", "In his favour"]
    assert [text.index(f">{h}</h3>") for h in headings] == sorted(
        text.index(f">{h}</h3>") for h in headings
    )
    assert "You said he asked to meet you on a set day, at a set time and place." in text


def test_a_yes_to_change_says_it_is_our_own_test(client: FlaskClient) -> None:
    """No quote backs a Yes to "is it different now?": the page says the test is ours."""
    text = page(client, he_has_changed="yes")
    assert "This is our own test: neither essay treats change as a reason to reply." in text
    assert "He hasn’t changed, but you have" not in text


def test_dont_reply_carries_the_essays_comfort(client: FlaskClient) -> None:
    """Every Don't reply shows the comfort quote for the reader."""
    assert f"“{COMFORT.quote}”" in page(client, broken_plans="yes")
    assert f"“{COMFORT.quote}”" not in page(client, ready_excuses="yes")


def test_what_would_change_is_grouped_by_the_verdict_it_would_give(client: FlaskClient) -> None:
    """A booked dinner: what could still happen, under the verdict each would give, linked."""
    text = page(client, followed_through="yes")
    assert "<h3>It would become: Don’t reply.</h3>" in text
    assert "<h3>It would become: It’s your call.</h3>" in text
    assert (
        '<a href="/?answers=32hnyyuuuuuuuuuu#q3">If he agrees to meet and then it doesn’t happen</a>'
        in text
    )


def test_nothing_he_does_next_is_said_plainly(client: FlaskClient) -> None:
    """When nothing he could do moves a Don't reply, one line says so."""
    text = page(client, broken_plans="yes", moved_on_fast="yes")
    assert "In our reading, nothing he does next outweighs this." in text


def test_before_you_decide_comes_before_the_reasons(client: FlaskClient) -> None:
    """The caveat and the essays' scope sit near the verdict, above why."""
    text = page(client, broken_plans="yes")
    assert text.index("Before you decide") < text.index('id="why"')
    for line in wording.BEFORE_YOU_DECIDE:
        assert Pronoun.HE.fill(line) in text


def test_not_sure_of_safety_puts_the_support_block_above_the_verdict(client: FlaskClient) -> None:
    """A Not sure to the safety question brings the support block, before the verdict."""
    text = page(client, safety_concern="not_sure")
    assert text.index(wording.SAFETY_UNSURE[0]) < text.index("<h1>")
    assert 'href="/support">Where to get help' in text
    assert wording.SAFETY_UNSURE[0] not in page(client)


@pytest.mark.parametrize("code", ["32hnuuuuuuuuuuuu", "21huyuuuuuuuuuu", "1uuuuuuuuuuuy"])
def test_every_result_has_the_safety_line(client: FlaskClient, code: str) -> None:
    """Every result carries the safety line and a link to help."""
    assert f'{wording.SAFETY_LINE} <a href="/support">Where to get help</a>' in opened(client, code)


@pytest.mark.parametrize(("pronoun", "shown"), [("h", False), ("s", True), ("t", True)])
def test_she_or_they_says_the_quotes_keep_him(
    client: FlaskClient, pronoun: str, shown: bool
) -> None:
    """With she or they, one line says the quotes keep the essays' "him"."""
    text = opened(client, f"32{pronoun}nuyuuuuuuuuuu")
    assert 'id="why"' in text
    assert (wording.PRONOUN_NOTE in text) is shown


def test_your_answers_lists_every_question_with_a_change_link(client: FlaskClient) -> None:
    """Each answer has a Change link to the questionnaire, filled in, at that question."""
    text = page(client, broken_plans="no")
    for number in range(1, len(EDITIONS[2].questions) + 1):
        assert f'href="/?answers=32hnunuuuuuuuuuu#q{number}">Change' in text
    assert 'href="/">Start again</a>' in text


def test_share_link_is_absolute_and_says_what_it_reveals(client: FlaskClient) -> None:
    """The share link can be copied whole, and the page says it carries the answers."""
    text = page(client)
    assert 'value="http://localhost/r/32hnuuuuuuuuuuuu" readonly' in text
    assert "Anyone who opens this link will see your answers." in text


def test_a_hand_made_safety_link_opens_support_without_answers(client: FlaskClient) -> None:
    """No link is ever made for a Yes to safety; one made by hand goes to the support page."""
    response = client.get("/r/32hyuuuuuuuuuuuu")
    assert (response.status_code, response.headers["Location"]) == (303, "/support")


def test_a_share_link_opens_the_same_result_in_another_copy_of_the_app() -> None:
    """Two copies of the app, sharing nothing but the link, show the same page."""
    first = create_app({"TESTING": True}).test_client()
    second = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    location = first.post("/", data=answers("no")).headers["Location"]
    shown = first.get(location).data
    assert b"<h1>" in shown and shown == second.get(location).data


def test_result_pages_are_not_indexed(client: FlaskClient) -> None:
    """Search engines are asked not to index anyone's result."""
    assert '<meta name="robots" content="noindex">' in page(client)


@pytest.mark.parametrize("code", ["32hyyuuuuuuuuuuu", "21snnnnnnnnnnnn", "1yuuuuuuuuuuy"])
def test_a_link_preview_says_nothing_about_the_answers(client: FlaskClient, code: str) -> None:
    """Every result has the same title and description, and asks not to be indexed."""
    text = client.get(f"/r/{code}", follow_redirects=True).get_data(as_text=True)
    assert (
        "<title>A second opinion – Should I reply?</title>" in text
        or "<title>Take your time" in text
    )
    assert '<meta name="robots" content="noindex">' in text


class TestOldEditions:
    """A link made under edition 1 keeps its questions, reasons and verdict."""

    def test_it_shows_its_own_questions_and_verdict(self, client: FlaskClient) -> None:
        """Edition 1's questions and verdict, and which edition made it."""
        text = opened(client, "21huyuuuuuuuuuu")
        assert "<h1>Don’t reply.</h1>" in text
        assert "Has he said before that he wanted to see you, and then it never happened?" in text
        assert "made with edition 1 of our questions" in text

    def test_it_offers_todays_questions(self, client: FlaskClient) -> None:
        """It says the questions have changed, and links to a fresh questionnaire."""
        text = opened(client, "1uuuuuuuuuuuy")
        assert (
            'Our questions have changed since this link was made: <a href="/">answer today’s questions</a>'
            in text
        )
        assert "?answers=" not in text

    def test_its_erratum_is_shown_where_a_quote_was_taken_away(self, client: FlaskClient) -> None:
        """A Yes to change lost the quotes that argued against it, with a dated note."""
        text = opened(client, "1uuuuuuuuuuuy")
        assert "He hasn’t changed, but you have" not in text
        assert text.count("On 23 November 2026 we took away 2 quotes we used to show here.") == 1


@pytest.mark.parametrize(
    "code", ["32hnyuuuuuuuuuuu", "32hnuyuuuuuuuuuu", "32hnnnnnnnnnnnnn", "21huyuuuuuuuuuu"]
)
def test_a_result_page_judges_the_answers_once(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """One evaluation per page: the rule table runs once, plus once per thing that could happen."""
    from decision.editions.edition import Edition

    runs: list[int] = []
    first_rule = Edition.first_rule

    def counted(self: Edition, answers: object) -> object:
        runs.append(self.number)
        return first_rule(self, answers)  # type: ignore[arg-type]

    monkeypatch.setattr(Edition, "first_rule", counted)
    client = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    assert client.get(f"/r/{code}").status_code == 200
    edition = EDITIONS[runs[0]]
    assert 1 <= len(runs) <= 1 + len(edition.could_still_happen)


@pytest.mark.parametrize(
    ("code", "folded"),
    [
        ("32hnyuuuuuuuuuuu", ["what-would-change", "your-answers"]),
        ("32hnuyyuuuuuuuuu", ["your-answers"]),
        ("21huuuuuuuuuuuu", ["what-would-change", "your-answers"]),
    ],
)
def test_the_long_lists_fold_away_after_what_to_do(
    client: FlaskClient, code: str, folded: list[str]
) -> None:
    """What would change this and Your answers are closed <details>, after the share box."""
    text = opened(client, code)
    found = re.findall(r'<details( open)? id="([a-z-]+)"><summary><h2>', text)
    assert found == [("", name) for name in folded]
    assert text.index('class="share"') < text.index("<details id=")


def test_why_shows_the_weightiest_answer_and_folds_the_rest(client: FlaskClient) -> None:
    """Every answer that counted is on the page; only the first of the first group is unfolded."""
    text = page(client, "yes", safety_concern="no")
    why = text[text.index('id="why"') : text.index('class="share"')]
    unfolded = why[: why.index('<details class="more">')]
    findings = re.findall(r"<li><p>(You said[^<]*)</p>", why)
    assert len(findings) == 12
    assert re.findall(r"<li><p>(You said[^<]*)</p>", unfolded) == findings[:1]
    assert "<summary>Show 5 more</summary>" in why


@pytest.mark.parametrize(("heading", "count"), [("Other warning signs", 4), ("In his favour", 2)])
def test_a_later_group_folds_under_its_heading_and_count(
    client: FlaskClient, heading: str, count: int
) -> None:
    """Each group after the first is one line, its heading and how many answers it holds."""
    text = page(client, "yes", safety_concern="no")
    summary = f'<summary><h3 class="tag tag--[a-z_]+">{heading}</h3> \\({count}\\)</summary>'
    assert re.search(summary, text)


def test_a_lone_group_of_one_has_nothing_to_fold(client: FlaskClient) -> None:
    """One answer that counted is shown as it is, with no "Show more"."""
    assert '<details class="more">' not in page(client, ready_excuses="yes")


def test_nothing_he_does_is_never_folded(client: FlaskClient) -> None:
    """A one-line "What would change this" is shown as it is, not folded."""
    text = opened(client, "32hnuyyuuuuuuuuu")
    assert '<h2 id="what-would-change">What would change this</h2>' in text


def test_each_reasons_quotes_fold_under_what_the_essay_says(client: FlaskClient) -> None:
    """Every finding is shown; the passages behind it open from "What the essay says"."""
    text = opened(client, "32hnuyyuuuuuuuuu")
    reasons = text.split('<ul class="reasons">')[1:]
    assert reasons
    for reason in reasons:
        assert "<details><summary>What the essay says</summary><figure>" in reason


def test_quotes_from_one_paragraph_share_one_caption(client: FlaskClient) -> None:
    """Quotes next to each other from the same paragraph are one passage with one caption."""
    text = opened(client, "32hnuuuuuuyuuuuu")  # comes and goes: three quotes from ¶6
    citations = EDITIONS[2].backing("comes_and_goes", Answer.YES)
    assert len({(c.source_id, c.paragraph) for c in citations}) == 1 < len(citations)
    quotes = "".join(f"<blockquote>“{c.quote}”</blockquote>" for c in citations)
    caption = f"<cite>{citations[0].source.short_title}</cite>, paragraph {citations[0].paragraph}"
    assert f"<figure>{quotes}<figcaption>{caption}</figcaption></figure>" in text
