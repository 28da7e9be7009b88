"""Friendly error pages, and JSON errors for API clients."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask.globals import request_ctx
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, InternalServerError

__all__ = ["register"]

_PAGES: dict[int, tuple[str, str]] = {
    400: ("Something went wrong with that request", "Please go back and try again."),
    404: (
        "We can’t find that page",
        "If you followed a link to a result, it may have been cut short."
        " Check that you copied all of it.",
    ),
    405: ("That didn’t work", "This page can’t be used that way."),
    413: (
        "That was too much to send",
        "The questionnaire never sends this much. Please go back and try again.",
    ),
    500: ("Sorry, something went wrong on our side", "Please try again in a moment."),
}


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith(".json")


def _handle(error: HTTPException) -> ResponseReturnValue:
    status = error.code or 500
    title, detail = _PAGES.get(status, (error.name, error.description or ""))
    if _wants_json():
        return {"errors": {"request": f"{title}. {detail}"}}, status
    if request_ctx.url_adapter is None:
        # The Host was refused before routing, so the layout's links cannot be built.
        return f"{title}. {detail}\n", status, {"Content-Type": "text/plain; charset=utf-8"}
    return render_template("error.html", title=title, detail=detail), status


def _handle_unexpected(error: Exception) -> ResponseReturnValue:
    current_app.logger.exception("unexpected error", exc_info=error)
    return _handle(InternalServerError(original_exception=error))


def register(app: Flask) -> None:
    """Answer every HTTP error with a page in the site's layout, or JSON for the API."""
    app.register_error_handler(HTTPException, _handle)
    app.register_error_handler(Exception, _handle_unexpected)
