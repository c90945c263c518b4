"""Safe reload: validated off the event loop, swapped at once, the old base kept on any error."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import logging
import os
import shutil
import signal
import threading
import weakref
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot import reload as reload_module
from bot.memory import freeze_long_lived
from bot.reload import RELOADER_KEY, Reloader, install_sighup, remove_sighup
from bot.settings import Settings
from handlers.library import LIBRARY_KEY, Library
from knowledge import KnowledgeBase
from knowledge.loader import SHIPPED_KNOWLEDGE
from tests.conftest import BORIS, BotHarness, OfflineBotApi, start_harness, wait_until
from tests.factfiles import edit, line_of

PACK = "russia-3.4.4"
OLD_TEXT = "The chapter was published on 11 April 2013."
NEW_TEXT = "The chapter came out on 11 April 2013."
QUOTE = 'quote: "Chapter published: 11-04-2013"'
BROKEN_QUOTE = 'quote: "Chapter published: 12-04-2013"'  # not in the chapter's text
RELATED = "related: [about-the-chapter, chapter-section]"  # publication-date's, the first such


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped fact base, for a curator to edit."""
    directory = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, directory)
    return directory


@pytest.fixture
def facts_file(knowledge_dir: Path) -> Path:
    path = knowledge_dir / PACK / "facts.yaml"
    assert QUOTE in path.read_text(encoding="utf-8")
    assert OLD_TEXT in path.read_text(encoding="utf-8")
    return path


@pytest.fixture
def settings(settings: Settings, knowledge_dir: Path) -> Settings:
    return dataclasses.replace(settings, knowledge_dir=knowledge_dir)


@pytest.fixture
async def running(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> AsyncIterator[BotHarness]:
    """The bot started (post_init run, job queue going), as ``chapterbot run`` has it."""
    harness = await start_harness(settings, knowledge, api)
    await harness.application.start()
    assert harness.application.post_init is not None
    await harness.application.post_init(harness.application)
    yield harness
    await harness.application.stop()
    assert harness.application.post_shutdown is not None
    await harness.application.post_shutdown(harness.application)
    await harness.application.shutdown()
    assert harness.errors == []


def reloader_of(bot: BotHarness) -> Reloader:
    reloader = bot.bot_data[RELOADER_KEY]
    assert isinstance(reloader, Reloader)
    return reloader


async def test_a_valid_change_is_swapped_in_and_reported(bot: BotHarness, facts_file: Path) -> None:
    old = bot.bot_data[LIBRARY_KEY]
    edit(facts_file, OLD_TEXT, NEW_TEXT)

    result = await reloader_of(bot).reload(bot.bot_data)

    assert result.ok
    assert (result.added, result.removed, result.changed) == ((), (), ("publication-date",))
    assert result.facts == result.previous_facts == len(old.knowledge)
    new = bot.bot_data[LIBRARY_KEY]
    assert new is not old and new.matcher.knowledge is new.knowledge
    await bot.private("When was the chapter published?")
    assert bot.api.texts[-1].startswith(NEW_TEXT)


async def test_nothing_rendered_from_the_old_facts_is_sent_after_a_reload(
    bot: BotHarness, facts_file: Path
) -> None:
    def related(message: dict[str, Any]) -> list[str]:
        rows = message["reply_markup"]["inline_keyboard"]
        return [b["callback_data"] for row in rows for b in row if b["callback_data"][:2] == "f:"]

    await bot.private("When was the chapter published?")
    await bot.private("When was the chapter published?", BORIS)
    first, again = bot.api.messages
    assert again["text"] == first["text"] and again["reply_markup"] == first["reply_markup"]
    assert related(first) == ["f:about-the-chapter", "f:chapter-section"]

    edit(facts_file, OLD_TEXT, NEW_TEXT)
    edit(facts_file, RELATED, "related: [chapter-section]")
    assert (await reloader_of(bot).reload(bot.bot_data)).ok
    await bot.private("When was the chapter published?")

    after = bot.api.messages[-1]
    assert after["text"].startswith(NEW_TEXT)
    assert related(after) == ["f:chapter-section"]


async def test_the_old_facts_are_freed_after_a_reload_though_start_up_froze_them(
    bot: BotHarness, facts_file: Path
) -> None:
    old = bot.bot_data[LIBRARY_KEY]
    # (Its knowledge base is the test fixture's, still in use.)
    watched = [weakref.ref(old), weakref.ref(old.matcher)]
    del old
    freeze_long_lived()  # as `chapterbot run` does before it serves
    try:
        edit(facts_file, OLD_TEXT, NEW_TEXT)
        assert (await reloader_of(bot).reload(bot.bot_data)).ok
        assert [ref() for ref in watched] == [None] * len(watched)
    finally:
        gc.unfreeze()


async def test_a_broken_file_keeps_the_old_facts_served_and_names_the_problem(
    bot: BotHarness, facts_file: Path
) -> None:
    old = bot.bot_data[LIBRARY_KEY]
    edit(facts_file, OLD_TEXT, NEW_TEXT)  # a good change in the same file must not leak in
    edit(facts_file, QUOTE, BROKEN_QUOTE)

    result = await reloader_of(bot).reload(bot.bot_data)

    assert not result.ok
    [problem] = result.problems
    assert problem.file == facts_file
    assert problem.line == line_of(facts_file, "Chapter published: 12-04-2013")
    assert problem.fact_id == "publication-date"
    assert "not found" in problem.message
    assert result.where(problem) == f"{PACK}/facts.yaml:{problem.line}"
    assert bot.bot_data[LIBRARY_KEY] is old
    await bot.private("When was the chapter published?")
    assert bot.api.texts[-1].startswith(OLD_TEXT)


async def test_an_unexpected_failure_also_keeps_the_old_facts(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    old = bot.bot_data[LIBRARY_KEY]

    def unreadable(directory: Path) -> KnowledgeBase:
        raise PermissionError(13, "Permission denied", str(directory))

    monkeypatch.setattr(reload_module, "load_knowledge", unreadable)
    with caplog.at_level(logging.ERROR, logger="bot.reload"):
        result = await reloader_of(bot).reload(bot.bot_data)

    assert not result.ok
    assert "PermissionError" in result.problems[0].message
    assert bot.bot_data[LIBRARY_KEY] is old
    assert "failed unexpectedly" in caplog.text


async def test_questions_are_answered_while_a_reload_is_loading(
    bot: BotHarness, facts_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(facts_file, OLD_TEXT, NEW_TEXT)
    loading, release = threading.Event(), threading.Event()
    build = Reloader._build

    def slow_build(self: Reloader) -> Library:
        loading.set()
        assert release.wait(10)
        return build(self)

    monkeypatch.setattr(Reloader, "_build", slow_build)
    reload_task = asyncio.create_task(reloader_of(bot).reload(bot.bot_data))
    await wait_until(loading.is_set, "the reload to start loading")

    # The loading happens in a worker thread: the event loop still answers, from the old base.
    await bot.private("When was the chapter published?")
    assert bot.api.texts[-1].startswith(OLD_TEXT)

    release.set()
    assert (await reload_task).ok
    await bot.private("When was the chapter published?")
    assert bot.api.texts[-1].startswith(NEW_TEXT)


async def test_concurrent_reloads_run_one_after_the_other(
    bot: BotHarness, facts_file: Path
) -> None:
    edit(facts_file, OLD_TEXT, NEW_TEXT)
    reloader = reloader_of(bot)

    first, second = await asyncio.gather(
        reloader.reload(bot.bot_data), reloader.reload(bot.bot_data)
    )

    assert first.ok and second.ok
    assert first.changed == ("publication-date",)
    assert second.changed == ()  # the second saw the first's result as the base in service


async def test_sighup_reloads_and_logs_the_result(
    running: BotHarness, facts_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    old = running.bot_data[LIBRARY_KEY]
    edit(facts_file, OLD_TEXT, NEW_TEXT)

    with caplog.at_level(logging.INFO, logger="bot.reload"):
        os.kill(os.getpid(), signal.SIGHUP)
        await wait_until(lambda: running.bot_data[LIBRARY_KEY] is not old, "the SIGHUP reload")
        await wait_until(lambda: "SIGHUP: reloaded" in caplog.text, "the log line")

    assert "1 changed" in caplog.text
    await running.private("When was the chapter published?")
    assert running.api.texts[-1].startswith(NEW_TEXT)


async def test_sighup_with_a_broken_file_logs_every_problem_and_keeps_serving(
    running: BotHarness, facts_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    old = running.bot_data[LIBRARY_KEY]
    edit(facts_file, QUOTE, BROKEN_QUOTE)
    line = line_of(facts_file, "Chapter published: 12-04-2013")

    with caplog.at_level(logging.INFO, logger="bot.reload"):
        os.kill(os.getpid(), signal.SIGHUP)
        await wait_until(lambda: "[publication-date]" in caplog.text, "the problem in the log")

    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "FAILED with 1 problem" in errors[0]
    assert errors[1].startswith(f"  {PACK}/facts.yaml:{line}: [publication-date] quote: not found")
    assert running.bot_data[LIBRARY_KEY] is old


async def test_sighup_handler_is_removed_at_shutdown(running: BotHarness) -> None:
    loop = asyncio.get_running_loop()
    assert install_sighup(running.application)  # installing twice replaces, does not stack
    remove_sighup()
    # With no handler of ours, the default action would end the process: check the loop's table.
    assert signal.SIGHUP not in getattr(loop, "_signal_handlers", {})
