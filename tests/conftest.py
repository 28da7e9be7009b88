"""Fixtures shared by every tier: the app built by the factory, and its test client.

Helpers live in ``tests/helpers.py``; tests import them from there, never from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from flask import Flask
    from flask.testing import FlaskClient


@pytest.fixture
def app() -> Iterator[Flask]:
    """An app built by the factory, in testing mode."""
    # Imported here, so the domain's tests (tests/decision) never load the web stack.
    from app import create_app

    yield create_app({"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the app."""
    return app.test_client()
