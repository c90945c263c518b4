"""The incoming per-user limit: told once, then ignored until the window passes."""

from __future__ import annotations

import dataclasses

from bot.settings import Settings
from handlers.ratelimit import LIMITER_KEY, PRUNE_AT, QuestionLimiter, Verdict
from knowledge import KnowledgeBase
from tests.conftest import ALICE, BORIS, GROUP, BotHarness, OfflineBotApi, start_harness

NOTICE = "You are asking faster than I can answer. I will read your questions again in a minute."


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_window_allows_the_limit_then_warns_once_then_drops() -> None:
    clock = Clock()
    limiter = QuestionLimiter(limit=20, period=60, clock=clock)
    assert [limiter.check(1) for _ in range(20)] == [Verdict.ALLOW] * 20
    assert limiter.check(1) is Verdict.WARN
    assert [limiter.check(1) for _ in range(100)] == [Verdict.DROP] * 100
    assert limiter.check(2) is Verdict.ALLOW  # other users are unaffected
    clock.now += 59.9
    assert limiter.check(1) is Verdict.DROP
    clock.now += 0.1
    assert limiter.check(1) is Verdict.ALLOW  # the window passed: a fresh start


def test_memory_stays_bounded() -> None:
    clock = Clock()
    limiter = QuestionLimiter(limit=1, period=60, clock=clock)
    for user in range(PRUNE_AT):
        limiter.check(user)
    clock.now += 61
    limiter.check(-1)
    assert len(limiter._windows) == 1


def limit_bot(bot: BotHarness, limit: int) -> Clock:
    clock = Clock()
    bot.bot_data[LIMITER_KEY] = QuestionLimiter(limit=limit, period=60, clock=clock)
    return clock


async def test_a_flooder_is_told_once_and_others_still_get_answers(bot: BotHarness) -> None:
    clock = limit_bot(bot, 3)
    for _ in range(10):
        await bot.private("When was the chapter published?")
    alice = [m["text"] for m in bot.api.messages if m["chat_id"] == ALICE["id"]]
    assert len(alice) == 4
    assert all("11 April 2013" in text for text in alice[:3])
    assert alice[3] == NOTICE

    await bot.private("Когда опубликована глава?", BORIS)
    assert "11 апреля 2013" in bot.api.texts[-1]

    # Buttons and commands count too, and say nothing while the window lasts ...
    bot.api.clear()
    await bot.press("f:publication-date")
    await bot.private("/help")
    assert bot.api.messages == []
    [silent] = bot.api.of("answerCallbackQuery")  # only stops the button's spinner
    assert "text" not in silent

    # ... until it passes.
    clock.now += 60
    await bot.private("When was the chapter published?")
    assert "11 April 2013" in bot.api.texts[-1]


async def test_the_limit_is_a_setting(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    settings = dataclasses.replace(settings, questions_per_minute=2)
    bot = await start_harness(settings, knowledge, api)
    try:
        for _ in range(4):
            await bot.private("When was the chapter published?")
    finally:
        await bot.application.shutdown()
    answers, notice = api.texts[:2], api.texts[2:]
    assert all("11 April 2013" in text for text in answers)
    assert notice == [NOTICE]


async def test_a_button_over_the_limit_gets_the_notice_as_an_alert(bot: BotHarness) -> None:
    limit_bot(bot, 1)
    await bot.private("/help")
    bot.api.clear()
    await bot.press("f:publication-date")
    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == NOTICE and toast["show_alert"] is True
    assert bot.api.messages == []


async def test_in_groups_only_messages_for_the_bot_count(bot: BotHarness) -> None:
    limit_bot(bot, 2)
    for _ in range(10):
        await bot.process(bot.updates.group("Just chatting about the weather"))
        await bot.process(bot.updates.group("/ask@another_bot When was it published?"))
    await bot.process(bot.updates.group("@chapter_test_bot When was the chapter published?"))
    await bot.process(bot.updates.group("/ask When was the chapter published?"))
    await bot.process(bot.updates.group("/ask When was the chapter published?"))
    texts = bot.api.texts
    assert len(texts) == 3
    assert "11 April 2013" in texts[0] and "11 April 2013" in texts[1]
    assert texts[2] == NOTICE
    assert bot.api.messages[2]["chat_id"] == GROUP["id"]


async def test_inline_queries_are_not_counted(bot: BotHarness) -> None:
    limit_bot(bot, 1)
    for query in ("s", "sl", "sla", "slav"):
        await bot.process(bot.updates.inline(query))
    assert len(bot.api.of("answerInlineQuery")) == 4
    await bot.private("When was the chapter published?")
    assert "11 April 2013" in bot.api.texts[0]
