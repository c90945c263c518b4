"""The fake Bot API server (tests/botapi), driven by python-telegram-bot as the client.

If PTB accepts these answers, so will the bot under test, which is built on PTB too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import telegram
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from tests.botapi import BotApiServer, Chat, HtmlParseError, User, parse_html, utf16_len
from tests.botapi.models import json_copy
from tests.e2e.harness import unexpected_failures

ALICE = User(id=1001, first_name="Alice", username="alice_reader", language_code="ru")
BOB = User(id=1002, first_name="Bob", username="bob_reader")
GROUP = Chat(id=-1001234567890, title="Culture policy readers")


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(server.token, base_url=server.base_url) as client:
        yield client


async def raw_post(
    url: str, *, json_body: Any = None, form: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    """POST like a hand-written client; return (status, decoded JSON body)."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=json_body, data=form) as resp,
    ):
        return resp.status, json.loads(await resp.text())


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d.title(), callback_data=d) for d in data]])


# ---------------------------------------------------------------- identity, tokens, methods


async def test_get_me_describes_the_configured_bot(server: BotApiServer, bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (
        777000111,
        True,
        "Chapter Bot",
        "chapter_test_bot",
    )
    assert me.can_join_groups and me.supports_inline_queries
    assert server.base_url == f"http://127.0.0.1:{server.port}/bot"
    assert server.port > 0
    [call, *_] = server.calls_of("getme")
    assert call.ok and call.method == "getMe"


async def test_configurable_username() -> None:
    async with (
        BotApiServer(username="other_test_bot") as srv,
        telegram.Bot(srv.token, base_url=srv.base_url) as client,
    ):
        assert client.username == "other_test_bot"


async def test_wrong_token_is_unauthorized(server: BotApiServer) -> None:
    with pytest.raises(InvalidToken):
        async with telegram.Bot("777000111:not-the-token", base_url=server.base_url):
            pass
    status, body = await raw_post(f"{server.base_url}123:nope/getMe")
    assert status == 401
    assert body == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert all(not c.token_ok for c in server.calls_of("getMe"))


async def test_unknown_method_has_telegrams_404_shape(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    status, body = await raw_post(f"{server.base_url}{server.token}/sendTelepathy")
    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_method_names_are_case_insensitive(server: BotApiServer) -> None:
    status, body = await raw_post(f"{server.base_url}{server.token}/GETME")
    assert status == 200 and body["result"]["username"] == "chapter_test_bot"
    assert server.calls_of("getMe")[-1].method == "getMe"


async def test_json_and_form_bodies_decode_the_same(server: BotApiServer) -> None:
    server.register_user(ALICE)
    url = f"{server.base_url}{server.token}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "More", "callback_data": "more"}]]}
    status, as_json = await raw_post(
        url, json_body={"chat_id": ALICE.id, "text": "one", "reply_markup": markup}
    )
    assert status == 200
    status, as_form = await raw_post(
        url,
        form={"chat_id": str(ALICE.id), "text": "two", "reply_markup": json.dumps(markup)},
    )
    assert status == 200
    assert as_json["result"]["reply_markup"] == as_form["result"]["reply_markup"] == markup
    assert [c.params["chat_id"] for c in server.calls_of("sendMessage")] == [ALICE.id, ALICE.id]


# ---------------------------------------------------------------- sending and editing


async def test_send_message_returns_a_full_message(server: BotApiServer, bot: telegram.Bot) -> None:
    update = server.enqueue_private_message(ALICE, "hello")
    first = await bot.send_message(ALICE.id, "<b>Hi</b>, Alice", parse_mode="HTML")
    second = await bot.send_message(ALICE.id, "again", reply_markup=keyboard("more"))
    assert first.message_id == update["message"]["message_id"] + 1
    assert second.message_id == first.message_id + 1
    assert first.chat.type == "private" and first.chat.username == "alice_reader"
    assert first.from_user is not None and first.from_user.id == server.bot_id
    assert first.text == "Hi, Alice"
    assert [(e.type, e.offset, e.length) for e in first.entities] == [("bold", 0, 2)]
    assert second.reply_markup == keyboard("more")
    [delivered, _] = server.delivered_messages(ALICE.id)
    assert delivered.raw_text == "<b>Hi</b>, Alice" and delivered.parse_mode == "HTML"
    assert isinstance(delivered.message["date"], int)
    assert [m.text for m in server.messages_after(update)] == ["Hi, Alice", "again"]


async def test_group_chat_type_and_title_are_echoed(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.enqueue_group_message(GROUP, BOB, "hi all")
    server.enqueue_group_message(-4001, BOB, "small group", chat_type="group")
    in_super = await bot.send_message(GROUP.id, "hello")
    in_group = await bot.send_message(-4001, "hello")
    assert (in_super.chat.type, in_super.chat.title) == ("supergroup", "Culture policy readers")
    assert in_group.chat.type == "group"
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(-999, "nobody here")


async def test_edit_text_and_markup(server: BotApiServer, bot: telegram.Bot) -> None:
    server.register_user(ALICE)
    sent = await bot.send_message(ALICE.id, "draft", reply_markup=keyboard("a"))
    edited = await bot.edit_message_text(
        "<i>final</i>", chat_id=ALICE.id, message_id=sent.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, telegram.Message)
    assert edited.text == "final" and edited.edit_date is not None
    assert edited.reply_markup is None  # an edit without reply_markup removes the keyboard
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text(
            "<i>final</i>", chat_id=ALICE.id, message_id=sent.message_id, parse_mode="HTML"
        )
    marked = await bot.edit_message_reply_markup(
        chat_id=ALICE.id, message_id=sent.message_id, reply_markup=keyboard("b")
    )
    assert isinstance(marked, telegram.Message) and marked.reply_markup == keyboard("b")
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_reply_markup(
            chat_id=ALICE.id, message_id=sent.message_id, reply_markup=keyboard("b")
        )
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=ALICE.id, message_id=999)
    [delivered] = server.delivered_messages(ALICE.id)
    assert delivered.text == "final" and len(delivered.edits) == 2


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("1<2", "Unclosed start tag at byte offset 1"),
        ('<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler"'),
        ("Tom & Jerry", "Character '&' at byte offset 4 must be escaped"),
    ],
)
async def test_html_errors_surface_as_bad_request(
    server: BotApiServer, bot: telegram.Bot, text: str, error: str
) -> None:
    server.register_user(ALICE)
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(ALICE.id, text, parse_mode="HTML")
    assert error.lower() in caught.value.message.lower()
    call = server.calls_of("sendMessage")[-1]
    assert call.status == 400 and not call.took_effect
    assert call.response is not None
    assert call.response["description"].startswith("Bad Request: can't parse entities: ")
    assert server.delivered_messages() == []


async def test_text_limits(server: BotApiServer, bot: telegram.Bot) -> None:
    server.register_user(ALICE)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ALICE.id, "я" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ALICE.id, "😀" * 2049)  # 4098 UTF-16 code units
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(ALICE.id, "<b> </b>", parse_mode="HTML")
    # Tags do not count: 4096 characters of text inside <b> is fine.
    ok = await bot.send_message(ALICE.id, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    assert len(ok.text or "") == 4096


def test_parse_html_entities_and_utf16_offsets() -> None:
    text, entities = parse_html(
        '😀 <b>жирный</b> &lt;3 <a href="https://example.org/x">link</a> '
        '<pre><code class="language-python">x=1</code></pre> '
        "<tg-spoiler>s</tg-spoiler> <blockquote expandable>q</blockquote> &#x1F600;"
    )
    assert text == "😀 жирный <3 link x=1 s q 😀"
    assert entities == [
        {"offset": 3, "length": 6, "type": "bold"},
        {"offset": 13, "length": 4, "type": "text_link", "url": "https://example.org/x"},
        {"offset": 18, "length": 3, "type": "pre", "language": "python"},
        {"offset": 22, "length": 1, "type": "spoiler"},
        {"offset": 24, "length": 1, "type": "expandable_blockquote"},
    ]
    assert utf16_len("😀") == 2
    # Real Telegram's leniency about a bare '&' is available when asked for.
    assert parse_html("Tom & Jerry", strict_ampersand=False) == ("Tom & Jerry", [])


def test_parses_are_cached_but_each_caller_owns_its_entities() -> None:
    text = '<a href="tg://user?id=42">Ann</a> and <b>Бо😀б</b>'
    expected = (
        "Ann and Бо😀б",
        [
            {
                "offset": 0,
                "length": 3,
                "type": "text_mention",
                "user": {"id": 42, "is_bot": False, "first_name": ""},
            },
            {"offset": 8, "length": 5, "type": "bold"},
        ],
    )
    first = parse_html(text)
    assert first == expected
    first[1][0]["user"]["id"] = 7
    first[1][1]["length"] = 99
    assert parse_html(text) == expected
    # Errors are raised every time, not remembered as results.
    for _ in range(2):
        with pytest.raises(HtmlParseError, match="Unsupported start tag"):
            parse_html(text + "<br>")


def test_json_copy_is_a_deep_copy() -> None:
    original: dict[str, Any] = {
        "a": [1, 2.5, None, True, "s", {"b": [[]]}],
        "t": (1, [2]),
        "u": ALICE,
    }
    copied = json_copy(original)
    assert copied == original and type(copied["t"]) is tuple
    copied["a"][5]["b"][0].append(1)
    copied["t"][1].append(3)
    assert original == {"a": [1, 2.5, None, True, "s", {"b": [[]]}], "t": (1, [2]), "u": ALICE}


# ---------------------------------------------------------------- getUpdates


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    loop = asyncio.get_running_loop()
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await server.wait_for_poll()
    started = loop.time()
    update = server.enqueue_private_message(ALICE, "are you there?")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert loop.time() - started < 5
    assert [u.update_id for u in updates] == [update["update_id"]]
    assert updates[0].message is not None
    assert updates[0].message.from_user is not None
    assert updates[0].message.from_user.language_code == "ru"


async def test_long_poll_times_out_empty(server: BotApiServer, bot: telegram.Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=1) == ()
    assert loop.time() - started >= 0.9
    [call] = server.calls_of("getUpdates")
    assert call.params["timeout"] == 1 and call.response == {"ok": True, "result": []}


async def test_updates_are_dropped_only_when_a_later_offset_confirms_them(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    first = server.enqueue_private_message(ALICE, "one")
    second = server.enqueue_private_message(BOB, "two")
    assert second["update_id"] > first["update_id"]
    got = await bot.get_updates()
    assert [u.update_id for u in got] == [first["update_id"], second["update_id"]]
    # The bot "crashed" before confirming: a fresh client gets both again.
    async with telegram.Bot(server.token, base_url=server.base_url) as restarted:
        again = await restarted.get_updates()
    assert [u.update_id for u in again] == [first["update_id"], second["update_id"]]
    assert [u.update_id for u in await bot.get_updates(offset=second["update_id"], limit=5)] == [
        second["update_id"]
    ]
    assert server.is_confirmed(first) and not server.is_confirmed(second)
    assert await bot.get_updates(offset=second["update_id"] + 1) == ()
    assert server.pending_updates == [] and server.is_confirmed(second)


async def test_limit_and_negative_offset(server: BotApiServer, bot: telegram.Bot) -> None:
    ids = [server.enqueue_private_message(ALICE, str(n))["update_id"] for n in range(4)]
    assert [u.update_id for u in await bot.get_updates(limit=2)] == ids[:2]
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == ids[-1:]
    assert [u["update_id"] for u in server.pending_updates] == ids[-1:]


async def test_allowed_updates_filter_is_remembered(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    message = server.enqueue_private_message(ALICE, "text")
    sent = await bot.send_message(ALICE.id, "pick", reply_markup=keyboard("yes"))
    press = server.enqueue_callback_query(ALICE, sent.to_dict(), "yes")
    member = server.enqueue_raw({"chat_member": {"chat": GROUP.to_dict(), "date": 0}})
    got = await bot.get_updates(allowed_updates=["callback_query"])
    assert [u.update_id for u in got] == [press["update_id"]]
    assert got[0].callback_query is not None and got[0].callback_query.data == "yes"
    assert message["update_id"] in server.dropped_update_ids
    later = server.enqueue_private_message(ALICE, "ignored too")
    assert await bot.get_updates(offset=press["update_id"] + 1) == ()  # filter remembered
    assert later["update_id"] in server.dropped_update_ids
    assert server.allowed_updates == ["callback_query"]
    # An empty list restores the default, which leaves chat_member out.
    assert member["update_id"] in server.dropped_update_ids
    fresh = server.enqueue_raw({"chat_member": {"chat": GROUP.to_dict(), "date": 0}})
    assert await bot.get_updates(allowed_updates=[]) == ()
    assert fresh["update_id"] in server.dropped_update_ids


async def test_unknown_update_types_are_delivered(server: BotApiServer, bot: telegram.Bot) -> None:
    update = server.enqueue_raw({"update_id": 5, "future_update_kind": {"x": 1}})
    [got] = await bot.get_updates()
    assert got.update_id == update["update_id"] != 5
    assert got.api_kwargs == {"future_update_kind": {"x": 1}}


async def test_overlapping_polls_conflict(server: BotApiServer, bot: telegram.Bot) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=30))
    await server.wait_for_poll()
    async with telegram.Bot(server.token, base_url=server.base_url) as second_instance:
        newer = asyncio.create_task(second_instance.get_updates(timeout=30))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.wait_for(older, timeout=5)
        update = server.enqueue_private_message(ALICE, "hi")
        assert [u.update_id for u in await asyncio.wait_for(newer, 5)] == [update["update_id"]]


async def test_a_poll_ended_by_the_bots_last_short_poll_is_no_failure(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    # On SIGTERM python-telegram-bot gives up its long poll and confirms offsets with a short
    # one, which ends the abandoned poll with 409 as on Telegram: not a refused call. (A
    # second client stands in for the bot's next connection.)
    async with telegram.Bot(server.token, base_url=server.base_url) as after:
        abandoned = asyncio.create_task(bot.get_updates(timeout=30))
        await server.wait_for_poll()
        await after.get_updates(timeout=0)
        with pytest.raises(Conflict):
            await asyncio.wait_for(abandoned, timeout=5)
        assert unexpected_failures(server) == []
        # Two long polls that overlap are still a failure the end-to-end tests report.
        older = asyncio.create_task(bot.get_updates(timeout=30))
        await server.wait_for_poll()
        newer = asyncio.create_task(after.get_updates(timeout=30))
        with pytest.raises(Conflict):
            await asyncio.wait_for(older, timeout=5)
        server.enqueue_private_message(ALICE, "hi")
        await asyncio.wait_for(newer, 5)
    [refused] = unexpected_failures(server)
    assert refused.method == "getUpdates" and refused.status == 409


# ---------------------------------------------------------------- faults


async def test_429_becomes_retry_after(
    server: BotApiServer, bot: telegram.Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    server.register_user(ALICE)
    server.fail_next("sendMessage", status=429, retry_after=2)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ALICE.id, "flood")
    assert caught.value.retry_after == dt.timedelta(seconds=2)
    [failed] = server.calls_of("sendMessage")
    assert failed.response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 2",
        "parameters": {"retry_after": 2},
    }
    assert failed.fault == "status" and not failed.took_effect
    assert server.delivered_messages(ALICE.id) == []
    await bot.send_message(ALICE.id, "later")  # the fault was used up
    assert [m.text for m in server.delivered_messages(ALICE.id)] == ["later"]


async def test_get_updates_failing_for_a_while(server: BotApiServer, bot: telegram.Bot) -> None:
    update = server.enqueue_private_message(ALICE, "still there?")
    server.fail_next("getUpdates", status=502, times=3)
    for _ in range(3):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.get_updates()
    assert [u.update_id for u in await bot.get_updates()] == [update["update_id"]]
    assert [c.status for c in server.calls_of("getUpdates")] == [502, 502, 502, 200]


async def test_html_error_page_instead_of_json(server: BotApiServer, bot: telegram.Bot) -> None:
    server.fail_next("getMe", status=502, body="<html><h1>502 Bad Gateway</h1></html>")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()


async def test_dropped_connection_has_no_effect(server: BotApiServer, bot: telegram.Bot) -> None:
    server.register_user(ALICE)
    server.fail_next("sendMessage", drop_connection=True)
    with pytest.raises(NetworkError):
        await bot.send_message(ALICE.id, "lost")
    [call] = server.calls_of("sendMessage")
    assert call.fault == "drop_connection" and not call.took_effect
    assert server.delivered_messages() == []


async def test_delayed_answer_takes_effect_while_the_client_times_out(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.register_user(ALICE)
    server.fail_next("sendMessage", delay=5)
    with pytest.raises(TimedOut):
        await bot.send_message(ALICE.id, "slow", read_timeout=0.3)
    [call] = server.calls_of("sendMessage")
    assert call.fault == "delay" and call.took_effect and call.ok
    assert [m.text for m in server.delivered_messages(ALICE.id)] == ["slow"]


async def test_wait_for_times_out_with_the_recorded_calls(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    with pytest.raises(AssertionError, match=r"sendMessage(.|\n)*getMe -> 200"):
        await server.wait_for("sendMessage", timeout=0.2)


async def test_wait_for_counts_finished_calls(server: BotApiServer, bot: telegram.Bot) -> None:
    server.register_user(ALICE)
    waiter = asyncio.create_task(server.wait_for("sendMessage", count=2))
    await bot.send_message(ALICE.id, "one")
    assert not waiter.done()
    await bot.send_message(ALICE.id, "two")
    calls = await asyncio.wait_for(waiter, timeout=5)
    assert [c.params["text"] for c in calls] == ["one", "two"]
    matched = await server.wait_for(lambda c: c.params.get("text") == "two")
    assert len(matched) == 1


# ---------------------------------------------------------------- restarts


async def test_restart_keeps_port_and_queued_updates(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    port = server.port
    update = server.enqueue_private_message(ALICE, "before the outage")
    pending_poll = asyncio.create_task(bot.get_updates(timeout=30, offset=update["update_id"] + 1))
    await server.wait_for_poll()
    await server.stop()
    assert await asyncio.wait_for(pending_poll, 5) == ()
    with pytest.raises(NetworkError):
        await bot.get_me()
    during = server.enqueue_private_message(ALICE, "during the outage")
    await server.start()
    assert server.port == port
    assert [u.update_id for u in await bot.get_updates()] == [during["update_id"]]
    await server.restart()
    assert server.port == port
    assert [u.update_id for u in await bot.get_updates()] == [during["update_id"]]
    assert server.calls_of("getMe")  # records survive too


# ---------------------------------------------------------------- webhooks


async def test_webhook_delivery_with_right_and_wrong_secret(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    received: list[dict[str, Any]] = []

    async def receive(request: web.Request) -> web.Response:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != "s3cret-Token_1":
            return web.Response(status=403)
        received.append(await request.json())
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        hook_port = runner.addresses[0][1]
        url = f"http://127.0.0.1:{hook_port}/hook"
        stale = server.enqueue_private_message(ALICE, "stale")
        assert await bot.set_webhook(url, secret_token="s3cret-Token_1", drop_pending_updates=True)
        assert server.webhook_url == url and server.webhook_secret == "s3cret-Token_1"
        assert stale["update_id"] in server.dropped_update_ids
        with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
            await bot.get_updates()

        update = server.enqueue_private_message(ALICE, "via webhook")
        assert (await bot.get_webhook_info()).pending_update_count == 1
        assert await server.post_update_to_webhook(update, secret="wrong") == 403
        assert await server.post_update_to_webhook(update, secret=None) == 403
        info = await bot.get_webhook_info()
        assert info.url == url and info.last_error_message is not None
        assert "403" in info.last_error_message
        assert info.pending_update_count == 1
        assert await server.post_update_to_webhook(update) == 200
        assert received == [update]
        assert server.is_confirmed(update)
        assert (await bot.get_webhook_info()).pending_update_count == 0

        with pytest.raises(BadRequest, match=r"(?i)secret token contains unallowed characters"):
            await bot.set_webhook(url, secret_token="has:colon")
        assert await bot.delete_webhook(drop_pending_updates=True)
        assert server.webhook_url is None
        assert await bot.get_updates() == ()
    finally:
        await runner.cleanup()


# ---------------------------------------------------------------- users, groups, queries


async def test_group_mentions_commands_and_replies(server: BotApiServer, bot: telegram.Bot) -> None:
    question = server.enqueue_group_message(
        GROUP, BOB, "😀 @chapter_test_bot what about /ask@chapter_test_bot?"
    )
    entities = question["message"]["entities"]
    assert entities == [
        {"type": "mention", "offset": 3, "length": 17},
        {"type": "bot_command", "offset": 32, "length": 21},
    ]
    [got] = await bot.get_updates()
    assert got.message is not None
    assert got.message.parse_entities() == {
        got.message.entities[0]: "@chapter_test_bot",
        got.message.entities[1]: "/ask@chapter_test_bot",
    }
    answer = await bot.send_message(GROUP.id, "Answer", reply_to_message_id=got.message.message_id)
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.message_id == got.message.message_id
    follow_up = server.enqueue_reply_to_bot(GROUP, BOB, "thanks", answer.to_dict())
    reply_to = follow_up["message"]["reply_to_message"]
    assert reply_to["message_id"] == answer.message_id
    assert reply_to["from"]["id"] == server.bot_id
    assert "reply_to_message" not in reply_to
    assert [m.text for m in await server.wait_for_reply(question)] == ["Answer"]


async def test_other_update_kinds_parse_in_ptb(server: BotApiServer, bot: telegram.Bot) -> None:
    kinds = ["photo", "sticker", "location", "voice", "document", "contact", "dice"]
    for kind in kinds:
        server.enqueue_non_text(ALICE, kind)
    first = server.enqueue_private_message(ALICE, "typo")
    server.enqueue_edited_message(first, "fixed")
    server.enqueue_channel_post(Chat(id=-1009, title="News", type="channel"), "post")
    server.enqueue_inline_query(ALICE, "museums")
    updates = await bot.get_updates()
    assert len(updates) == len(kinds) + 4
    assert all(getattr(u.message, kind) for u, kind in zip(updates, kinds, strict=False))
    edited, post, inline = updates[-3:]
    assert edited.edited_message is not None and edited.edited_message.text == "fixed"
    assert edited.edited_message.message_id == first["message"]["message_id"]
    assert post.channel_post is not None and post.channel_post.chat.type == "channel"
    assert inline.inline_query is not None and inline.inline_query.query == "museums"


async def test_callback_and_inline_answers(server: BotApiServer, bot: telegram.Bot) -> None:
    server.register_user(ALICE)
    sent = await bot.send_message(ALICE.id, "choose", reply_markup=keyboard("next"))
    press = server.enqueue_callback_query(ALICE, sent.to_dict(), "next")
    query_id = press["callback_query"]["id"]
    assert await bot.answer_callback_query(query_id, text="ok")
    assert server.callback_answers[query_id]["text"] == "ok"
    with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
        await bot.answer_callback_query(query_id)

    inline = server.enqueue_inline_query(BOB, "theatre")
    inline_id = inline["inline_query"]["id"]
    too_many = [
        telegram.InlineQueryResultArticle(str(n), "t", telegram.InputTextMessageContent("x"))
        for n in range(51)
    ]
    with pytest.raises(BadRequest, match=r"(?i)RESULTS_TOO_MUCH"):
        await bot.answer_inline_query(inline_id, too_many)
    duplicate = too_many[:1] * 2
    with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_DUPLICATE"):
        await bot.answer_inline_query(inline_id, duplicate)
    long_id = [
        telegram.InlineQueryResultArticle("x" * 65, "t", telegram.InputTextMessageContent("x"))
    ]
    with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_INVALID"):
        await bot.answer_inline_query(inline_id, long_id)
    assert await bot.answer_inline_query(inline_id, too_many[:3], cache_time=0)
    assert [r["id"] for r in server.inline_answers[inline_id]["results"]] == ["0", "1", "2"]


async def test_commands_per_scope_and_language(server: BotApiServer, bot: telegram.Bot) -> None:
    assert await bot.set_my_commands([("ask", "Ask about the chapter")])
    assert await bot.set_my_commands([("ask", "Спросить о главе")], language_code="ru")
    groups = telegram.BotCommandScopeAllGroupChats()
    assert await bot.set_my_commands([("help", "Help")], scope=groups)
    assert [c.command for c in await bot.get_my_commands()] == ["ask"]
    assert [c.description for c in await bot.get_my_commands(language_code="ru")] == [
        "Спросить о главе"
    ]
    assert [c.command for c in await bot.get_my_commands(scope=groups)] == ["help"]
    assert server.commands({"type": "all_group_chats"}) == [
        {"command": "help", "description": "Help"}
    ]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Ask", "uppercase is not allowed")])
    assert await bot.delete_my_commands(scope=groups)
    assert await bot.get_my_commands(scope=groups) == ()


async def test_get_chat_member_is_configurable(server: BotApiServer, bot: telegram.Bot) -> None:
    server.enqueue_group_message(GROUP, BOB, "hi")
    server.set_chat_member(GROUP, ALICE, "administrator")
    server.set_chat_member(GROUP, User(id=1003, first_name="Carol"), "creator")
    assert (await bot.get_chat_member(GROUP.id, BOB.id)).status == "member"
    admin = await bot.get_chat_member(GROUP.id, ALICE.id)
    assert isinstance(admin, telegram.ChatMemberAdministrator)
    assert isinstance(await bot.get_chat_member(GROUP.id, 1003), telegram.ChatMemberOwner)
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(GROUP.id, 424242)
