"""The application factory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from serving import (
    access_log,
    compression,
    headers,
    health,
    json_body,
    metrics,
    page_cache,
    proxy,
    request_id,
    settings,
    static_files,
)
from web import addresses, api, drawn, errors, marks, pages, reminders, wording

__all__ = ["create_app"]


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then the environment, or instead any test settings."""
    app = Flask(__name__)
    app.json = json_body.JSONProvider(app)
    # Lean pages: block tags leave no blank lines or indentation behind.
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    # Keys keep the order the API writes them in (answers in question order). Flask 3.1 reads
    # this from the JSON provider, not from the old JSON_SORT_KEYS setting.
    app.json.sort_keys = False
    app.config.from_mapping(
        # The largest honest request of answers is a few hundred bytes. The two routes that
        # take a pasted message raise it for themselves (web/reading.py: BODY_LIMIT).
        MAX_CONTENT_LENGTH=16 * 1024,
        MAX_FORM_PARTS=200,
        **settings.app_defaults(),
    )
    if test_config is None:
        # A bad value raises SettingError, which names the variable and says why.
        app.config.from_mapping(settings.app_settings(os.environ))
    else:
        # A misspelt or retired key would otherwise be ignored, and a test would quietly run
        # with the default it meant to change.
        unknown = test_config.keys() - app.config.keys()
        if unknown:
            raise KeyError(f"no such setting: {', '.join(sorted(unknown))}")
        app.config.from_mapping(test_config)

    # Behind that many proxies, their X-Forwarded-* headers give the address people used.
    # Flask's documented way to wrap the app in WSGI middleware; mypy sees a method replaced.
    app.wsgi_app = proxy.trust_proxies(  # type: ignore[method-assign,assignment]
        app.wsgi_app, app.config["TRUST_PROXY_HOPS"]
    )

    access_log.register(app)
    request_id.register(app)
    metrics.register(app, verdict_shown=marks.verdict_shown, verdicts=marks.VERDICTS)
    headers.register(app, holds_answers=marks.holds_answers)
    # Before the page cache, so that the cache keeps the plain page (and compresses it once).
    compression.register(app)
    page_cache.register(app, cacheable=marks.same_page_each_time)
    static_files.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(reminders.bp)
    wording.register(app)
    drawn.register(app)
    addresses.register(app)
    errors.register(app)
    return app
