"""👍 / 👎 under answers in private chats: one vote per user per answered fact.

The buttons carry ``v:+:<fact-id>`` or ``v:-:<fact-id>`` (fact ids are at most 40 characters, so
the data stays under Telegram's 64 bytes). A press is written to the question log in the
background (:meth:`bot.questionlog.QuestionLog.vote`: a second press replaces the first) and
acknowledged with a short toast; ``chapterbot gaps`` and ``/stats`` list the facts with the most
👎. An answer of several facts is voted on as its first, best matching, fact.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, ContextTypes

from bot import questionlog
from handlers.keyboards import callback_data
from handlers.language import user_language
from handlers.library import get_library
from handlers.texts import texts_for
from knowledge.decision import Decision, Kind

logger = logging.getLogger(__name__)

VOTE = "v"  # v:+:<fact-id> / v:-:<fact-id>
UP, DOWN = "+", "-"
VOTE_PATTERN = re.compile(rf"^{VOTE}:([+-]):([a-z0-9-]{{1,40}})$")

THANKS = {
    "en": {UP: "Thanks! 👍 noted.", DOWN: "Thanks — 👎 noted; the curator will look at it."},
    "ru": {UP: "Спасибо! 👍 учтён.", DOWN: "Спасибо — 👎 учтён, куратор посмотрит."},
}


def feedback_row(fact_id: str) -> list[InlineKeyboardButton]:
    """The 👍 / 👎 buttons for an answer whose (first) fact is ``fact_id``."""
    return [
        InlineKeyboardButton("👍", callback_data=callback_data(VOTE, f"{UP}:{fact_id}")),
        InlineKeyboardButton("👎", callback_data=callback_data(VOTE, f"{DOWN}:{fact_id}")),
    ]


def feedback_fact(update: Update, decision: Decision) -> str | None:
    """The fact to vote on under this reply: an answer's first fact, in private chats only."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE or decision.kind is not Kind.ANSWER:
        return None
    return decision.facts[0].fact.id if decision.facts else None


def with_feedback(markup: InlineKeyboardMarkup | None, fact_id: str) -> InlineKeyboardMarkup:
    """``markup`` with the feedback row added at the bottom."""
    rows = [list(row) for row in markup.inline_keyboard] if markup is not None else []
    return InlineKeyboardMarkup([*rows, feedback_row(fact_id)])


async def record_vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record a 👍 or 👎 and thank the user with a toast."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    language = user_language(update, context)
    # A query without data reaches every pattern's handler in python-telegram-bot: check again.
    match = VOTE_PATTERN.match(query.data or "")
    fact_id = match.group(2) if match else None
    if match is None or get_library(context).knowledge.get(fact_id or "") is None:
        # No data, or a fact renamed or removed by a reload since the answer was sent.
        logger.info("Vote on data that names no fact: %r", query.data)
        await query.answer(texts_for(language).stale_button)
        return
    direction = match.group(1)
    question_log = questionlog.from_context(context)
    if question_log is not None:
        question_log.vote(user.id, match.group(2), 1 if direction == UP else -1)
    await query.answer(THANKS[language][direction])


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    """Register before the callbacks module's catch-all for unknown buttons."""
    return [CallbackQueryHandler(record_vote, pattern=VOTE_PATTERN)]
