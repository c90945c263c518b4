"""Inline mode: ``@bot words`` in any chat offers the matching facts, ready to send with citation.

Clients send a query on every keystroke, so this answers from the matcher's ranking alone (no
decision, no network but the one answer) and lets Telegram cache results.
"""

from __future__ import annotations

from typing import Any

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.ext import BaseHandler, ContextTypes, InlineQueryHandler

from bot import questionlog
from handlers.formatting import format_reply
from handlers.keyboards import label
from handlers.language import user_language
from handlers.library import get_library
from handlers.texts import fill, texts_for
from knowledge.models import Fact, KnowledgeBase
from knowledge.render import fact_parts
from knowledge.text import detect_language

RESULTS = 10
# Results depend only on the query text (its script picks the language), so Telegram may serve
# them to everyone typing the same words for five minutes.
CACHE_TIME = 300
# Deep link of the "open the chat" button: /start inline.
START_PARAMETER = "inline"
TITLE_LENGTH = 80
DESCRIPTION_LENGTH = 120


def fact_result(fact: Fact, language: str) -> InlineQueryResultArticle:
    """One fact as an article: id the fact id, sent as the cited reply."""
    return InlineQueryResultArticle(
        id=fact.id,
        title=label(fact.text[language], TITLE_LENGTH),
        description=label(fact.quote, DESCRIPTION_LENGTH),
        input_message_content=InputTextMessageContent(format_reply(fact_parts(fact, language))),
    )


def browse_facts(knowledge: KnowledgeBase) -> list[Fact]:
    """The first fact of every topic: what an empty query shows."""
    facts = []
    for topic in knowledge.topics():
        in_topic = knowledge.facts_in_topic(topic)
        if in_topic:
            facts.append(in_topic[0])
    return facts[:RESULTS]


async def answer_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer up to ten matching facts, a fact per topic for an empty query, or a hint."""
    inline_query = update.inline_query
    if inline_query is None:
        return
    library = get_library(context)
    query = inline_query.query.strip()
    if not query:
        # The language comes from the user here, so the results are personal.
        language = user_language(update, context)
        results = [fact_result(fact, language) for fact in browse_facts(library.knowledge)]
        await inline_query.answer(results, cache_time=CACHE_TIME, is_personal=True)
        return

    # ("ghbdtn" is "привет" typed with the keyboard on the English layout: a Russian query.)
    meant = library.matcher.as_meant(query)
    language = detect_language(meant)
    # The curator's question log: only the last query a user types, decided in the background.
    questionlog.record_inline(context, library.matcher, query, inline_query.from_user.id)
    candidates = library.matcher.search(meant, limit=RESULTS)
    if candidates:
        results = [fact_result(candidate.fact, language) for candidate in candidates]
        await inline_query.answer(results, cache_time=CACHE_TIME, is_personal=False)
        return

    texts = texts_for(language)
    meta = library.knowledge.packs[0].meta
    hint = InlineQueryResultArticle(
        id="no-match",
        title=texts.inline_no_match_title,
        description=texts.inline_no_match_description,
        input_message_content=InputTextMessageContent(
            fill(
                texts.inline_no_match_message,
                section=meta.section,
                title=meta.title[language],
                query=label(query, DESCRIPTION_LENGTH),
                bot=context.bot.username,
            )
        ),
    )
    button = InlineQueryResultsButton(text=texts.inline_open_chat, start_parameter=START_PARAMETER)
    await inline_query.answer([hint], cache_time=CACHE_TIME, is_personal=False, button=button)


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    return [InlineQueryHandler(answer_inline_query)]
