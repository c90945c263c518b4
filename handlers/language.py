"""Which language to reply in: the user's choice with /lang, else their Telegram language."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from knowledge.models import LANGUAGES

# user_data key of the /lang preference (persisted with the rest of user_data).
LANGUAGE_KEY = "language"


def preferred_language(context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The language chosen with /lang, or None when the user never chose one."""
    if context.user_data is None:
        return None
    language = context.user_data.get(LANGUAGE_KEY)
    return language if language in LANGUAGES else None


def user_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """For commands and buttons: /lang if set, else ``ru`` for a ru* Telegram language, else en."""
    preferred = preferred_language(context)
    if preferred is not None:
        return preferred
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "ru" if code.lower().startswith("ru") else "en"


def set_language(context: ContextTypes.DEFAULT_TYPE, language: str) -> None:
    """Remember the user's /lang choice."""
    if context.user_data is not None:
        context.user_data[LANGUAGE_KEY] = language
