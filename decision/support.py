"""Where to get help: the emergency numbers and helplines the safety page and JSON give."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CHECKED", "ELSEWHERE", "EMERGENCY", "HELPLINES", "Helpline"]

#: When the numbers below were last checked, as people read it.
CHECKED = "November 2026"


@dataclass(frozen=True, slots=True)
class Helpline:
    """A place to call or text, and where it serves."""

    region: str
    name: str
    number: str
    #: The link a phone dials (tel:) or texts (sms:).
    link: str
    note: str | None = None


HELPLINES: tuple[Helpline, ...] = (
    Helpline(
        "UK",
        "National Domestic Abuse Helpline (England)",
        "0808 2000 247",
        "tel:+448082000247",
        "24 hours",
    ),
    Helpline(
        "UK",
        "Scotland’s Domestic Abuse and Forced Marriage Helpline",
        "0800 027 1234",
        "tel:+448000271234",
    ),
    Helpline("UK", "Live Fear Free (Wales)", "0808 80 10 800", "tel:+448088010800"),
    Helpline(
        "UK",
        "Domestic and Sexual Abuse Helpline (Northern Ireland)",
        "0808 802 1414",
        "tel:+448088021414",
    ),
    Helpline("UK", "Men’s Advice Line", "0808 801 0327", "tel:+448088010327"),
    Helpline("UK", "Galop (LGBT+)", "0800 999 5428", "tel:+448009995428"),
    Helpline(
        "US",
        "National Domestic Violence Hotline",
        "1-800-799-7233",
        "tel:+18007997233",
    ),
    Helpline(
        "US",
        "National Domestic Violence Hotline, by text",
        "Text START to 88788",
        "sms:88788?body=START",
    ),
)

#: Emergency numbers, with the one thing to know about each.
EMERGENCY: tuple[tuple[str, str, str], ...] = (
    (
        "999",
        "tel:999",
        "in the UK. On a mobile, if you can’t speak, stay on the line and press 55 when asked.",
    ),
    ("911", "tel:911", "in the US."),
    ("112", "tel:112", "in much of Europe."),
)

#: Helplines elsewhere in the world.
ELSEWHERE = ("findahelpline.com", "https://findahelpline.com")
