"""Pages and JSON compressed with brotli or gzip, for clients that say they accept it.

A page is about four times smaller compressed. The app compresses, not nginx in front of it:
a page the page cache keeps is compressed once, when it is kept, and served compressed from
then on at no cost (nginx would compress it again on every request); a page rendered afresh
is compressed at a level that costs a small part of rendering it. Static files are compressed
once at start-up (serving/static_files.py). The README gives the figures side by side.
"""

from __future__ import annotations

import zlib
from collections.abc import Container, Mapping

# brotli ships no type information; it is one function here, compress(bytes) -> bytes.
import brotli  # type: ignore[import-untyped]
from flask import Flask, Response, request

__all__ = ["ENCODINGS", "compress", "compressible", "encode", "negotiate", "register", "send"]

#: The content codings offered, most preferred first where a client likes both as much.
ENCODINGS = ("br", "gzip")

#: Smaller bodies gain too little to pay for the work.
MIN_SIZE = 512

#: Levels for a body compressed for one request, the fastest of each: brotli 1 makes a result
#: page 4.0 KB in about 60 µs (brotli 3: 3.6 KB in 90 µs; 11: 2.8 KB in 13 ms), gzip 1 makes it
#: 3.9 KB in 60 µs (gzip 6: 3.6 KB in 100 µs). The questionnaire with answers, 17.5 KB, costs
#: 63 µs at brotli 1 and 139 µs at brotli 3: pages holding answers are never kept, so each is
#: compressed afresh, and the 0.4 KB saved is not worth doubling the work.
BROTLI_QUALITY = 1
GZIP_LEVEL = 1

#: A page the cache keeps is compressed once, so it may take longer: brotli 5 makes the
#: questionnaire 3.4 KB rather than 3.8 KB, in 0.3 ms once. (Not 11: each new address the
#: cache accepts would cost 20 ms.)
KEPT_BROTLI_QUALITY = 5

_TEXT_TYPES = {
    "application/json",
    "application/problem+json",
    "application/javascript",
    "text/javascript",
    "image/svg+xml",
}


def compressible(mimetype: str) -> bool:
    """Whether bodies of this type shrink when compressed (text does; PNG does not)."""
    return mimetype.startswith("text/") or mimetype in _TEXT_TYPES


def _quality(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 0.0
    return value if 0 <= value <= 1 else 0.0


def _qualities(header: str) -> dict[str, float]:
    qualities: dict[str, float] = {}
    for part in header.split(","):
        coding, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                quality = _quality(value.strip())
        if coding:
            qualities.setdefault(coding.lower(), quality)
    return qualities


def negotiate(header: str | None, offered: Container[str]) -> str | None:
    """The coding of ``offered`` the client likes best from its Accept-Encoding, or None.

    A coding named with ``q=0`` is refused even where ``*`` would allow it (RFC 9110, 12.5.3);
    an absent header means no coding.
    """
    if not header:
        return None
    qualities = _qualities(header)
    best, best_quality = None, 0.0
    for coding in ENCODINGS:
        quality = qualities.get(coding, qualities.get("*", 0.0))
        if coding in offered and quality > best_quality:
            best, best_quality = coding, quality
    return best


def compress(body: bytes, coding: str, *, best: bool = False, kept: bool = False) -> bytes:
    """``body`` in ``coding`` ("br" or "gzip"): quickly, for keeping, or at the best level."""
    if coding == "br":
        quality = 11 if best else KEPT_BROTLI_QUALITY if kept else BROTLI_QUALITY
        return bytes(brotli.compress(body, quality=quality, mode=brotli.MODE_TEXT))
    # mtime 0: the same bytes compress to the same bytes on every copy.
    squeezer = zlib.compressobj(9 if best else GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return squeezer.compress(body) + squeezer.flush()


def encode(body: bytes, mimetype: str) -> dict[str, bytes]:
    """A page to keep, in each coding offered, if its type and size are worth compressing."""
    if not compressible(mimetype) or len(body) < MIN_SIZE:
        return {}
    return {coding: compress(body, coding, kept=True) for coding in ENCODINGS}


def _eligible(response: Response) -> bool:
    return (
        not response.direct_passthrough
        and not response.is_streamed
        and response.status_code not in (204, 206, 304)
        and response.status_code >= 200
        and "Content-Encoding" not in response.headers
        and compressible(response.mimetype or "")
        and (response.content_length or 0) >= MIN_SIZE
    )


def send(response: Response, encoded: Mapping[str, bytes]) -> Response:
    """Give ``response`` the body of ``encoded`` the client accepts best, if it accepts one."""
    response.vary.add("Accept-Encoding")
    coding = negotiate(request.headers.get("Accept-Encoding"), encoded)
    if coding is not None:
        response.set_data(encoded[coding])
        response.headers["Content-Encoding"] = coding
    return response


def register(app: Flask) -> None:
    """Compress every text response worth it, in the coding the client accepts best.

    Register it before the page cache, so the cache keeps the plain body it was given.
    """

    def squeeze(response: Response) -> Response:
        if not _eligible(response):
            return response
        response.vary.add("Accept-Encoding")
        coding = negotiate(request.headers.get("Accept-Encoding"), ENCODINGS)
        if coding is not None:
            response.set_data(compress(response.get_data(), coding))
            response.headers["Content-Encoding"] = coding
        return response

    app.after_request(squeeze)
