"""The curator's loop end to end: questions asked over HTTP reach ``chapterbot gaps``, votes and
operators' commands work in the real program, SIGHUP reloads it (issue 4)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.questionlog import LoggedQuestion, QuestionStore
from handlers.feedback import THANKS
from knowledge.loader import SHIPPED_KNOWLEDGE
from tests.botapi import BotApiServer

from .harness import BotProcess, settle, user

pytestmark = pytest.mark.e2e

OFF_TOPIC = "What is the weather in Paris?"
QUESTION = "When was the chapter published?"
ANSWER_START = "The chapter was published on 11 April 2013."
LONG_AGO = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


async def gaps_json(data_dir: Path) -> dict[str, Any]:
    """``chapterbot gaps --format json`` run as a curator runs it, in its own process."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "gaps",
        "--format",
        "json",
        env={**os.environ, "CHAPTERBOT_DATA_DIR": str(data_dir)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    report: dict[str, Any] = json.loads(out)
    return report


async def logged(data_dir: Path, count: int, timeout: float = 10) -> list[LoggedQuestion]:
    """Wait (with a deadline) until the bot's writer thread has stored `count` questions."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        store = QuestionStore.in_directory(data_dir)
        found = store.unanswered(LONG_AGO) if store else []
        if len(found) >= count:
            return found
        assert loop.time() < deadline, f"{len(found)} of {count} questions logged"
        await asyncio.sleep(0.02)


async def test_a_declined_question_reaches_gaps_while_the_bot_runs_and_after_it_stops(
    server: BotApiServer, bot: BotProcess
) -> None:
    asker = user(1)
    update = server.enqueue_private_message(asker, OFF_TOPIC)
    await bot.guard(server.wait_for_reply(update))

    await bot.guard(logged(bot.data_dir, 1))
    running = await gaps_json(bot.data_dir)  # read while the bot holds the database open
    assert [group["examples"] for group in running["groups"]] == [[OFF_TOPIC]]
    assert running["groups"][0]["chat_types"] == {"private": 1}

    await bot.stop()
    stopped = await gaps_json(bot.data_dir)
    assert stopped["groups"][0]["count"] == 1
    raw = b"".join(p.read_bytes() for p in bot.data_dir.glob("questions.sqlite3*"))
    assert str(asker.id).encode() not in raw


async def test_a_vote_under_an_answer_is_acknowledged_and_listed_by_gaps(
    server: BotApiServer, bot: BotProcess
) -> None:
    update = server.enqueue_private_message(user(2), QUESTION)
    [answer] = await bot.guard(server.wait_for_reply(update))
    assert answer.text.startswith(ANSWER_START)
    markup = answer.reply_markup or {"inline_keyboard": []}
    down = next(b for row in markup["inline_keyboard"] for b in row if b["text"] == "👎")

    server.enqueue_callback_query(user(2), answer.message, down["callback_data"])
    [toast] = await bot.guard(server.wait_for("answerCallbackQuery"))
    assert toast.ok and toast.params["text"] == THANKS["en"]["-"]

    await bot.stop()  # post_shutdown writes what is pending
    report = await gaps_json(bot.data_dir)
    assert report["downvoted"] == [
        {"fact_id": "publication-date", "down": 1, "up": 0, "text": ANSWER_START}
    ]


async def test_operators_get_stats_others_get_nothing(server: BotApiServer, make_bot: Any) -> None:
    operator, stranger = user(3), user(4)
    bot: BotProcess = make_bot(CHAPTERBOT_ADMIN_IDS=str(operator.id))
    await bot.start()
    asked = server.enqueue_private_message(stranger, OFF_TOPIC)
    await bot.guard(server.wait_for_reply(asked))
    await bot.guard(logged(bot.data_dir, 1))

    ignored = server.enqueue_private_message(stranger, "/stats")
    stats = server.enqueue_private_message(operator, "/stats")
    [reply] = await bot.guard(server.wait_for_reply(stats))
    assert "declined 1" in reply.text

    await settle(server, bot)
    assert server.messages_after(ignored) == []  # no reply, no hint
    await bot.stop()


async def test_sighup_reloads_the_running_bot(
    server: BotApiServer, make_bot: Any, tmp_path: Path
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, knowledge)
    bot: BotProcess = make_bot(CHAPTERBOT_KNOWLEDGE=str(knowledge))
    await bot.start()
    facts = knowledge / "russia-3.4.4" / "facts.yaml"
    facts.write_text(
        facts.read_text("utf-8").replace(ANSWER_START, "It came out on 11 April 2013.", 1), "utf-8"
    )

    assert bot.process is not None
    bot.process.send_signal(signal.SIGHUP)
    await bot.wait_for_log("SIGHUP: reloaded")

    update = server.enqueue_private_message(user(5), QUESTION)
    [answer] = await bot.guard(server.wait_for_reply(update))
    assert answer.text.startswith("It came out on 11 April 2013.")
    await bot.stop()
