"""The incoming limit: how many questions one user may ask in a window.

Outgoing messages are paced by python-telegram-bot's ``AIORateLimiter``; this is the other
direction, so that one flooding user cannot take the bot from everyone else. A user over the
limit is told once, then ignored until their window passes; other users are unaffected.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, BaseHandler, ContextTypes, TypeHandler

from bot.settings import DEFAULT_QUESTIONS_PER_MINUTE
from handlers.groups import wants_answer
from handlers.language import user_language
from handlers.replies import send_html
from handlers.texts import texts_for

logger = logging.getLogger(__name__)

# bot_data key of the QuestionLimiter (kept in memory only: a restart forgives everyone).
LIMITER_KEY = "question_limiter"
QUESTIONS_PER_WINDOW = DEFAULT_QUESTIONS_PER_MINUTE  # CHAPTERBOT_QUESTIONS_PER_MINUTE sets it
WINDOW_SECONDS = 60.0
# Forget users whose window has passed once this many are tracked, so memory stays bounded.
PRUNE_AT = 10_000


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first question over the limit: tell the user
    DROP = "drop"  # later ones in the same window: say nothing


@dataclass
class _Window:
    start: float
    count: int = 0
    warned: bool = False


class QuestionLimiter:
    """A fixed window per user: ``limit`` questions per ``period`` seconds."""

    def __init__(
        self,
        limit: int = QUESTIONS_PER_WINDOW,
        period: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.period = period
        self._clock = clock
        self._windows: dict[int, _Window] = {}

    def check(self, user_id: int) -> Verdict:
        """Count one question of ``user_id`` and say what to do with it."""
        now = self._clock()
        window = self._windows.get(user_id)
        if window is None or now - window.start >= self.period:
            if len(self._windows) >= PRUNE_AT:
                self._prune(now)
            window = self._windows[user_id] = _Window(now)
        window.count += 1
        if window.count <= self.limit:
            return Verdict.ALLOW
        if not window.warned:
            window.warned = True
            return Verdict.WARN
        return Verdict.DROP

    def _prune(self, now: float) -> None:
        self._windows = {
            user: window
            for user, window in self._windows.items()
            if now - window.start < self.period
        }


def counts_as_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """What the limit counts: anything sent to the bot itself — private messages, buttons,
    and group messages it would answer. Inline queries are not counted: clients send one per
    keystroke."""
    if update.callback_query is not None:
        return True
    chat = update.effective_chat
    if update.message is None or chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    return wants_answer(update, context)


async def enforce_limit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop a question of a user over the limit before any other handler sees it."""
    user = update.effective_user
    limiter: QuestionLimiter | None = context.bot_data.get(LIMITER_KEY)
    if user is None or limiter is None or not counts_as_question(update, context):
        return
    verdict = limiter.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    notice = texts_for(user_language(update, context)).rate_limited
    query = update.callback_query
    if verdict is Verdict.WARN:
        logger.info("User %s is over the question limit; ignoring them for now", user.id)
        if query is not None:
            await query.answer(notice, show_alert=True)
        else:
            await send_html(update, context, notice)
    elif query is not None:
        await query.answer()  # stop the button's spinner, silently
    raise ApplicationHandlerStop


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    return [TypeHandler(Update, enforce_limit)]
