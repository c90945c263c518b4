"""/reload and /stats: what operators get, and that for anyone else the commands do not exist."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.questionlog import BOT_DATA_KEY, QuestionLog
from bot.reload import ReloadResult
from bot.settings import Settings
from handlers.admin import format_reload
from handlers.library import LIBRARY_KEY
from handlers.texts import texts_for
from knowledge import KnowledgeBase, Problem
from knowledge.loader import SHIPPED_KNOWLEDGE
from tests.conftest import (
    ALICE,
    BORIS,
    BOT_USERNAME,
    CAROL,
    BotHarness,
    OfflineBotApi,
    assert_telegram_html,
    start_harness,
)
from tests.factfiles import edit, line_of

OPERATOR = ALICE
PACK = "russia-3.4.4"


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, directory)
    return directory


@pytest.fixture
def settings(settings: Settings, knowledge_dir: Path) -> Settings:
    """Alice operates the bot; its fact base is a copy the test can break."""
    return dataclasses.replace(
        settings, admin_ids=frozenset({OPERATOR["id"]}), knowledge_dir=knowledge_dir
    )


@pytest.fixture
async def question_log(bot: BotHarness) -> AsyncIterator[QuestionLog]:
    log = bot.bot_data[BOT_DATA_KEY]
    assert isinstance(log, QuestionLog)
    yield log
    await log.close()


# --- for anyone else the commands do not exist --------------------------------------------------


@pytest.mark.parametrize("command", ["/reload", "/stats", f"/stats@{BOT_USERNAME}", "/reload now"])
@pytest.mark.parametrize("user", [BORIS, CAROL], ids=["boris", "carol"])
async def test_a_non_operator_gets_no_answer_at_all(
    bot: BotHarness, command: str, user: dict[str, object]
) -> None:
    library = bot.bot_data[LIBRARY_KEY]

    await bot.private(command, user)

    assert bot.api.calls == []  # no message, no chat action, nothing
    assert bot.bot_data[LIBRARY_KEY] is library


async def test_a_mistyped_command_still_gets_the_hint_so_silence_is_specific(
    bot: BotHarness,
) -> None:
    await bot.private("/relaod", BORIS)
    assert bot.api.texts == [texts_for("ru").unknown_command]


@pytest.mark.parametrize("command", ["/stats", f"/stats@{BOT_USERNAME}", f"/reload@{BOT_USERNAME}"])
async def test_operator_commands_in_a_group_are_dropped_too(bot: BotHarness, command: str) -> None:
    await bot.process(bot.updates.group(command, OPERATOR))
    assert bot.api.calls == []


async def test_without_configured_operators_nobody_gets_an_answer(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    nobody = await start_harness(
        dataclasses.replace(settings, admin_ids=frozenset()), knowledge, api
    )
    await nobody.private("/stats", OPERATOR)
    await nobody.private("/reload", OPERATOR)
    await nobody.application.shutdown()

    assert api.calls == []


# --- /reload ----------------------------------------------------------------------------------


async def test_reload_reports_what_changed(bot: BotHarness, knowledge_dir: Path) -> None:
    facts = knowledge_dir / PACK / "facts.yaml"
    edit(facts, "The chapter was published on 11 April 2013.", "It came out on 11 April 2013.")

    await bot.private("/reload", OPERATOR)

    [reply] = bot.api.texts
    assert_telegram_html(reply)
    assert reply.startswith("<b>Fact base reloaded</b>: 21 facts (was 21).")
    assert "Changed: <code>publication-date</code>" in reply
    assert "Added: none" in reply and "Removed: none" in reply
    await bot.private("When was the chapter published?", OPERATOR)
    assert bot.api.texts[-1].startswith("It came out on 11 April 2013.")


async def test_reload_with_a_broken_file_keeps_the_old_facts_and_names_file_line_and_fact(
    bot: BotHarness, knowledge_dir: Path
) -> None:
    facts = knowledge_dir / PACK / "facts.yaml"
    library = bot.bot_data[LIBRARY_KEY]
    edit(facts, 'quote: "Chapter published: 11-04-2013"', 'quote: "Published <b>12-04-2013</b>"')
    edit(facts, "related: [youth-orchestra-origin]", "related: [youth-orchestra-origins]")

    await bot.private("/reload", OPERATOR)

    [reply] = bot.api.texts
    assert_telegram_html(reply)  # the problems quote YAML with <b>: escaped
    assert reply.startswith("<b>Reload failed</b>: 2 problems in <code>")
    assert "Still serving the previous fact base (21 facts); nothing was changed." in reply
    quote_line = line_of(facts, "Published <b>12-04-2013</b>")
    related_line = line_of(facts, "youth-orchestra-origins")
    assert (
        f"• <code>{PACK}/facts.yaml:{quote_line}</code> [<code>publication-date</code>] "
        "quote: not found" in reply
    )
    assert "&lt;b&gt;12-04-2013&lt;/b&gt;" in reply
    assert (
        f"• <code>{PACK}/facts.yaml:{related_line}</code> [<code>youth-orchestra-performances"
        "</code>] related: id &#x27;youth-orchestra-origins&#x27; not found" in reply
    )
    # Nothing changed for the users.
    assert bot.bot_data[LIBRARY_KEY] is library
    await bot.private("When was the chapter published?", BORIS)
    assert bot.api.texts[-1].startswith("The chapter was published on 11 April 2013.")


async def test_an_unparsable_file_is_reported_with_its_line(
    bot: BotHarness, knowledge_dir: Path
) -> None:
    facts = knowledge_dir / PACK / "facts.yaml"
    edit(facts, "  topic: about\n", "  topic: [about\n")

    await bot.private("/reload", OPERATOR)

    [reply] = bot.api.texts
    assert "<b>Reload failed</b>: 1 problem in" in reply
    assert f"<code>{PACK}/facts.yaml:" in reply and "invalid YAML" in reply
    assert_telegram_html(reply)


def test_a_long_problem_list_fits_one_message(knowledge_dir: Path) -> None:
    problems = tuple(
        Problem(knowledge_dir / PACK / "facts.yaml", line, "x" * 120, f"fact-{line}")
        for line in range(1, 200)
    )
    reply = format_reload(ReloadResult(knowledge_dir, 21, 21, problems=problems))

    assert len(reply) <= 4096
    assert reply.endswith("more: run <code>chapterbot check</code>.")
    assert_telegram_html(reply)


# --- /stats -----------------------------------------------------------------------------------


async def test_stats_before_anything_was_logged(bot: BotHarness) -> None:
    await bot.private("/stats", OPERATOR)
    assert bot.api.texts == ["No questions logged yet."]


async def test_stats_show_questions_answered_share_top_facts_gaps_and_votes(
    bot: BotHarness, question_log: QuestionLog
) -> None:
    for user in (BORIS, CAROL):
        await bot.private("When was the chapter published?", user)
        await bot.private("What is the Slavyanski Bazaar festival?", user)
    await bot.private("When was the chapter published?", ALICE)
    await bot.private("What is the weather in Paris?", BORIS)
    await bot.private("What's the weather in Paris", CAROL)
    await bot.private("hello", CAROL)
    await bot.press("v:-:publication-date", BORIS)
    await bot.press("v:+:slavianski-bazaar", CAROL)
    await question_log.flush()
    bot.api.clear()

    await bot.private("/stats", OPERATOR)

    [reply] = bot.api.texts
    assert_telegram_html(reply)
    assert "Last 24 hours: <b>7</b> questions — answered 5 (71%), suggested 0, declined 2" in reply
    assert "Last 7 days: <b>7</b> questions" in reply
    assert "chit-chat 1" in reply
    assert "1. <code>publication-date</code> — 3" in reply
    assert "2. <code>slavianski-bazaar</code> — 2" in reply
    assert "1. 2× “What is the weather in Paris?”" in reply
    assert "👍 1 · 👎 1" in reply
    assert "👎 1 👍 0 <code>publication-date</code>" in reply
