"""Every user path of the Telegram bot once end to end, in English and in Russian.

The real ``chapterbot run`` process long-polls the fake Bot API; the test plays the users and
reads what Telegram would show them. Expected wording comes from the bot's own tables
(``handlers.texts``, ``knowledge.messages``) and the shipped fact base, so these tests check
the paths and the protocol, not the copywriting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from handlers.texts import texts_for
from knowledge import load_knowledge
from knowledge.decision import DeclineReason
from knowledge.messages import DECLINE, DID_YOU_MEAN
from knowledge.models import Fact
from tests.botapi import BotApiServer, Chat, DeliveredMessage, User, parse_html

from .harness import (
    BotProcess,
    assert_no_unexpected_failures,
    assert_valid_html,
    settle,
    user,
)

pytestmark = pytest.mark.e2e

KNOWLEDGE = load_knowledge()


def fact_by_id(fact_id: str) -> Fact:
    fact = KNOWLEDGE.get(fact_id)
    assert fact is not None, f"no fact {fact_id!r} in the shipped knowledge"
    return fact


@dataclass(frozen=True)
class Language:
    """What a user of one language types, and the facts their questions are about."""

    code: str
    question: str  # answered with one fact
    question_fact: str
    other_question: str  # answered, about another fact
    other_fact: str
    off_topic: str  # declined
    weak_question: str  # related to the chapter but not matched surely: a suggestion
    inline_query: str
    inline_fact: str


ENGLISH = Language(
    code="en",
    question="When was the chapter published?",
    question_fact="publication-date",
    other_question="What is the Slavyanski Bazaar festival?",
    other_fact="slavianski-bazaar",
    off_topic="What is the weather in Paris?",
    weak_question="in what year was slavyanski bazaar founded",
    inline_query="Slavyanski Bazaar",
    inline_fact="slavianski-bazaar",
)
RUSSIAN = Language(
    code="ru",
    question="Когда опубликована глава?",
    question_fact="publication-date",
    other_question="Что такое фестиваль «Славянский базар»?",
    other_fact="slavianski-bazaar",
    off_topic="Какая погода в Париже?",
    weak_question="в каком месяце проходит славянский базар",
    inline_query="Славянский базар",
    inline_fact="slavianski-bazaar",
)
LANGUAGES = pytest.mark.parametrize("lang", [ENGLISH, RUSSIAN], ids=["en", "ru"])


def visible(template: str) -> str:
    """The text a user sees for one of the bot's HTML strings (no placeholders in it)."""
    return parse_html(template)[0]


def buttons(message: DeliveredMessage) -> list[tuple[str, str]]:
    """(label, callback data) of every inline button under `message`."""
    markup = message.reply_markup or {"inline_keyboard": []}
    return [
        (button["text"], button.get("callback_data", ""))
        for row in markup["inline_keyboard"]
        for button in row
    ]


def entity_types(message: DeliveredMessage) -> set[str]:
    return {entity["type"] for entity in message.entities}


def reader(number: int, lang: Language, name: str | None = None) -> User:
    """A user whose Telegram is in `lang` (commands and buttons follow it)."""
    return user(number if lang.code == "en" else number + 500, language=lang.code, name=name)


def group_of(number: int, lang: Language) -> Chat:
    return Chat(id=-1_001_000_000_000 - number - (500 if lang.code == "ru" else 0), title="Readers")


async def press(
    server: BotApiServer, bot: BotProcess, who: User, message: DeliveredMessage, data: str
) -> tuple[dict[str, Any], list[DeliveredMessage]]:
    """Press the button with `data` under `message`; return the toast and the new message(s)."""
    before = {sent.message_id for sent in server.delivered_messages(message.chat_id)}

    def new() -> list[DeliveredMessage]:
        sent = server.delivered_messages(message.chat_id)
        return [m for m in sent if m.message_id not in before]

    update = server.enqueue_callback_query(who, message.message, data)
    query_id = update["callback_query"]["id"]
    await bot.guard(
        server.wait_until(
            lambda: query_id in server.callback_answers and bool(new()),
            what=f"the toast and the message of button {data!r}",
        )
    )
    return server.callback_answers[query_id], new()


async def assert_silent(server: BotApiServer, bot: BotProcess, update: dict[str, Any]) -> None:
    """Prove the bot left `update` unanswered, without sleeping (see `settle`)."""
    await settle(server, bot)
    assert server.messages_after(update) == [], "the bot answered"


@pytest.fixture(autouse=True)
def no_refused_calls(server: BotApiServer) -> Any:
    """After each scenario: Telegram accepted every call (valid HTML, known chats, ...)."""
    yield
    assert_no_unexpected_failures(server)
    for message in server.delivered_messages():
        assert_valid_html(message)


# ---------------------------------------------------------------------- private chat


@LANGUAGES
async def test_start_greets_in_the_users_language_with_example_buttons(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    texts = texts_for(lang.code)
    who = reader(1, lang, name="Ада")
    update = server.enqueue_private_message(who, "/start")
    greeting, examples = await bot.guard(server.wait_for_reply(update, count=2))
    assert greeting.text.startswith(texts.start.split("{", 1)[0] + "Ада")
    assert examples.text == visible(texts.examples_lead)
    assert buttons(examples) == [(q, f"ex:{i}") for i, q in enumerate(texts.examples)]
    # An example button asks its question.
    toast, [answer] = await press(server, bot, who, examples, "ex:0")
    assert "text" not in toast
    assert answer.text.startswith(fact_by_id("publication-date").text[lang.code])
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
async def test_private_question_is_answered_with_a_citation_and_buttons(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    texts = texts_for(lang.code)
    fact = fact_by_id(lang.question_fact)
    who = reader(2, lang)
    update = server.enqueue_private_message(who, lang.question)
    [answer] = await bot.guard(server.wait_for_reply(update))
    assert answer.parse_mode == "HTML"
    assert answer.text.startswith(fact.text[lang.code])
    assert fact.quote in answer.text  # the chapter's words, verbatim
    assert "blockquote" in entity_types(answer)
    labels = buttons(answer)
    assert labels[0] == (texts.button_source, f"src:{fact.id}")
    for related_id in fact.related:
        assert f"f:{related_id}" in [data for _, data in labels]

    # Source: the whole paragraph, the quoted words in bold.
    toast, [source] = await press(server, bot, who, answer, f"src:{fact.id}")
    assert "text" not in toast
    assert fact.quote in source.text and "bold" in entity_types(source)
    # Related: that fact, cited, with its own buttons.
    related = fact_by_id(fact.related[0])
    _, [shown] = await press(server, bot, who, answer, f"f:{related.id}")
    assert shown.text.startswith(related.text[lang.code]) and buttons(shown)
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
async def test_weak_match_offers_suggestions_and_a_suggestion_button_answers(
    server: BotApiServer, make_bot: Callable[..., BotProcess], lang: Language
) -> None:
    # Where suggestions start depends on the matcher's tuning, which changes; the thresholds
    # (documented settings) pin this question between "suggest" and "answer".
    bot = make_bot(CHAPTERBOT_ANSWER_THRESHOLD="100", CHAPTERBOT_SUGGEST_THRESHOLD="1")
    await bot.start()
    who = reader(3, lang)
    update = server.enqueue_private_message(who, lang.weak_question)
    [suggestion] = await bot.guard(server.wait_for_reply(update))
    assert suggestion.text.startswith(DID_YOU_MEAN[lang.code])
    offered = buttons(suggestion)
    assert offered and all(data.startswith("f:") for _, data in offered)
    fact = fact_by_id(offered[0][1].removeprefix("f:"))
    _, [answer] = await press(server, bot, who, suggestion, offered[0][1])
    assert answer.text.startswith(fact.text[lang.code])
    assert fact.quote in answer.text
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
async def test_question_outside_the_chapter_is_declined(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    update = server.enqueue_private_message(reader(4, lang), lang.off_topic)
    [decline] = await bot.guard(server.wait_for_reply(update))
    assert decline.text.startswith(DECLINE[DeclineReason.OUT_OF_SCOPE][lang.code])
    assert "blockquote" not in entity_types(decline)  # nothing is cited
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
async def test_topics_offer_a_button_per_topic_listing_its_facts(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    texts = texts_for(lang.code)
    who = reader(5, lang)
    update = server.enqueue_private_message(who, "/topics")
    [topics] = await bot.guard(server.wait_for_reply(update))
    assert topics.text == visible(texts.topics_lead)
    offered = buttons(topics)
    expected = [t for t in KNOWLEDGE.topics() if KNOWLEDGE.facts_in_topic(t)]
    assert [data for _, data in offered] == [f"t:{topic}" for topic in expected]
    topic = expected[0]
    label = KNOWLEDGE.topics()[topic][lang.code]
    assert offered[0][0].startswith(label)

    _, [listing] = await press(server, bot, who, topics, f"t:{topic}")
    assert listing.text.startswith(label)
    assert [data for _, data in buttons(listing)] == [
        f"f:{fact.id}" for fact in KNOWLEDGE.facts_in_topic(topic)
    ]
    bot.assert_log_clean(allow_errors=False)


# ---------------------------------------------------------------------- inline mode


@LANGUAGES
async def test_inline_query_offers_cited_facts(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    update = server.enqueue_inline_query(reader(6, lang), lang.inline_query)
    query_id = update["inline_query"]["id"]
    await bot.guard(
        server.wait_until(lambda: query_id in server.inline_answers, what="answerInlineQuery")
    )
    results = server.inline_answers[query_id]["results"]
    assert 1 <= len(results) <= 10
    assert lang.inline_fact in [result["id"] for result in results]
    chosen = next(result for result in results if result["id"] == lang.inline_fact)
    fact = fact_by_id(lang.inline_fact)
    content = chosen["input_message_content"]
    assert content.get("parse_mode") == "HTML"
    text, entities = parse_html(content["message_text"], strict_ampersand=True)
    assert text.startswith(fact.text[lang.code]) and fact.quote in text
    assert "blockquote" in {entity["type"] for entity in entities}
    bot.assert_log_clean(allow_errors=False)


# ---------------------------------------------------------------------- groups


@LANGUAGES
async def test_group_mention_is_answered_as_a_reply_and_a_reply_to_the_bot_too(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    group, who = group_of(1, lang), reader(7, lang)
    mention = server.enqueue_group_message(group, who, f"@{server.username} {lang.question}")
    [answer] = await bot.guard(server.wait_for_reply(mention))
    assert answer.text.startswith(fact_by_id(lang.question_fact).text[lang.code])
    assert answer.message["reply_to_message"]["message_id"] == mention["message"]["message_id"]

    # Someone replies to the bot's answer with another question: answered, without a mention.
    reply = server.enqueue_reply_to_bot(None, reader(8, lang), lang.other_question, answer.message)
    [second] = await bot.guard(server.wait_for_reply(reply))
    assert second.text.startswith(fact_by_id(lang.other_fact).text[lang.code])
    assert second.message["reply_to_message"]["message_id"] == reply["message"]["message_id"]
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
async def test_ask_addressed_to_the_bot_is_answered_in_a_group(
    server: BotApiServer, bot: BotProcess, lang: Language
) -> None:
    group = group_of(2, lang)
    update = server.enqueue_group_message(
        group, reader(9, lang), f"/ask@{server.username} {lang.question}"
    )
    [answer] = await bot.guard(server.wait_for_reply(update))
    assert answer.text.startswith(fact_by_id(lang.question_fact).text[lang.code])
    assert answer.message["reply_to_message"]["message_id"] == update["message"]["message_id"]
    bot.assert_log_clean(allow_errors=False)


@LANGUAGES
@pytest.mark.parametrize(
    "kind", ["plain question", "command for another bot", "mention of someone else", "photo"]
)
async def test_group_is_otherwise_left_alone(
    server: BotApiServer, bot: BotProcess, lang: Language, kind: str
) -> None:
    group, who = group_of(3, lang), reader(10, lang)
    if kind == "photo":
        update = server.enqueue_non_text(who, "photo", chat=group, caption=lang.question)
    else:
        text = {
            "plain question": lang.question,
            "command for another bot": f"/ask@some_other_bot {lang.question}",
            "mention of someone else": f"@someone_else {lang.question}",
        }[kind]
        update = server.enqueue_group_message(group, who, text)
    await assert_silent(server, bot, update)
    bot.assert_log_clean(allow_errors=False)
