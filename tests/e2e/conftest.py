"""Fixtures of the end-to-end tests: a fresh fake Bot API per test and bot processes on it.

Starting the bot takes well under a second, so every test gets its own server and its own bot
process: no test can see another's updates, chats or per-user limits. The machinery
(:class:`~tests.e2e.harness.BotProcess`) is in ``harness.py``, shared with the benchmark.

The ``e2e`` marker is registered here: ``pytest -m e2e`` runs only these tests,
``-m "not e2e"`` skips them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from tests.botapi import BotApiServer

from .harness import BotProcess


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "e2e: end-to-end tests: the bot process against the fake Bot API over HTTP"
    )


@pytest.fixture
async def make_bot(
    server: BotApiServer, tmp_path: Path
) -> AsyncIterator[Callable[..., BotProcess]]:
    """A factory of bot processes on `server`; any still running at the end is killed."""
    made: list[BotProcess] = []

    def make(**settings: str) -> BotProcess:
        process = BotProcess(server, tmp_path / f"bot{len(made)}", settings=settings)
        made.append(process)
        return process

    yield make
    for process in made:
        await process.close()


@pytest.fixture
async def bot(make_bot: Callable[..., BotProcess]) -> AsyncIterator[BotProcess]:
    """The bot with default settings (outgoing limiter off), polling `server`."""
    process = make_bot()
    await process.start()
    try:
        yield process
        if process.alive:
            await process.stop()
    finally:
        await process.close()
