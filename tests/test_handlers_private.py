"""Private chats: answers, suggestions, declines and hints, through process_update."""

from __future__ import annotations

import pytest

from handlers.library import LIBRARY_KEY
from knowledge.decision import Candidate, Decision, Kind
from knowledge.text import detect_language
from tests.conftest import BORIS, BotHarness, assert_telegram_html


def buttons(message: dict) -> list[tuple[str, str]]:
    """(label, callback data) of every button under a sent message."""
    markup = message.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def test_answer_cites_the_chapter_with_source_and_related_buttons(bot: BotHarness) -> None:
    await bot.private("When was the chapter published?")
    [sent] = bot.api.messages
    assert sent["chat_id"] == 101
    assert sent["parse_mode"] == "HTML"
    assert sent["text"].startswith("The chapter was published on 11 April 2013.\n<blockquote>")
    assert "“Chapter published: 11-04-2013”" in sent["text"]
    assert "<i>Compendium of Cultural Policies and Trends in Europe — Russia, 3.4.4" in sent["text"]
    assert "reply_parameters" not in sent  # private replies do not quote
    assert_telegram_html(sent["text"])
    data = [datum for _, datum in buttons(sent)]
    assert data[0] == "src:publication-date"
    assert data[1:] == [
        "f:about-the-chapter",
        "f:chapter-section",
        "v:+:publication-date",  # feedback (handlers/feedback.py)
        "v:-:publication-date",
    ]
    assert buttons(sent)[0][0] == "📖 Source"


async def test_reply_language_follows_the_question_script(bot: BotHarness) -> None:
    # Alice's Telegram is English, but she asks in Russian: the reply is Russian.
    await bot.private("Когда опубликована глава?")
    [sent] = bot.api.messages
    assert sent["text"].startswith("Глава опубликована")
    assert "опубликовано 11 апреля 2013 г." in sent["text"]
    assert buttons(sent)[0] == ("📖 Источник", "src:publication-date")


async def test_an_answer_asked_again_comes_with_the_same_text_and_buttons(
    bot: BotHarness,
) -> None:
    # Replies are rendered once and then reused: each language keeps its own.
    await bot.private("When was the chapter published?")
    await bot.private("Когда опубликована глава?")
    await bot.private("When was the chapter published?", BORIS)
    await bot.private("Когда опубликована глава?")
    english, russian, english_again, russian_again = bot.api.messages
    assert english_again["text"] == english["text"]
    assert buttons(english_again) == buttons(english)
    assert buttons(english)[0] == ("📖 Source", "src:publication-date")
    assert russian_again["text"] == russian["text"]
    assert buttons(russian_again) == buttons(russian)
    assert buttons(russian)[0] == ("📖 Источник", "src:publication-date")
    assert russian["text"].startswith("Глава опубликована")


async def test_several_facts_get_numbered_source_buttons(bot: BotHarness) -> None:
    await bot.private("What is the Slavyanski Bazaar festival?")
    [sent] = bot.api.messages
    assert sent["text"].count("<blockquote>") == 2
    assert buttons(sent)[:2] == [
        ("📖 Source 1", "src:slavianski-bazaar"),
        ("📖 Source 2", "src:slavianski-bazaar-union-state"),
    ]
    # Related never repeats a fact already in the answer.
    related = [data for _, data in buttons(sent)[2:]]
    assert "f:slavianski-bazaar" not in related
    assert len(related) == len(set(related))


def script_suggestion(bot: BotHarness, monkeypatch: pytest.MonkeyPatch, *fact_ids: str) -> None:
    """Make the matcher suggest these facts, whatever it is asked (its tuning may change)."""
    library = bot.bot_data[LIBRARY_KEY]

    def decide(question: str, language: str | None = None, *, strict: bool = False) -> Decision:
        candidates = tuple(Candidate(library.knowledge.get(i), 50.0) for i in fact_ids)
        language = language or detect_language(question)
        return Decision(Kind.SUGGEST, question, language, suggestions=candidates)

    monkeypatch.setattr(library.matcher, "decide", decide)


async def test_suggestion_offers_a_button_per_candidate(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    script_suggestion(bot, monkeypatch, "slavianski-bazaar", "forms-of-cooperation")
    await bot.private("festival?")
    [sent] = bot.api.messages
    assert sent["text"].startswith("Did you mean:\n• A long-term music and performing arts")
    assert "<i>Send /topics to see what it covers.</i>" in sent["text"]
    assert [data for _, data in buttons(sent)] == ["f:slavianski-bazaar", "f:forms-of-cooperation"]
    assert_telegram_html(sent["text"])

    # Pressing a suggestion shows that fact, with its own buttons.
    await bot.press("f:forms-of-cooperation")
    assert bot.api.of("answerCallbackQuery")[-1].get("text") is None
    shown = bot.api.messages[-1]
    assert "<blockquote>" in shown["text"]
    assert buttons(shown)[0] == ("📖 Source", "src:forms-of-cooperation")


async def test_out_of_scope_question_is_declined_without_buttons(bot: BotHarness) -> None:
    await bot.private("What is the capital of France?")
    [sent] = bot.api.messages
    assert "does not cover this" in sent["text"]
    assert "/topics" in sent["text"]
    assert "reply_markup" not in sent


async def test_chitchat_is_answered_in_private(bot: BotHarness) -> None:
    await bot.private("привет", user=BORIS)
    [sent] = bot.api.messages
    assert sent["text"].startswith("Здравствуйте!")


async def test_hostile_text_is_escaped(bot: BotHarness) -> None:
    await bot.private("<b>festival</b> & </blockquote> <i>")
    await bot.private("What is the capital of <b>France</b> & </blockquote>?")
    for text in bot.api.texts:
        assert_telegram_html(text)
        assert "<b>France" not in text


async def test_non_text_messages_get_a_hint(bot: BotHarness) -> None:
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    photo = [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}]
    voice = {"file_id": "v1", "file_unique_id": "vu1", "duration": 3}
    location = {"latitude": 55.75, "longitude": 37.62}
    await bot.private(None, sticker=sticker)
    await bot.private(None, photo=photo)
    await bot.private(None, voice=voice)
    await bot.private(None, user=BORIS, location=location)
    texts = bot.api.texts
    assert len(texts) == 4
    assert all(text.startswith("I can only read text.") for text in texts[:3])
    assert texts[3].startswith("Я понимаю только текст.")


async def test_a_text_over_the_limit_gets_a_hint(bot: BotHarness) -> None:
    await bot.private("festival " * 455)  # 4095 characters, as long as Telegram allows
    [text] = bot.api.texts
    assert "too long for a question (4095 characters; the limit is 500)" in text


async def test_unknown_command_points_to_help(bot: BotHarness) -> None:
    await bot.private("/frobnicate")
    assert bot.api.texts == ["I don't know that command. /help lists what I can do."]


async def test_service_messages_are_not_answered(bot: BotHarness) -> None:
    await bot.private(
        None, pinned_message={"message_id": 1, "date": 0, "chat": {"id": 101, "type": "private"}}
    )
    assert bot.api.messages == []
