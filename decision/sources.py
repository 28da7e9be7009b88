"""The two essays the advice is drawn from, and the passages quoted from them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SOURCES", "Citation", "Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """An essay the app quotes, by its stable id."""

    id: str
    title: str
    #: How a result page names the essay under each quote; "How we decide" gives the full title.
    short_title: str


SOURCES: dict[str, Source] = {
    source.id: source
    for source in (
        Source(
            id="missed-you",
            title="Here’s The Truth: If He Actually Missed You He Would Do Something About It",
            short_title="If He Actually Missed You",
        ),
        Source(
            id="ignore-the-text",
            title="Here’s Why You Should Ignore His ‘I Miss You’ Text",
            short_title="Ignore His ‘I Miss You’ Text",
        ),
    )
}


@dataclass(frozen=True, slots=True)
class Citation:
    """A short verbatim quote from one paragraph of one essay.

    ``paragraph`` counts the essay's non-empty lines after its title, from 1.
    """

    source_id: str
    paragraph: int
    quote: str

    def __post_init__(self) -> None:
        if self.source_id not in SOURCES:
            raise ValueError(f"unknown source {self.source_id!r}")
        if self.paragraph < 1:
            raise ValueError("paragraphs are numbered from 1")

    @property
    def source(self) -> Source:
        """The essay this quote comes from."""
        return SOURCES[self.source_id]
