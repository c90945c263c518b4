"""Turn a matcher's decision into reply content, the same for every front end.

:func:`render` gives :class:`~knowledge.decision.ReplyParts` (fact text, verbatim quote, source
line, suggestions, lead and footer); each front end formats the parts its own way.
:func:`to_plain_text` is the plain format: what the console prints, and the ``reply`` of
``chapterbot ask --json`` — exactly what a user reads, with no markup.
"""

from __future__ import annotations

from knowledge import messages
from knowledge.decision import (
    AnswerPart,
    Citation,
    Decision,
    DeclineReason,
    Kind,
    ReplyParts,
    Suggestion,
)
from knowledge.models import Fact, KnowledgeBase


def render(decision: Decision) -> ReplyParts:
    """The reply content for ``decision``, in its reply language."""
    language = decision.language
    if decision.kind is Kind.ANSWER:
        answers = tuple(
            _answer_part(candidate.fact, language, candidate.score) for candidate in decision.facts
        )
        return ReplyParts(Kind.ANSWER, language, answers=answers, decision=decision)
    if decision.kind is Kind.SUGGEST:
        suggestions = tuple(
            Suggestion(c.fact.id, c.fact.text[language], c.score) for c in decision.suggestions
        )
        return ReplyParts(
            Kind.SUGGEST,
            language,
            lead=messages.DID_YOU_MEAN[language],
            suggestions=suggestions,
            footer=messages.SEE_TOPICS[language],
            decision=decision,
        )
    if decision.kind is Kind.CHITCHAT and decision.chitchat is not None:
        return ReplyParts(
            Kind.CHITCHAT,
            language,
            lead=messages.CHITCHAT[decision.chitchat][language],
            footer=messages.EXAMPLES[language],
            decision=decision,
        )
    reason = decision.reason or DeclineReason.OUT_OF_SCOPE
    return ReplyParts(
        Kind.DECLINE,
        language,
        lead=messages.DECLINE[reason][language],
        footer=messages.SEE_TOPICS[language],
        decision=decision,
    )


def fact_parts(fact: Fact, language: str) -> ReplyParts:
    """An answer made of one given fact (/fact, /random, buttons, inline results)."""
    return ReplyParts(Kind.ANSWER, language, answers=(_answer_part(fact, language, 100.0),))


def quote_text(citation: Citation, language: str) -> str:
    """The verbatim quote set off by the reply language's quotation marks."""
    opening, closing = messages.QUOTE_MARKS[language]
    return f"{opening}{citation.quote}{closing}"


def to_plain_text(parts: ReplyParts) -> str:
    """The reply as plain text: exactly what a user reads, paragraphs separated by blank lines."""
    blocks: list[str] = []
    if parts.lead:
        blocks.append(parts.lead)
    for answer in parts.answers:
        blocks.append(
            f"{answer.text}\n\n{quote_text(answer.citation, parts.language)}\n"
            f"— {answer.citation.source}"
        )
    if parts.suggestions:
        lines = [f"• {suggestion.text}" for suggestion in parts.suggestions]
        if blocks and parts.lead:
            blocks[-1] = "\n".join([blocks[-1], *lines])
        else:
            blocks.append("\n".join(lines))
    if parts.footer:
        blocks.append(parts.footer)
    return "\n\n".join(blocks)


def topics_text(knowledge: KnowledgeBase, language: str) -> str:
    """Every topic with its facts, as plain text (the console's /topics)."""
    blocks = [messages.TOPICS_HEADER[language]]
    for topic, labels in knowledge.topics().items():
        facts = knowledge.facts_in_topic(topic)
        if facts:
            lines = [labels[language], *(f"  • {fact.text[language]}" for fact in facts)]
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _answer_part(fact: Fact, language: str, score: float) -> AnswerPart:
    citation = Citation(
        fact_id=fact.id,
        quote=fact.quote,
        source=fact.pack.source_line(language),
        paragraph=fact.paragraph,
    )
    return AnswerPart(fact.id, fact.text[language], citation, score)
