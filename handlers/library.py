"""The fact base and its matcher, kept together so that a reload swaps both at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.ext import ContextTypes

from knowledge.matcher import Matcher, Thresholds
from knowledge.models import KnowledgeBase

# The one bot_data key the handlers read the knowledge from.
LIBRARY_KEY = "library"

# A reply as sent: its HTML and its buttons.
Rendered = tuple[str, InlineKeyboardMarkup | None]


class RenderedReplies:
    """Replies already rendered from this library, by their content: the same answer (same
    facts, language and buttons) is formatted and its keyboard built once, not per question.

    python-telegram-bot's objects are immutable, so one keyboard can go out with many messages.
    Bounded: past ``limit`` entries the oldest is forgotten.
    """

    def __init__(self, limit: int = 2048) -> None:
        self.limit = limit
        self._replies: dict[Any, Rendered] = {}

    def __len__(self) -> int:
        return len(self._replies)

    def get(self, key: Any, render: Callable[[], Rendered]) -> Rendered:
        """The reply cached under ``key``, rendered with ``render`` the first time."""
        rendered = self._replies.get(key)
        if rendered is None:
            if len(self._replies) >= self.limit:
                del self._replies[next(iter(self._replies))]
            rendered = self._replies[key] = render()
        return rendered


@dataclass(frozen=True)
class Library:
    """What the handlers answer from: the loaded knowledge base and a matcher built on it.

    ``rendered`` holds replies rendered from this knowledge; a reload brings a new library, so
    nothing rendered from the old facts is sent after it.
    """

    knowledge: KnowledgeBase
    matcher: Matcher
    rendered: RenderedReplies = field(default_factory=RenderedReplies, compare=False, repr=False)

    @classmethod
    def build(cls, knowledge: KnowledgeBase, thresholds: Thresholds | None = None) -> Library:
        return cls(knowledge, Matcher(knowledge, thresholds))


def get_library(context: ContextTypes.DEFAULT_TYPE) -> Library:
    """The library in service now (a reload replaces ``bot_data[LIBRARY_KEY]`` as a whole)."""
    library: Library = context.bot_data[LIBRARY_KEY]
    return library
