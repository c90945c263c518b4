"""A fake Telegram Bot API server for end-to-end tests (how to use it: `tests.botapi.server`)."""

from .entities import HtmlParseError, auto_entities, parse_html, utf16_len, utf16_offset
from .models import ApiError, Call, Chat, DeliveredMessage, Fault, User
from .server import (
    DEFAULT_BOT_ID,
    DEFAULT_TOKEN,
    KNOWN_UPDATE_TYPES,
    USE_REGISTERED_SECRET,
    BotApiServer,
)

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_TOKEN",
    "KNOWN_UPDATE_TYPES",
    "USE_REGISTERED_SECRET",
    "ApiError",
    "BotApiServer",
    "Call",
    "Chat",
    "DeliveredMessage",
    "Fault",
    "HtmlParseError",
    "User",
    "auto_entities",
    "parse_html",
    "utf16_len",
    "utf16_offset",
]
