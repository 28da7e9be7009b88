"""No page carries inline script or style, so a strict Content-Security-Policy can hold."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

PAGES = [
    ("GET", "/"),
    ("POST", "/"),
    ("GET", "/?answers=32tnyuuuuuuuuuuu"),
    ("GET", "/r/32hnyyuuuuuuuuuu"),
    ("GET", "/r/32hnuuyuuuuuuuuu"),
    ("GET", "/r/21huuyuuuuuuuuu"),
    ("GET", "/how-we-decide"),
    ("GET", "/support"),
    ("GET", "/r/not-a-code"),
]

INLINE = {
    "a script with no src": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>"),
    "a style element": re.compile(r"<style\b"),
    "a style attribute": re.compile(r"<[^>]+\sstyle="),
    "an event handler attribute": re.compile(r"<[^>]+\son[a-z]+="),
    "a javascript: link": re.compile(r"javascript:", re.IGNORECASE),
}


@pytest.mark.parametrize(("method", "path"), PAGES)
def test_pages_have_no_inline_script_or_style(client: FlaskClient, method: str, path: str) -> None:
    """Script and style come only from the app's own files."""
    html = client.open(path, method=method).get_data(as_text=True)
    assert re.search(r'<script src="/static/app\.[0-9a-f]{10}\.js"></script>', html)
    found = [what for what, pattern in INLINE.items() if pattern.search(html)]
    assert found == []
