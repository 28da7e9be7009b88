"""Friendly error pages, and problem details (RFC 9457) for API clients."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask.globals import request_ctx
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, InternalServerError

from web import messages
from web.problems import problem

__all__ = ["register"]


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith(".json")


#: What a developer is told, by status; the title is the status's own name.
_API_DETAILS = {
    404: messages.API_NOT_FOUND,
    405: messages.API_METHOD_NOT_ALLOWED,
    413: messages.API_TOO_LARGE,
    500: messages.API_SERVER_ERROR,
}


def _handle(error: HTTPException) -> ResponseReturnValue:
    status = error.code or 500
    # A 405 must say which methods the resource takes (RFC 9110); pages and the API alike.
    allow = {k: v for k, v in error.get_headers() if k == "Allow"}
    if _wants_json():
        detail = _API_DETAILS.get(status, error.description or error.name)
        if status == 404 and request.path.startswith("/r/"):
            detail = messages.API_NO_SUCH_RESULT
        return problem(status, detail, title=error.name, headers=allow)
    title, detail = messages.ERROR_PAGES.get(status, (error.name, error.description or ""))
    if request_ctx.url_adapter is None:
        # The Host was refused before routing, so the layout's links cannot be built.
        plain = {"Content-Type": "text/plain; charset=utf-8"} | allow
        return f"{title}. {detail}\n", status, plain
    return render_template("error.html", title=title, detail=detail), status, allow


def _handle_unexpected(error: Exception) -> ResponseReturnValue:
    current_app.logger.exception("unexpected error", exc_info=error)
    return _handle(InternalServerError(original_exception=error))


def register(app: Flask) -> None:
    """Answer every HTTP error with a page in the site's layout, or a problem for the API."""
    app.register_error_handler(HTTPException, _handle)
    app.register_error_handler(Exception, _handle_unexpected)
