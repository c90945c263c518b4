"""The fact base as plain data: packs (one chapter each), their facts, and the whole base."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "ru")

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    # Genitive case, as a Russian date is written: «11 апреля 2013 г.»
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}


def format_date(day: dt.date, language: str) -> str:
    """Format a date the way a reader of ``language`` expects it (11 April 2013)."""
    month = MONTHS[language][day.month - 1]
    if language == "ru":
        return f"{day.day} {month} {day.year} г."
    return f"{day.day} {month} {day.year}"


@dataclass(frozen=True)
class PackMeta:
    """Which chapter a pack holds and how to cite it."""

    id: str
    compendium: dict[str, str]
    country: dict[str, str]
    section: str
    title: dict[str, str]
    published: dt.date
    language: str
    topics: dict[str, dict[str, str]]

    def source_line(self, language: str) -> str:
        """The citation line naming compendium, country, section, title and date."""
        if language == "ru":
            return (
                f"{self.compendium['ru']} — {self.country['ru']}, {self.section} "
                f"«{self.title['ru']}», опубликовано {format_date(self.published, 'ru')}"
            )
        return (
            f"{self.compendium['en']} — {self.country['en']}, {self.section} "
            f"“{self.title['en']}”, published {format_date(self.published, 'en')}"
        )


@dataclass(frozen=True)
class Fact:
    """One curated claim of a chapter, with the chapter's own words that support it."""

    id: str
    topic: str
    text: dict[str, str]
    quotes: tuple[str, ...]
    # The chapter's words from the first quoted passage to the end of the last, whitespace
    # normalised: one verbatim string of the source even when the fact quotes several passages.
    citation: str
    paragraph: int
    questions: dict[str, tuple[str, ...]]
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    pack: PackMeta = field(repr=False, compare=False)
    # Where the fact starts in its YAML file, for messages to the curator.
    file: Path = field(repr=False, compare=False)
    line: int = field(repr=False, compare=False)

    @property
    def quote(self) -> str:
        """The verbatim chapter text this fact cites (see ``citation``)."""
        return self.citation


@dataclass(frozen=True)
class Pack:
    """One chapter: its metadata, its cleaned text split into paragraphs, and its facts."""

    meta: PackMeta
    path: Path
    source: str
    paragraphs: tuple[str, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """Every pack of a knowledge directory, with facts indexed by id."""

    packs: tuple[Pack, ...]
    facts_by_id: dict[str, Fact]

    @classmethod
    def from_packs(cls, packs: tuple[Pack, ...]) -> KnowledgeBase:
        return cls(packs, {fact.id: fact for pack in packs for fact in pack.facts})

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(self.facts_by_id.values())

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts_by_id.values())

    def __len__(self) -> int:
        return len(self.facts_by_id)

    def get(self, fact_id: str) -> Fact | None:
        return self.facts_by_id.get(fact_id)

    def pack_of(self, fact: Fact) -> Pack:
        return next(pack for pack in self.packs if pack.meta.id == fact.pack.id)

    def topics(self) -> dict[str, dict[str, str]]:
        """Topic id to its labels, over all packs, in the order the packs declare them."""
        merged: dict[str, dict[str, str]] = {}
        for pack in self.packs:
            for topic, labels in pack.meta.topics.items():
                merged.setdefault(topic, labels)
        return merged

    def facts_in_topic(self, topic: str) -> tuple[Fact, ...]:
        return tuple(fact for fact in self if fact.topic == topic)
