"""Addresses of fixed pages and static files, remembered per mount point, never mixed up."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

#: Links on the questionnaire that name a fixed page or a static file.
LINKS = re.compile(
    r'(?:href|action)="((?:/[^"/?#]+)*/(?:how-we-decide|static/site\.[0-9a-f]+\.css|))"'
)


@pytest.mark.parametrize("mount", ["", "/reply", "/other/place"])
def test_each_mount_point_gets_its_own_addresses(client: FlaskClient, mount: str) -> None:
    """After pages served at other mount points, a page's links still start with its own."""
    for other in ("", "/reply", "/other/place"):
        client.get("/", environ_overrides={"SCRIPT_NAME": other})
    text = client.get("/", environ_overrides={"SCRIPT_NAME": mount}).get_data(as_text=True)
    links = LINKS.findall(text)
    assert len(links) >= 3
    assert all(link.startswith(mount + "/") for link in links), links
    assert f'href="{mount}/how-we-decide"' in text
