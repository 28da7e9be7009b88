"""The app served on 127.0.0.1 by a thread, and Debian's Chromium driven by Playwright.

The browser is found from CHROMIUM_PATH, else /usr/bin/chromium. Outside CI a missing browser
skips these tests with a message saying how to install one; with CI set it fails them, so a
green CI run always means the browser tests ran.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Error, Page, sync_playwright

from app import create_app
from tests.browser.steps import NEUTRAL_SITE, PHONE
from tests.helpers import serving

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder, so `-m "not browser"` can leave them out."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """The app, served by a thread of the test process on a free port of 127.0.0.1."""
    # Not TESTING: a fault must reach the browser as the app's own error page, as in production.
    with serving(create_app({})) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; skipped outside CI when it cannot start."""
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM)
        except Error as error:
            reason = (
                f"Chromium could not start from {CHROMIUM}: {error.message.splitlines()[0]}. "
                "Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH."
            )
            if os.environ.get("CI"):
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)
        yield chromium
        chromium.close()


def _context(browser: Browser, base_url: str, **options: object) -> BrowserContext:
    context = browser.new_context(base_url=base_url, **options)  # type: ignore[arg-type]
    # Every page here is local and small: a step that waits seconds has already failed.
    context.set_default_timeout(5_000)
    context.route(f"{NEUTRAL_SITE}**", lambda route: route.fulfill(body="<title>Weather</title>"))
    return context


@pytest.fixture
def new_context(browser: Browser, base_url: str) -> Iterator[object]:
    """Open more browser contexts (fresh profiles), each closed after the test."""
    contexts: list[BrowserContext] = []

    def open_context(**options: object) -> BrowserContext:
        contexts.append(_context(browser, base_url, **options))
        return contexts[-1]

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A phone-sized page in a fresh browser profile, with JavaScript on."""
    context = _context(browser, base_url, viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture
def no_js_page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A phone-sized page in a fresh browser profile, with JavaScript off."""
    context = _context(browser, base_url, viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()
