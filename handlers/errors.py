"""The one error handler: log first, then tell a private chat that something went wrong."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import ContextTypes

from bot.retry import not_carried_out
from handlers.language import user_language
from handlers.texts import texts_for

logger = logging.getLogger(__name__)


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with the update's id (never its content or the token); apologise in private."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, TimedOut):
        # A timed-out send may well have reached the user (only Telegram's answer was late):
        # an apology on top of a delivered answer would be wrong.
        return
    if isinstance(context.error, NetworkError) and not_carried_out(context.error):
        # Telegram could not be reached, and bot/retry.py has already tried again for seconds:
        # an apology would fail the same way, and waiting for it again would only hold up a
        # shutdown.
        return
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        await context.bot.send_message(chat.id, texts_for(user_language(update, context)).error)
    except TelegramError as error:
        # The user may have blocked the bot, or Telegram is what failed in the first place.
        logger.warning("Could not tell chat %s about the error: %s", chat.id, error)
