"""Matching in a second process, so that the event loop only waits on the network.

Matching a question is pure CPU (about half a millisecond, several for a long message); in the
bot's one event loop it is time no other update, reply or poll is served. With more than one core
the bot forks a worker for the library in service: a child process that holds the same matcher
(its pages shared with the parent until either writes them) and answers questions over a socket
pair, one JSON line each way, in order. The event loop writes a line and awaits the answer; the
matching runs on another core.

Nothing is lost to the worker: a question it has not answered when it dies, hangs (no answer in
``TIMEOUT`` seconds) or fails on is decided in process, by the parent's own matcher, exactly as
without a worker; a new worker is forked for the next question, at most once every
``RESTART_SECONDS``. A reload forks a worker for the new library; the old one answers what it
was sent, then exits. The child exits as soon as the parent closes its end, or dies.

``CHAPTERBOT_MATCHING_WORKER`` (``bot/settings.py``) turns it on or off; by default it is on when
the process may use more than one core. ``knowledge/`` knows nothing of this: the child calls
``Matcher.decide`` as the console does.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import signal
import socket
import time
from typing import Any, ClassVar

from handlers.library import Library
from knowledge.decision import Candidate, ChitChat, Decision, DeclineReason, Kind
from knowledge.matcher import Matcher
from knowledge.models import Fact

logger = logging.getLogger(__name__)

# The one bot_data key the handlers find the Matching service under.
MATCHING_KEY = "matching"

# An answer takes milliseconds; one this late means the worker is stuck: it is killed and what
# it was asked is decided in process.
TIMEOUT = 10.0
# A worker that died is replaced by the next question, but not more often than this: a child
# that keeps dying costs a fork per question otherwise.
RESTART_SECONDS = 10.0
# Forked, not spawned: the child starts with the parent's matcher, nothing to load or import.
_FORK = multiprocessing.get_context("fork")


class WorkerGone(Exception):
    """The worker could not answer this question: decide it in process."""


def _encode(decision: Decision) -> list[Any]:
    def candidates(items: tuple[Candidate, ...]) -> list[tuple[str, float]]:
        return [(item.fact.id, item.score) for item in items]

    return [
        decision.kind,
        decision.question,
        decision.language,
        candidates(decision.facts),
        candidates(decision.suggestions),
        candidates(decision.candidates),
        decision.reason,
        decision.chitchat,
    ]


def _decode(fields: list[Any], facts: dict[str, Fact]) -> Decision:
    kind, question, language, answered, suggested, ranked, reason, chitchat = fields

    def candidates(items: list[list[Any]]) -> tuple[Candidate, ...]:
        return tuple(Candidate(facts[fact_id], score) for fact_id, score in items)

    return Decision(
        Kind(kind),
        question,
        language,
        candidates(answered),
        candidates(suggested),
        candidates(ranked),
        DeclineReason(reason) if reason else None,
        ChitChat(chitchat) if chitchat else None,
    )


def _serve(connection: socket.socket, matcher: Matcher, inherited: list[socket.socket]) -> None:
    """The child: answer each question line with a decision line until the parent hangs up."""
    # Forked, it holds the bot's end of its own socket and of every other worker's: closed, so
    # that this worker and each of the others sees the bot hang up.
    for other in inherited:
        other.close()
    # The parent's event loop takes SIGINT and SIGTERM by a wake-up byte on a socket this child
    # shares: left so, a signal sent to the worker alone would stop the bot. Ctrl-C reaches the
    # whole process group: ignored here, the bot stops on it and hangs up, which ends this
    # child. SIGTERM ends the worker only; SIGHUP (the bot's reload) is not for it.
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with connection, connection.makefile("rb") as reading, connection.makefile("wb") as writing:
        for line in reading:
            number, question, language, strict = json.loads(line)
            try:
                answer = [number, *_encode(matcher.decide(question, language, strict=strict))]
            except Exception:  # the parent decides it again and reports the error itself
                answer = [number]
            writing.write(json.dumps(answer).encode() + b"\n")
            writing.flush()


class MatchingWorker(asyncio.Protocol):
    """One child process deciding questions with one library's matcher.

    The parent's end of the socket is an asyncio protocol: an answer line resolves its
    question's future in the event loop's own callback, with no task of its own to wake.
    """

    # The parent's ends of all live workers' sockets: each new child closes them.
    _open: ClassVar[set[socket.socket]] = set()

    def __init__(self, library: Library) -> None:
        self.library = library
        self._facts = library.knowledge.facts_by_id
        parent_end, child_end = socket.socketpair()
        self._socket = parent_end
        self._process = _FORK.Process(
            target=_serve,
            args=(child_end, library.matcher, [*self._open, parent_end]),
            name="chapterbot-matching",
            daemon=True,  # killed if the parent exits without closing it
        )
        try:
            self._process.start()
        except BaseException:
            parent_end.close()
            raise
        finally:
            child_end.close()
        self._open.add(parent_end)
        # Question number -> (its decision's fields, or None: decide it in process; when sent).
        # The child answers in order, so the first entry is the one waiting longest.
        self._pending: dict[int, tuple[asyncio.Future[list[Any] | None], float]] = {}
        self._count = 0
        self._buffer = b""
        self._transport: asyncio.Transport | None = None
        self._stopped: asyncio.Future[None] | None = None
        self._watchdog: asyncio.TimerHandle | None = None
        self._stopping = False  # we closed or killed it: its end is no surprise
        self.alive = True

    @property
    def pid(self) -> int | None:
        return self._process.pid

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._stopped = loop.create_future()
        await loop.create_unix_connection(lambda: self, sock=self._socket)

    async def decide(self, question: str, language: str | None, strict: bool) -> Decision:
        """The child's decision; :class:`WorkerGone` when it cannot give one."""
        if not self.alive or self._transport is None:
            raise WorkerGone
        self._count += 1
        loop = asyncio.get_running_loop()
        future: asyncio.Future[list[Any] | None] = loop.create_future()
        self._pending[self._count] = (future, loop.time())
        line = json.dumps([self._count, question, language, strict]).encode() + b"\n"
        self._transport.write(line)
        if self._watchdog is None:
            self._watchdog = loop.call_later(TIMEOUT, self._check)
        fields = await future
        if fields is None:
            raise WorkerGone
        return _decode(fields, self._facts)

    # asyncio.Protocol: the event loop calls these.

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        lines = (self._buffer + data).split(b"\n")
        self._buffer = lines.pop()
        for line in lines:
            number, *fields = json.loads(line)
            waiting = self._pending.pop(number, None)
            if waiting is not None and not waiting[0].done():
                # No fields: matching raised in the child; in process it raises again, and
                # the error handler reports it as it does any other failure.
                waiting[0].set_result(fields or None)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._stopping:
            logger.warning(
                "The matching worker (pid %s) stopped; its %d waiting question(s) are "
                "matched in process",
                self.pid,
                len(self._pending),
            )
        self._gone()

    def _check(self) -> None:
        """The watchdog: a question unanswered for ``TIMEOUT`` seconds stops the worker."""
        self._watchdog = None
        if not self._pending:
            return
        loop = asyncio.get_running_loop()
        waited = loop.time() - next(iter(self._pending.values()))[1]
        if waited >= TIMEOUT:
            logger.error("The matching worker gave no answer in %.0f s: stopping it", waited)
            self._kill()
        else:
            self._watchdog = loop.call_later(TIMEOUT - waited, self._check)

    def _kill(self) -> None:
        self._stopping = True
        self._process.kill()
        self._gone()

    def _gone(self) -> None:
        """No more answers will come: every waiting question is decided in process instead."""
        self.alive = False
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        for future, _ in self._pending.values():
            if not future.done():
                future.set_result(None)
        self._pending.clear()
        self._open.discard(self._socket)
        if self._transport is None:
            self._socket.close()  # never connected: no transport owns it
        elif not self._transport.is_closing():
            self._transport.close()
        if self._stopped is not None and not self._stopped.done():
            self._stopped.set_result(None)

    async def close(self, timeout: float = 5.0) -> None:
        """Stop taking questions; the child answers what it was sent, then exits."""
        self._stopping = True
        self.alive = False
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write_eof()  # the child reads to the end, then exits
        if self._stopped is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._stopped), timeout)
            except TimeoutError:
                logger.warning("The matching worker did not stop in %.0f s: killed", timeout)
                self._kill()
        else:
            self._gone()
        await asyncio.get_running_loop().run_in_executor(None, self._process.join, timeout)


class Matching:
    """Where the handlers' questions are matched: the library's worker, or this process."""

    def __init__(self, *, worker: bool) -> None:
        self.use_worker = worker
        self._worker: MatchingWorker | None = None
        self._started_at = float("-inf")
        self._retired: set[asyncio.Task[None]] = set()
        self._closed = False

    @property
    def worker(self) -> MatchingWorker | None:
        return self._worker

    async def decide(
        self, library: Library, question: str, language: str | None, *, strict: bool
    ) -> Decision:
        """The decision for ``question`` with ``library``'s matcher, made by the worker if any."""
        worker = None
        if self.use_worker and not self._closed:
            worker = await self._worker_for(library)
        if worker is not None:
            try:
                return await worker.decide(question, language, strict)
            except WorkerGone:
                pass
        return library.matcher.decide(question, language, strict=strict)

    async def start(self, library: Library) -> None:
        """At start-up: fork the worker before the first question, if there is to be one."""
        if self.use_worker and not self._closed:
            await self._worker_for(library)

    async def _worker_for(self, library: Library) -> MatchingWorker | None:
        worker = self._worker
        reload = False
        if worker is not None:
            if worker.alive and worker.library is library:
                return worker
            # A reload (the old worker answers what it was sent, then exits) or a worker that
            # died (reaped): replaced below.
            reload = worker.alive
            self._worker = None
            self._retire(worker)
        # A worker that died is replaced at most once every RESTART_SECONDS (one that is
        # starting now counts too: the questions meanwhile are matched in process).
        if not reload and time.monotonic() - self._started_at < RESTART_SECONDS:
            return None
        self._started_at = time.monotonic()
        try:
            worker = MatchingWorker(library)
        except OSError as error:
            logger.error("Could not start a matching worker, matching in process: %s", error)
            return None
        try:
            await worker.start()
        except OSError as error:
            logger.error("Could not reach the matching worker, matching in process: %s", error)
            worker._kill()
            self._retire(worker)  # reaped
            return None
        logger.info("Matching in a worker process (pid %s)", worker.pid)
        self._worker = worker
        return worker

    def _retire(self, worker: MatchingWorker) -> None:
        task = asyncio.create_task(worker.close(), name="matching-worker-retire")
        self._retired.add(task)
        task.add_done_callback(self._retired.discard)

    async def close(self) -> None:
        """At shutdown: every worker answers what it was sent and exits."""
        self._closed = True
        if self._worker is not None:
            await self._worker.close()
            self._worker = None
        if self._retired:
            await asyncio.gather(*self._retired, return_exceptions=True)
