"""Turning a question or a fact into a sent reply: the one path every handler answers through.

Private messages, /ask, group mentions, buttons and /fact all end here, so the rules for what is
sent (HTML, buttons, the group's stricter threshold, no chit-chat in groups) live in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import questionlog
from bot.worker import MATCHING_KEY, Matching
from handlers.feedback import feedback_fact, with_feedback
from handlers.formatting import format_reply
from handlers.keyboards import prepared, reply_keyboard
from handlers.language import preferred_language
from handlers.library import Rendered, get_library
from handlers.texts import fill, texts_for
from knowledge.decision import Decision, Kind, ReplyParts
from knowledge.models import Fact
from knowledge.render import fact_parts, render
from knowledge.text import detect_language

logger = logging.getLogger(__name__)

# Longer messages are not questions (pasted text, floods); they get a hint instead.
MAX_QUESTION_LENGTH = 500


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def send_html(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    markup: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Send HTML to the update's chat: as a reply to the user's message in groups."""
    message = update.message
    if message is not None:
        # PTB quotes the message in groups and not in private chats (Message.do_quote default).
        await message.reply_text(markup, reply_markup=reply_markup)
        return
    chat = update.effective_chat
    if chat is None:
        logger.debug("Update %s has no chat to reply in", update.update_id)
        return
    await context.bot.send_message(chat.id, markup, reply_markup=reply_markup)


async def send_parts(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    parts: ReplyParts,
    *,
    feedback: str | None = None,
) -> None:
    """Send rendered reply content with its buttons (Source and Related, or the suggestions),
    and 👍 / 👎 on the fact id ``feedback`` when given."""
    library = get_library(context)

    def render_now() -> Rendered:
        keyboard = reply_keyboard(parts, library.knowledge)
        if feedback is not None:
            keyboard = with_feedback(keyboard, feedback)
        # Sent again with every equal reply: its JSON form is worked out once, here.
        return format_reply(parts), prepared(keyboard)

    markup, keyboard = library.rendered.get(reply_key(parts, feedback), render_now)
    await send_html(update, context, markup, keyboard)


def reply_key(parts: ReplyParts, feedback: str | None) -> Hashable:
    """Everything the sent reply is made of (all of ``parts`` but the scores): equal keys, equal
    messages and buttons, given one fact base."""
    return (
        parts.kind,
        parts.language,
        parts.lead,
        parts.footer,
        tuple((answer.fact_id, answer.text, answer.citation) for answer in parts.answers),
        tuple((suggestion.fact_id, suggestion.text) for suggestion in parts.suggestions),
        feedback,
    )


async def send_fact(
    update: Update, context: ContextTypes.DEFAULT_TYPE, fact: Fact, language: str
) -> None:
    """Send one fact with its citation and buttons."""
    await send_parts(update, context, fact_parts(fact, language))


async def decide(context: ContextTypes.DEFAULT_TYPE, question: str, *, strict: bool) -> Decision:
    """The matcher's verdict, in the /lang language if the user chose one."""
    library = get_library(context)
    language = preferred_language(context)
    matching = context.bot_data.get(MATCHING_KEY)
    if isinstance(matching, Matching):
        return await matching.decide(library, question, language, strict=strict)
    return library.matcher.decide(question, language, strict=strict)


async def answer_question(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    *,
    addressed: bool = True,
) -> Decision | None:
    """Answer ``question``; returns the decision, or None when nothing was decided.

    In groups the stricter threshold applies and chit-chat is left unanswered. A question the
    bot was not addressed with (a group that asked for every question to be answered) gets a
    reply only when it is a confident answer.
    """
    if len(question) > MAX_QUESTION_LENGTH:
        if addressed:
            language = preferred_language(context) or detect_language(question)
            hint = fill(
                texts_for(language).too_long_hint, length=len(question), limit=MAX_QUESTION_LENGTH
            )
            await send_html(update, context, hint)
        return None
    group = in_group(update)
    decision = await decide(context, question, strict=group)
    # The curator's question log; a group's unaddressed chatter is only counted when answered.
    if addressed or decision.kind is Kind.ANSWER:
        questionlog.record_from(update, context, decision)
    if group and decision.kind is Kind.CHITCHAT:
        return decision
    if not addressed and decision.kind is not Kind.ANSWER:
        return decision
    await send_parts(update, context, render(decision), feedback=feedback_fact(update, decision))
    return decision
