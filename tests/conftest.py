"""Fixtures shared by every test: the app built by the factory, and its test client.

Helpers live in ``tests/helpers.py``; tests import them from there, never from here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app


@pytest.fixture
def app() -> Iterator[Flask]:
    """An app built by the factory, in testing mode."""
    yield create_app({"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the app."""
    return app.test_client()
