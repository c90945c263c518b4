"""Reply content as Telegram HTML: escaping, the blockquote layout, trimming, highlighting."""

from __future__ import annotations

import html
import re

import pytest

from handlers.formatting import (
    MAX_MESSAGE_LENGTH,
    element,
    fit,
    format_reply,
    format_source,
    highlight,
    html_length,
    text,
    to_html,
)
from knowledge import KnowledgeBase
from knowledge.decision import AnswerPart, Citation, Kind, ReplyParts, Suggestion
from knowledge.render import fact_parts
from knowledge.text import normalize_whitespace
from tests.conftest import assert_telegram_html, visible_text

HOSTILE = "<b>bold</b> & </blockquote> &amp; <a href='x'>link</a> <"


def answer(fact_text: str, quote: str = "A quote.", source: str = "The source") -> ReplyParts:
    citation = Citation("some-fact", quote, source, 1)
    part = AnswerPart("some-fact", fact_text, citation, 90.0)
    return ReplyParts(Kind.ANSWER, "en", answers=(part,))


def test_answer_is_fact_then_blockquote_with_quote_and_source(knowledge: KnowledgeBase) -> None:
    fact = knowledge.get("visa-lobbying-outcome")
    assert fact is not None
    markup = format_reply(fact_parts(fact, "en"))
    assert markup == (
        f"{fact.text['en']}\n<blockquote>“{fact.quote}”\n— <i>"
        f"{fact.pack.source_line('en')}</i></blockquote>"
    )
    assert_telegram_html(markup)


def test_hostile_text_everywhere_is_escaped() -> None:
    parts = answer(HOSTILE, quote=HOSTILE, source=HOSTILE)
    markup = format_reply(parts)
    assert_telegram_html(markup)
    assert markup.count("<blockquote>") == 1
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;/blockquote&gt; &amp;amp;" in markup
    assert visible_text(markup).startswith(HOSTILE)

    suggestion = ReplyParts(
        Kind.SUGGEST,
        "en",
        lead=HOSTILE,
        suggestions=(Suggestion("a", HOSTILE, 50.0),),
        footer=HOSTILE,
    )
    assert_telegram_html(format_reply(suggestion))
    decline = ReplyParts(Kind.DECLINE, "en", lead=HOSTILE, footer=HOSTILE)
    assert_telegram_html(format_reply(decline))


def test_a_long_reply_is_trimmed_without_breaking_tags() -> None:
    parts = answer("word & " * 2000, quote="<quote> " * 1000)
    markup = format_reply(parts)
    assert html_length(markup) <= MAX_MESSAGE_LENGTH
    assert_telegram_html(markup)
    assert markup.endswith("…")
    assert "&am…" not in markup and "&…" not in markup

    long_quote = answer("Short fact.", quote="«цитата» & " * 800)
    markup = format_reply(long_quote)
    assert html_length(markup) <= MAX_MESSAGE_LENGTH
    assert_telegram_html(markup)
    assert markup.startswith("Short fact.\n<blockquote>")
    assert markup.endswith("…</blockquote>")  # the cut happens inside, the tag stays closed


@pytest.mark.parametrize("limit", [12, 25, 40, 57, 80, 133, 200, 301])
def test_trimming_stays_valid_and_within_any_limit(limit: int) -> None:
    nodes = [
        text("Fact <&> text 🙂 " * 5),
        element("blockquote", text("“quote & more” " * 5), element("i", text("source " * 5))),
        text("\n\n"),
        element("i", text("footer")),
    ]
    markup = fit(nodes, limit)
    assert html_length(markup) <= limit
    assert_telegram_html(markup)


def test_length_is_counted_in_utf16_units() -> None:
    assert html_length("🙂") == 2
    assert html_length("ё") == 1
    markup = fit([text("🙂" * 3000)])
    assert html_length(markup) <= MAX_MESSAGE_LENGTH
    assert len(markup) < 2100


def test_short_content_is_left_alone() -> None:
    nodes = [text("a & b"), element("b", text("<c>"))]
    assert fit(nodes) == to_html(nodes) == "a &amp; b<b>&lt;c&gt;</b>"


def test_highlight_finds_quotes_with_whitespace_normalised() -> None:
    paragraph = "First   sentence here.\nThe quoted\n  words & more.  Last <one>."
    nodes = highlight(paragraph, ["quoted words &", "Last <one>"])
    markup = to_html(nodes)
    assert markup == (
        "First sentence here. The <b>quoted words &amp;</b> more. <b>Last &lt;one&gt;</b>."
    )
    assert_telegram_html(markup)
    # Overlapping quotes become one bold run; a quote that is absent is simply not bold.
    assert to_html(highlight("a b c d", ["a b", "b c", "zzz"])) == "<b>a b c</b> d"


def test_source_view_bolds_every_quote_of_a_fact(knowledge: KnowledgeBase) -> None:
    for fact in knowledge:
        pack = knowledge.pack_of(fact)
        paragraph = pack.paragraphs[fact.paragraph - 1]
        markup = format_source(fact, paragraph, "<b>Paragraph</b>", HOSTILE)
        assert_telegram_html(markup)
        bold = re.findall(r"<b>(.*?)</b>", markup)
        for quote in fact.quotes:
            escaped = html.escape(normalize_whitespace(quote), quote=False)
            assert any(escaped in run for run in bold), (fact.id, quote)


def test_source_view_of_a_huge_paragraph_is_trimmed(knowledge: KnowledgeBase) -> None:
    fact = knowledge.get("visa-lobbying-outcome")
    assert fact is not None
    paragraph = ("Filler & <text>. " * 400) + fact.quote + (" More <filler>." * 400)
    markup = format_source(fact, paragraph, "<b>Paragraph 3</b>", "Source line")
    assert html_length(markup) <= MAX_MESSAGE_LENGTH
    assert_telegram_html(markup)
    assert markup.startswith("<b>Paragraph 3</b>\n<blockquote>")
