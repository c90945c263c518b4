"""Answers Telegram stays out of reach for are kept and sent once it is back, never twice."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from bot.app import PERSISTENCE_FILE, build_application
from bot.outbox import OUTBOX_KEY, Outbox
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import ALICE, BotHarness, OfflineBotApi, start_harness

QUESTION = "Who initiated the Slavyanski Bazaar festival?"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.retry.FIRST_BACKOFF", 0.001)


def outbox(bot: BotHarness) -> Outbox:
    return Outbox(bot.application)


async def ask_while_unreachable(bot: BotHarness, text: str = QUESTION) -> dict[str, Any]:
    """Ask with every sendMessage failing 502; returns the reply the bot tried to send."""
    bot.api.unreachable.add("sendMessage")
    await bot.application.process_update(bot.updates.private(text))
    bot.errors.clear()  # the handler's error: logged, nothing sent
    tried = bot.api.messages
    assert len(tried) == 4  # the first attempt and bot/retry.py's three retries
    assert all(params == tried[0] for params in tried)
    bot.api.clear()
    bot.api.unreachable.clear()
    return tried[0]


async def test_an_answer_telegram_is_out_of_reach_for_is_sent_when_it_is_back(
    bot: BotHarness,
) -> None:
    tried = await ask_while_unreachable(bot)
    assert outbox(bot).pending() == 1
    assert await outbox(bot).resend(bot.application.bot) == 1
    # The same answer, buttons and all, once.
    assert bot.api.messages == [tried]
    assert "Slavyanski Bazaar" in tried["text"]
    assert tried["reply_markup"]["inline_keyboard"]
    assert outbox(bot).pending() == 0
    assert await outbox(bot).resend(bot.application.bot) == 0
    assert len(bot.api.messages) == 1


async def test_while_telegram_is_still_out_of_reach_the_answer_stays_kept_once(
    bot: BotHarness,
) -> None:
    await ask_while_unreachable(bot)
    await ask_while_unreachable(bot, "When was the chapter published?")
    bot.api.unreachable.add("sendMessage")
    assert await outbox(bot).resend(bot.application.bot) == 0
    # One try of the oldest answer, no retries on the spot, no second copy kept.
    assert len(bot.api.messages) == 1
    assert outbox(bot).pending() == 2
    bot.api.unreachable.clear()
    bot.api.clear()
    assert await outbox(bot).resend(bot.application.bot) == 2
    assert ["Slavyanski" in text for text in bot.api.texts] == [True, False]


async def test_a_kept_answer_telegram_then_rejects_is_dropped(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    await ask_while_unreachable(bot)
    bot.api.failing["sendMessage"] = "Forbidden: bot was blocked by the user"
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        assert await outbox(bot).resend(bot.application.bot) == 0
    assert outbox(bot).pending() == 0
    assert "Dropped a kept answer" in caplog.text


async def test_an_answer_kept_for_over_a_day_is_dropped(bot: BotHarness) -> None:
    await ask_while_unreachable(bot)
    chat_data = bot.application.chat_data[ALICE["id"]]
    chat_data[OUTBOX_KEY][0]["since"] -= 25 * 60 * 60
    assert await outbox(bot).resend(bot.application.bot) == 0
    assert bot.api.messages == []
    assert outbox(bot).pending() == 0


async def test_kept_answers_survive_a_crash(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    first = await start_harness(settings, knowledge, api)
    tried = await ask_while_unreachable(first)
    # Written at once, not at the next periodic save or at shutdown: the first bot is never
    # shut down before the second one reads the file.
    saved = settings.data_dir / PERSISTENCE_FILE
    async with asyncio.timeout(5):
        while not saved.exists():
            await asyncio.sleep(0.01)

    second = build_application(settings, knowledge, request=api)
    await second.initialize()  # reads it back
    try:
        api.clear()
        assert await Outbox(second).resend(second.bot) == 1
        assert api.messages == [tried]
    finally:
        await second.shutdown()
        await first.application.shutdown()


async def test_only_answers_are_kept(bot: BotHarness) -> None:
    keep = outbox(bot).keep
    assert keep("answerCallbackQuery", {"callback_query_id": "1"}) is False
    assert keep("sendMessage", {"chat_id": "@channel", "text": "x"}) is False
    assert outbox(bot).pending() == 0
