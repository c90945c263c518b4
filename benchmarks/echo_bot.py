"""The smallest bot doing the same network work as ours: the throughput benchmark's baseline.

It long-polls like ``chapterbot run`` (same python-telegram-bot, same allowed updates, the same
number of updates handled at once, the same HTTP transport to the Bot API: ``bot/request.py``,
the same start-up objects frozen out of the garbage collector's way: ``bot/memory.py``)
and answers every private text with the text itself, escaped, in HTML parse mode. Whatever it
costs, ours costs too; what ours costs on top is matching and rendering.

Run it like the bot (``benchmarks/throughput.py`` does)::

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/bot \\
        python -m benchmarks.echo_bot
"""

from __future__ import annotations

import html
import logging
import os

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import CONCURRENT_UPDATES
from bot.memory import freeze_long_lived
from bot.request import bot_api_requests
from handlers.ignored import HANDLED_UPDATES

logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
# httpx logs every request URL at INFO, and Bot API URLs contain the token.
logging.getLogger("httpx").setLevel(logging.WARNING)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the message's text back, escaped for HTML."""
    message = update.effective_message
    if message is not None and message.text is not None:
        await message.reply_text(html.escape(message.text), parse_mode=ParseMode.HTML)


def main() -> None:
    """Build the application from the environment and poll until SIGTERM."""
    builder = Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"])
    if base_url := os.environ.get("TELEGRAM_API_BASE_URL"):
        builder = builder.base_url(base_url)
    request, get_updates_request = bot_api_requests()  # ours: JSON bodies, 8 connections
    application = (
        builder.concurrent_updates(CONCURRENT_UPDATES)
        .request(request)
        .get_updates_request(get_updates_request)
        .build()
    )

    # One handler: every private text.
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT, echo))

    # As `chapterbot run` does before it serves: start-up's objects kept from the collector.
    freeze_long_lived()
    application.run_polling(allowed_updates=list(HANDLED_UPDATES))


if __name__ == "__main__":
    main()
