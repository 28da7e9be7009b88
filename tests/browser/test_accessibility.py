"""axe-core finds no WCAG 2.0, 2.1 or 2.2 A or AA problem on any page, light or dark."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext

from tests.browser.steps import DESKTOP, PHONE

from .steps import PAGES

#: Every A and AA rule of WCAG 2.0, 2.1 and 2.2 that axe knows, target size included.
WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}

AXE = Axe()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_page_breaks_a_wcag_aa_rule(
    new_context: Callable[..., BrowserContext], name: str, scheme: str
) -> None:
    """axe reports no violation, at phone size, in the light and the dark colour scheme."""
    page = new_context(viewport=PHONE, color_scheme=scheme).new_page()
    PAGES[name](page)
    results = AXE.run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", ["questions", "result-dont-reply"])
def test_a_desktop_page_breaks_no_wcag_aa_rule(
    new_context: Callable[..., BrowserContext], name: str
) -> None:
    """The wide layout passes the same rules."""
    page = new_context(viewport=DESKTOP).new_page()
    PAGES[name](page)
    results = AXE.run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
