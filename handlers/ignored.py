"""Updates the bot does not act on: edited messages, channel posts and unknown kinds.

Answering an edit would answer the same question twice; channels have no one to answer. Kinds
of update from a newer Bot API are logged once each at debug level and otherwise left alone.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, ContextTypes, TypeHandler

logger = logging.getLogger(__name__)

# What the bot answers; the same list is asked of Telegram with allowed_updates.
HANDLED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)


def update_kind(update: Update) -> str:
    """The name of the field an update carries, e.g. ``edited_message``."""
    for kind in Update.ALL_TYPES:
        if getattr(update, kind, None) is not None:
            return kind
    unknown = ", ".join(sorted(update.api_kwargs)) if update.api_kwargs else None
    return unknown or "empty"


async def ignore_other_updates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop every update that is not a message, a button press or an inline query."""
    if update.message is not None or update.callback_query or update.inline_query:
        return
    logger.debug("Ignoring update %s: %s", update.update_id, update_kind(update))
    raise ApplicationHandlerStop


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    return [TypeHandler(Update, ignore_other_updates)]
