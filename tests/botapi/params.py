"""Decoding Bot API request parameters the way Telegram's server does.

Telegram accepts a query string, ``application/x-www-form-urlencoded``, ``multipart/form-data``
and ``application/json``. In the form encodings every value is a string: numbers and booleans
are written out, objects and arrays (reply_markup, entities, commands, results, ...) are
JSON-encoded. python-telegram-bot 22 sends form-urlencoded bodies (multipart when it uploads a
file). Telegram knows each method's parameter types; this module types parameters by name,
which is the same thing for the parameters a bot uses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from .models import ApiError

__all__ = ["decode_params", "read_params"]

#: Parameters whose value is a JSON object or array.
JSON_PARAMS = frozenset(
    {
        "allowed_updates",
        "button",
        "caption_entities",
        "commands",
        "entities",
        "explanation_entities",
        "link_preview_options",
        "media",
        "menu_button",
        "options",
        "permissions",
        "question_entities",
        "reaction",
        "reply_markup",
        "reply_parameters",
        "results",
        "rights",
        "scope",
        "text_entities",
    }
)

#: Parameters whose value is an integer (chat_id may also be "@channelusername").
INT_PARAMS = frozenset(
    {
        "cache_time",
        "chat_id",
        "duration",
        "from_chat_id",
        "limit",
        "max_connections",
        "message_id",
        "message_thread_id",
        "offset",
        "reply_to_message_id",
        "timeout",
        "until_date",
        "user_id",
    }
)

#: Parameters whose value is a boolean.
BOOL_PARAMS = frozenset(
    {
        "allow_paid_broadcast",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "disable_notification",
        "disable_web_page_preview",
        "drop_pending_updates",
        "for_channels",
        "has_spoiler",
        "is_personal",
        "only_if_banned",
        "protect_content",
        "revoke_messages",
        "show_alert",
        "show_caption_above_media",
    }
)


def _bad(name: str, what: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse {name}: {what}")


def _decode_one(name: str, value: Any) -> Any:
    if name in JSON_PARAMS and isinstance(value, str | bytes):
        try:
            return json.loads(value)
        except ValueError:
            raise _bad(name, "JSON object expected") from None
    if name in INT_PARAMS and isinstance(value, str):
        stripped = value.strip()
        try:
            return int(stripped)
        except ValueError:
            if name == "chat_id":
                return stripped  # "@channelusername"
            try:
                return int(float(stripped))
            except ValueError:
                raise ApiError(400, f"Bad Request: invalid {name} specified") from None
    if name in BOOL_PARAMS and isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "on"}
    if name in INT_PARAMS and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def decode_params(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Type every parameter of `raw` (strings from a form or values from JSON) by its name."""
    return {name: _decode_one(name, value) for name, value in raw.items()}


async def read_params(request: web.Request) -> dict[str, Any]:
    """Read the query string and body of `request` into one decoded parameter dict.

    Uploaded files become ``{"filename", "content_type", "size"}`` dicts. Raises `ApiError`
    (400) for a body Telegram could not parse either.
    """
    raw: dict[str, Any] = dict(request.query)
    ctype = request.content_type
    if request.method in {"POST", "PUT"} and request.can_read_body:
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON object") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: can't parse JSON object")
            raw.update(body)
        elif ctype in {"application/x-www-form-urlencoded", "multipart/form-data"}:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    content = value.file.read()
                    raw[name] = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "size": len(content),
                    }
                else:
                    raw[name] = value
        else:
            await request.read()  # Telegram ignores a body it cannot interpret
    return decode_params(raw)
