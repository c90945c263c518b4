"""👍 / 👎 under private answers: where the buttons appear, the votes they record, the toasts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.questionlog import BOT_DATA_KEY, FactVotes, QuestionLog, QuestionStore
from handlers.feedback import THANKS, VOTE_PATTERN, feedback_row
from handlers.keyboards import MAX_DATA_BYTES
from handlers.texts import texts_for
from tests.conftest import ALICE, BORIS, BOT_USERNAME, CAROL, BotHarness


@pytest.fixture
async def question_log(bot: BotHarness) -> AsyncIterator[QuestionLog]:
    """The bot's question log, closed at the end (the harness does not run post_shutdown)."""
    log = bot.bot_data[BOT_DATA_KEY]
    assert isinstance(log, QuestionLog)
    yield log
    await log.close()


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


def votes_data(message: dict[str, Any]) -> list[str]:
    return [data for _, data in buttons(message) if data.startswith("v:")]


async def votes(log: QuestionLog) -> set[tuple[str, int, int]]:
    await log.flush()
    store = QuestionStore.in_directory(log.directory)
    found: list[FactVotes] = store.votes() if store else []
    return {(v.fact_id, v.up, v.down) for v in found}


async def test_a_private_answer_carries_thumbs_up_and_down_on_its_fact(bot: BotHarness) -> None:
    await bot.private("When was the chapter published?")
    [sent] = bot.api.messages

    markup = sent["reply_markup"]["inline_keyboard"]
    assert [(b["text"], b["callback_data"]) for b in markup[-1]] == [
        ("👍", "v:+:publication-date"),
        ("👎", "v:-:publication-date"),
    ]


async def test_no_feedback_under_suggestions_declines_or_group_answers(bot: BotHarness) -> None:
    await bot.private("What is the weather in Paris?")  # declined
    await bot.private("in what year was slavyanski bazaar founded")  # a suggestion
    await bot.process(bot.updates.group(f"@{BOT_USERNAME} When was the chapter published?"))

    decline, suggestion, group_answer = bot.api.messages
    assert votes_data(decline) == votes_data(suggestion) == []
    assert all(data.startswith("f:") for _, data in buttons(suggestion))
    assert buttons(suggestion)
    assert group_answer["text"].startswith("The chapter was published")
    assert votes_data(group_answer) == []


def test_callback_data_fits_telegram_for_the_longest_fact_id() -> None:
    longest = "a" * 40  # the loader's limit on fact ids
    for button in feedback_row(longest):
        data = button.callback_data
        assert isinstance(data, str)
        assert len(data.encode()) <= MAX_DATA_BYTES
        assert VOTE_PATTERN.match(data)


async def test_a_vote_is_recorded_and_thanked_in_the_users_language(
    bot: BotHarness, question_log: QuestionLog
) -> None:
    await bot.press("v:+:publication-date", ALICE)
    await bot.press("v:-:slavianski-bazaar", BORIS)

    toasts = [call["text"] for call in bot.api.of("answerCallbackQuery")]
    assert toasts == [THANKS["en"]["+"], THANKS["ru"]["-"]]
    assert bot.api.messages == []  # a toast, nothing sent to the chat
    assert await votes(question_log) == {("publication-date", 1, 0), ("slavianski-bazaar", 0, 1)}


async def test_one_vote_per_user_per_answer_a_second_press_changes_it(
    bot: BotHarness, question_log: QuestionLog
) -> None:
    await bot.press("v:+:publication-date", ALICE)
    await bot.press("v:+:publication-date", ALICE)
    assert await votes(question_log) == {("publication-date", 1, 0)}

    await bot.press("v:-:publication-date", ALICE)
    assert await votes(question_log) == {("publication-date", 0, 1)}

    await bot.press("v:+:publication-date", CAROL)
    assert await votes(question_log) == {("publication-date", 1, 1)}
    assert len(bot.api.of("answerCallbackQuery")) == 4  # every press acknowledged


async def test_the_buttons_under_a_real_answer_record_a_vote(
    bot: BotHarness, question_log: QuestionLog
) -> None:
    await bot.private("What is the Slavyanski Bazaar festival?")
    [sent] = bot.api.messages
    down = next(data for label, data in buttons(sent) if label == "👎")

    await bot.press(down)
    assert await votes(question_log) == {("slavianski-bazaar", 0, 1)}


@pytest.mark.parametrize("data", ["v:+:no-such-fact", "v:-:" + "a" * 40])
async def test_a_vote_on_a_fact_no_longer_in_the_base_gets_a_toast_and_is_not_kept(
    bot: BotHarness, question_log: QuestionLog, data: str
) -> None:
    await bot.press(data)

    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == texts_for("en").stale_button
    assert await votes(question_log) == set()


@pytest.mark.parametrize("data", ["v:x:publication-date", "v:+:", "v:+:UPPER", "v", ""])
async def test_malformed_vote_data_gets_the_stale_button_toast(
    bot: BotHarness, question_log: QuestionLog, data: str
) -> None:
    await bot.press(data)

    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == texts_for("en").stale_button
    assert await votes(question_log) == set()
