"""Plain data the fake Bot API server hands to tests: users, chats, recorded calls, messages."""

from __future__ import annotations

import copy
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiError",
    "Call",
    "Chat",
    "DeliveredMessage",
    "Fault",
    "User",
    "json_copy",
]

_ATOMIC = frozenset({str, int, float, bool, type(None)})


def json_copy(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, strings, numbers), several times faster
    than `copy.deepcopy`; anything else inside is handed to `copy.deepcopy`.

    Unlike `copy.deepcopy` it does not keep two references to one object as one: the Bot API's
    objects are trees, and JSON cannot tell the difference.
    """
    kind = type(value)
    if kind is dict:
        copied = value.copy()  # then only the values that are containers themselves
        for key, item in value.items():
            if type(item) not in _ATOMIC:
                copied[key] = json_copy(item)
        return copied
    if kind is list:
        return [v if type(v) in _ATOMIC else json_copy(v) for v in value]
    if kind in _ATOMIC:
        return value
    return copy.deepcopy(value)


@dataclass(frozen=True)
class User:
    """A Telegram user the test acts as. `to_dict()` gives the Bot API ``User`` object."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The Bot API ``User`` object (optional fields only when set)."""
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass(frozen=True)
class Chat:
    """A group, supergroup or channel. `type=None` lets the enqueue helper pick the type."""

    id: int
    title: str = "Test Group"
    type: str | None = None
    username: str | None = None
    is_forum: bool = False

    def to_dict(self, default_type: str = "supergroup") -> dict[str, Any]:
        """The Bot API ``Chat`` object; `default_type` is used when `type` is None."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "type": self.type or default_type,
        }
        if self.username:
            data["username"] = self.username
        if self.is_forum:
            data["is_forum"] = True
        return data


def user_dict(user: User | Mapping[str, Any]) -> dict[str, Any]:
    """Normalise a `User` or a ``User``-shaped mapping to a Bot API dict (is_bot defaults False)."""
    if isinstance(user, User):
        return user.to_dict()
    data = dict(user)
    if "id" not in data:
        raise ValueError(f"a user needs an id: {user!r}")
    data.setdefault("is_bot", False)
    data.setdefault("first_name", f"User{data['id']}")
    return data


def private_chat_of(user: Mapping[str, Any]) -> dict[str, Any]:
    """The private chat between the bot and `user` (a Bot API ``User`` dict)."""
    chat: dict[str, Any] = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    for key in ("last_name", "username"):
        if user.get(key):
            chat[key] = user[key]
    return chat


@dataclass
class Call:
    """One HTTP request the bot made to the fake server.

    `method` is Telegram's spelling ("sendMessage") whatever case the bot used; `params` are the
    decoded parameters (JSON-encoded fields such as reply_markup already parsed). `status` is
    None while the request is still being served (a long poll), then the HTTP status sent.
    `took_effect` tells whether the call changed anything (a failed or dropped call did not).
    """

    method: str
    params: dict[str, Any]
    time: float
    http_method: str = "POST"
    token_ok: bool = True
    status: int | None = None
    response: dict[str, Any] | None = None
    fault: str | None = None
    took_effect: bool = False
    finished: bool = False

    @property
    def ok(self) -> bool:
        """True when the bot got (or, for a delayed reply, was going to get) ``"ok": true``."""
        return self.status == 200

    def describe(self) -> str:
        """One line for failure messages: time, method, status, fault and params."""
        stamp = (
            time.strftime("%H:%M:%S", time.localtime(self.time))
            + f".{int(self.time % 1 * 1000):03d}"
        )
        status = "pending" if self.status is None else str(self.status)
        fault = f" fault={self.fault}" if self.fault else ""
        params = repr(self.params)
        if len(params) > 300:
            params = params[:297] + "..."
        return f"{stamp} {self.method} -> {status}{fault} {params}"


@dataclass
class DeliveredMessage:
    """A message the bot really sent (the call took effect), in its current state.

    `message` is the Bot API ``Message`` as Telegram would return it now (edits applied);
    `raw_text` and `parse_mode` are what the bot sent, before entity parsing; `edits` lists the
    parameters of each successful edit, oldest first.
    """

    chat_id: int
    message_id: int
    message: dict[str, Any]
    raw_text: str
    parse_mode: str | None
    sent_at: float
    edits: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The plain text the user sees (entities parsed out)."""
        return str(self.message.get("text", ""))

    @property
    def entities(self) -> list[dict[str, Any]]:
        """The message's entities (bold, text_link, ...), UTF-16 offsets."""
        return list(self.message.get("entities", []))

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        """The inline keyboard attached to the message, if any."""
        markup = self.message.get("reply_markup")
        return json_copy(markup) if markup is not None else None


@dataclass
class Fault:
    """A failure queued by `BotApiServer.fail_next` for the next `remaining` calls of `method`."""

    method: str
    status: int | None = None
    description: str | None = None
    parameters: dict[str, Any] | None = None
    drop_connection: bool = False
    delay: float | None = None
    body: str | None = None
    remaining: int = 1

    @property
    def kind(self) -> str:
        """'drop_connection', 'status' or 'delay' (what Call.fault records)."""
        if self.drop_connection:
            return "drop_connection"
        if self.status is not None:
            return "status"
        return "delay"


class ApiError(Exception):
    """A Bot API error reply: ``{"ok": false, "error_code": code, "description": ...}``."""

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        """The JSON body Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body
