"""The buttons: Source, Related, topics, examples; stale, forged and chat-less data."""

from __future__ import annotations

import pytest

from handlers.keyboards import MAX_DATA_BYTES, callback_data, label
from knowledge import KnowledgeBase
from tests.conftest import BORIS, GROUP, BotHarness, assert_telegram_html
from tests.test_handlers_private import buttons


async def test_source_shows_the_whole_paragraph_with_the_quote_in_bold(
    bot: BotHarness, knowledge: KnowledgeBase
) -> None:
    fact = knowledge.get("visa-lobbying-outcome")
    assert fact is not None
    await bot.press("src:visa-lobbying-outcome")
    assert bot.api.of("answerCallbackQuery") == [{"callback_query_id": "1"}]
    [sent] = bot.api.messages
    assert_telegram_html(sent["text"])
    assert sent["text"].startswith("<b>Paragraph 4 of the chapter</b>")
    assert len(fact.quotes) == 2
    for quote in fact.quotes:
        assert f"<b>{quote}</b>" in sent["text"]
    # The whole paragraph, not only the quote.
    assert "The best theatre companies and orchestras are involved" in sent["text"]
    assert "<i>Compendium of Cultural Policies" in sent["text"]


async def test_source_header_follows_the_users_language(bot: BotHarness) -> None:
    await bot.press("src:ifescco-cis-forums", BORIS)
    assert bot.api.texts[0].startswith("<b>Абзац 6 главы</b>")
    assert "опубликовано 11 апреля 2013 г." in bot.api.texts[0]


async def test_related_button_shows_that_fact(bot: BotHarness, knowledge: KnowledgeBase) -> None:
    await bot.private("Were the visa barriers removed?")
    related = [data for _, data in buttons(bot.api.messages[0]) if data.startswith("f:")]
    assert related
    bot.api.clear()
    await bot.press(related[0])
    fact = knowledge.get(related[0].removeprefix("f:"))
    assert fact is not None
    assert bot.api.texts[0].startswith(fact.text["en"])


@pytest.mark.parametrize(
    "data",
    [
        "f:no-such-fact",  # a fact renamed or removed since the button was sent
        "src:no-such-fact",
        "t:no-such-topic",
        "ex:7",
        "f:UPPER",  # malformed
        "lang:fr",
        "cfg:maybe",
        "garbage",
        "",
        "x" * 64,
        "f:" + "a" * 200,  # oversized: Telegram would never send it, a forger might
        "src:../../etc/passwd",
    ],
)
async def test_stale_or_forged_data_gets_a_toast(bot: BotHarness, data: str) -> None:
    await bot.press(data)
    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == "This button no longer works. Ask again or see /topics."
    assert bot.api.messages == []


async def test_stale_toast_in_russian(bot: BotHarness) -> None:
    await bot.press("f:gone", BORIS)
    assert bot.api.of("answerCallbackQuery")[0]["text"].startswith("Эта кнопка больше не работает")


async def test_buttons_under_inline_messages_send_users_to_the_chat(bot: BotHarness) -> None:
    await bot.press("f:publication-date", inline_message=True)
    [toast] = bot.api.of("answerCallbackQuery")
    assert toast["text"] == "Open the chat with me to use this button."
    assert bot.api.messages == []


async def test_buttons_in_groups_answer_in_the_group(bot: BotHarness) -> None:
    await bot.press("f:publication-date", chat=GROUP)
    [sent] = bot.api.messages
    assert sent["chat_id"] == GROUP["id"]
    assert "reply_parameters" not in sent


def test_every_callback_datum_fits_in_64_bytes(knowledge: KnowledgeBase) -> None:
    for fact in knowledge:
        assert len(callback_data("src", fact.id).encode()) <= MAX_DATA_BYTES
    for topic in knowledge.topics():
        assert len(callback_data("t", topic).encode()) <= MAX_DATA_BYTES
    with pytest.raises(ValueError, match="over 64 bytes"):
        callback_data("f", "x" * 63)


def test_labels_are_cut_at_a_word() -> None:
    assert label("short one") == "short one"
    cut = label("word " * 30)
    assert len(cut) <= 60 and cut.endswith("word…")
    assert label("line\nbreaks\tand  spaces") == "line breaks and spaces"
