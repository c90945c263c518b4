"""The fact base and its matcher, kept together so that a reload swaps both at once."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import ContextTypes

from knowledge.matcher import Matcher, Thresholds
from knowledge.models import KnowledgeBase

# The one bot_data key the handlers read the knowledge from.
LIBRARY_KEY = "library"


@dataclass(frozen=True)
class Library:
    """What the handlers answer from: the loaded knowledge base and a matcher built on it."""

    knowledge: KnowledgeBase
    matcher: Matcher

    @classmethod
    def build(cls, knowledge: KnowledgeBase, thresholds: Thresholds | None = None) -> Library:
        return cls(knowledge, Matcher(knowledge, thresholds))


def get_library(context: ContextTypes.DEFAULT_TYPE) -> Library:
    """The library in service now (a reload replaces ``bot_data[LIBRARY_KEY]`` as a whole)."""
    library: Library = context.bot_data[LIBRARY_KEY]
    return library
