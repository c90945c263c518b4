"""Reply content as Telegram HTML: the fact, then the chapter's words in a blockquote.

A reply is built as a small tree of :class:`Node` objects holding raw text, and only turned into
HTML at the end, so that every piece of text — from a user or from the YAML — is escaped exactly
once, and a reply that is too long can be trimmed without cutting a tag or an entity in half.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from telegram.constants import MessageLimit

from knowledge.decision import AnswerPart, ReplyParts
from knowledge.models import Fact
from knowledge.render import quote_text
from knowledge.text import normalize_whitespace

MAX_MESSAGE_LENGTH = MessageLimit.MAX_TEXT_LENGTH  # 4096
ELLIPSIS = "…"


@dataclass(frozen=True)
class Node:
    """Raw text (``tag`` None) or an element wrapping children, e.g. ``<blockquote>``."""

    text: str = ""
    tag: str | None = None
    children: tuple[Node, ...] = ()


def text(value: str) -> Node:
    return Node(text=value)


def element(tag: str, *children: Node) -> Node:
    return Node(tag=tag, children=children)


def to_html(nodes: Iterable[Node]) -> str:
    """The HTML of ``nodes``: text escaped, elements as open and close tags."""
    return "".join(_node_html(node) for node in nodes)


def _node_html(node: Node) -> str:
    if node.tag is None:
        return html.escape(node.text, quote=False)
    return f"<{node.tag}>{to_html(node.children)}</{node.tag}>"


def html_length(markup: str) -> int:
    """Length as Telegram counts it (UTF-16 code units); the markup itself is counted too.

    Counting the tags as well as the text keeps a reply under the limit whichever way a Bot API
    server measures it.
    """
    return len(markup.encode("utf-16-le")) // 2


def fit(nodes: Sequence[Node], limit: int = MAX_MESSAGE_LENGTH) -> str:
    """The HTML of ``nodes``, cut with an ellipsis where needed to stay within ``limit``."""
    markup = to_html(nodes)
    if html_length(markup) <= limit:
        return markup
    trimmed, _ = _trim(nodes, limit - len(ELLIPSIS))
    return to_html(trimmed)


def _trim(nodes: Sequence[Node], budget: int) -> tuple[list[Node], bool]:
    """Keep whole nodes while they fit; cut the first that does not. Returns (nodes, cut)."""
    kept: list[Node] = []
    for node in nodes:
        cost = html_length(_node_html(node))
        if cost <= budget:
            kept.append(node)
            budget -= cost
            continue
        if node.tag is None:
            kept.append(Node(text=_cut_text(node.text, budget) + ELLIPSIS))
        else:
            tags = html_length(f"<{node.tag}></{node.tag}>")
            if budget > tags:
                children, _ = _trim(node.children, budget - tags)
                kept.append(Node(tag=node.tag, children=tuple(children)))
            else:
                kept.append(Node(text=ELLIPSIS))
        return kept, True
    return kept, False


def _cut_text(value: str, budget: int) -> str:
    """The longest prefix whose escaped form fits ``budget``, preferably ending at a word."""
    used = 0
    end = 0
    for index, char in enumerate(value):
        used += html_length(html.escape(char, quote=False))
        if used > budget:
            break
        end = index + 1
    prefix = value[:end]
    space = prefix.rfind(" ")
    if space > end // 2:  # do not throw away half the text to end on a word
        prefix = prefix[:space]
    return prefix.rstrip()


# --- reply content ----------------------------------------------------------------------------


def reply_nodes(parts: ReplyParts) -> list[Node]:
    """The nodes of a rendered reply: answers with citations, suggestions, or a message."""
    blocks: list[list[Node]] = []
    if parts.lead:
        blocks.append([text(parts.lead)])
    for answer in parts.answers:
        blocks.append(answer_nodes(answer, parts.language))
    if parts.suggestions:
        lines = [f"• {suggestion.text}" for suggestion in parts.suggestions]
        if parts.lead and blocks:
            blocks[-1].append(text("\n" + "\n".join(lines)))
        else:
            blocks.append([text("\n".join(lines))])
    if parts.footer:
        blocks.append([element("i", text(parts.footer))])
    nodes: list[Node] = []
    for index, block in enumerate(blocks):
        if index:
            nodes.append(text("\n\n"))
        nodes.extend(block)
    return nodes


def answer_nodes(answer: AnswerPart, language: str) -> list[Node]:
    """One answered fact: its text, then the chapter's words and the source line."""
    citation = answer.citation
    return [
        text(answer.text + "\n"),
        element(
            "blockquote",
            text(quote_text(citation, language) + "\n— "),
            element("i", text(citation.source)),
        ),
    ]


def format_reply(parts: ReplyParts, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """A rendered reply as Telegram HTML, never longer than ``limit``."""
    return fit(reply_nodes(parts), limit)


def highlight(paragraph: str, quotes: Iterable[str]) -> list[Node]:
    """``paragraph`` with each quote in bold; quotes are found with whitespace normalised."""
    flat = normalize_whitespace(paragraph)
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        needle = normalize_whitespace(quote)
        start = flat.find(needle) if needle else -1
        if start >= 0:
            spans.append((start, start + len(needle)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    nodes: list[Node] = []
    position = 0
    for start, end in merged:
        if start > position:
            nodes.append(text(flat[position:start]))
        nodes.append(element("b", text(flat[start:end])))
        position = end
    if position < len(flat):
        nodes.append(text(flat[position:]))
    return nodes


def format_source(
    fact: Fact, paragraph: str, header: str, source_line: str, limit: int = MAX_MESSAGE_LENGTH
) -> str:
    """The whole chapter paragraph behind ``fact``, its quoted words in bold.

    ``header`` is trusted HTML from the bot's own texts; the paragraph and the source line are
    escaped.
    """
    header_html = header + "\n"
    body = [
        element("blockquote", *highlight(paragraph, fact.quotes)),
        element("i", text(source_line)),
    ]
    return header_html + fit(body, limit - html_length(header_html))
