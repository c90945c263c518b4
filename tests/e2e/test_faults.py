"""Telegram's real failure modes, injected by the fake Bot API while the bot process runs.

Each test proves that no question is lost and none is answered twice: every question comes
from a user of its own (one private chat each), and once the bot is idle (`settle`) each chat
must hold exactly one message — the answer, not an apology.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from handlers.texts import texts_for
from knowledge import load_knowledge
from tests.botapi import BotApiServer, Call
from tests.conftest import wait_until

from .harness import STOP_DEADLINE, BotProcess, settle, user

pytestmark = pytest.mark.e2e

QUESTION = "When was the chapter published?"
ANSWER_START = load_knowledge().get("publication-date").text["en"]  # type: ignore[union-attr]
APOLOGY = texts_for("en").error
# python-telegram-bot's default read timeout for a Bot API call (HTTPXRequest), in seconds.
READ_TIMEOUT = 5.0


def ask(server: BotApiServer, first: int, count: int) -> list[dict]:
    """`count` users (numbered from `first`) each ask QUESTION once; return the updates."""
    return [server.enqueue_private_message(user(first + n), QUESTION) for n in range(count)]


async def wait_answered(server: BotApiServer, bot: BotProcess, updates: list[dict]) -> None:
    """Until every question has at least one reply."""
    await bot.guard(
        server.wait_until(
            lambda: all(server.messages_after(update) for update in updates),
            timeout=30,
            what=f"a reply to each of {len(updates)} questions",
        ),
        31,
    )


async def assert_each_answered_once(
    server: BotApiServer, bot: BotProcess, updates: list[dict]
) -> None:
    """Once the bot is idle, every question has exactly one reply, and it is the answer."""
    await wait_answered(server, bot, updates)
    await settle(server, bot)
    for update in updates:
        replies = server.messages_after(update)
        texts = [reply.text[:60] for reply in replies]
        assert len(replies) == 1, f"update {update['update_id']} got {len(replies)}: {texts}"
        assert replies[0].text.startswith(ANSWER_START), f"not the answer: {texts}"


def send_calls(server: BotApiServer, chat_id: int) -> list[Call]:
    return [c for c in server.calls_of("sendMessage") if c.params.get("chat_id") == chat_id]


# ---------------------------------------------------------------------- sending replies


async def test_flood_limit_on_send_message_is_waited_out_then_sent_once(
    server: BotApiServer, bot: BotProcess
) -> None:
    server.fail_next("sendMessage", retry_after=1)
    [update] = ask(server, 100, 1)
    await assert_each_answered_once(server, bot, [update])
    refused, sent = send_calls(server, update["message"]["chat"]["id"])
    assert (refused.status, sent.status) == (429, 200)
    assert sent.time - refused.time >= 1.0, "the bot did not wait retry_after"
    await bot.stop()


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"status": 502, "body": "<html><body><h1>502 Bad Gateway</h1></body></html>"},
        {"status": 503, "times": 2},
        {"drop_connection": True},
    ],
    ids=["500", "502-html", "503-twice", "dropped-connection"],
)
async def test_send_message_failing_before_it_took_effect_is_retried_once_delivered(
    server: BotApiServer, bot: BotProcess, fault: dict
) -> None:
    server.fail_next("sendMessage", **fault)
    [update] = ask(server, 110, 1)
    await assert_each_answered_once(server, bot, [update])
    calls = send_calls(server, update["message"]["chat"]["id"])
    assert [c.took_effect for c in calls] == [False] * fault.get("times", 1) + [True]
    await bot.stop()


async def test_send_message_answer_slower_than_the_read_timeout_is_not_sent_twice(
    server: BotApiServer, bot: BotProcess
) -> None:
    # Telegram delivers the message at once; only its answer is late. The bot sees a timeout
    # and cannot know the message went out: sending it again would show it twice.
    server.fail_next("sendMessage", delay=READ_TIMEOUT + 1.5)
    [update] = ask(server, 120, 1)
    await bot.wait_for_log("Timed out", timeout=READ_TIMEOUT + 10)
    await assert_each_answered_once(server, bot, [update])
    await bot.stop()


# ---------------------------------------------------------------------- receiving updates


async def test_get_updates_failing_for_a_while_loses_nothing(
    server: BotApiServer, bot: BotProcess
) -> None:
    server.fail_next("getUpdates", status=502, body="<html>502 Bad Gateway</html>")
    server.fail_next("getUpdates", status=500)
    server.fail_next("getUpdates", drop_connection=True)
    # The parked long poll returns the first question; the polls after it fail three times,
    # the first of them carrying the offset that confirms it. More questions arrive meanwhile.
    first = ask(server, 130, 1)
    await wait_answered(server, bot, first)
    later = ask(server, 131, 3)
    await assert_each_answered_once(server, bot, first + later)
    failed = [c for c in server.calls_of("getUpdates") if c.fault]
    assert len(failed) == 3
    await bot.stop()


async def test_server_restart_mid_run_loses_nothing(server: BotApiServer, bot: BotProcess) -> None:
    before = ask(server, 140, 2)
    await wait_answered(server, bot, before)
    await server.stop()
    during = ask(server, 142, 3)  # queued at Telegram while the bot cannot reach it
    await bot.wait_for_log("NetworkError")  # the bot noticed the outage
    await server.start()
    await assert_each_answered_once(server, bot, before + during)
    await bot.stop()


async def test_get_updates_answer_slower_than_the_read_timeout_loses_nothing(
    make_bot: Callable[..., BotProcess], server: BotApiServer
) -> None:
    # The first poll carries the questions but its answer comes too late: the bot gives up on
    # it (after the poll timeout plus the read timeout), polls again with the same offset and
    # gets the same updates, which were never confirmed.
    updates = ask(server, 150, 2)
    server.fail_next("getUpdates", delay=60)
    bot = make_bot()
    await bot.start(wait=False)
    await assert_each_answered_once(server, bot, updates)
    [slow, *_] = server.calls_of("getUpdates")
    assert slow.fault == "delay" and slow.response and slow.response["result"]
    await bot.stop()


# ---------------------------------------------------------------------- stopping


async def test_sigterm_with_questions_pending_loses_none_and_answers_none_twice(
    server: BotApiServer, bot: BotProcess
) -> None:
    # Replies take 1.5 s to be acknowledged, so several are in flight when SIGTERM arrives.
    server.fail_next("sendMessage", delay=1.5, times=1000)
    fetched = ask(server, 160, 6)
    await bot.guard(
        server.wait_until(
            lambda: len(server.calls_of("sendMessage")) >= 3, what="replies in flight"
        )
    )
    unseen = ask(server, 170, 4)  # queued while the bot shuts down
    took = await bot.stop()
    assert took < STOP_DEADLINE
    server.clear_faults()
    await bot.start()
    await assert_each_answered_once(server, bot, fetched + unseen)
    await bot.stop()


async def test_sigterm_while_telegram_is_unreachable_stops_in_time_and_loses_nothing(
    server: BotApiServer, bot: BotProcess
) -> None:
    # Every sendMessage connection is dropped before Telegram acts on it: the replies cannot
    # get through. Their retries give up within seconds and no apology is tried on top (it
    # would fail the same way), so SIGTERM during the retries still ends the bot in time.
    server.fail_next("sendMessage", drop_connection=True, times=1000)
    failed = ask(server, 180, 3)
    await bot.wait_for_log("retry 1 of")
    took = await bot.stop()
    assert took < STOP_DEADLINE
    assert "is kept and sent later" in bot.log_of_this_run()
    # Telegram back: the next run sends the answers it kept (bot/outbox.py) and answers the
    # questions it never fetched, each once.
    server.clear_faults()
    unseen = ask(server, 190, 3)
    await bot.start()
    await assert_each_answered_once(server, bot, failed + unseen)
    await bot.stop()


# ---------------------------------------------------------------------- the matching worker


@pytest.fixture
async def worker_bot(make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The bot started with its matching worker on (`make_bot` kills it if a test fails)."""
    bot = make_bot(CHAPTERBOT_MATCHING_WORKER="on")
    await bot.start()
    return bot


async def matching_worker(bot: BotProcess) -> int:
    """The pid of the bot's one matching worker (forked at start-up)."""
    await bot.guard(wait_until(lambda: len(bot.children()) == 1, "the matching worker"), 10)
    [pid] = bot.children()
    return pid


def ended(pid: int) -> bool:
    """The process has exited (reaped, or a zombie its new parent has not reaped yet)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


async def test_the_matching_worker_killed_loses_no_question_and_the_bot_goes_on(
    worker_bot: BotProcess, server: BotApiServer
) -> None:
    bot = worker_bot
    worker = await matching_worker(bot)
    before = ask(server, 160, 2)
    await wait_answered(server, bot, before)

    os.kill(worker, signal.SIGKILL)
    after = ask(server, 162, 3)

    await assert_each_answered_once(server, bot, before + after)
    await bot.wait_for_log(f"The matching worker (pid {worker}) stopped")
    await bot.stop()


async def test_ctrl_c_or_sigterm_reaching_the_worker_alone_does_not_stop_the_bot(
    worker_bot: BotProcess, server: BotApiServer
) -> None:
    # Signals the worker inherits handlers for from the bot's event loop must not reach that
    # loop: the bot would stop on a signal that was not sent to it.
    bot = worker_bot
    worker = await matching_worker(bot)

    os.kill(worker, signal.SIGINT)  # Ctrl-C reaches the whole process group: ignored
    first = ask(server, 170, 2)
    await wait_answered(server, bot, first)
    assert bot.children() == [worker]
    os.kill(worker, signal.SIGTERM)  # someone stops the worker: it ends, the bot does not
    await bot.guard(wait_until(lambda: ended(worker), "the worker ended"), 10)
    later = ask(server, 172, 2)

    await assert_each_answered_once(server, bot, first + later)
    assert bot.alive
    await bot.stop()


async def test_no_process_outlives_the_bot_stopped_or_killed(
    worker_bot: BotProcess, server: BotApiServer
) -> None:
    bot = worker_bot
    worker = await matching_worker(bot)
    await bot.stop()
    assert ended(worker), "the worker outlived a clean stop"

    await bot.start()
    worker = await matching_worker(bot)
    bot.kill()  # SIGKILL: the bot cannot stop its worker; the worker sees it gone and exits
    await wait_until(lambda: ended(worker), "the worker exited after the bot was killed")
