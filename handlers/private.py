"""Private chats: every text is a question; anything else gets a short hint."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, ContextTypes, MessageHandler, filters

from handlers.language import user_language
from handlers.replies import answer_question, send_html
from handlers.texts import texts_for

PRIVATE = filters.ChatType.PRIVATE


async def answer_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a private text message as a question about the chapter."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    await answer_question(update, context, message.text)


async def hint_non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the user that stickers, photos, voice and locations cannot be answered."""
    await send_html(update, context, texts_for(user_language(update, context)).non_text_hint)


async def hint_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point a mistyped command to /help."""
    await send_html(update, context, texts_for(user_language(update, context)).unknown_command)


def question_handler() -> BaseHandler[Update, Any, Any]:
    """Private texts that are not commands: questions. No other answering handler takes them,
    so this one may come first in its group."""
    return MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, answer_text)


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    """The hints. Register after the commands: an unknown command is only what no
    CommandHandler took."""
    return [
        MessageHandler(PRIVATE & filters.COMMAND, hint_unknown_command),
        # Service messages (pinned, joined, …) are not something a user sent to be answered.
        MessageHandler(PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, hint_non_text),
    ]
