"""Every command in English and Russian, /start deep links, and /lang remembered."""

from __future__ import annotations

from typing import Any

import pytest

from bot.settings import Settings
from handlers.language import LANGUAGE_KEY
from knowledge import KnowledgeBase
from tests.conftest import (
    ALICE,
    BORIS,
    CAROL,
    BotHarness,
    OfflineBotApi,
    assert_telegram_html,
    start_harness,
)
from tests.test_handlers_private import buttons

BOTH = pytest.mark.parametrize(
    ("user", "language"), [(ALICE, "en"), (BORIS, "ru")], ids=["en", "ru"]
)


def replies(bot: BotHarness) -> list[str]:
    for text in bot.api.texts:
        assert_telegram_html(text)
    return bot.api.texts


@BOTH
async def test_start_greets_with_three_example_buttons(
    bot: BotHarness, user: dict[str, Any], language: str
) -> None:
    await bot.private("/start", user)
    greeting, examples = replies(bot)
    expected = {
        "en": f"Hello, {user['first_name']}! I answer questions about one chapter",
        "ru": f"Здравствуйте, {user['first_name']}! Я отвечаю на вопросы об одной главе",
    }
    assert greeting.startswith(expected[language])
    assert examples == ("Try one of these:" if language == "en" else "Попробуйте один из вопросов:")
    assert "@chapter_test_bot" in greeting
    assert ("11 April 2013" if language == "en" else "11 апреля 2013 г.") in greeting
    labels = buttons(bot.api.messages[1])
    assert [data for _, data in labels] == ["ex:0", "ex:1", "ex:2"]

    # Pressing an example answers it, with the answer's own buttons.
    for index in range(3):
        bot.api.clear()
        await bot.press(f"ex:{index}", user)
        [answer] = bot.api.messages
        assert "<blockquote>" in answer["text"], labels[index]
        assert buttons(answer)[0][1].startswith("src:")


async def test_start_escapes_the_users_name(bot: BotHarness) -> None:
    await bot.private("/start", CAROL)  # German Telegram: English replies
    assert replies(bot)[0].startswith("Hello, Carol &lt;b&gt;&amp;&lt;/b&gt;!")


async def test_start_deep_link_opens_a_fact_or_greets(bot: BotHarness) -> None:
    await bot.private("/start visa-lobbying-outcome")
    [fact] = bot.api.messages
    assert "<blockquote>" in fact["text"]
    assert buttons(fact)[0][1] == "src:visa-lobbying-outcome"
    bot.api.clear()
    await bot.private("/start inline")
    assert replies(bot)[0].startswith("Hello, Alice!")


@BOTH
async def test_help_lists_every_command(
    bot: BotHarness, user: dict[str, Any], language: str
) -> None:
    await bot.private("/help", user)
    [text] = replies(bot)
    assert text.startswith("<b>What I can do</b>" if language == "en" else "<b>Что я умею</b>")
    for command in ("/ask", "/topics", "/fact", "/random", "/source", "/lang", "/settings"):
        assert command in text


@BOTH
async def test_topics_then_a_topic_then_a_fact(
    bot: BotHarness, knowledge: KnowledgeBase, user: dict[str, Any], language: str
) -> None:
    await bot.private("/topics", user)
    [menu] = bot.api.messages
    topics = buttons(menu)
    assert [data for _, data in topics] == [f"t:{topic}" for topic in knowledge.topics()]
    assert topics[0][0] == ("About the chapter (3)" if language == "en" else "О главе (3)")

    bot.api.clear()
    await bot.press("t:unions", user)
    [listing] = bot.api.messages
    label = "Professional unions" if language == "en" else "Творческие союзы"
    assert listing["text"].startswith(f"<b>{label}</b>")
    facts = [data for _, data in buttons(listing)]
    assert facts == [f"f:{fact.id}" for fact in knowledge.facts_in_topic("unions")]

    bot.api.clear()
    await bot.press(facts[0], user)
    [fact] = bot.api.messages
    first = knowledge.facts_in_topic("unions")[0]
    assert fact["text"].startswith(first.text[language])


@BOTH
async def test_fact_by_id_by_words_and_without_argument(
    bot: BotHarness, knowledge: KnowledgeBase, user: dict[str, Any], language: str
) -> None:
    fact = knowledge.get("seventh-forum-ashgabat")
    assert fact is not None
    await bot.private("/fact seventh-forum-ashgabat", user)
    assert replies(bot)[0].startswith(fact.text[language])

    bot.api.clear()
    question = "when was the chapter published" if language == "en" else "когда опубликована глава"
    await bot.private(f"/fact {question}", user)
    assert "<blockquote>" in replies(bot)[0]

    bot.api.clear()
    await bot.private("/fact", user)
    usage = replies(bot)[0]
    assert usage.startswith("Name a fact" if language == "en" else "Укажите id факта")
    assert "/fact chapter-section" in usage


@BOTH
async def test_ask_answers_the_question_after_the_command(
    bot: BotHarness, user: dict[str, Any], language: str
) -> None:
    question = {"en": "When was the chapter published?", "ru": "Когда опубликована глава?"}
    await bot.private(f"/ask {question[language]}", user)
    [answer] = bot.api.messages
    assert ("11 April 2013" if language == "en" else "11 апреля 2013") in answer["text"]

    bot.api.clear()
    await bot.private("/ask", user)
    usage = replies(bot)[0]
    assert usage.startswith("Ask a question" if language == "en" else "Напишите вопрос")
    assert "<code>/ask " in usage


@BOTH
async def test_source_says_what_the_chapter_is(
    bot: BotHarness, knowledge: KnowledgeBase, user: dict[str, Any], language: str
) -> None:
    await bot.private("/source", user)
    [text] = replies(bot)
    pack = knowledge.packs[0].meta
    assert text.startswith("<b>The source</b>" if language == "en" else "<b>Источник</b>")
    assert pack.source_line(language) in text
    assert ("published 11 April 2013" if language == "en" else "11 апреля 2013 г.") in text
    for labels in pack.topics.values():
        assert labels[language] in text
    assert f"({len(knowledge)} " in text


@BOTH
async def test_random_shows_one_fact(
    bot: BotHarness, knowledge: KnowledgeBase, user: dict[str, Any], language: str
) -> None:
    await bot.private("/random", user)
    [sent] = bot.api.messages
    fact_id = buttons(sent)[0][1].removeprefix("src:")
    fact = knowledge.get(fact_id)
    assert fact is not None
    assert sent["text"].startswith(fact.text[language])


@BOTH
async def test_lang_switches_commands_and_answers(
    bot: BotHarness, user: dict[str, Any], language: str
) -> None:
    other = "ru" if language == "en" else "en"
    await bot.private("/lang", user)
    assert replies(bot)[0].startswith("Choose" if language == "en" else "Выберите")
    assert [data for _, data in buttons(bot.api.messages[0])] == ["lang:en", "lang:ru"]

    bot.api.clear()
    await bot.private(f"/lang {other}", user)
    assert replies(bot) == [
        "From now on I reply in English." if other == "en" else "Теперь я отвечаю по-русски."
    ]
    bot.api.clear()
    await bot.private("/help", user)
    assert replies(bot)[0].startswith("<b>What I can do" if other == "en" else "<b>Что я умею")
    # An explicit choice also wins over the question's script.
    bot.api.clear()
    await bot.private("When was the chapter published?", user)
    assert ("11 April 2013" if other == "en" else "11 апреля 2013") in replies(bot)[0]

    # And the button does the same.
    bot.api.clear()
    await bot.press(f"lang:{language}", user)
    assert bot.application.user_data[user["id"]][LANGUAGE_KEY] == language


async def test_lang_with_an_unknown_language_shows_the_choice(bot: BotHarness) -> None:
    await bot.private("/lang fr")
    assert replies(bot)[0].startswith("Choose the reply language")
    assert LANGUAGE_KEY not in bot.application.user_data.get(ALICE["id"], {})


async def test_settings_in_private_points_to_lang(bot: BotHarness) -> None:
    await bot.private("/settings", BORIS)
    assert replies(bot) == ["/settings — для групп. Здесь язык ответов выбирается командой /lang."]


async def test_lang_persists_across_a_restart(settings: Settings, knowledge: KnowledgeBase) -> None:
    first = await start_harness(settings, knowledge, OfflineBotApi())
    await first.private("/lang ru")
    await first.application.shutdown()  # flushes the persistence, as a clean stop does
    assert (settings.data_dir / "chapterbot.pickle").exists()

    second = await start_harness(settings, knowledge, OfflineBotApi())
    try:
        await second.private("/help")
        assert second.api.texts[0].startswith("<b>Что я умею</b>")
    finally:
        await second.application.shutdown()
    assert first.errors == second.errors == []
