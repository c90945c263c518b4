"""A fake Telegram Bot API server for end-to-end tests of the bot.

The bot under test runs as its own process, pointed at this server instead of
api.telegram.org; it talks HTTP to it exactly as to Telegram, so it cannot tell the difference.
The test plays the users (it enqueues updates), then checks what the bot sent::

    from tests.botapi import BotApiServer, User

    async def test_answers_a_question(tmp_path):
        server = BotApiServer()
        await server.start()                    # 127.0.0.1, a free port
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": server.token,
               "TELEGRAM_API_BASE_URL": server.base_url}   # http://127.0.0.1:PORT/bot
        bot = await asyncio.create_subprocess_exec("chapterbot", "run", env=env)
        try:
            alice = User(id=1001, first_name="Alice", username="alice")
            update = server.enqueue_private_message(alice, "What is the chapter about?")
            [reply] = await server.wait_for_reply(update, timeout=20)
            assert "chapter" in reply.text
        finally:
            bot.terminate()
            await bot.wait()
            await server.stop()

What the server does, in Telegram's terms:

* Everything is served under ``/bot<token>/<method>``; method names are case-insensitive; a wrong
  token gets 401 "Unauthorized", an unknown method 404 "Not Found". Query strings, form-encoded,
  multipart and JSON bodies are accepted (see `params`).
* ``getUpdates`` long-polls for real: it answers as soon as an update is enqueued, or with ``[]``
  when ``timeout`` runs out. An update is forgotten only when a later ``offset`` confirms it, so
  a bot that crashes before confirming gets it again. ``allowed_updates`` is remembered across
  calls. Two overlapping ``getUpdates`` make the older one fail with 409 "Conflict: terminated
  by other getUpdates request", as on Telegram.
* Messages the bot sends are validated like Telegram does (HTML parse mode, empty text, 4096
  UTF-16 code units, inline keyboards) and kept per chat; `delivered_messages` lists the ones
  that really took effect.
* `fail_next` injects rate limits (429 with retry_after), 5xx, dropped connections and slow
  answers.

Slow answers (``fail_next(..., delay=s)``): Telegram does the work as soon as the request arrives;
a slow or lost answer does not undo it. So a delayed call TAKES EFFECT at once (the message is
delivered, counted in `delivered_messages`, the call is recorded with ``took_effect=True``,
``fault="delay"``) and only the HTTP answer is held back for ``s`` seconds. A client whose read
timeout is shorter sees a timeout; if the bot then retries, the user gets the message twice,
exactly as in production. A dropped connection, by contrast, is cut before processing and the
call has no effect.

Restarts: `stop` and `start` (or `restart`) keep the port and all state (queued updates, chats,
sent messages, records); only the HTTP listener goes away. Long polls pending at `stop` are
answered with ``[]`` and connections are then closed, so the bot sees an outage and reconnects.

Webhooks: when the bot calls ``setWebhook(url, secret_token=...)`` the server stores both;
`post_update_to_webhook` then POSTs an update to that URL as Telegram would (header
``X-Telegram-Bot-Api-Secret-Token``) and returns the HTTP status. While a webhook is set,
``getUpdates`` fails with 409 as on Telegram.

Waiting: `wait_for`, `wait_until`, `wait_for_reply`, `wait_for_messages` and `wait_for_poll` block
on an event the server fires at every change (no polling sleeps), with a deadline; on timeout
they raise an AssertionError listing every call the bot made.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from .entities import HtmlParseError, auto_entities, parse_html, strip_text, utf16_len
from .models import (
    ApiError,
    Call,
    Chat,
    DeliveredMessage,
    Fault,
    User,
    json_copy,
    private_chat_of,
    user_dict,
)
from .params import read_params

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_TOKEN",
    "KNOWN_UPDATE_TYPES",
    "USE_REGISTERED_SECRET",
    "BotApiServer",
]

DEFAULT_BOT_ID = 777000111
DEFAULT_TOKEN = f"{DEFAULT_BOT_ID}:AAE2eTestTokenForChapterBot-0123456789"

#: Update types the Bot API defines; ``allowed_updates`` filters only these.
KNOWN_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
#: Types Telegram leaves out unless ``allowed_updates`` names them.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_PATH_RE = re.compile(r"/bot([^/]*)/([^/]*)")
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_NON_TEXT_KINDS = (
    "photo",
    "sticker",
    "location",
    "voice",
    "document",
    "video",
    "audio",
    "contact",
    "venue",
    "dice",
    "video_note",
)


class _UseRegisteredSecret:
    def __repr__(self) -> str:
        return "USE_REGISTERED_SECRET"


#: Default of `BotApiServer.post_update_to_webhook`: send the secret the bot registered.
USE_REGISTERED_SECRET: Any = _UseRegisteredSecret()

UserLike = User | Mapping[str, Any]
ChatLike = Chat | User | Mapping[str, Any] | int
Predicate = Callable[[Call], bool]


@dataclass
class _Reply:
    """A successful result plus the optional ``description`` Telegram adds (setWebhook)."""

    result: Any
    description: str | None = None


def _status_phrase(status: int) -> str:
    known = {
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden",
        404: "Not Found",
        409: "Conflict",
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
        504: "Gateway Timeout",
    }
    if status in known:
        return known[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _message_dict(message: Any) -> dict[str, Any]:
    """Accept a message as a dict, a `DeliveredMessage`, an update dict or a telegram.Message."""
    if isinstance(message, DeliveredMessage):
        return json_copy(message.message)
    if hasattr(message, "to_dict") and not isinstance(message, Mapping):
        return dict(message.to_dict())
    if isinstance(message, Mapping):
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            if key in message and "update_id" in message:
                return json_copy(dict(message[key]))
        return json_copy(dict(message))
    raise TypeError(f"not a message: {message!r}")


class BotApiServer:
    """An in-process fake of the Telegram Bot API for one bot (one token).

    Construct, `await start()`, point the bot at `base_url` with `token`, act as users with the
    ``enqueue_*`` methods, then check `calls`, `delivered_messages` and friends. All state lives
    on this object and survives `stop`/`start`/`restart`.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = "chapter_test_bot",
        first_name: str = "Chapter Bot",
        bot_id: int | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        strict_ampersand: bool = True,
        strict_webhook_url: bool = False,
    ) -> None:
        """Configure the fake; nothing listens until `start`.

        `bot_id` defaults to the number before ':' in `token` (777000111 for the default token).
        `strict_ampersand` rejects a bare '&' in HTML text (real Telegram keeps it literally;
        see `entities.parse_html`). `strict_webhook_url` enforces Telegram's HTTPS-and-port rule
        on setWebhook; it is off so a bot can receive webhooks on plain http://127.0.0.1.
        """
        prefix = token.split(":", 1)[0]
        self.token = token
        self.bot_id = (
            bot_id if bot_id is not None else (int(prefix) if prefix.isdigit() else DEFAULT_BOT_ID)
        )
        self.username = username
        self.first_name = first_name
        self.host = host
        self.strict_ampersand = strict_ampersand
        self.strict_webhook_url = strict_webhook_url
        self._port = port
        self._runner: web.AppRunner | None = None
        self._running = False
        self._changed = asyncio.Event()

        #: Every request the bot made, in arrival order.
        self.calls: list[Call] = []
        self._pending: list[dict[str, Any]] = []
        self._update_ids = itertools.count(100_000_001)
        #: Update ids the bot confirmed with a later offset (or a webhook accepted).
        self.confirmed_update_ids: list[int] = []
        #: Update ids forgotten unread: filtered by allowed_updates or drop_pending_updates.
        self.dropped_update_ids: list[int] = []
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._polls_waiting = 0

        #: The webhook URL the bot set, or None. See also `webhook_secret`, `webhook_params`.
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_params: dict[str, Any] = {}
        self._webhook_last_error: tuple[int, str] | None = None

        self._chats: dict[int, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._delivered: dict[tuple[int, int], DeliveredMessage] = {}
        self._query_ids = itertools.count(4_611_686_018_427_387_904 // 1_000_000)
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._inline_queries: dict[str, dict[str, Any]] = {}
        #: answerCallbackQuery parameters by callback_query_id.
        self.callback_answers: dict[str, dict[str, Any]] = {}
        #: answerInlineQuery parameters by inline_query_id.
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._members: dict[tuple[int, int], dict[str, Any]] = {}
        self._faults: list[Fault] = []

        handlers: dict[str, Callable[[dict[str, Any]], Awaitable[Any]]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "sendChatAction": self._send_chat_action,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getChatMember": self._get_chat_member,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "close": self._ok,
            "logOut": self._ok,
        }
        self._handlers = {name.lower(): (name, fn) for name, fn in handlers.items()}

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The TCP port (0 until the first `start` picked one)."""
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/bot``: the bot appends its token and ``/method``."""
        return f"http://{self.host}:{self._port}/bot"

    @property
    def running(self) -> bool:
        """True between `start` and `stop`."""
        return self._running

    async def start(self) -> None:
        """Listen on `host`; the first start takes a free port, later starts reuse it."""
        if self._runner is not None:
            return
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=2.0
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._port = int(runner.addresses[0][1])
        self._runner = runner
        self._running = True
        self._notify()

    async def stop(self) -> None:
        """Stop listening; pending long polls get ``[]``. State is kept for a later `start`."""
        if self._runner is None:
            return
        self._running = False
        self._notify()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        self._notify()

    async def restart(self) -> None:
        """`stop` then `start` on the same port, keeping every queued update and record."""
        await self.stop()
        await self.start()

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ the bot and its state

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot as a Bot API ``User`` (the ``from`` of its messages)."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
        }

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot (copies), oldest first."""
        return json_copy(self._pending)

    @property
    def allowed_updates(self) -> list[str] | None:
        """The bot's remembered ``allowed_updates``; None means Telegram's default."""
        return None if self._allowed_updates is None else list(self._allowed_updates)

    def is_confirmed(self, update: Mapping[str, Any]) -> bool:
        """True when the bot confirmed `update` (a later offset, or a 2xx webhook answer)."""
        return int(update["update_id"]) in self.confirmed_update_ids

    def delivered_messages(self, chat_id: int | None = None) -> list[DeliveredMessage]:
        """Messages the bot sent that really took effect (edits applied), oldest first.

        Calls that failed (error status, dropped connection) are not here; delayed calls are,
        since Telegram carried them out. `chat_id=None` gives every chat.
        """
        return [m for m in self._delivered.values() if chat_id is None or m.chat_id == chat_id]

    def messages_after(self, update: Mapping[str, Any]) -> list[DeliveredMessage]:
        """The bot's messages in the chat of `update` sent after the update's message."""
        message = self._update_message(update)
        chat_id, message_id = message["chat"]["id"], message["message_id"]
        return [m for m in self.delivered_messages(chat_id) if m.message_id > message_id]

    def commands(
        self, scope: Mapping[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The bot's command list for `scope` (default scope) and `language_code`."""
        return json_copy(self._commands.get(self._commands_key(scope, language_code), []))

    def calls_of(self, method: str) -> list[Call]:
        """Recorded calls of `method` (case-insensitive), including failed and pending ones."""
        wanted = method.lower()
        return [c for c in self.calls if c.method.lower() == wanted]

    def register_user(self, user: UserLike) -> dict[str, Any]:
        """Make `user` and its private chat known, as if it had started the bot."""
        data = user_dict(user)
        self._users[data["id"]] = data
        self._chats.setdefault(data["id"], private_chat_of(data))
        return data

    def register_chat(self, chat: ChatLike, *, chat_type: str = "supergroup") -> dict[str, Any]:
        """Make a chat known without a message in it (Telegram answers "chat not found" else)."""
        return self._resolve_chat(chat, chat_type)

    def set_chat_member(
        self, chat: ChatLike, user: UserLike, status: str = "member", **fields: Any
    ) -> None:
        """Configure what getChatMember answers for `user` in `chat`.

        `status` is "creator", "administrator", "member", "restricted", "left" or "kicked";
        `fields` override the ChatMember fields (e.g. ``custom_title="Editor"``).
        """
        if status not in {"creator", "administrator", "member", "restricted", "left", "kicked"}:
            raise ValueError(f"unknown chat member status {status!r}")
        chat_data = self._resolve_chat(chat, "supergroup")
        user_data = self.register_user(user)
        self._members[(chat_data["id"], user_data["id"])] = {"status": status, **fields}

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        method: str,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        times: int = 1,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        drop_connection: bool = False,
        delay: float | None = None,
        body: str | None = None,
    ) -> Fault:
        """Make the next `times` calls of `method` fail; faults of one method queue up in order.

        * ``status=429, retry_after=2``: Telegram's flood error, ``parameters.retry_after``
          (status defaults to 429 when only `retry_after` is given).
        * ``status=500/502/...``: ``{"ok": false, "error_code": status, "description":
          "Bad Gateway"}`` (or `description`); `body` sends that raw text instead of JSON,
          like the HTML page of Telegram's front-end proxy.
        * ``drop_connection=True``: the socket is closed before processing; no effect.
        * ``delay=s``: the call takes effect now, the answer comes `s` seconds later (see the
          module docstring). Combined with `status`, the error answer is slow instead.

        A failed call is recorded in `calls` with ``fault`` set and ``took_effect=False``.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if status is None and retry_after is not None:
            status = 429
        if status is None and not drop_connection and delay is None:
            raise ValueError("give a status, drop_connection=True or a delay")
        params = dict(parameters) if parameters else None
        if status == 429:
            retry_after = 1 if retry_after is None else retry_after
            params = {"retry_after": retry_after, **(params or {})}
            description = description or f"Too Many Requests: retry after {retry_after}"
        elif status is not None and description is None:
            description = _status_phrase(status)
        fault = Fault(
            method=method.lower(),
            status=status,
            description=description,
            parameters=params,
            drop_connection=drop_connection,
            delay=delay,
            body=body,
            remaining=times,
        )
        self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Forget every fault not yet used."""
        self._faults.clear()

    def _take_fault(self, method: str) -> Fault | None:
        for fault in self._faults:
            if fault.method == method.lower():
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    # ------------------------------------------------------------------ waiting

    def _notify(self) -> None:
        """Wake every waiter (long polls, wait_* helpers): something changed."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, timeout: float) -> None:
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)

    def _calls_report(self) -> str:
        if not self.calls:
            return "  (the bot made no call)"
        return "\n".join("  " + c.describe() for c in self.calls)

    async def wait_until(
        self, condition: Callable[[], bool], *, timeout: float = 10.0, what: str = "condition"
    ) -> None:
        """Wait until `condition()` is true, re-checked at every change of the server's state.

        Raises AssertionError naming `what` and listing the recorded calls after `timeout` s.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout:g}s waiting for {what}; recorded calls:\n"
                    + self._calls_report()
                )
            await self._wait_change(remaining)

    async def wait_for(
        self, what: str | Predicate, count: int = 1, timeout: float = 10.0
    ) -> list[Call]:
        """Wait until at least `count` finished calls match; return all matching calls.

        `what` is a method name (case-insensitive; "sendMessage") or a predicate on `Call`.
        A call counts once the server has answered it (or, for a delayed answer, once it took
        effect), whatever its status: check ``call.ok`` for success.
        """
        match: Predicate
        if isinstance(what, str):
            wanted = what.lower()
            label = f"{count} call(s) of {what}"

            def match(call: Call) -> bool:
                return call.method.lower() == wanted
        else:
            label = f"{count} call(s) matching {getattr(what, '__name__', what)!s}"
            match = what

        def found() -> list[Call]:
            return [c for c in self.calls if c.finished and match(c)]

        await self.wait_until(lambda: len(found()) >= count, timeout=timeout, what=label)
        return found()

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 10.0
    ) -> list[DeliveredMessage]:
        """Wait until the bot has delivered at least `count` messages to `chat_id`; return them."""
        await self.wait_until(
            lambda: len(self.delivered_messages(chat_id)) >= count,
            timeout=timeout,
            what=f"{count} delivered message(s) in chat {chat_id}",
        )
        return self.delivered_messages(chat_id)

    async def wait_for_reply(
        self, update: Mapping[str, Any], count: int = 1, timeout: float = 10.0
    ) -> list[DeliveredMessage]:
        """Wait for `count` bot messages in the chat of `update`, sent after it; return them."""
        await self.wait_until(
            lambda: len(self.messages_after(update)) >= count,
            timeout=timeout,
            what=f"{count} bot message(s) after update {update.get('update_id')}",
        )
        return self.messages_after(update)

    async def wait_for_poll(self, timeout: float = 10.0) -> None:
        """Wait until a getUpdates long poll is waiting on the server."""
        await self.wait_until(
            lambda: self._polls_waiting > 0, timeout=timeout, what="a pending getUpdates"
        )

    # ------------------------------------------------------------------ acting as users

    def _enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        update = {
            "update_id": next(self._update_ids),
            **{k: v for k, v in update.items() if k != "update_id"},
        }
        self._pending.append(update)
        self._notify()
        return json_copy(update)

    def _resolve_chat(self, chat: ChatLike, default_type: str) -> dict[str, Any]:
        if isinstance(chat, User):
            return private_chat_of(self.register_user(chat))
        if isinstance(chat, Chat):
            data = chat.to_dict(default_type)
        elif isinstance(chat, Mapping):
            data = dict(chat)
            data.setdefault("type", default_type)
            if data["type"] != "private":
                data.setdefault("title", "Test Group")
        elif isinstance(chat, int):
            known = self._chats.get(chat)
            if known is not None:
                return dict(known)
            if chat > 0:
                raise ValueError(f"chat {chat} is unknown: pass a User for a private chat")
            data = {"id": chat, "type": default_type, "title": "Test Group"}
        else:
            raise TypeError(f"not a chat: {chat!r}")
        self._chats[data["id"]] = data
        return dict(data)

    def _new_message(
        self,
        chat: dict[str, Any],
        sender: dict[str, Any] | None,
        fields: Mapping[str, Any],
    ) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat["id"], itertools.count(1))
        message: dict[str, Any] = {"message_id": next(counter)}
        if sender is not None:
            message["from"] = sender
        message.update({"chat": chat, "date": int(time.time())})
        message.update(fields)
        self._messages[(chat["id"], message["message_id"])] = message
        return json_copy(message)

    def _text_fields(self, text: str, entities: list[dict[str, Any]] | None) -> dict[str, Any]:
        found = auto_entities(text) if entities is None else entities
        return {"text": text, **({"entities": found} if found else {})}

    def _reply_field(self, reply_to: Any) -> dict[str, Any]:
        if reply_to is None:
            return {}
        original = _message_dict(reply_to)
        key = (original["chat"]["id"], original["message_id"])
        current = json_copy(self._messages.get(key, original))
        current.pop("reply_to_message", None)
        return {"reply_to_message": current}

    def enqueue_private_message(
        self,
        user: UserLike,
        text: str,
        *,
        language_code: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        reply_to: Any = None,
    ) -> dict[str, Any]:
        """Queue a text message from `user` in its private chat with the bot; return the update.

        `language_code` sets ``from.language_code`` (default: the user's own, else "en").
        Without `entities`, mention and bot_command entities are computed from the text.
        `reply_to` (a message) makes it a reply.
        """
        sender = user_dict(user)
        sender["language_code"] = language_code or sender.get("language_code") or "en"
        self.register_user(sender)
        chat = private_chat_of(sender)
        fields = {**self._text_fields(text, entities), **self._reply_field(reply_to)}
        return self._enqueue({"message": self._new_message(chat, sender, fields)})

    def enqueue_group_message(
        self,
        chat: ChatLike,
        user: UserLike,
        text: str,
        *,
        entities: list[dict[str, Any]] | None = None,
        reply_to: Any = None,
        chat_type: str = "supergroup",
    ) -> dict[str, Any]:
        """Queue a text message from `user` in a group; return the update.

        `chat` is a `Chat`, a chat dict or a (negative) chat id; `chat_type` ("group" or
        "supergroup") applies when the chat has no type of its own. Mentions (@username) and
        bot commands (/ask, /ask@chapter_test_bot) get entities unless `entities` is given.
        """
        chat_data = self._resolve_chat(chat, chat_type)
        sender = self.register_user(user)
        fields = {**self._text_fields(text, entities), **self._reply_field(reply_to)}
        return self._enqueue({"message": self._new_message(chat_data, sender, fields)})

    def enqueue_reply_to_bot(
        self,
        chat: ChatLike | None,
        user: UserLike,
        text: str,
        bot_message: Any,
        *,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Queue `user`'s reply to `bot_message` (a message the bot sent); return the update.

        `chat` may be None (the bot message's chat), a `User` (private chat), a `Chat` or id.
        ``reply_to_message`` carries the bot message in its current (edited) state.
        """
        original = _message_dict(bot_message)
        chat_data = (
            self._resolve_chat(original["chat"]["id"], "supergroup")
            if chat is None
            else self._resolve_chat(chat, "supergroup")
        )
        if chat_data["id"] != original["chat"]["id"]:
            raise ValueError(
                f"bot_message is in chat {original['chat']['id']}, not in chat {chat_data['id']}"
            )
        sender = self.register_user(user)
        fields = {**self._text_fields(text, entities), **self._reply_field(original)}
        return self._enqueue({"message": self._new_message(chat_data, sender, fields)})

    def enqueue_inline_query(
        self, user: UserLike, query: str, offset: str = "", *, chat_type: str | None = "sender"
    ) -> dict[str, Any]:
        """Queue an inline query (``@bot query``) from `user`; return the update."""
        sender = self.register_user(user)
        query_id = str(next(self._query_ids))
        inline: dict[str, Any] = {"id": query_id, "from": sender, "query": query, "offset": offset}
        if chat_type:
            inline["chat_type"] = chat_type
        self._inline_queries[query_id] = inline
        return self._enqueue({"inline_query": inline})

    def enqueue_callback_query(self, user: UserLike, message: Any, data: str) -> dict[str, Any]:
        """Queue `user` pressing an inline button with `data` under the bot's `message`."""
        sender = self.register_user(user)
        original = _message_dict(message)
        key = (original["chat"]["id"], original["message_id"])
        current = json_copy(self._messages.get(key, original))
        query_id = str(next(self._query_ids))
        callback = {
            "id": query_id,
            "from": sender,
            "message": current,
            "chat_instance": str(-abs(original["chat"]["id"]) * 7919 % 10**18),
            "data": data,
        }
        self._callback_queries[query_id] = callback
        return self._enqueue({"callback_query": callback})

    def enqueue_non_text(
        self,
        user: UserLike,
        kind: str,
        *,
        chat: ChatLike | None = None,
        caption: str | None = None,
    ) -> dict[str, Any]:
        """Queue a message without text: photo, sticker, location, voice, document, video, audio,
        contact, venue, dice or video_note; in `user`'s private chat unless `chat` is given."""
        if kind not in _NON_TEXT_KINDS:
            raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(_NON_TEXT_KINDS)}")
        sender = self.register_user(user)
        chat_data = (
            private_chat_of(sender) if chat is None else self._resolve_chat(chat, "supergroup")
        )
        n = next(self._query_ids)
        file = {"file_id": f"AgAD{kind}{n}", "file_unique_id": f"AQAD{n}"}
        payloads: dict[str, Any] = {
            "photo": [
                {
                    **file,
                    "file_id": f"{file['file_id']}s",
                    "width": 90,
                    "height": 67,
                    "file_size": 1200,
                },
                {**file, "width": 1280, "height": 960, "file_size": 98000},
            ],
            "sticker": {
                **file,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "👍",
                "file_size": 20000,
            },
            "location": {"latitude": 55.755826, "longitude": 37.6173},
            "voice": {**file, "duration": 3, "mime_type": "audio/ogg", "file_size": 9000},
            "document": {
                **file,
                "file_name": "notes.pdf",
                "mime_type": "application/pdf",
                "file_size": 50000,
            },
            "video": {**file, "width": 640, "height": 360, "duration": 5, "file_size": 400000},
            "audio": {**file, "duration": 180, "mime_type": "audio/mpeg", "file_size": 3000000},
            "contact": {"phone_number": "+70000000000", "first_name": "Contact"},
            "venue": {
                "location": {"latitude": 55.7539, "longitude": 37.6208},
                "title": "Red Square",
                "address": "Moscow",
            },
            "dice": {"emoji": "🎲", "value": 4},
            "video_note": {**file, "length": 240, "duration": 4, "file_size": 100000},
        }
        fields: dict[str, Any] = {kind: payloads[kind]}
        if kind == "venue":
            fields["location"] = payloads["venue"]["location"]
        if caption is not None:
            fields["caption"] = caption
        return self._enqueue({"message": self._new_message(chat_data, sender, fields)})

    def enqueue_edited_message(
        self, message: Any, text: str, *, entities: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Queue an ``edited_message``: the user edited `message` (an update or message they
        sent earlier) to `text`."""
        original = _message_dict(message)
        key = (original["chat"]["id"], original["message_id"])
        current = json_copy(self._messages.get(key, original))
        current.pop("entities", None)
        current.update(self._text_fields(text, entities))
        current["edit_date"] = max(int(time.time()), current.get("date", 0))
        self._messages[key] = json_copy(current)
        kind = (
            "edited_channel_post" if current["chat"].get("type") == "channel" else "edited_message"
        )
        return self._enqueue({kind: current})

    def enqueue_channel_post(
        self, chat: ChatLike, text: str, *, entities: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Queue a ``channel_post`` in channel `chat` (a `Chat`, dict or id); return the update."""
        chat_data = self._resolve_chat(chat, "channel")
        fields = {"sender_chat": chat_data, **self._text_fields(text, entities)}
        return self._enqueue({"channel_post": self._new_message(chat_data, None, fields)})

    def enqueue_raw(self, update: Mapping[str, Any]) -> dict[str, Any]:
        """Queue any update dict as is (e.g. an update type the bot does not know).

        Its ``update_id`` is replaced by the next one, so ids stay increasing.
        """
        return self._enqueue(json_copy(dict(update)))

    # ------------------------------------------------------------------ webhook delivery

    async def post_update_to_webhook(
        self,
        update: Mapping[str, Any],
        *,
        secret: str | None = USE_REGISTERED_SECRET,
        timeout: float = 10.0,
    ) -> int:
        """POST `update` to the bot's webhook URL as Telegram does; return the HTTP status.

        `secret`: by default the secret_token the bot registered is sent in the
        ``X-Telegram-Bot-Api-Secret-Token`` header; None sends no header; a string sends that
        (wrong) value. A 2xx answer confirms the update (it leaves `pending_updates`); any other
        status is remembered as getWebhookInfo's last_error_message. Connection errors propagate
        (aiohttp.ClientError).
        """
        if not self.webhook_url:
            raise AssertionError(
                "the bot has not set a webhook; recorded calls:\n" + self._calls_report()
            )
        headers = {"Content-Type": "application/json"}
        if secret is USE_REGISTERED_SECRET:
            secret = self.webhook_secret
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        async with (
            aiohttp.ClientSession(timeout=client_timeout) as session,
            session.post(self.webhook_url, data=json.dumps(dict(update)), headers=headers) as resp,
        ):
            await resp.read()
            status, reason = resp.status, resp.reason or ""
        if 200 <= status < 300:
            update_id = update.get("update_id")
            before = len(self._pending)
            self._pending = [u for u in self._pending if u["update_id"] != update_id]
            if len(self._pending) < before and isinstance(update_id, int):
                self.confirmed_update_ids.append(update_id)
        else:
            self._webhook_last_error = (
                int(time.time()),
                f"Wrong response from the webhook: {status} {reason}".rstrip(),
            )
        self._notify()
        return status

    async def deliver_pending_to_webhook(
        self, *, secret: str | None = USE_REGISTERED_SECRET
    ) -> list[int]:
        """POST every pending update (that allowed_updates lets through) to the webhook in
        order, stopping at the first non-2xx answer as Telegram does; return the statuses."""
        statuses: list[int] = []
        for update in self._take_deliverable(len(self._pending)):
            status = await self.post_update_to_webhook(update, secret=secret)
            statuses.append(status)
            if not 200 <= status < 300:
                break
        return statuses

    # ------------------------------------------------------------------ HTTP plumbing

    def _json(self, status: int, body: Mapping[str, Any]) -> web.Response:
        return web.json_response(dict(body), status=status)

    def _finish(
        self,
        call: Call,
        status: int,
        body: dict[str, Any] | None,
        *,
        took_effect: bool,
        fault: str | None = None,
    ) -> None:
        call.status = status
        call.response = body
        call.took_effect = took_effect
        call.fault = fault
        call.finished = True
        self._notify()

    async def _hold(self, seconds: float) -> None:
        """Sleep up to `seconds`, cut short by `stop` (an answer held back by a delay fault)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while self._running and loop.time() < deadline:
            await self._wait_change(deadline - loop.time())

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = _PATH_RE.fullmatch(request.path)
        if match is None:
            return self._json(404, ApiError(404, "Not Found").payload())
        token, raw_method = match.groups()
        method, handler = self._handlers.get(raw_method.lower(), (raw_method, None))
        call = Call(
            method=method,
            params={},
            time=time.time(),
            http_method=request.method,
            token_ok=token == self.token,
        )
        parse_error: ApiError | None = None
        try:
            call.params = await read_params(request)
        except ApiError as exc:
            parse_error = exc
        self.calls.append(call)
        self._notify()
        try:
            return await self._serve(request, call, handler, parse_error)
        except asyncio.CancelledError:
            if not call.finished:  # the client went away mid-request (e.g. a long poll)
                self._finish(call, 499, None, took_effect=False, fault="client_disconnected")
            raise

    async def _serve(
        self,
        request: web.Request,
        call: Call,
        handler: Callable[[dict[str, Any]], Awaitable[Any]] | None,
        parse_error: ApiError | None,
    ) -> web.StreamResponse:
        if not call.token_ok:
            error = ApiError(401, "Unauthorized")
            self._finish(call, 401, error.payload(), took_effect=False)
            return self._json(401, error.payload())
        fault = self._take_fault(call.method)
        if fault is not None and fault.drop_connection:
            self._finish(call, 0, None, took_effect=False, fault=fault.kind)
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)  # never sent: the connection is gone
        if fault is not None and fault.status is not None:
            error = ApiError(fault.status, fault.description or "", fault.parameters)
            self._finish(call, fault.status, error.payload(), took_effect=False, fault=fault.kind)
            if fault.delay:
                await self._hold(fault.delay)
            if fault.body is not None:
                return web.Response(status=fault.status, text=fault.body, content_type="text/html")
            return self._json(fault.status, error.payload())
        try:
            if parse_error is not None:
                raise parse_error
            if handler is None:
                raise ApiError(404, "Not Found")
            outcome = await handler(call.params)
        except ApiError as error:
            self._finish(call, error.code, error.payload(), took_effect=False)
            return self._json(error.code, error.payload())
        reply = outcome if isinstance(outcome, _Reply) else _Reply(outcome)
        body: dict[str, Any] = {"ok": True, "result": reply.result}
        if reply.description:
            body["description"] = reply.description
        self._finish(call, 200, body, took_effect=True, fault=fault.kind if fault else None)
        if fault is not None and fault.delay:
            await self._hold(fault.delay)
        return self._json(200, body)

    # ------------------------------------------------------------------ updates

    @staticmethod
    def _update_type(update: Mapping[str, Any]) -> str:
        return next((k for k in update if k != "update_id"), "")

    def _is_allowed(self, update: Mapping[str, Any]) -> bool:
        kind = self._update_type(update)
        if kind not in KNOWN_UPDATE_TYPES:
            return True  # types this fake does not know always get through
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATE_TYPES
        return kind in self._allowed_updates

    def _take_deliverable(self, limit: int) -> list[dict[str, Any]]:
        """Drop pending updates allowed_updates filters out; return copies of the first `limit`."""
        kept = []
        for update in self._pending:
            if self._is_allowed(update):
                kept.append(update)
            else:
                self.dropped_update_ids.append(update["update_id"])
        self._pending = kept
        return json_copy(kept[:limit])

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            confirmed = [u for u in self._pending if u["update_id"] < offset]
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            cut = max(len(self._pending) + offset, 0)
            confirmed, self._pending = self._pending[:cut], self._pending[cut:]
        else:
            return
        self.confirmed_update_ids.extend(u["update_id"] for u in confirmed)

    def _drop_pending(self) -> None:
        self.dropped_update_ids.extend(u["update_id"] for u in self._pending)
        self._pending = []

    async def _get_updates(self, params: dict[str, Any]) -> Any:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        limit = min(max(limit, 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list):
                raise ApiError(400, "Bad Request: can't parse allowed updates: array expected")
            self._allowed_updates = [str(a) for a in allowed] or None
        self._confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._polls_waiting += 1
        self._notify()  # a poll already waiting gets its Conflict; wait_for_poll wakes up
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                batch = self._take_deliverable(limit)
                if batch or not self._running:
                    return batch
                if generation != self._poll_generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only "
                        "one bot instance is running",
                    )
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return []
                await self._wait_change(remaining)
        finally:
            self._polls_waiting -= 1

    def _update_message(self, update: Mapping[str, Any]) -> dict[str, Any]:
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            if key in update:
                return dict(update[key])
        if "callback_query" in update and "message" in update["callback_query"]:
            return dict(update["callback_query"]["message"])
        if "chat" in update and "message_id" in update:
            return dict(update)
        raise ValueError(f"update {update.get('update_id')} carries no message")

    # ------------------------------------------------------------------ chats and messages

    def _require_chat(self, chat_id: Any) -> dict[str, Any]:
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(chat_id, str):
            name = chat_id.lstrip("@").lower()
            for chat in self._chats.values():
                if str(chat.get("username", "")).lower() == name:
                    return dict(chat)
            raise ApiError(400, "Bad Request: chat not found")
        known = self._chats.get(int(chat_id))
        if known is None:
            raise ApiError(400, "Bad Request: chat not found")
        return dict(known)

    def _format(
        self, text: Any, parse_mode: Any, entities: Any, *, empty: str
    ) -> tuple[str, list[dict[str, Any]]]:
        """Telegram's text pipeline: parse mode or explicit entities, trim, length limits."""
        if not isinstance(text, str) or not text:
            raise ApiError(400, empty)
        mode = str(parse_mode or "").strip().lower()
        if mode == "html":
            try:
                plain, found = parse_html(text, strict_ampersand=self.strict_ampersand)
            except HtmlParseError as exc:
                raise ApiError(400, exc.description) from None
        elif mode in {"", "none"}:
            plain = text
            if entities is not None and not (
                isinstance(entities, list)
                and all(isinstance(e, dict) and "type" in e for e in entities)
            ):
                raise ApiError(400, "Bad Request: can't parse entities: array of objects expected")
            found = [dict(e) for e in entities or []]
        elif mode in {"markdown", "markdownv2"}:
            plain, found = text, []  # stored as sent; Markdown is not validated by this fake
        else:
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        plain, found = strip_text(plain, found)
        if not plain:
            raise ApiError(400, empty)
        if utf16_len(plain) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return plain, found

    @staticmethod
    def _inline_markup(markup: Any) -> dict[str, Any] | None:
        """Validate `reply_markup`; return it if it is an inline keyboard (kept on the message)."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None  # reply keyboards, ForceReply, ReplyKeyboardRemove: not echoed
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(
                400, "Bad Request: can't parse inline keyboard: array of arrays expected"
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                    raise ApiError(
                        400, "Bad Request: can't parse inline keyboard button: Text expected"
                    )
                if _BUTTON_ACTIONS.isdisjoint(button):
                    raise ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: Text buttons are "
                        "unallowed in the inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return json_copy(markup)

    def _reply_target(self, chat_id: int, params: Mapping[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters")
        target_id: Any = params.get("reply_to_message_id")
        allow_missing = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            target_id = reply.get("message_id")
            allow_missing = bool(reply.get("allow_sending_without_reply", allow_missing))
            if reply.get("chat_id") not in (None, chat_id):
                return None  # a reply in another chat: not modelled
        if target_id is None:
            return None
        target = self._messages.get((chat_id, int(target_id)))
        if target is None:
            if allow_missing:
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        target = json_copy(target)
        target.pop("reply_to_message", None)
        return target

    async def _get_me(self, params: dict[str, Any]) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _ok(self, params: dict[str, Any]) -> Any:
        return True

    async def _send_message(self, params: dict[str, Any]) -> Any:
        chat = self._require_chat(params.get("chat_id"))
        raw_text = params.get("text")
        plain, entities = self._format(
            raw_text,
            params.get("parse_mode"),
            params.get("entities"),
            empty="Bad Request: message text is empty",
        )
        markup = self._inline_markup(params.get("reply_markup"))
        fields: dict[str, Any] = {"text": plain}
        if entities:
            fields["entities"] = entities
        reply_target = self._reply_target(chat["id"], params)
        if reply_target is not None:
            fields["reply_to_message"] = reply_target
        if markup is not None:
            fields["reply_markup"] = markup
        message = self._new_message(chat, self.bot_user, fields)
        self._delivered[(chat["id"], message["message_id"])] = DeliveredMessage(
            chat_id=chat["id"],
            message_id=message["message_id"],
            message=json_copy(message),
            raw_text=str(raw_text),
            parse_mode=params.get("parse_mode"),
            sent_at=time.time(),
        )
        return message

    def _editable(self, params: Mapping[str, Any]) -> DeliveredMessage | None:
        """The bot message an edit targets; None for an inline message (inline_message_id)."""
        if params.get("inline_message_id"):
            return None
        chat = self._require_chat(params.get("chat_id"))
        message_id = params.get("message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        key = (chat["id"], int(message_id))
        delivered = self._delivered.get(key)
        if delivered is None or key not in self._messages:
            if key in self._messages:
                raise ApiError(400, "Bad Request: message can't be edited")
            raise ApiError(400, "Bad Request: message to edit not found")
        return delivered

    def _apply_edit(
        self, delivered: DeliveredMessage, changes: dict[str, Any], params: dict[str, Any]
    ) -> dict[str, Any]:
        message = delivered.message
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        message["edit_date"] = max(int(time.time()), message["date"])
        delivered.edits.append(json_copy(params))
        self._messages[(delivered.chat_id, delivered.message_id)] = json_copy(message)
        return json_copy(message)

    async def _edit_message_text(self, params: dict[str, Any]) -> Any:
        delivered = self._editable(params)
        plain, entities = self._format(
            params.get("text"),
            params.get("parse_mode"),
            params.get("entities"),
            empty="Bad Request: message text is empty",
        )
        markup = self._inline_markup(params.get("reply_markup"))
        if delivered is None:
            return True
        current = delivered.message
        if (
            current.get("text") == plain
            and current.get("entities", []) == entities
            and current.get("reply_markup") == markup
        ):
            raise ApiError(400, _NOT_MODIFIED)
        delivered.raw_text = str(params.get("text"))
        delivered.parse_mode = params.get("parse_mode")
        changes = {"text": plain, "entities": entities or None, "reply_markup": markup}
        return self._apply_edit(delivered, changes, params)

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> Any:
        delivered = self._editable(params)
        markup = self._inline_markup(params.get("reply_markup"))
        if delivered is None:
            return True
        if delivered.message.get("reply_markup") == markup:
            raise ApiError(400, _NOT_MODIFIED)
        return self._apply_edit(delivered, {"reply_markup": markup}, params)

    async def _delete_message(self, params: dict[str, Any]) -> Any:
        chat = self._require_chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))
        if key not in self._messages:
            raise ApiError(400, "Bad Request: message to delete not found")
        del self._messages[key]
        return True

    async def _send_chat_action(self, params: dict[str, Any]) -> Any:
        self._require_chat(params.get("chat_id"))
        if not params.get("action"):
            raise ApiError(400, "Bad Request: action is empty")
        return True

    async def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._callback_queries or query_id in self.callback_answers:
            raise ApiError(400, _QUERY_TOO_OLD)
        self.callback_answers[query_id] = dict(params)
        return True

    async def _answer_inline_query(self, params: dict[str, Any]) -> Any:
        query_id = str(params.get("inline_query_id") or "")
        if query_id not in self._inline_queries or query_id in self.inline_answers:
            raise ApiError(400, _QUERY_TOO_OLD)
        results = params.get("results")
        if results is None:
            results = []
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: can't parse inline query results: array expected")
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or "type" not in result:
                raise ApiError(
                    400, "Bad Request: can't parse inline query result: Can't find field \"type\""
                )
            if "id" not in result:
                raise ApiError(
                    400, "Bad Request: can't parse inline query result: Can't find field \"id\""
                )
            result_id = str(result["id"])
            if not 1 <= len(result_id.encode("utf-8")) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            if result_id in seen:
                raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(result_id)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self._format(
                    content.get("message_text"),
                    content.get("parse_mode"),
                    content.get("entities"),
                    empty="Bad Request: message text is empty",
                )
            self._inline_markup(result.get("reply_markup"))
        if len(str(params.get("next_offset") or "").encode("utf-8")) > 64:
            raise ApiError(400, "Bad Request: NEXT_OFFSET_INVALID")
        self.inline_answers[query_id] = dict(params)
        return True

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
        scope = scope or {"type": "default"}
        if not isinstance(scope, Mapping) or scope.get("type") not in _SCOPE_TYPES:
            raise ApiError(400, "Bad Request: can't parse BotCommandScope: unsupported type")
        return json.dumps(dict(scope), sort_keys=True), str(language_code or "")

    async def _set_my_commands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands: array expected")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands specified")
        for command in commands:
            if not isinstance(command, dict) or "command" not in command:
                raise ApiError(
                    400, "Bad Request: can't parse BotCommand: Can't find field \"command\""
                )
            if "description" not in command:
                raise ApiError(
                    400, "Bad Request: can't parse BotCommand: Can't find field \"description\""
                )
            if not _COMMAND_RE.fullmatch(str(command["command"])):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            description = str(command["description"]).strip()
            if not description:
                raise ApiError(400, "Bad Request: command description must be non-empty")
            if len(description) > 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        if commands:
            self._commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> Any:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return json_copy(self._commands.get(key, []))

    async def _delete_my_commands(self, params: dict[str, Any]) -> Any:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self._commands.pop(key, None)
        return True

    async def _get_chat_member(self, params: dict[str, Any]) -> Any:
        chat = self._require_chat(params.get("chat_id"))
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            raise ApiError(
                400,
                "Bad Request: user_id is empty"
                if user_id is None
                else "Bad Request: invalid user_id specified",
            )
        user = self.bot_user if user_id == self.bot_id else self._users.get(user_id)
        if user is None:
            raise ApiError(400, "Bad Request: user not found")
        config = dict(self._members.get((chat["id"], user_id), {"status": "member"}))
        status = config.pop("status")
        base: dict[str, Any] = {"status": status, "user": json_copy(user)}
        if status == "creator":
            base["is_anonymous"] = False
        elif status == "administrator":
            base.update(
                {
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": True,
                    "can_restrict_members": True,
                    "can_promote_members": False,
                    "can_change_info": True,
                    "can_invite_users": True,
                    "can_post_stories": False,
                    "can_edit_stories": False,
                    "can_delete_stories": False,
                    "can_pin_messages": True,
                    "can_manage_topics": False,
                }
            )
        elif status == "restricted":
            base.update(
                {
                    "is_member": True,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "until_date": 0,
                }
            )
        elif status == "kicked":
            base["until_date"] = 0
        base.update(config)
        return base

    async def _set_webhook(self, params: dict[str, Any]) -> Any:
        url = str(params.get("url") or "").strip()
        if not url:
            return await self._delete_webhook(params)
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ApiError(
                400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
            )
        if self.strict_webhook_url:
            if parts.scheme != "https":
                raise ApiError(
                    400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
                )
            if (parts.port or 443) not in {80, 88, 443, 8443}:
                raise ApiError(
                    400,
                    "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 "
                    "or 8443",
                )
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_RE.fullmatch(str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        max_connections = int(params.get("max_connections") or 40)
        if not 1 <= max_connections <= 100:
            raise ApiError(400, "Bad Request: max_connections must be between 1 and 100")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list):
                raise ApiError(400, "Bad Request: can't parse allowed updates: array expected")
            self._allowed_updates = [str(a) for a in allowed] or None
        if params.get("drop_pending_updates"):
            self._drop_pending()
        already = self.webhook_url == url and self.webhook_secret == (secret and str(secret))
        self.webhook_url = url
        self.webhook_secret = None if secret is None else str(secret)
        self.webhook_params = {**params, "max_connections": max_connections}
        self._poll_generation += 1  # a pending getUpdates ends with a Conflict
        self._notify()
        return _Reply(True, "Webhook is already set" if already else "Webhook was set")

    async def _delete_webhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self._drop_pending()
        had = self.webhook_url is not None
        self.webhook_url = None
        self.webhook_secret = None
        self.webhook_params = {}
        self._webhook_last_error = None
        return _Reply(True, "Webhook was deleted" if had else "Webhook is already deleted")

    async def _get_webhook_info(self, params: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_url:
            info["max_connections"] = self.webhook_params.get("max_connections", 40)
            if self.webhook_params.get("ip_address"):
                info["ip_address"] = self.webhook_params["ip_address"]
            if self._allowed_updates is not None:
                info["allowed_updates"] = list(self._allowed_updates)
            if self._webhook_last_error is not None:
                info["last_error_date"], info["last_error_message"] = self._webhook_last_error
        return info
