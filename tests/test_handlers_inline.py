"""Inline mode: a browse list for an empty query, matching facts, a hint when nothing matches."""

from __future__ import annotations

from knowledge import KnowledgeBase
from tests.conftest import BORIS, BotHarness, assert_telegram_html


async def inline_answer(bot: BotHarness, query: str, **kwargs: object) -> dict:
    await bot.process(bot.updates.inline(query, **kwargs))  # type: ignore[arg-type]
    [answer] = bot.api.of("answerInlineQuery")
    return answer


async def test_empty_query_browses_a_fact_per_topic(
    bot: BotHarness, knowledge: KnowledgeBase
) -> None:
    answer = await inline_answer(bot, "")
    results = answer["results"]
    topics = [topic for topic in knowledge.topics() if knowledge.facts_in_topic(topic)]
    assert [r["id"] for r in results] == [knowledge.facts_in_topic(t)[0].id for t in topics]
    assert answer["is_personal"] is True  # in the user's language
    assert answer["cache_time"] == 300
    assert "button" not in answer


async def test_empty_query_in_russian(bot: BotHarness, knowledge: KnowledgeBase) -> None:
    answer = await inline_answer(bot, "", user=BORIS)
    first = knowledge.get(answer["results"][0]["id"])
    assert first is not None
    assert answer["results"][0]["title"].startswith(first.text["ru"][:20])


async def test_matching_facts_are_articles_with_the_cited_reply(
    bot: BotHarness, knowledge: KnowledgeBase
) -> None:
    answer = await inline_answer(bot, "slavyanski bazaar festival")
    results = answer["results"]
    assert 1 <= len(results) <= 10
    assert answer["is_personal"] is False
    ids = [result["id"] for result in results]
    assert "slavianski-bazaar" in ids[:2]
    for result in results:
        fact = knowledge.get(result["id"])
        assert fact is not None
        assert result["type"] == "article"
        assert fact.text["en"].startswith(result["title"].rstrip("…"))
        assert result["description"].rstrip("…") in fact.quote
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert content["message_text"].startswith(fact.text["en"])
        assert "<blockquote>" in content["message_text"]
        assert_telegram_html(content["message_text"])


async def test_a_russian_query_gets_russian_results(bot: BotHarness) -> None:
    answer = await inline_answer(bot, "визовые барьеры")
    first = answer["results"][0]["input_message_content"]["message_text"]
    assert "опубликовано 11 апреля 2013 г." in first


async def test_no_match_gives_a_hint_and_a_button_to_the_private_chat(bot: BotHarness) -> None:
    answer = await inline_answer(bot, "<b>qwzx</b> & </blockquote>")
    [hint] = answer["results"]
    assert hint["title"] == "Nothing in the chapter matches"
    message = hint["input_message_content"]["message_text"]
    assert_telegram_html(message)
    assert "&lt;b&gt;qwzx&lt;/b&gt; &amp; &lt;/blockquote&gt;" in message
    assert answer["button"] == {"text": "Ask the bot in private", "start_parameter": "inline"}


async def test_inline_results_never_exceed_ten(bot: BotHarness) -> None:
    answer = await inline_answer(bot, "cis")
    assert len(answer["results"]) <= 10


async def test_russian_typed_on_the_english_layout_gets_russian_results(bot: BotHarness) -> None:
    answer = await inline_answer(bot, "dbpjdst ,fhmths")  # "визовые барьеры"
    ids = [result["id"] for result in answer["results"]]
    assert "visa-barriers-lobbying" in ids[:2]
    first = answer["results"][0]["input_message_content"]["message_text"]
    assert "опубликовано 11 апреля 2013 г." in first


async def test_english_typed_on_the_russian_layout_gets_english_results(
    bot: BotHarness, knowledge: KnowledgeBase
) -> None:
    answer = await inline_answer(bot, "шауыссщ ащкгьы")  # "ifescco forums"
    ids = [result["id"] for result in answer["results"]]
    assert "ifescco-cis-forums" in ids[:2]
    fact = knowledge.get(ids[0])
    assert fact is not None
    assert answer["results"][0]["input_message_content"]["message_text"].startswith(fact.text["en"])
