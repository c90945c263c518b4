"""Shared fixtures: the bot built by ``build_application`` on an offline Bot API, and updates.

:class:`OfflineBotApi` replaces the HTTP transport: it records every Bot API call and answers as
Telegram does (full Message objects with a seconds-based date and the right chat type). Updates
are built from plain dicts with ``Update.de_json``, the way they arrive from Telegram, and go in
through ``Application.process_update``. The application has an extra error handler that
collects errors: :meth:`BotHarness.process` fails the test on the first one.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, ContextTypes
from telegram.request import BaseRequest, RequestData

from bot.app import build_application
from bot.settings import Secret, Settings
from knowledge import KnowledgeBase, load_knowledge
from tests.botapi import BotApiServer

BOT_ID = 7000001
BOT_USERNAME = "chapter_test_bot"
TOKEN = f"{BOT_ID}:TEST-never-a-real-token-0123456789ab"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Chapter",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
ALICE = {"id": 101, "is_bot": False, "first_name": "Alice", "language_code": "en-GB"}
BORIS = {"id": 102, "is_bot": False, "first_name": "Борис", "language_code": "ru"}
CAROL = {"id": 103, "is_bot": False, "first_name": "Carol <b>&</b>", "language_code": "de"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "Culture <b> & </blockquote>"}
CHANNEL = {"id": -1009876543210, "type": "channel", "title": "News"}

# Telegram's HTML parse mode: these tags and no others (a, span and tg-emoji need attributes we
# never send), entities limited to the named ones below plus numeric ones.
ALLOWED_TAGS = frozenset(
    [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "blockquote",
        "a",
        "tg-spoiler",
    ]
)
ALLOWED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]


class OfflineBotApi(BaseRequest):
    """A Bot API that never touches the network: records calls and answers like Telegram."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self.chats: dict[int, dict[str, Any]] = {}
        # (chat id, user id) -> status returned by getChatMember; "member" otherwise.
        self.member_status: dict[tuple[int, int], str] = {}
        # method -> description: answer that method with Telegram's error shape (400).
        self.failing: dict[str, str] = {}
        # Methods Telegram's front end fails with 502 Bad Gateway (not carried out).
        self.unreachable: set[str] = set()
        self._message_ids = itertools.count(5000)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(ApiCall(api_method, params))
        if api_method in self.unreachable:
            body = {"ok": False, "error_code": 502, "description": "Bad Gateway"}
            return 502, json.dumps(body).encode()
        if api_method in self.failing:
            body = {"ok": False, "error_code": 400, "description": self.failing[api_method]}
            return 400, json.dumps(body).encode()
        result = self._result(api_method, params)
        if result is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found"}
            return 404, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText"):
            return self._message(params)
        if method in ("answerCallbackQuery", "answerInlineQuery", "setMyCommands"):
            return True
        if method in ("deleteWebhook", "setWebhook"):
            return True
        if method == "getChatMember":
            return self._member(int(params["chat_id"]), int(params["user_id"]))
        return None

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        chat = self.chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "?"})
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            "text": visible_text(params.get("text", "")),
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        status = self.member_status.get((chat_id, user_id), "member")
        user = {"id": user_id, "is_bot": False, "first_name": "Member"}
        if status == "administrator":
            rights = [
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ]
            return {"status": status, "user": user, **dict.fromkeys(rights, False)}
        if status == "creator":
            return {"status": status, "user": user, "is_anonymous": False}
        return {"status": status, "user": user}

    # --- what the tests read ------------------------------------------------------------------

    def of(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of ``method``, in order."""
        return [call.params for call in self.calls if call.method == method]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.of("sendMessage")

    @property
    def texts(self) -> list[str]:
        return [params["text"] for params in self.messages]

    def clear(self) -> None:
        self.calls.clear()


def visible_text(markup: str) -> str:
    """The text a user sees for HTML markup (what Telegram returns as ``Message.text``)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


class StrictTelegramHtml(HTMLParser):
    """Rejects what Telegram's HTML parse mode would reject: unknown tags, unbalanced tags,
    attributes, stray ``<``/``&`` and unknown named entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        if attrs:
            self.problems.append(f"unexpected attributes on <{tag}>: {attrs}")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:] or 'anything'}")
        else:
            self.stack.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/> is not allowed")

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self.problems.append(f"unescaped {char!r} in {data!r}")

    def handle_entityref(self, name: str) -> None:
        if name not in ALLOWED_ENTITIES:
            self.problems.append(f"entity &{name}; is not supported")

    def handle_charref(self, name: str) -> None:
        pass

    def handle_comment(self, data: str) -> None:
        self.problems.append("comments are not allowed")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration {data!r}")


def assert_telegram_html(markup: str) -> None:
    """Fail unless ``markup`` is valid for parse mode HTML and within 4096 characters."""
    checker = StrictTelegramHtml()
    checker.feed(markup)
    checker.close()
    if checker.rawdata:  # HTMLParser keeps an unterminated '<…' here
        checker.problems.append(f"unterminated markup {checker.rawdata!r}")
    if checker.stack:
        checker.problems.append(f"unclosed tags {checker.stack}")
    assert not checker.problems, f"{checker.problems} in {markup!r}"
    assert len(markup.encode("utf-16-le")) // 2 <= 4096


# --- updates as Telegram sends them ----------------------------------------------------------


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading bot command and @mentions."""
    entities = []
    command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": command.end()})
    for mention in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
        if command and mention.start() < command.end():
            continue
        entities.append(
            {
                "type": "mention",
                "offset": _utf16(text[: mention.start()]),
                "length": _utf16(mention.group()),
            }
        )
    return entities


class UpdateFactory:
    """Builds updates from plain dicts, registering each chat with the offline API."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any], api: OfflineBotApi):
        self.application = application
        self.api = api
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)

    def build(self, data: dict[str, Any]) -> Update:
        update = Update.de_json({"update_id": next(self._update_ids), **data}, self.application.bot)
        assert update is not None
        return update

    def message_dict(
        self, text: str | None, user: dict[str, Any], chat: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        self.api.chats[chat["id"]] = chat
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            **extra,
        }
        if text is not None:
            message["text"] = text
            entities = entities_of(text)
            if entities:
                message["entities"] = entities
        return message

    def private(self, text: str | None, user: dict[str, Any] = ALICE, **extra: Any) -> Update:
        return self.build({"message": self.message_dict(text, user, private_chat(user), **extra)})

    def group(
        self,
        text: str,
        user: dict[str, Any] = ALICE,
        *,
        reply_to: dict[str, Any] | None = None,
        chat: dict[str, Any] = GROUP,
        **extra: Any,
    ) -> Update:
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        return self.build({"message": self.message_dict(text, user, chat, **extra)})

    def bot_message(self, chat: dict[str, Any] = GROUP, text: str = "An earlier answer") -> dict:
        return self.message_dict(text, BOT_USER, chat)

    def callback(
        self,
        data: str,
        user: dict[str, Any] = ALICE,
        *,
        chat: dict[str, Any] | None = None,
        inline_message: bool = False,
    ) -> Update:
        query: dict[str, Any] = {
            "id": str(next(self._update_ids)),
            "from": user,
            "chat_instance": "42",
            "data": data,
        }
        if inline_message:
            query["inline_message_id"] = "inline-1"
        else:
            query["message"] = self.message_dict(
                "Earlier reply", BOT_USER, chat or private_chat(user)
            )
        return self.build({"callback_query": query})

    def inline(self, query: str, user: dict[str, Any] = ALICE) -> Update:
        return self.build(
            {
                "inline_query": {
                    "id": str(next(self._update_ids)),
                    "from": user,
                    "query": query,
                    "offset": "",
                }
            }
        )


@dataclass
class BotHarness:
    """The application under test, its offline Bot API, an update factory and the errors."""

    application: Application[Any, Any, Any, Any, Any, Any]
    api: OfflineBotApi
    updates: UpdateFactory
    errors: list[BaseException] = field(default_factory=list)

    async def process(self, update: Update) -> None:
        """Feed one update through every handler group; fail on any handler error."""
        await self.application.process_update(update)
        if self.errors:
            raise AssertionError(f"handler error: {self.errors[0]!r}") from self.errors[0]

    async def private(self, text: str | None, user: dict[str, Any] = ALICE, **extra: Any) -> None:
        await self.process(self.updates.private(text, user, **extra))

    async def press(self, data: str, user: dict[str, Any] = ALICE, **extra: Any) -> None:
        await self.process(self.updates.callback(data, user, **extra))

    @property
    def bot_data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.application.bot_data
        return data


async def wait_until(condition: Callable[[], bool], what: str, timeout: float = 10) -> None:
    """Wait on a condition with a deadline (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.01)


@pytest.fixture(scope="session", autouse=True)
def index_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The matcher's index cache (``chapterbot ask``, ``chat``, ``gaps``) in the run's temporary
    directory, for this process and the ones it starts: never the user's ``~/.cache``."""
    directory = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHAPTERBOT_CACHE_DIR", str(directory))
        yield directory


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    """A fresh fake Bot API on 127.0.0.1 and a free port (end-to-end and server tests)."""
    async with BotApiServer() as started:
        yield started


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(token=Secret(TOKEN), data_dir=tmp_path)


@pytest.fixture
def api() -> OfflineBotApi:
    return OfflineBotApi()


async def start_harness(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> BotHarness:
    """Build and initialise the application as ``chapterbot run`` would, on the offline API."""
    application = build_application(settings, knowledge, request=api)
    harness = BotHarness(application, api, UpdateFactory(application, api))

    async def collect_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        harness.errors.append(context.error)

    application.add_error_handler(collect_error)
    await application.initialize()  # getMe, as at start-up
    api.clear()
    return harness


@pytest.fixture
async def bot(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> AsyncIterator[BotHarness]:
    harness = await start_harness(settings, knowledge, api)
    yield harness
    await harness.application.shutdown()
    assert harness.errors == []
