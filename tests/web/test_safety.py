"""Safety: a way to leave fast on every page, and a calm line on every result."""

from __future__ import annotations

import html as html_lib

import pytest
from flask.testing import FlaskClient

PAGES = ["/", "/r/21huuuuuuuuuuuu", "/r/21huyuuuuuuuuuu", "/how-we-decide", "/r/bad"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_leave_this_page_link(client: FlaskClient, path: str) -> None:
    """Without JavaScript, 'Leave this page' is a plain link to a neutral site."""
    html = client.get(path).get_data(as_text=True)
    assert (
        '<a class="leave" href="https://www.bbc.co.uk/weather" rel="noreferrer" data-leave>'
        "Leave this page</a>"
    ) in html


@pytest.mark.parametrize(
    ("code", "line"),
    [
        (
            "21huuuuuuuuuuuu",
            "If you feel afraid of him, or he is controlling you or will not leave you alone,",
        ),
        (
            "21syuuuuuuuuuuy",
            "If you feel afraid of her, or she is controlling you or will not leave you alone,",
        ),
        (
            "21tuyuuuuuuuuuu",
            "If you feel afraid of them, or they are controlling you or will not leave you alone,",
        ),
    ],
)
def test_every_result_has_the_safety_line(client: FlaskClient, code: str, line: str) -> None:
    """Each verdict page says, calmly, that fear or control is not a question about a text."""
    text = html_lib.unescape(client.get(f"/r/{code}").get_data(as_text=True))
    assert f"{line} this is not a question about a text." in text
    assert "A trusted person or a local support service can help." in text
