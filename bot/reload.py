"""Safe reload of the fact base: validate first, swap only on success, never serve half a base.

Both ways in use :class:`Reloader`: an operator's ``/reload`` (:mod:`handlers.admin`) and SIGHUP
(``kill -HUP <pid>``, ``docker kill -s HUP <container>``), installed by :func:`install_sighup`
at start-up. The new knowledge base is loaded and its matcher built in a worker thread, so
questions keep being answered meanwhile; then one assignment of ``bot_data[LIBRARY_KEY]`` on the
event loop swaps fact base and matcher together. A handler that already took the old library
finishes with it. On any problem the old library stays in service and the result lists every
problem with its file, line and fact id.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import MutableMapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram.ext import Application

from handlers.library import LIBRARY_KEY, Library
from knowledge import KnowledgeError, Problem, Thresholds, load_knowledge

logger = logging.getLogger(__name__)

# Where the wiring keeps the application's Reloader.
RELOADER_KEY = "reloader"


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: the new base's size and changes, or why the old one stays."""

    knowledge_dir: Path
    facts: int  # facts in service after the reload (the old count when it failed)
    previous_facts: int
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def where(self, problem: Problem) -> str:
        """A problem's place, its path relative to the knowledge directory when inside it."""
        try:
            path = str(problem.file.relative_to(self.knowledge_dir))
        except ValueError:
            path = str(problem.file)
        return f"{path}:{problem.line}" if problem.line else path

    def summary(self) -> str:
        """One line for the log."""
        if not self.ok:
            count = len(self.problems)
            return (
                f"reload of {self.knowledge_dir} FAILED with {count} problem"
                f"{'s' if count != 1 else ''}; still serving the previous {self.facts} facts"
            )
        return (
            f"reloaded {self.knowledge_dir}: {self.facts} facts (was {self.previous_facts}), "
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"
        )


class Reloader:
    """Loads and validates the fact base off the event loop, then swaps the library at once."""

    def __init__(self, knowledge_dir: Path, thresholds: Thresholds | None = None) -> None:
        self.knowledge_dir = knowledge_dir
        self.thresholds = thresholds
        # /reload and SIGHUP at the same moment: the second waits and loads again, so the
        # base in service is always the newest on disk.
        self._lock = asyncio.Lock()

    async def reload(self, bot_data: MutableMapping[str, Any]) -> ReloadResult:
        """Load, validate and build; swap ``bot_data[LIBRARY_KEY]`` only if all of it worked."""
        async with self._lock:
            old: Library = bot_data[LIBRARY_KEY]
            try:
                new = await asyncio.to_thread(self._build)
            except KnowledgeError as error:
                return self._failed(old, error.problems)
            except Exception as error:  # a bug or an unreadable disk: still keep serving
                logger.exception("Reloading %s failed unexpectedly", self.knowledge_dir)
                problem = Problem(self.knowledge_dir, None, f"{type(error).__name__}: {error}")
                return self._failed(old, (problem,))
            bot_data[LIBRARY_KEY] = new
            return _changes(self.knowledge_dir, old, new)

    def _build(self) -> Library:
        return Library.build(load_knowledge(self.knowledge_dir), self.thresholds)

    def _failed(self, old: Library, problems: tuple[Problem, ...]) -> ReloadResult:
        count = len(old.knowledge)
        return ReloadResult(self.knowledge_dir, count, count, problems=problems)


def _changes(knowledge_dir: Path, old: Library, new: Library) -> ReloadResult:
    before, after = old.knowledge.facts_by_id, new.knowledge.facts_by_id
    return ReloadResult(
        knowledge_dir,
        facts=len(after),
        previous_facts=len(before),
        added=tuple(fact_id for fact_id in after if fact_id not in before),
        removed=tuple(fact_id for fact_id in before if fact_id not in after),
        # Fact equality compares the content (texts, quotes, phrasings, links), not the file.
        changed=tuple(
            fact_id for fact_id in after if fact_id in before and after[fact_id] != before[fact_id]
        ),
    )


async def reload_and_log(application: Application[Any, Any, Any, Any, Any, Any]) -> ReloadResult:
    """Reload with the application's Reloader and log the result, every problem included."""
    reloader: Reloader = application.bot_data[RELOADER_KEY]
    result = await reloader.reload(application.bot_data)
    if result.ok:
        logger.info("SIGHUP: %s", result.summary())
    else:
        logger.error("SIGHUP: %s", result.summary())
        for problem in result.problems:
            fact = f" [{problem.fact_id}]" if problem.fact_id else ""
            logger.error("  %s:%s %s", result.where(problem), fact, problem.message)
    return result


def install_sighup(application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    """Reload on SIGHUP (call from post_init, on the running loop); False where unsupported."""
    loop = asyncio.get_running_loop()

    def on_sighup() -> None:
        logger.info("SIGHUP: reloading the fact base")
        application.create_task(reload_and_log(application), name="sighup-reload")

    try:
        loop.add_signal_handler(signal.SIGHUP, on_sighup)
    except (AttributeError, NotImplementedError, RuntimeError):
        # No SIGHUP on Windows; no signal handlers outside the main thread.
        logger.info("SIGHUP reload is not available here; use /reload")
        return False
    return True


def remove_sighup() -> None:
    """Undo :func:`install_sighup` (call from post_shutdown)."""
    with suppress(AttributeError, NotImplementedError, RuntimeError):
        asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
