"""The HTTP transport: calls go to the Bot API as JSON, and fail the way retry.py expects."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TimedOut

from bot.request import JsonRequest
from bot.retry import not_carried_out

TOKEN = "123456:TEST-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Bot", "username": "test_bot"}


class Recorder:
    """A fake Bot API behind httpx's mock transport: records each request, answers like Telegram
    (or raises `failure`)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.failure: Callable[[httpx.Request], Exception] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failure is not None:
            raise self.failure(request)
        method = request.url.path.rsplit("/", 1)[-1]
        if method == "getMe":
            return httpx.Response(200, json={"ok": True, "result": BOT_USER})
        chat = {"id": 42, "type": "private", "first_name": "Dana"}
        message = {"message_id": 1, "date": 0, "chat": chat, "text": "…"}
        return httpx.Response(200, json={"ok": True, "result": message})


@pytest.fixture
def api() -> Recorder:
    return Recorder()


@pytest.fixture
async def bot(api: Recorder) -> AsyncIterator[Bot]:
    request = JsonRequest(httpx_kwargs={"transport": httpx.MockTransport(api)})
    bot = Bot(TOKEN, request=request, get_updates_request=request)
    await bot.initialize()
    yield bot
    await bot.shutdown()


async def test_a_reply_goes_as_one_json_body_with_its_buttons(bot: Bot, api: Recorder) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("📖 Источник", callback_data="src:a")]])
    text = "Глава опубликована 11 апреля 2013 года.\n<blockquote>«…»</blockquote>"

    await bot.send_message(42, text, parse_mode="HTML", reply_markup=keyboard)

    sent = api.requests[-1]
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {
        "chat_id": 42,
        "text": text,
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "📖 Источник", "callback_data": "src:a"}]]},
    }


async def test_a_file_still_goes_as_a_multipart_form(bot: Bot, api: Recorder) -> None:
    await bot.send_document(42, InputFile(b"questions", filename="gaps.csv"))

    assert api.requests[-1].headers["content-type"].startswith("multipart/form-data")


@pytest.mark.parametrize(
    ("failure", "retried"),
    [
        (lambda request: httpx.PoolTimeout("all connections busy"), True),
        (lambda request: httpx.ConnectTimeout("connect", request=request), True),
        (lambda request: httpx.ConnectError("refused", request=request), True),
        (lambda request: httpx.ReadTimeout("read", request=request), False),
    ],
    ids=["pool-timeout", "connect-timeout", "refused", "read-timeout"],
)
async def test_failures_keep_what_the_retry_needs_to_know(
    bot: Bot, api: Recorder, failure: Callable[[httpx.Request], Exception], retried: bool
) -> None:
    api.failure = failure
    with pytest.raises(NetworkError) as raised:
        await bot.send_message(42, "hello")
    # A timeout is a TimedOut, as from python-telegram-bot's own transport; whether it may be
    # sent again depends on whether the request left this process.
    assert isinstance(raised.value, TimedOut) == (
        "Timeout" in type(raised.value.__cause__).__name__
    )
    assert not_carried_out(raised.value) is retried
