"""The application factory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from web import api, errors, pages, reminders, wording

__all__ = ["create_app"]


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then the environment, then any test settings."""
    app = Flask(__name__)
    # Lean pages: block tags leave no blank lines or indentation behind.
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.config.from_mapping(
        # The largest honest request is a few hundred bytes of form answers.
        MAX_CONTENT_LENGTH=16 * 1024,
        MAX_FORM_PARTS=200,
        JSON_SORT_KEYS=False,
    )
    if test_config is None:
        app.config.from_prefixed_env()
    else:
        app.config.from_mapping(test_config)

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(reminders.bp)
    wording.register(app)
    errors.register(app)
    return app
