"""Static files: named by their bytes, kept a year by browsers, compressed once, never a 500."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from serving import static_files
from serving.static_files import IMMUTABLE, REVALIDATE
from tests.helpers import decompress

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
TEMPLATES = ROOT / "templates"

FILES = sorted(path.name for path in STATIC.iterdir())

#: Accept-Encoding as clients send it, and the coding a text file must come back in.
CODINGS = [
    pytest.param("gzip, deflate, br, zstd", "br", id="chromium"),
    pytest.param("gzip, deflate", "gzip", id="gzip-only"),
    pytest.param("br;q=0, gzip", "gzip", id="br-refused"),
    pytest.param(None, None, id="no-header"),
    pytest.param("identity", None, id="identity"),
]


def manifest(app: Flask) -> static_files.Manifest:
    """The app's static files."""
    return static_files.manifest_of(app)


def test_the_name_depends_only_on_the_bytes(tmp_path: Path) -> None:
    """Two copies of the folder with other timestamps give the same names; new bytes, a new one."""
    copy = tmp_path / "copy"
    shutil.copytree(STATIC, copy)
    for path in copy.iterdir():
        os.utime(path, (0, 0))
    assert (
        static_files.scan(copy).by_hashed_name.keys()
        == static_files.scan(STATIC).by_hashed_name.keys()
    )
    (copy / "site.css").write_bytes((STATIC / "site.css").read_bytes() + b"\n")
    assert static_files.scan(copy).hashed("site.css") != static_files.scan(STATIC).hashed(
        "site.css"
    )


@pytest.mark.parametrize("name", FILES)
def test_a_hashed_name_is_kept_for_a_year(app: Flask, client: FlaskClient, name: str) -> None:
    """Under its hashed name a file is the file's own bytes, public, a year, immutable."""
    hashed = manifest(app).hashed(name)
    assert re.fullmatch(r"[a-z]+\.[0-9a-f]{10}\.[a-z]+", hashed)
    response = client.get(f"/static/{hashed}")
    assert (response.status_code, response.headers["Cache-Control"]) == (200, IMMUTABLE)
    assert response.get_data() == (STATIC / name).read_bytes()


@pytest.mark.parametrize("name", FILES)
def test_a_plain_name_still_answers_with_a_validator_from_its_bytes(
    app: Flask, client: FlaskClient, name: str
) -> None:
    """An old link to a plain name gets the file, revalidated, tagged by its bytes alone."""
    response = client.get(f"/static/{name}")
    tag = manifest(app).by_name[name].digest
    assert (response.status_code, response.headers["Cache-Control"]) == (200, REVALIDATE)
    assert (response.headers["ETag"], response.get_data()) == (
        f'"{tag}"',
        (STATIC / name).read_bytes(),
    )
    again = client.get(f"/static/{name}", headers={"If-None-Match": f'"{tag}"'})
    assert (again.status_code, again.get_data()) == (304, b"")


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/static/site.0123456789.css", id="wrong-hash"),
        pytest.param("/static/site.css.gz", id="no-such-file"),
        pytest.param("/static/../app.py", id="outside"),
        pytest.param("/static/site.%ff.css", id="bad-bytes"),
        pytest.param("/static/", id="folder"),
    ],
)
def test_any_other_name_is_the_apps_own_404(client: FlaskClient, path: str) -> None:
    """A wrong hash or an unknown name is the site's 404 page, never kept by a browser."""
    response = client.get(path)
    assert response.status_code == 404
    assert "We can’t find that page" in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(("accept", "coding"), CODINGS)
@pytest.mark.parametrize("name", ["site.css", "app.js"])
def test_a_text_file_comes_compressed_as_the_client_accepts(
    app: Flask, client: FlaskClient, name: str, accept: str | None, coding: str | None
) -> None:
    """brotli or gzip as asked (q=0 respected), the same bytes once opened, and Vary says so."""
    headers = {"Accept-Encoding": accept} if accept else {}
    response = client.get(f"/static/{manifest(app).hashed(name)}", headers=headers)
    body = response.get_data()
    assert response.headers.get("Content-Encoding") == coding
    assert (decompress(body) if coding else body) == (STATIC / name).read_bytes()
    assert response.headers["Vary"] == "Accept-Encoding"


def test_a_picture_is_never_compressed_again(app: Flask, client: FlaskClient) -> None:
    """A PNG is compressed already: it is sent as it is, with no Vary."""
    response = client.get(
        f"/static/{manifest(app).hashed('preview.png')}", headers={"Accept-Encoding": "br, gzip"}
    )
    assert "Content-Encoding" not in response.headers and "Vary" not in response.headers


def test_each_coding_of_a_plain_name_has_its_own_tag(client: FlaskClient) -> None:
    """A validator names one representation, so the brotli body's tag is not the plain one's."""
    plain = client.get("/static/site.css").headers["ETag"]
    squeezed = client.get("/static/site.css", headers={"Accept-Encoding": "br"}).headers["ETag"]
    assert squeezed == plain.rstrip('"') + '-br"'


def test_pages_name_every_static_file_by_its_hashed_name(app: Flask, client: FlaskClient) -> None:
    """The stylesheet, script and preview picture a page names are the hashed ones."""
    html = client.get("/").get_data(as_text=True)
    named = set(re.findall(r'(?:href|src|content)="(?:http://localhost)?/static/([^"]+)"', html))
    assert named == {manifest(app).hashed(name) for name in ("site.css", "app.js", "preview.png")}


@pytest.mark.parametrize("template", sorted(path.name for path in TEMPLATES.iterdir()))
def test_templates_name_static_files_only_through_static_url(template: str) -> None:
    """No template builds a static address itself, so none can miss the hashed name."""
    text = (TEMPLATES / template).read_text()
    assert re.findall(r"url_for\(\s*['\"]static['\"]|/static/", text) == []
