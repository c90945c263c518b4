"""Answers Telegram could not be reached for, kept and sent when it can be.

``bot/retry.py`` retries a ``sendMessage`` that failed before Telegram acted on it for about
3.5 s. When Telegram stays out of reach longer than that (its front end down, the network cut),
the answer used to be lost: its question had already been confirmed to Telegram, so no one would
ask for it again. Now the request is kept in the chat's data, which python-telegram-bot's
persistence saves with the users' settings, and a job sends it again every
:data:`RESEND_SECONDS` and once soon after start-up. A kept answer is written to the persistence
file at once, not at the next periodic save: a crash right after cannot lose it.

Only a request that provably did not take effect is kept (``not_carried_out``), and one is
taken out of the outbox only once Telegram has answered it, so an answer is never shown twice.
A kept answer that Telegram then rejects (the user blocked the bot, the chat is gone) or that
times out after it was sent (it may have arrived) is dropped with a warning, and so is one
still undelivered after :data:`MAX_AGE_SECONDS`: an answer a day late is no longer one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from telegram import Bot, TelegramObject
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot.retry import RESENDING, not_carried_out, resending

logger = logging.getLogger(__name__)

OUTBOX_KEY = "outbox"  # chat_data: the chat's undelivered requests, oldest first
# Requests worth keeping: answers. A callback or inline query answer is only valid for
# seconds, and a button's edit can be had again by pressing the button.
KEPT_METHODS = frozenset({"sendMessage"})
RESEND_SECONDS = 15.0
FIRST_RESEND_SECONDS = 2.0  # after start-up: what the last run could not deliver
MAX_AGE_SECONDS = 24 * 60 * 60


@contextmanager
def _as_resend() -> Iterator[None]:
    """While the outbox sends: a failure stays where it is (no second copy), and is not
    retried on the spot (the next run of the job is the retry)."""
    token = RESENDING.set(True)
    try:
        yield
    finally:
        RESENDING.reset(token)


def _plain(value: Any) -> Any:
    """A request parameter as JSON data (python-telegram-bot objects by their ``to_dict``)."""
    if isinstance(value, TelegramObject):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


class Outbox:
    """The undelivered answers of every chat, kept in ``chat_data[OUTBOX_KEY]``."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._application = application
        self._saving: set[asyncio.Task[None]] = set()

    def keep(self, method: str, data: dict[str, Any]) -> bool:
        """Keep a request Telegram could not be reached for; whether it was kept."""
        chat_id = data.get("chat_id")
        if method not in KEPT_METHODS or resending() or not isinstance(chat_id, int):
            return False
        params = {key: _plain(value) for key, value in data.items() if value is not None}
        entry = {"method": method, "params": params, "since": time.time()}
        self._application.chat_data[chat_id].setdefault(OUTBOX_KEY, []).append(entry)
        self._application.mark_data_for_update_persistence(chat_ids=chat_id)
        logger.warning(
            "Telegram could not be reached: the answer to chat %s is kept and sent later", chat_id
        )
        # Written at once, not at the next periodic save: a crash in between would lose it.
        task = asyncio.get_running_loop().create_task(self._save())
        self._saving.add(task)
        task.add_done_callback(self._saving.discard)
        return True

    async def _save(self) -> None:
        persistence = self._application.persistence
        if persistence is None:
            return
        try:
            await self._application.update_persistence()
            await persistence.flush()
        except Exception:  # a full disk must not turn one lost send into a crash
            logger.exception("Could not save the kept answers")

    def pending(self) -> int:
        """How many answers wait to be sent."""
        return sum(len(data.get(OUTBOX_KEY, ())) for data in self._application.chat_data.values())

    async def resend(self, bot: Bot) -> int:
        """Send the kept answers, oldest first in each chat; returns how many got through.

        Stops at the first one Telegram still cannot be reached for: the rest would fail too.
        """
        sent = 0
        with _as_resend():
            for chat_id, data in list(self._application.chat_data.items()):
                entries = data.get(OUTBOX_KEY)
                while entries:
                    entry = entries[0]
                    if time.time() - entry["since"] > MAX_AGE_SECONDS:
                        logger.warning("Dropped an answer to chat %s kept for over a day", chat_id)
                    else:
                        try:
                            await self._send(bot, entry)
                        except NetworkError as error:
                            if not_carried_out(error):
                                return sent  # still out of reach: the next run tries again
                            reason = "timed out" if isinstance(error, TimedOut) else str(error)
                            logger.warning("Dropped a kept answer to chat %s: %s", chat_id, reason)
                        except TelegramError as error:
                            logger.warning("Dropped a kept answer to chat %s: %s", chat_id, error)
                        else:
                            sent += 1
                    entries.pop(0)
                    self._application.mark_data_for_update_persistence(chat_ids=chat_id)
                data.pop(OUTBOX_KEY, None)
        if sent:
            logger.info("Sent %d kept answer(s)", sent)
        return sent

    @staticmethod
    async def _send(bot: Bot, entry: dict[str, Any]) -> None:
        params = dict(entry["params"])
        # The kept parameters as Telegram takes them (keyboards as JSON): only the chat and the
        # text are named, so that the bot's defaults cannot add to what was sent the first time.
        await bot.send_message(
            chat_id=params.pop("chat_id"),
            text=params.pop("text"),
            parse_mode=params.pop("parse_mode", None),
            api_kwargs=params,
        )

    async def resend_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The job queue's callback: send what is kept, if anything."""
        if self.pending():
            await self.resend(context.bot)
