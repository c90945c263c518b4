"""bot/worker.py: matching in a forked worker process, and no question lost when it fails.

Each test forks real workers from the test process, as the bot does; a worker's decisions are
compared with the same matcher's decisions in this process.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.evaluation import load
from bot import worker as worker_module
from bot.settings import Settings
from bot.worker import MATCHING_KEY, Matching, MatchingWorker
from handlers.library import LIBRARY_KEY, Library
from knowledge import KnowledgeBase
from knowledge.decision import Decision
from tests.conftest import OfflineBotApi, start_harness, wait_until

# English and Russian, every kind (answers, several facts, suggestions, declines, small talk).
QUESTIONS = [item.question for item in load("heldout")] + [
    item.question for item in load("tuning")[:120]
]
# Each question asked with a language chosen by /lang or not, in a private chat or a group.
ASKED = [
    (question, (None, "en", "ru")[number % 3], number % 4 == 0)
    for number, question in enumerate(QUESTIONS)
]


@pytest.fixture
def library(knowledge: KnowledgeBase) -> Library:
    return Library.build(knowledge)


@pytest.fixture
async def matching() -> AsyncIterator[Matching]:
    matching = Matching(worker=True)
    yield matching
    await matching.close()


def in_process(library: Library) -> list[Decision]:
    return [
        library.matcher.decide(question, language, strict=strict)
        for question, language, strict in ASKED
    ]


async def ask_all(matching: Matching, library: Library) -> list[Decision]:
    return await asyncio.gather(
        *(
            matching.decide(library, question, language, strict=strict)
            for question, language, strict in ASKED
        )
    )


def refuse_in_process(monkeypatch: pytest.MonkeyPatch, library: Library) -> None:
    """This process's matcher fails from now on: a decision that comes is the worker's.

    (The worker was forked before: its copy of the matcher is untouched.)"""

    def refuse(*args: Any, **kwargs: Any) -> Decision:
        raise AssertionError("matched in the bot's own process")

    monkeypatch.setattr(library.matcher, "decide", refuse)


def exited(pid: int) -> bool:
    """The process is gone and reaped (a zombie still has its /proc entry)."""
    return not Path(f"/proc/{pid}").exists()


async def started(matching: Matching, library: Library) -> MatchingWorker:
    await matching.start(library)
    worker = matching.worker
    assert worker is not None and worker.pid is not None and worker.pid != os.getpid()
    return worker


async def test_the_worker_decides_exactly_as_the_bots_own_matcher(
    matching: Matching, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = in_process(library)
    await started(matching, library)
    refuse_in_process(monkeypatch, library)

    assert await ask_all(matching, library) == expected


async def test_a_worker_killed_mid_run_loses_no_question(
    matching: Matching,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(worker_module, "RESTART_SECONDS", 0.0)
    expected = in_process(library)
    worker = await started(matching, library)
    assert worker.pid is not None
    # Stopped, so that every question is still waiting for it when it dies.
    os.kill(worker.pid, signal.SIGSTOP)
    asked = asyncio.ensure_future(ask_all(matching, library))
    await wait_until(
        lambda: len(worker._pending) == len(ASKED), "every question sent to the worker"
    )
    os.kill(worker.pid, signal.SIGKILL)

    assert await asked == expected  # each decided in process instead
    assert "The matching worker (pid" in caplog.text and "stopped" in caplog.text
    # The next question brings a new worker; the dead one is reaped.
    await matching.decide(library, "When was the chapter published?", None, strict=False)
    assert matching.worker is not None and matching.worker.pid != worker.pid
    await wait_until(lambda: exited(worker.pid), "the dead worker reaped")  # type: ignore[arg-type]


async def test_a_stuck_worker_is_stopped_and_its_questions_answered_in_process(
    matching: Matching,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(worker_module, "TIMEOUT", 0.3)
    question = ("Who is Pyotr Fomenko?", None, False)
    expected = library.matcher.decide(question[0])
    worker = await started(matching, library)
    assert worker.pid is not None
    os.kill(worker.pid, signal.SIGSTOP)

    with caplog.at_level(logging.ERROR):
        decision = await matching.decide(library, question[0], question[1], strict=question[2])

    assert decision == expected
    assert "gave no answer" in caplog.text
    assert not worker.alive
    await matching.close()
    assert exited(worker.pid)


async def test_an_error_in_matching_is_raised_as_it_would_be_in_process(
    matching: Matching, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    decide = library.matcher.decide

    def fails_on_boom(question: str, *args: Any, **kwargs: Any) -> Decision:
        if question == "boom":
            raise ValueError("boom")
        return decide(question, *args, **kwargs)

    monkeypatch.setattr(library.matcher, "decide", fails_on_boom)
    worker = await started(matching, library)

    with pytest.raises(ValueError, match="boom"):
        await matching.decide(library, "boom", None, strict=False)
    # The worker goes on answering.
    answer = await matching.decide(library, "When was the chapter published?", None, strict=False)
    assert answer == decide("When was the chapter published?")
    assert matching.worker is worker and worker.alive


async def test_a_reload_moves_matching_to_a_worker_with_the_new_facts(
    matching: Matching, knowledge: KnowledgeBase, library: Library
) -> None:
    old = await started(matching, library)
    # The curator removed a fact: the new library's matcher no longer knows it.
    removed = "publication-date"
    smaller = KnowledgeBase(
        knowledge.packs,
        {fact_id: fact for fact_id, fact in knowledge.facts_by_id.items() if fact_id != removed},
    )
    reloaded = Library.build(smaller)
    question = "When was the chapter published?"
    before = await matching.decide(library, question, None, strict=False)
    assert [c.fact.id for c in before.facts] == [removed]

    after = await matching.decide(reloaded, question, None, strict=False)

    assert after == reloaded.matcher.decide(question)
    assert removed not in [c.fact.id for c in after.facts + after.suggestions]
    assert matching.worker is not None and matching.worker is not old
    await wait_until(lambda: exited(old.pid), "the old worker exited")  # type: ignore[arg-type]


async def test_shutdown_stops_the_worker_and_later_questions_are_matched_in_process(
    matching: Matching, library: Library
) -> None:
    worker = await started(matching, library)
    pending = [
        asyncio.ensure_future(matching.decide(library, question, None, strict=False))
        for question in QUESTIONS[:20]
    ]
    await asyncio.sleep(0)

    await matching.close()

    assert worker.pid is not None and exited(worker.pid)
    assert [task.result() for task in pending] == [
        library.matcher.decide(question) for question in QUESTIONS[:20]
    ]
    late = await matching.decide(library, QUESTIONS[0], None, strict=False)
    assert late == library.matcher.decide(QUESTIONS[0])
    assert matching.worker is None


async def test_the_worker_exits_by_itself_when_the_bot_hangs_up(
    matching: Matching, library: Library
) -> None:
    worker = await started(matching, library)
    assert worker.pid is not None and worker._transport is not None

    # The bot's end of the socket gone, as when the bot is killed.
    worker._transport.abort()

    await asyncio.get_running_loop().run_in_executor(None, worker._process.join, 10)
    assert exited(worker.pid)


async def test_when_no_process_can_be_forked_questions_are_matched_in_process(
    matching: Matching,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def no_fork(self: Any) -> None:
        raise BlockingIOError(11, "Resource temporarily unavailable")  # fork's EAGAIN

    monkeypatch.setattr(worker_module._FORK.Process, "start", no_fork)

    assert await ask_all(matching, library) == in_process(library)
    assert matching.worker is None
    assert "Could not start a matching worker" in caplog.text


async def test_a_worker_that_cannot_be_reached_is_stopped_and_questions_matched_in_process(
    matching: Matching,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    forked: list[MatchingWorker] = []

    async def unreachable(self: MatchingWorker) -> None:
        forked.append(self)
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(MatchingWorker, "start", unreachable)

    assert await ask_all(matching, library) == in_process(library)
    assert "Could not reach the matching worker" in caplog.text
    [worker] = forked
    await matching.close()  # the forked child was killed and is reaped
    assert worker.pid is not None and exited(worker.pid)


async def test_without_a_worker_everything_is_matched_in_process(library: Library) -> None:
    matching = Matching(worker=False)
    await matching.start(library)

    assert await ask_all(matching, library) == in_process(library)
    assert matching.worker is None


async def test_the_bot_answers_through_its_worker(
    settings: Settings,
    knowledge: KnowledgeBase,
    api: OfflineBotApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # In process, for the reply to expect; then the worker's bot, whose own matcher refuses.
    plain = await start_harness(settings, knowledge, api)
    await plain.private("Кто инициировал Славянский базар?")
    expected = api.texts
    await plain.application.shutdown()
    api.clear()

    bot = await start_harness(dataclasses.replace(settings, matching_worker=True), knowledge, api)
    assert bot.application.post_init is not None and bot.application.post_shutdown is not None
    await bot.application.post_init(bot.application)  # forks the worker, as at start-up
    matching = bot.bot_data[MATCHING_KEY]
    assert isinstance(matching, Matching) and matching.worker is not None
    worker_pid = matching.worker.pid
    refuse_in_process(monkeypatch, bot.bot_data[LIBRARY_KEY])

    await bot.private("Кто инициировал Славянский базар?")

    assert api.texts == expected and "Союзное государство" in expected[0]
    await bot.application.post_shutdown(bot.application)  # the worker stops with the bot
    await bot.application.shutdown()
    assert bot.errors == [] and worker_pid is not None and exited(worker_pid)
