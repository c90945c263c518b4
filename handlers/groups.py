"""Groups and supergroups: answer only when addressed, and the administrators' /settings.

The bot speaks in a group when it is @mentioned, when someone replies to one of its messages,
or when a command is addressed to it (commands are handled in :mod:`handlers.commands`).
Administrators can also let it answer every message that looks like a question about the
chapter; that setting lives in the chat's ``chat_data`` and is off by default.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from telegram import Bot, Message, MessageEntity, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CommandHandler, ContextTypes, MessageHandler, filters

from handlers.keyboards import matched_value, setting_keyboard
from handlers.language import user_language
from handlers.replies import answer_question, send_html
from handlers.texts import texts_for

logger = logging.getLogger(__name__)

# chat_data key: answer every question-like message, not only those addressed to the bot.
ANSWER_ALL_KEY = "answer_all"
ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

# A message "looks like a question" when it asks: a question mark, or a question word first.
_QUESTION_WORDS = frozenset(
    {
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "has",
        "have",
        "что",
        "когда",
        "где",
        "кто",
        "какой",
        "какая",
        "какое",
        "какие",
        "каких",
        "каком",
        "почему",
        "зачем",
        "как",
        "сколько",
        "чем",
        "ли",
        "откуда",
        "куда",
        "чей",
        "чья",
        "чьё",
        "чьи",
        "есть",
        "был",
        "была",
        "были",
    }
)
_FIRST_WORD = re.compile(r"\w+")


def looks_like_question(text: str) -> bool:
    if "?" in text:
        return True
    first = _FIRST_WORD.search(text)
    return first is not None and first.group().lower() in _QUESTION_WORDS


def addressed_question(message: Message, bot: Bot) -> str | None:
    """The question of a group message addressed to the bot, without the mention; else None."""
    text = message.text or ""
    username = f"@{bot.username}".lower()
    mentions = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, value in mentions.items():
        is_bot = (entity.type == MessageEntity.MENTION and value.lower() == username) or (
            entity.type == MessageEntity.TEXT_MENTION
            and entity.user is not None
            and entity.user.id == bot.id
        )
        if is_bot:
            return " ".join(text.replace(value, " ", 1).split())
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return text
    return None


def is_command_for(message: Message, bot: Bot) -> bool:
    """A command addressed to this bot (``/ask@bot``) or to every bot in the chat (``/ask``)."""
    text = message.text or ""
    if not text.startswith("/"):
        return False
    _, _, target = text.split(maxsplit=1)[0].partition("@")
    return not target or target.lower() == (bot.username or "").lower()


def answers_everything(context: ContextTypes.DEFAULT_TYPE) -> bool:
    return bool(context.chat_data and context.chat_data.get(ANSWER_ALL_KEY))


def wants_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether a group message is one the bot would reply to (the rate limit counts these)."""
    message = update.message
    if message is None or message.text is None:
        return False
    if is_command_for(message, context.bot) or addressed_question(message, context.bot) is not None:
        return True
    return answers_everything(context) and looks_like_question(message.text)


async def answer_group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message addressed to the bot, or a question if the group asked for all."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    question = addressed_question(message, context.bot)
    if question is not None:
        await answer_question(update, context, question)
    elif answers_everything(context) and looks_like_question(message.text):
        await answer_question(update, context, message.text, addressed=False)


async def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender administers the chat, as the Bot API says (no cached list)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None:
        return False
    # An anonymous administrator writes as the group itself.
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as error:
        logger.warning("Could not check admin status in chat %s: %s", chat.id, error)
        return False
    return member.status in ADMIN_STATUSES


async def show_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show or change the group's setting: /settings, /settings on, /settings off."""
    texts = texts_for(user_language(update, context))
    chat = update.effective_chat
    if chat is None or chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        await send_html(update, context, texts.settings_private)
        return
    if not await is_admin(update, context):
        await send_html(update, context, texts.settings_not_admin)
        return
    choice = (context.args or [""])[0].lower()
    if choice in ("on", "off"):
        await _store_setting(update, context, choice == "on")
        return
    enabled = answers_everything(context)
    state = texts.settings_state_on if enabled else texts.settings_state_off
    await send_html(
        update, context, state, setting_keyboard(enabled, user_language(update, context))
    )


async def change_setting(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The /settings button: an administrator switches answering every question on or off."""
    query = update.callback_query
    if query is None:
        return
    texts = texts_for(user_language(update, context))
    choice = matched_value(context)
    if choice is None or update.effective_chat is None:
        await query.answer(texts.stale_button)
        return
    if not await is_admin(update, context):
        await query.answer(texts.settings_not_admin, show_alert=True)
        return
    enabled = choice == "on"
    await query.answer()
    await _store_setting(update, context, enabled)


async def _store_setting(update: Update, context: ContextTypes.DEFAULT_TYPE, enabled: bool) -> None:
    if context.chat_data is None:
        return
    context.chat_data[ANSWER_ALL_KEY] = enabled
    chat = update.effective_chat
    logger.info("Chat %s: answer every question %s", chat.id if chat else None, enabled)
    texts = texts_for(user_language(update, context))
    await send_html(update, context, texts.settings_now_on if enabled else texts.settings_now_off)


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    return [
        CommandHandler("settings", show_settings),
        MessageHandler(
            filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND, answer_group_message
        ),
    ]
