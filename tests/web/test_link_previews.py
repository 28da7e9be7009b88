"""Link previews: Open Graph and Twitter card tags, alike on every page, saying nothing private."""

from __future__ import annotations

import re
import struct

import pytest
from flask.testing import FlaskClient

#: A result of each kind, the questions filled in from a code, and pages with nothing private.
PATHS = ["/", "/?answers=32snyyuuuuuuuuuu", "/r/32snyyuuuuuuuuuu", "/r/1uuuuuuuuuuuy"]
PATHS += ["/support", "/how-we-decide", "/r/not-a-code"]

PREVIEW = {
    "og:type": "website",
    "og:title": "Should I reply?",
    # The picture under its hashed name (serving/static_files.py), as an absolute address.
    "og:image": "http://localhost/static/preview.9bdab4d318.png",
    "twitter:card": "summary",
}


def meta(html: str) -> dict[str, str]:
    """Every <meta> with a property or name, by that property or name."""
    found = re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html)
    return dict(found)


@pytest.mark.parametrize("path", PATHS)
def test_every_page_has_the_same_generic_preview(client: FlaskClient, path: str) -> None:
    """Title, type, picture and card are the same everywhere; the description is the page's."""
    tags = meta(client.get(path).get_data(as_text=True))
    assert {name: tags.get(name) for name in PREVIEW} == PREVIEW
    assert tags["og:description"] == tags["description"]


@pytest.mark.parametrize("path", PATHS)
def test_a_preview_never_carries_the_answers_or_an_address(client: FlaskClient, path: str) -> None:
    """No og:url, and no share code or verdict in any preview tag."""
    tags = meta(client.get(path).get_data(as_text=True))
    assert "og:url" not in tags
    private = ("32s", "1uuu", "Don’t reply", "Not yet", "your call")
    assert [v for v in tags.values() if any(p in v for p in private)] == []


def test_the_preview_picture_is_a_small_square_png(client: FlaskClient) -> None:
    """The picture is a PNG under 5 KB, square and at least 144px, as a summary card wants."""
    response = client.get(PREVIEW["og:image"])
    data = response.get_data()
    response.close()
    assert response.mimetype == "image/png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == height >= 144
    assert len(data) < 5_000
