"""Groups: answer on a mention, a reply to the bot or a command; stay silent otherwise;
administrators switch on answering every question with /settings."""

from __future__ import annotations

from typing import Any

import pytest

from bot.settings import Settings
from handlers.groups import ANSWER_ALL_KEY, looks_like_question
from handlers.library import LIBRARY_KEY
from knowledge import KnowledgeBase
from tests.conftest import (
    ALICE,
    BORIS,
    GROUP,
    BotHarness,
    OfflineBotApi,
    assert_telegram_html,
    start_harness,
)
from tests.test_handlers_private import buttons

QUESTION = "When was the chapter published?"


def spy_on_strictness(bot: BotHarness, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record the ``strict`` flag of every matcher decision."""
    matcher = bot.bot_data[LIBRARY_KEY].matcher
    decide = matcher.decide
    seen: list[bool] = []

    def spy(question: str, language: str | None = None, *, strict: bool = False) -> Any:
        seen.append(strict)
        return decide(question, language, strict=strict)

    monkeypatch.setattr(matcher, "decide", spy)
    return seen


def make_admin(bot: BotHarness, user: dict[str, Any], status: str = "administrator") -> None:
    bot.api.member_status[(GROUP["id"], user["id"])] = status


async def test_a_mention_is_answered_as_a_reply_with_the_strict_threshold(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    strictness = spy_on_strictness(bot, monkeypatch)
    update = bot.updates.group(f"@chapter_test_bot {QUESTION}")
    await bot.process(update)
    [sent] = bot.api.messages
    assert sent["chat_id"] == GROUP["id"]
    assert sent["reply_parameters"]["message_id"] == update.effective_message.message_id
    assert "11 April 2013" in sent["text"]
    assert_telegram_html(sent["text"])
    assert strictness == [True]


async def test_a_mention_anywhere_in_the_message_and_in_any_case(bot: BotHarness) -> None:
    await bot.process(bot.updates.group(f"{QUESTION} @Chapter_Test_Bot", BORIS))
    assert "11 April 2013" in bot.api.texts[0]


async def test_a_reply_to_the_bot_is_answered(bot: BotHarness) -> None:
    earlier = bot.updates.bot_message()
    await bot.process(bot.updates.group(QUESTION, reply_to=earlier))
    [sent] = bot.api.messages
    assert "11 April 2013" in sent["text"]
    assert "reply_parameters" in sent


@pytest.mark.parametrize("command", ["/ask", "/ask@chapter_test_bot"], ids=["bare", "addressed"])
async def test_ask_commands_are_answered(bot: BotHarness, command: str) -> None:
    await bot.process(bot.updates.group(f"{command} {QUESTION}"))
    [sent] = bot.api.messages
    assert "11 April 2013" in sent["text"]
    assert "reply_parameters" in sent


@pytest.mark.parametrize(
    "text",
    [
        QUESTION,  # not addressed
        f"/ask@another_bot {QUESTION}",  # a command for another bot
        f"@another_bot {QUESTION}",  # someone else mentioned
        "@chapter_test_bot hello!",  # chit-chat is not answered in groups
        "@chapter_test_bot thanks",
    ],
)
async def test_silence_otherwise(bot: BotHarness, text: str) -> None:
    await bot.process(bot.updates.group(text))
    assert bot.api.calls == []


async def test_a_reply_to_someone_else_is_left_alone(bot: BotHarness) -> None:
    other = bot.updates.message_dict("hi", BORIS, GROUP)
    await bot.process(bot.updates.group(QUESTION, reply_to=other))
    assert bot.api.calls == []


async def test_settings_for_an_administrator(bot: BotHarness) -> None:
    make_admin(bot, ALICE)
    await bot.process(bot.updates.group("/settings"))
    [state] = bot.api.messages
    assert state["text"].startswith("<b>Group settings</b>\nI answer only when mentioned")
    assert buttons(state) == [("Answer every question about the chapter", "cfg:on")]
    assert bot.api.of("getChatMember") == [{"chat_id": GROUP["id"], "user_id": ALICE["id"]}]

    bot.api.clear()
    await bot.press("cfg:on", chat=GROUP)
    [toast] = bot.api.of("answerCallbackQuery")
    assert "text" not in toast
    assert bot.api.texts == ["Done: I will answer every question about the chapter in this group."]
    assert bot.application.chat_data[GROUP["id"]][ANSWER_ALL_KEY] is True

    # Now an unaddressed question is answered, still with the strict threshold ...
    bot.api.clear()
    await bot.process(bot.updates.group(QUESTION, BORIS))
    assert "11 April 2013" in bot.api.texts[0]
    # ... but not a message that is no question, a decline or chit-chat.
    for text in ("I read the chapter yesterday", "Who won the 2018 World Cup?", "hi?"):
        bot.api.clear()
        await bot.process(bot.updates.group(text, BORIS))
        assert bot.api.messages == [], text

    bot.api.clear()
    await bot.process(bot.updates.group("/settings off"))
    assert bot.api.texts == ["Done: I will answer only when addressed."]
    bot.api.clear()
    await bot.process(bot.updates.group(QUESTION, BORIS))
    assert bot.api.messages == []


async def test_settings_in_russian_for_the_owner(bot: BotHarness) -> None:
    make_admin(bot, BORIS, "creator")
    await bot.process(bot.updates.group("/settings@chapter_test_bot on", BORIS))
    assert bot.api.texts == ["Готово: в этой группе я отвечаю на все вопросы о главе."]
    bot.api.clear()
    await bot.process(bot.updates.group("/settings", BORIS))
    [state] = bot.api.messages
    assert state["text"].startswith("<b>Настройки группы</b>\nЯ отвечаю на все сообщения")
    assert buttons(state) == [("Отвечать только на обращения", "cfg:off")]


async def test_an_anonymous_administrator_writes_as_the_group(bot: BotHarness) -> None:
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    await bot.process(bot.updates.group("/settings on", anonymous, sender_chat=GROUP))
    assert bot.api.of("getChatMember") == []
    assert bot.application.chat_data[GROUP["id"]][ANSWER_ALL_KEY] is True


async def test_a_non_admin_cannot_change_settings(bot: BotHarness) -> None:
    await bot.process(bot.updates.group("/settings on", BORIS))
    assert bot.api.texts == ["Менять мои настройки могут только администраторы группы."]
    bot.api.clear()
    await bot.press("cfg:on", ALICE, chat=GROUP)
    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == "Only the group's administrators can change my settings."
    assert toast["show_alert"] is True
    assert bot.api.messages == []
    assert not bot.application.chat_data.get(GROUP["id"], {}).get(ANSWER_ALL_KEY)


async def test_a_failed_admin_check_means_no(bot: BotHarness) -> None:
    make_admin(bot, ALICE)
    bot.api.failing["getChatMember"] = "Bad Request: member not found"
    await bot.process(bot.updates.group("/settings on"))
    assert bot.api.texts == ["Only the group's administrators can change my settings."]


async def test_the_group_setting_survives_a_restart(
    settings: Settings, knowledge: KnowledgeBase
) -> None:
    first = await start_harness(settings, knowledge, OfflineBotApi())
    make_admin(first, ALICE)
    await first.process(first.updates.group("/settings on"))
    await first.application.shutdown()

    second = await start_harness(settings, knowledge, OfflineBotApi())
    try:
        await second.process(second.updates.group(QUESTION, BORIS))
        assert "11 April 2013" in second.api.texts[0]
    finally:
        await second.application.shutdown()
    assert first.errors == second.errors == []


def test_what_looks_like_a_question() -> None:
    assert looks_like_question("When was it published")
    assert looks_like_question("Когда опубликована глава")
    assert looks_like_question("the festival?")
    assert not looks_like_question("I read the chapter")
    assert not looks_like_question("")
