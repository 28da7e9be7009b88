"""Addresses of fixed pages and static files, remembered per mount point, never mixed up."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask, url_for
from flask.testing import FlaskClient

from serving.static_files import static_url

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


@pytest.mark.parametrize("mount", ["", "/reply"])
def test_the_site_addresses_are_those_url_for_gives(app: Flask, mount: str) -> None:
    """Every page's own links, kept per mount point, are what url_for and static_url give."""
    with app.test_request_context("/", environ_overrides={"SCRIPT_NAME": mount}):
        context: dict[str, Any] = {}
        app.update_template_context(context)
        site = context["site"]
        assert site.questions == url_for("pages.questionnaire")
        assert site.how_we_decide == url_for("pages.how_we_decide")
        assert site.stylesheet == static_url("site.css")
        assert site.script == static_url("app.js")
        assert site.stylesheet.startswith(f"{mount}/static/site.")
