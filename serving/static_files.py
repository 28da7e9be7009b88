"""The stylesheet, script and picture, served under names that change when their bytes do.

At start-up every file in the static folder gets a second name with a hash of its bytes in it
(``site.css`` is also ``site.3f9a0c1e2b.css``). A page names files only through the
``static_url`` template global, which gives the hashed name, so a browser may keep a file for
a year without asking again: a new release with new bytes has a new name. The name depends
only on the bytes, so every copy of the app, however and whenever it was built, gives the same
one. Text files are compressed once (brotli and gzip, at their best levels) and kept in memory.

The plain names still answer, revalidated (``no-cache`` with an ETag made from the same hash),
for anything that kept an old link; any other name under ``/static/``, a wrong hash included,
is the app's own 404.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from flask import Flask, Response, abort, current_app, request, url_for

from serving import compression

__all__ = [
    "IMMUTABLE",
    "REVALIDATE",
    "SUFFIXES",
    "Asset",
    "Manifest",
    "manifest_of",
    "register",
    "scan",
    "write_hashed",
]

_EXTENSION = "should_i_reply.static_files"

#: Hex digits of the SHA-256 of a file's bytes in its name: 40 bits, plenty for a few files.
HASH_LENGTH = 10

#: A hashed name's bytes never change, so a browser or proxy may keep it for a year unasked.
IMMUTABLE = "public, max-age=31536000, immutable"

#: The file name endings nginx looks for beside a file, for each content coding.
SUFFIXES = {"br": ".br", "gzip": ".gz"}

#: A plain name may get new bytes in a new release, so it is checked every time.
REVALIDATE = "no-cache"


@lru_cache(maxsize=64)
def _encode(data: bytes, coding: str) -> bytes:
    """``data`` compressed at the best level, once per process for the same bytes."""
    return compression.compress(data, coding, best=True)


@dataclass(frozen=True)
class Asset:
    """One static file: its plain and hashed names, its bytes and their compressed forms."""

    name: str
    hashed_name: str
    digest: str
    mimetype: str
    data: bytes
    #: Compressed bodies by content coding, only where smaller than the file itself.
    encoded: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    """Every static file, found by its plain name or by its hashed name."""

    by_name: Mapping[str, Asset]
    by_hashed_name: Mapping[str, Asset]

    def hashed(self, name: str) -> str:
        """The hashed name of the file called ``name``; KeyError if there is none."""
        return self.by_name[name].hashed_name


def _hashed_name(name: str, digest: str) -> str:
    folder, _, leaf = name.rpartition("/")
    stem, dot, suffix = leaf.partition(".")
    hashed = f"{stem}.{digest}{dot}{suffix}" if dot else f"{stem}.{digest}"
    return f"{folder}/{hashed}" if folder else hashed


def scan(folder: Path) -> Manifest:
    """Read every file under ``folder``, name it by its bytes, and compress what compresses."""
    assets = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        name = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
        mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        encoded = {}
        if compression.compressible(mimetype):
            for encoding in compression.ENCODINGS:
                body = _encode(data, encoding)
                if len(body) < len(data):
                    encoded[encoding] = body
        asset = Asset(name, _hashed_name(name, digest), digest, mimetype, data, encoded)
        assets.append(asset)
    return Manifest(
        by_name={asset.name: asset for asset in assets},
        by_hashed_name={asset.hashed_name: asset for asset in assets},
    )


def write_hashed(source: Path, folder: Path) -> Manifest:
    """Write each file of ``source`` into ``folder`` under its hashed name, and beside it each
    compressed form (``.br``, ``.gz``), for nginx to serve as they are; the manifest written."""
    manifest = scan(source)
    for asset in manifest.by_name.values():
        target = folder / asset.hashed_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(asset.data)
        for coding, body in asset.encoded.items():
            target.with_name(target.name + SUFFIXES[coding]).write_bytes(body)
    return manifest


def manifest_of(app: Flask) -> Manifest:
    """The static files of one app."""
    manifest: Manifest = app.extensions[_EXTENSION]
    return manifest


def static_url(name: str, *, external: bool = False) -> str:
    """The address of the static file ``name`` under its hashed name, for templates."""
    hashed = manifest_of(current_app).hashed(name)
    if external:
        return url_for("static", filename=hashed, _external=True)
    # Every page names these files; their address is the mount point, the static folder's
    # path and the name, which spares a walk of the URL map each time.
    return f"{request.script_root}{current_app.static_url_path}/{quote(hashed)}"


def _respond(asset: Asset, cache_control: str, etag: str | None) -> Response:
    encoding = compression.negotiate(request.headers.get("Accept-Encoding"), asset.encoded)
    body = asset.encoded[encoding] if encoding else asset.data
    response = Response(body, mimetype=asset.mimetype)
    response.headers["Cache-Control"] = cache_control
    if encoding:
        response.headers["Content-Encoding"] = encoding
    if asset.encoded:
        response.vary.add("Accept-Encoding")
    if etag is not None:
        # Each coding is its own representation, so each has its own tag.
        response.set_etag(f"{etag}-{encoding}" if encoding else etag)
        response.make_conditional(request)
    return response


def _serve(filename: str) -> Response:
    manifest = manifest_of(current_app)
    asset = manifest.by_hashed_name.get(filename)
    if asset is not None:
        return _respond(asset, IMMUTABLE, None)
    asset = manifest.by_name.get(filename)
    if asset is not None:
        return _respond(asset, REVALIDATE, asset.digest)
    abort(404)


def register(app: Flask) -> None:
    """Serve the static folder by hashed and plain names, and give templates ``static_url``."""
    assert app.static_folder is not None, "the app has a static folder"
    app.extensions[_EXTENSION] = scan(Path(app.static_folder))
    # Flask's own rule (/static/<path:filename>) stays, so url_for("static", ...) still works;
    # only the view behind it is ours.
    app.view_functions["static"] = _serve
    app.add_template_global(static_url, "static_url")
