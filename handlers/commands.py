"""The commands: /start, /help, /topics, /fact, /ask, /source, /random and /lang.

They work in private chats and, addressed to the bot, in groups (/ask is how groups ask).
"""

from __future__ import annotations

import random
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import BaseHandler, CommandHandler, ContextTypes

from handlers.keyboards import examples_keyboard, languages_keyboard, topics_keyboard
from handlers.language import set_language, user_language
from handlers.library import get_library
from handlers.replies import answer_question, send_fact, send_html
from handlers.texts import fill, texts_for
from knowledge.models import LANGUAGES, PackMeta, format_date


def chapter(context: ContextTypes.DEFAULT_TYPE) -> PackMeta:
    """The chapter the bot is about (the first pack of the knowledge base)."""
    return get_library(context).knowledge.packs[0].meta


def chapter_values(context: ContextTypes.DEFAULT_TYPE, language: str) -> dict[str, str]:
    """The chapter's names and date, for filling the greeting, /help and /source."""
    meta = chapter(context)
    return {
        "compendium": meta.compendium[language],
        "country": meta.country[language],
        "section": meta.section,
        "title": meta.title[language],
        "date": format_date(meta.published, language),
        "bot": context.bot.username,
    }


def command_argument(update: Update) -> str:
    """Everything after the command, as the user typed it (context.args loses the spacing)."""
    message = update.effective_message
    parts = (message.text or "").split(maxsplit=1) if message else []
    return parts[1].strip() if len(parts) > 1 else ""


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user with what the bot knows and three example questions as buttons."""
    language = user_language(update, context)
    # A deep link such as t.me/<bot>?start=<fact-id> opens that fact.
    if context.args:
        fact = get_library(context).knowledge.get(context.args[0])
        if fact is not None:
            await send_fact(update, context, fact, language)
            return
    texts = texts_for(language)
    user = update.effective_user
    name = user.first_name if user else ""
    greeting = fill(texts.start, name=name, **chapter_values(context, language))
    await send_html(update, context, greeting)
    await send_html(update, context, texts.examples_lead, examples_keyboard(language))


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the commands and how to use the bot inline and in groups."""
    language = user_language(update, context)
    await send_html(
        update, context, fill(texts_for(language).help, **chapter_values(context, language))
    )


async def show_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer a button per topic of the chapter."""
    language = user_language(update, context)
    keyboard = topics_keyboard(get_library(context).knowledge, language)
    await send_html(update, context, texts_for(language).topics_lead, keyboard)


async def show_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show a fact named by its id, or answer the words given as a question."""
    language = user_language(update, context)
    knowledge = get_library(context).knowledge
    argument = command_argument(update)
    if not argument:
        usage = fill(texts_for(language).fact_usage, example=knowledge.facts[0].id)
        await send_html(update, context, usage)
        return
    fact = knowledge.get(argument.lower())
    if fact is not None:
        await send_fact(update, context, fact, language)
    else:
        await answer_question(update, context, argument)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question after /ask (in groups with the stricter threshold)."""
    question = command_argument(update)
    if not question:
        texts = texts_for(user_language(update, context))
        await send_html(update, context, fill(texts.ask_usage, example=texts.examples[0]))
        return
    await answer_question(update, context, question)


async def show_source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the chapter is, when it was published and what it covers."""
    language = user_language(update, context)
    texts = texts_for(language)
    knowledge = get_library(context).knowledge
    meta = chapter(context)
    lines = [
        fill(
            texts.source,
            source_line=meta.source_line(language),
            **chapter_values(context, language),
        ),
        "",
        fill(texts.source_covers, count=len(knowledge)),
    ]
    for topic, labels in knowledge.topics().items():
        count = len(knowledge.facts_in_topic(topic))
        if count:
            lines.append(fill(texts.source_topic, topic=labels[language], count=count))
    await send_html(update, context, "\n".join(lines))


async def random_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show a random fact of the chapter."""
    fact = random.choice(get_library(context).knowledge.facts)
    await send_fact(update, context, fact, user_language(update, context))


async def choose_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember the reply language given as /lang en or /lang ru; otherwise offer both."""
    choice = command_argument(update).lower()
    if choice in LANGUAGES:
        set_language(context, choice)
        await send_html(update, context, texts_for(choice).lang_set)
        return
    texts = texts_for(user_language(update, context))
    await send_html(update, context, texts.lang_usage, languages_keyboard())


def command_menu(language: str) -> list[BotCommand]:
    """The commands as shown in Telegram's menu, described in ``language``."""
    return [
        BotCommand(command, description)
        for command, description in texts_for(language).commands.items()
    ]


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    """The command handlers; /settings lives with the other group rules in handlers.groups."""
    return [
        CommandHandler("start", start),
        CommandHandler("help", show_help),
        CommandHandler("topics", show_topics),
        CommandHandler("fact", show_fact),
        CommandHandler("ask", ask),
        CommandHandler("source", show_source),
        CommandHandler("random", random_fact),
        CommandHandler("lang", choose_language),
    ]
