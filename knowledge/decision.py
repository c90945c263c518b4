"""What the matcher decides about a question, and the reply content rendered from it.

These types are the contract between the matcher, the renderer and every front end (the console,
Telegram private chats, groups and inline results): each shows the same :class:`ReplyParts` in
its own format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from knowledge.models import Fact


class Kind(StrEnum):
    """The three outcomes of matching a question, plus chit-chat."""

    ANSWER = "answer"  # one fact, or a few for a question that asks several things
    SUGGEST = "suggest"  # about the chapter but ambiguous or weak: offer 2-3 candidates
    DECLINE = "decline"  # not covered by the chapter, or garbage
    CHITCHAT = "chitchat"  # greeting, thanks, "who are you", "help": a pointer, never a fact


class DeclineReason(StrEnum):
    EMPTY = "empty"  # nothing to match: empty, emoji, punctuation
    GARBAGE = "garbage"  # code, URLs, keyboard mashing
    OUT_OF_SCOPE = "out_of_scope"  # matched nothing in the chapter well enough


class ChitChat(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    ABOUT = "about"  # who are you / what can you do / help
    GOODBYE = "goodbye"


@dataclass(frozen=True)
class Candidate:
    """A fact with its score on a 0-100 scale."""

    fact: Fact
    score: float


@dataclass(frozen=True)
class Decision:
    """The matcher's verdict on one question.

    ``facts`` is non-empty exactly when ``kind`` is ANSWER; ``suggestions`` exactly when it is
    SUGGEST. ``candidates`` always holds the top ranked facts with their scores (for logs and for
    the curator), whatever the verdict.
    """

    kind: Kind
    question: str
    language: str  # the reply language: "en" or "ru"
    facts: tuple[Candidate, ...] = ()
    suggestions: tuple[Candidate, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    reason: DeclineReason | None = None
    chitchat: ChitChat | None = None

    @property
    def answered(self) -> bool:
        return bool(self.facts)


@dataclass(frozen=True)
class Citation:
    """The chapter's own words for one fact and the line that names the chapter."""

    fact_id: str
    quote: str  # verbatim chapter text, in the chapter's language
    source: str  # compendium, country, section number and title, publication date
    paragraph: int


@dataclass(frozen=True)
class Suggestion:
    fact_id: str
    text: str  # the fact in the reply language
    score: float


@dataclass(frozen=True)
class AnswerPart:
    """One answered fact: its text in the reply language and its citation."""

    fact_id: str
    text: str
    citation: Citation
    score: float


@dataclass(frozen=True)
class ReplyParts:
    """The content of a reply, with no markup: each front end formats it its own way.

    * ANSWER: ``answers`` (fact text + citation each), ``footer`` may hint at more.
    * SUGGEST: ``lead`` ("Did you mean…") and ``suggestions``.
    * DECLINE / CHITCHAT: ``lead`` (the message) and ``footer`` (how to see what is covered).
    """

    kind: Kind
    language: str
    lead: str = ""
    answers: tuple[AnswerPart, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    footer: str = ""
    decision: Decision | None = field(default=None, repr=False, compare=False)
