"""Pages and JSON go out compressed as the client accepts; a kept page is compressed once."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from serving import compression
from tests.helpers import decompress

#: Accept-Encoding, and the coding of ("br", "gzip") a server must pick; None for neither.
NEGOTIATIONS = [
    pytest.param(None, None, id="absent"),
    pytest.param("", None, id="empty"),
    pytest.param("gzip, deflate, br, zstd", "br", id="chromium"),
    pytest.param("gzip, deflate", "gzip", id="gzip-only"),
    pytest.param("br", "br", id="br-only"),
    pytest.param("identity", None, id="identity"),
    pytest.param("br;q=0, gzip", "gzip", id="br-refused"),
    pytest.param("br;q=0, gzip;q=0", None, id="both-refused"),
    pytest.param("BR;Q=0.0, GZIP", "gzip", id="any-case"),
    pytest.param("gzip;q=0.9, br;q=0.5", "gzip", id="gzip-preferred"),
    pytest.param("gzip;q=0.5, br;q=0.5", "br", id="tie-goes-to-br"),
    pytest.param("*", "br", id="star"),
    pytest.param("*, br;q=0", "gzip", id="star-but-not-br"),
    pytest.param("*;q=0", None, id="star-refused"),
    pytest.param("br;q=nonsense, gzip", "gzip", id="unreadable-quality"),
    pytest.param("br;q=2, gzip", "gzip", id="quality-out-of-range"),
    pytest.param(",,;, ;q=1", None, id="only-punctuation"),
]

#: Responses worth compressing: (method, path, keyword arguments).
ROUTES = [
    pytest.param("get", "/", {}, id="questionnaire-kept"),
    pytest.param("get", "/r/32hnyuuuuuuuuuuu", {}, id="result"),
    pytest.param("get", "/how-we-decide", {}, id="how-we-decide"),
    pytest.param("get", "/api/v1/questions", {}, id="api-questions"),
    pytest.param("post", "/api/v1/evaluate", {"json": {"answers": {}}}, id="api-evaluate"),
    pytest.param("get", "/no/such/page", {}, id="404"),
]


@pytest.mark.parametrize(("header", "coding"), NEGOTIATIONS)
def test_the_coding_is_the_one_the_client_likes_best(
    header: str | None, coding: str | None
) -> None:
    """Quality values count, q=0 refuses, a named coding outranks *, and ties go to brotli."""
    assert compression.negotiate(header, compression.ENCODINGS) == coding


@pytest.mark.parametrize("coding", compression.ENCODINGS)
@pytest.mark.parametrize(("method", "path", "kwargs"), ROUTES)
def test_a_response_comes_in_the_coding_asked_for(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], coding: str
) -> None:
    """Compressed as asked, it opens to exactly the page a client without compression gets."""
    plain = getattr(client, method)(path, **kwargs)
    for _ in range(2):  # afresh, then (where the route is kept) from the page cache
        squeezed = getattr(client, method)(path, **kwargs, headers={"Accept-Encoding": coding})
        assert squeezed.headers["Content-Encoding"] == coding
        assert decompress(squeezed.get_data()) == plain.get_data()
        assert len(squeezed.get_data()) < len(plain.get_data())
    assert "Content-Encoding" not in plain.headers
    assert plain.headers["Vary"] == squeezed.headers["Vary"] == "Accept-Encoding"


def test_a_small_body_is_sent_as_it_is(client: FlaskClient) -> None:
    """/healthz's three bytes would only grow."""
    response = client.get("/healthz", headers={"Accept-Encoding": "br, gzip"})
    assert "Content-Encoding" not in response.headers and response.get_data() == b"ok\n"


def test_a_kept_page_is_not_compressed_again(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the questionnaire is kept, serving it compressed costs no compression."""
    client.get("/")
    calls: list[str] = []
    real = compression.compress

    def counted(body: bytes, coding: str, **levels: bool) -> bytes:
        calls.append(coding)
        return real(body, coding, **levels)

    monkeypatch.setattr(compression, "compress", counted)
    for coding in compression.ENCODINGS:
        response = client.get("/", headers={"Accept-Encoding": coding})
        assert response.headers["Content-Encoding"] == coding
    assert calls == []
