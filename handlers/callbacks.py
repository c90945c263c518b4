"""The inline buttons: a fact, its source paragraph, a topic, an example question, a language.

Buttons outlive the data behind them (a fact renamed by a reload, a message from last year,
forged data), so every handler checks what it was given and answers a stale or unknown button
with a short toast rather than an error.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, ContextTypes

from handlers import keyboards
from handlers.formatting import format_source
from handlers.groups import change_setting
from handlers.keyboards import facts_keyboard, matched_value
from handlers.language import set_language, user_language
from handlers.library import get_library
from handlers.replies import answer_question, send_fact, send_html
from handlers.texts import fill, texts_for

logger = logging.getLogger(__name__)

_ID = r"([a-z0-9-]{1,40})"
FACT_PATTERN = re.compile(rf"^{keyboards.FACT}:{_ID}$")
SOURCE_PATTERN = re.compile(rf"^{keyboards.SOURCE}:{_ID}$")
TOPIC_PATTERN = re.compile(rf"^{keyboards.TOPIC}:(\S{{1,60}})$")
EXAMPLE_PATTERN = re.compile(rf"^{keyboards.EXAMPLE}:([0-9])$")
LANGUAGE_PATTERN = re.compile(rf"^{keyboards.LANGUAGE}:(en|ru)$")
SETTING_PATTERN = re.compile(rf"^{keyboards.SETTING}:(on|off)$")


async def _acknowledge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """Stop the button's spinner; the value matched by the pattern, or None after a toast.

    Buttons under inline-mode messages have no chat to answer in: the user is sent to the
    private chat instead.
    """
    query = update.callback_query
    if query is None:
        return None
    texts = texts_for(user_language(update, context))
    if update.effective_chat is None:
        await query.answer(texts.inline_chat_only)
        return None
    await query.answer()
    return matched_value(context)


async def _stale(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is not None:
        logger.info("Stale or unknown button data %r", query.data)
        await query.answer(texts_for(user_language(update, context)).stale_button)


async def open_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the fact a Related or suggestion button names."""
    fact = get_library(context).knowledge.get(matched_value(context) or "")
    if fact is None:
        await _stale(update, context)
        return
    if await _acknowledge(update, context) is not None:
        await send_fact(update, context, fact, user_language(update, context))


async def open_source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the whole chapter paragraph behind a fact, the quoted words in bold."""
    knowledge = get_library(context).knowledge
    fact = knowledge.get(matched_value(context) or "")
    if fact is None:
        await _stale(update, context)
        return
    if await _acknowledge(update, context) is None:
        return
    language = user_language(update, context)
    pack = knowledge.pack_of(fact)
    header = fill(texts_for(language).source_header, paragraph=fact.paragraph)
    markup = format_source(
        fact, pack.paragraphs[fact.paragraph - 1], header, pack.meta.source_line(language)
    )
    await send_html(update, context, markup)


async def open_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the facts of one topic, a button each."""
    knowledge = get_library(context).knowledge
    topic = matched_value(context) or ""
    labels = knowledge.topics().get(topic)
    facts = knowledge.facts_in_topic(topic)
    if labels is None or not facts:
        await _stale(update, context)
        return
    if await _acknowledge(update, context) is None:
        return
    language = user_language(update, context)
    lead = fill(texts_for(language).topic_lead, topic=labels[language])
    await send_html(update, context, lead, facts_keyboard(facts, language))


async def ask_example(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the example question of /start that the button shows."""
    examples = texts_for(user_language(update, context)).examples
    value = matched_value(context)
    index = int(value) if value is not None else len(examples)
    if index >= len(examples):
        await _stale(update, context)
        return
    if await _acknowledge(update, context) is not None:
        await answer_question(update, context, examples[index])


async def pick_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember the language chosen with a /lang button."""
    if matched_value(context) is None:
        await _stale(update, context)
        return
    language = await _acknowledge(update, context)
    if language is not None:
        set_language(context, language)
        await send_html(update, context, texts_for(language).lang_set)


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other data: from an older version of the bot, or forged."""
    await _stale(update, context)


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    """The catch-all comes last: the first handler whose pattern matches takes the button."""
    return [
        CallbackQueryHandler(open_fact, pattern=FACT_PATTERN),
        CallbackQueryHandler(open_source, pattern=SOURCE_PATTERN),
        CallbackQueryHandler(open_topic, pattern=TOPIC_PATTERN),
        CallbackQueryHandler(ask_example, pattern=EXAMPLE_PATTERN),
        CallbackQueryHandler(pick_language, pattern=LANGUAGE_PATTERN),
        CallbackQueryHandler(change_setting, pattern=SETTING_PATTERN),
        CallbackQueryHandler(unknown_button),
    ]
