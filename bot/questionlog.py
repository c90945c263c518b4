"""The question log: what users asked and did not get, answers per fact, and 👍 / 👎 votes.

One SQLite file under ``CHAPTERBOT_DATA_DIR`` in WAL mode, so ``chapterbot gaps`` and ``/stats``
read it while the bot writes. What is stored, and what is not:

* every question that was declined or only got suggestions: its text, language, chat type
  (private, group, supergroup, inline), time, the top candidate facts with their scores, and a
  keyed hash of the asker;
* for every question: a count per hour, outcome, chat type and language; for answered questions
  a count per fact — never their text;
* one 👍 / 👎 per (hashed user, answered fact); pressing again changes it.

Telegram user ids are never written: only ``HMAC-SHA256(secret, user id)``, with a random secret
created once per installation in the data directory (mode 0600). Without that file the hashes
cannot be tied back to anyone; deleting it unlinks all past hashes from future ones. Chat ids
are not stored at all. Rows older than the retention period (``CHAPTERBOT_LOG_RETENTION_DAYS``,
default 90) are deleted when the log opens and then daily.

Writing must never slow or break answering: handlers call :meth:`QuestionLog.record` or
:meth:`QuestionLog.vote`, which only put the work on a queue; one writer thread owns the SQLite
connection, and every failure there (a read-only disk, a full disk, a corrupt file) is logged
and dropped. The writer commits what gathered in :data:`BATCH_SECONDS` in one transaction: one
commit per question cost the bot more CPU than answering it. Within a batch the counters are
added up in memory first, so that a hundred answers to one fact in one hour are one upsert, not a
hundred, and the rows go in a few multi-row statements. A crash (not a SIGTERM, which writes
everything) loses at most one batch: a second of questions.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import queue
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.settings import DEFAULT_LOG_RETENTION_DAYS
from knowledge.decision import Decision, Kind
from knowledge.matcher import Matcher

if TYPE_CHECKING:  # python-telegram-bot is not imported: `chapterbot gaps` reads this module too
    from telegram import Update
    from telegram.ext import ContextTypes, JobQueue

logger = logging.getLogger(__name__)

DATABASE_FILE = "questions.sqlite3"
SECRET_FILE = "questionlog.key"
# Where the wiring keeps the one QuestionLog of the application.
BOT_DATA_KEY = "questionlog"

CHAT_TYPES = ("private", "group", "supergroup", "inline")
UNANSWERED = (Kind.DECLINE, Kind.SUGGEST)
MAX_CANDIDATES = 3
# Enough for the curator to see what was asked; a 4096-character paste is not a question.
MAX_TEXT = 500
# Telegram sends an inline query per keystroke: an inline question is recorded only once the
# user has stopped typing for this long (or when the log is flushed).
INLINE_SETTLE_SECONDS = 4.0
# The writer thread closes the database and ends after this long without a write.
IDLE_SECONDS = 60.0
# Past this many unwritten records (a disk that hangs) new ones are dropped, and logged.
MAX_PENDING = 10_000
# The writer gathers records for this long after the first one and commits them together; a
# flush or close cuts the wait short. Under load one commit serves hundreds of questions. Each
# batch makes the writer thread take the GIL from the busy event loop several times, which
# costs CPU on both sides: at 0.25 s the writer cost ~33 us a question under load, at 1 s ~16.
BATCH_SECONDS = 1.0
MAX_BATCH = 1_000
# Rows written by one INSERT statement: 8 values each stays under the 999 bound values that
# SQLite builds before 3.32 allow in a statement.
ROWS_PER_STATEMENT = 100

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id          INTEGER PRIMARY KEY,
    asked_at    REAL NOT NULL,      -- seconds since the epoch, UTC
    kind        TEXT NOT NULL,      -- decline | suggest
    reason      TEXT,               -- why it was declined: empty | garbage | out_of_scope
    text        TEXT NOT NULL,
    language    TEXT NOT NULL,
    chat_type   TEXT NOT NULL,
    asker       TEXT,               -- HMAC-SHA256 of the user id, never the id
    candidates  TEXT NOT NULL       -- JSON: [{"fact": id, "score": 0-100}, ...], best first
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);

CREATE TABLE IF NOT EXISTS outcomes (
    hour        INTEGER NOT NULL,   -- seconds since the epoch // 3600
    kind        TEXT NOT NULL,      -- answer | suggest | decline | chitchat
    chat_type   TEXT NOT NULL,
    language    TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (hour, kind, chat_type, language)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS answers (
    hour        INTEGER NOT NULL,
    fact_id     TEXT NOT NULL,
    chat_type   TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (hour, fact_id, chat_type)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS votes (
    voter       TEXT NOT NULL,      -- HMAC-SHA256 of the user id
    fact_id     TEXT NOT NULL,      -- the answer voted on
    vote        INTEGER NOT NULL,   -- +1 or -1
    voted_at    REAL NOT NULL,
    PRIMARY KEY (voter, fact_id)
) WITHOUT ROWID;
"""

# --- configuration ----------------------------------------------------------------------------


# --- the keyed hash -----------------------------------------------------------------------------


def load_or_create_secret(directory: Path) -> bytes:
    """The installation's hashing secret, created (32 random bytes, mode 0600) on first use."""
    path = directory / SECRET_FILE
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        text = path.read_text(encoding="ascii").strip()
        try:
            secret = bytes.fromhex(text)
        except ValueError:
            secret = b""
        if len(secret) < 16:
            raise ValueError(f"{path} is not a question-log secret (hex digits expected)") from None
        if path.stat().st_mode & 0o077:
            logger.warning("%s is readable by other users: chmod 600 it", path)
        return secret
    secret = secrets.token_bytes(32)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(secret.hex() + "\n")
    logger.info("Created the question log's hashing secret %s", path)
    return secret


def hash_user(secret: bytes, user_id: int) -> str:
    """The keyed hash that stands for a Telegram user id in the log."""
    return hmac.new(secret, str(user_id).encode("ascii"), hashlib.sha256).hexdigest()


# --- what is recorded ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Question:
    """One question's record, built on the event loop, written by the writer thread.

    Only declined and suggested questions keep their text and candidates: answered ones and
    chit-chat are counted, nothing more.
    """

    asked_at: float
    kind: str
    reason: str | None
    text: str
    language: str
    chat_type: str
    user_id: int | None  # hashed before it is written
    candidates: tuple[tuple[str, float], ...]
    answered_facts: tuple[str, ...]

    @property
    def what(self) -> str:
        """What writing it does, for the log line if that fails."""
        return "record an inline question" if self.chat_type == "inline" else "record a question"


def _chat_type(chat_type: str) -> str:
    return chat_type if chat_type in CHAT_TYPES else "other"


def _question(decision: Decision, chat_type: str, user_id: int | None, now: float) -> _Question:
    kind = decision.kind
    if kind in UNANSWERED:
        ranked = decision.candidates or decision.suggestions
        return _Question(
            asked_at=now,
            kind=str(kind),
            reason=str(decision.reason) if decision.reason else None,
            text=decision.question.strip()[:MAX_TEXT],
            language=decision.language,
            chat_type=_chat_type(chat_type),
            user_id=user_id,
            candidates=tuple(
                (candidate.fact.id, round(float(candidate.score), 1))
                for candidate in ranked[:MAX_CANDIDATES]
            ),
            answered_facts=(),
        )
    return _Question(
        asked_at=now,
        kind=str(kind),
        reason=None,
        text="",
        language=decision.language,
        chat_type=_chat_type(chat_type),
        user_id=None,
        candidates=(),
        answered_facts=tuple(candidate.fact.id for candidate in decision.facts),
    )


# --- the writer ---------------------------------------------------------------------------------

# A write: given the open connection and the hashing secret, does its work in one transaction.
_Write = Callable[[sqlite3.Connection, bytes], Any]


@dataclass(frozen=True)
class _Task:
    write: _Write | None  # None: nothing to write, only report when the queue got this far
    what: str  # for the log line if it fails
    done: concurrent.futures.Future[Any]


# What the writer thread takes from its queue: a question (the bulk of the traffic, so it goes
# as it is, with no future and no closure) or any other write; None tells the thread to stop.
_Item = _Question | _Task


class QuestionLog:
    """The bot's side of the log: non-blocking writes through one writer thread.

    Every public method returns at once and never raises. The thread starts on the first write
    and stops in :meth:`close` or after a minute without writes; the database opens on the
    first write that needs it and, after a failure, again on the next one. Writes that arrive
    within ``batch_seconds`` of each other share a transaction.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        retention_days: int = DEFAULT_LOG_RETENTION_DAYS,
        clock: Callable[[], float] = time.time,
        inline_settle_seconds: float = INLINE_SETTLE_SECONDS,
        idle_seconds: float = IDLE_SECONDS,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.directory = Path(data_dir)
        self.path = self.directory / DATABASE_FILE
        self.retention_days = retention_days
        self.clock = clock
        self.inline_settle_seconds = inline_settle_seconds
        self.idle_seconds = idle_seconds
        self.batch_seconds = batch_seconds
        self._queue: queue.Queue[_Item | None] = queue.Queue(maxsize=MAX_PENDING)
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        # Set by flush and close: the writer stops gathering and writes what it has now.
        self._write_now = threading.Event()
        self._inline: dict[int, tuple[asyncio.TimerHandle, Callable[[], _Question]]] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    # The handlers' side ---------------------------------------------------------------------

    def record(self, decision: Decision, chat_type: str, user_id: int | None) -> None:
        """Count a question's outcome; keep its text too when it was declined or suggested."""
        try:
            question = _question(decision, chat_type, user_id, self.clock())
            if question.chat_type == "inline" and self._settle_later(user_id, lambda: question):
                return
            self._put(question)
        except Exception:
            logger.exception("Could not record a question in the question log")

    def record_inline(self, matcher: Matcher, query: str, user_id: int | None) -> None:
        """Log an inline query once its user stops typing, as the matcher would decide it.

        Inline mode ranks facts without a decision; the decision is made here, for the last
        query only, when the user stopped typing — on the event loop, not in the writer thread,
        because the matcher keeps caches that are not safe to share between threads.
        """
        try:
            asked_at = self.clock()

            def question() -> _Question:
                return _question(matcher.decide(query), "inline", user_id, asked_at)

            if not self._settle_later(user_id, question):
                self._put(question())
        except Exception:
            logger.exception("Could not record an inline question in the question log")

    def vote(self, user_id: int, fact_id: str, value: int) -> None:
        """Record a 👍 (+1) or 👎 (-1) on an answered fact; a second vote replaces the first."""
        try:
            if value not in (1, -1):
                raise ValueError(f"a vote is +1 or -1, not {value!r}")
            self._submit(_write_vote(user_id, fact_id, value, self.clock()), "record a vote")
        except Exception:
            logger.exception("Could not record a vote in the question log")

    def purge(self) -> concurrent.futures.Future[Any]:
        """Delete everything older than the retention period; the future gives the row count."""
        cutoff = self.clock() - self.retention_days * 86400
        return self._submit(lambda connection, _: _purge(connection, cutoff), "purge old rows")

    async def flush(self) -> None:
        """Wait until everything recorded so far, inline questions included, is written."""
        self._settle_all()
        done = self._submit(None, "flush")
        self._write_now.set()
        await asyncio.wrap_future(done)

    async def close(self) -> None:
        """Write what is pending, then stop the writer thread and close the database."""
        await self.flush()
        with self._start_lock:
            thread, self._thread = self._thread, None
            if thread is not None:
                self._queue.put(None)
                self._write_now.set()
        if thread is not None:
            await asyncio.to_thread(thread.join)

    # Inline queries arrive once per keystroke --------------------------------------------------

    def _settle_later(self, user_id: int | None, question: Callable[[], _Question]) -> bool:
        """Hold an inline question until its user stops typing; False when that cannot be."""
        if user_id is None:
            return False
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        previous = self._inline.pop(user_id, None)
        if previous is not None:
            previous[0].cancel()
        handle = loop.call_later(self.inline_settle_seconds, self._settle, user_id)
        self._inline[user_id] = (handle, question)
        return True

    def _settle(self, user_id: int) -> None:
        """The user stopped typing: decide on their last query here, write it in the thread."""
        pending = self._inline.pop(user_id, None)
        if pending is None:
            return
        pending[0].cancel()
        try:
            question = pending[1]()
        except Exception:
            logger.exception("Could not record an inline question in the question log")
            return
        self._put(question)

    def _settle_all(self) -> None:
        for user_id in list(self._inline):
            self._settle(user_id)

    # The writer thread ------------------------------------------------------------------------

    def _submit(self, write: _Write | None, what: str) -> concurrent.futures.Future[Any]:
        """Queue a write; the future gives its result (None if it failed or was dropped)."""
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if not self._put(_Task(write, what, done)):
            done.set_result(None)
        return done

    def _put(self, item: _Item) -> bool:
        """Queue ``item`` for the writer thread, starting it if needed; False if dropped."""
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="questionlog-writer", daemon=True
                )
                self._thread.start()
            try:
                self._queue.put_nowait(item)
            except queue.Full:
                logger.error(
                    "Question log: %d writes pending, dropped one (%s)", MAX_PENDING, item.what
                )
                return False
        return True

    def _run(self) -> None:
        # The connection belongs to this thread: one that replaces it after an idle exit
        # opens its own.
        connection: sqlite3.Connection | None = None
        secret = b""
        stop = False
        while not stop:
            try:
                first = self._queue.get(timeout=self.idle_seconds)
            except queue.Empty:
                # Idle: close the database and end the thread; the next write starts another.
                # Under the lock, so that no write is queued for a thread that is leaving.
                with self._start_lock:
                    if self._thread is threading.current_thread() and self._queue.empty():
                        self._thread = None
                        break
                continue
            batch, stop = self._gather(first)
            connection, secret = self._write_batch(batch, connection, secret)
        _close(connection)

    def _gather(self, first: _Item | None) -> tuple[list[_Item], bool]:
        """``first`` and what arrives in the next ``batch_seconds``; True when told to stop."""
        if first is None:
            return [], True
        if not (isinstance(first, _Task) and first.write is None):
            # Not woken by each record: asleep here, the thread costs the event loop nothing.
            self._write_now.wait(self.batch_seconds)
        self._write_now.clear()
        batch = [first]
        while len(batch) < MAX_BATCH:
            try:
                task = self._queue.get_nowait()
            except queue.Empty:
                break
            if task is None:
                return batch, True
            batch.append(task)
        return batch, False

    def _write_batch(
        self, batch: list[_Item], connection: sqlite3.Connection | None, secret: bytes
    ) -> tuple[sqlite3.Connection | None, bytes]:
        """Write ``batch`` in one transaction, then resolve the tasks' futures in order.

        If the transaction fails, each write is tried again on its own, so that one bad write
        (or a disk that fails) costs only what fails, and each failure is logged once.
        """
        writes = [item for item in batch if not (isinstance(item, _Task) and item.write is None)]
        results: list[Any] = [None] * len(writes)
        if len(writes) > 1:
            try:
                if connection is None:
                    connection, secret = self._open()
                with _transaction(connection):
                    results = _write_all(writes, connection, secret)
            except Exception as error:
                logger.debug("Question log: batch of %d failed (%s)", len(writes), error)
                results = [None] * len(writes)
                _close(connection)
                connection = None
                for index, item in enumerate(writes):
                    connection, secret, results[index] = self._write_one(item, connection, secret)
        elif writes:
            connection, secret, results[0] = self._write_one(writes[0], connection, secret)
        written = iter(results)
        for item in batch:
            if isinstance(item, _Task):
                item.done.set_result(next(written) if item.write is not None else None)
            else:
                next(written)
        return connection, secret

    def _write_one(
        self, item: _Item, connection: sqlite3.Connection | None, secret: bytes
    ) -> tuple[sqlite3.Connection | None, bytes, Any]:
        """One write in its own transaction; a failure is logged and gives None."""
        try:
            if connection is None:
                connection, secret = self._open()
            with _transaction(connection):
                return connection, secret, _write_all([item], connection, secret)[0]
        except (sqlite3.Error, OSError, ValueError) as error:
            logger.error("Question log %s: could not %s: %s", self.path, item.what, error)
            _close(connection)
            return None, secret, None
        except Exception:
            logger.exception("Question log %s: could not %s", self.path, item.what)
            return connection, secret, None

    def _open(self) -> tuple[sqlite3.Connection, bytes]:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        secret = load_or_create_secret(self.directory)
        # The questions are users' words: the file, and with it its -wal and -shm, is 0600.
        os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(
                f"BEGIN IMMEDIATE; {_SCHEMA} PRAGMA user_version={_SCHEMA_VERSION}; COMMIT;"
            )
            with _transaction(connection):
                purged = _purge(connection, self.clock() - self.retention_days * 86400)
        except BaseException:
            connection.close()
            raise
        logger.info("Question log %s opened (%d rows past retention deleted)", self.path, purged)
        return connection, secret


def _close(connection: sqlite3.Connection | None) -> None:
    """Close a connection if there is one, ignoring errors (it may be what failed)."""
    if connection is not None:
        with suppress(sqlite3.Error):
            connection.close()


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _write_all(items: Sequence[_Item], connection: sqlite3.Connection, secret: bytes) -> list[Any]:
    """Do ``items`` in order, each run of questions as one :func:`_write_questions`.

    Returns each item's result (None for a question). The caller holds the transaction.
    """
    results: list[Any] = []
    questions: list[_Question] = []
    for item in items:
        if isinstance(item, _Question):
            questions.append(item)
            results.append(None)
            continue
        if questions:
            _write_questions(questions, connection, secret)
            questions = []
        assert item.write is not None
        results.append(item.write(connection, secret))
    if questions:
        _write_questions(questions, connection, secret)
    return results


def _write_questions(
    questions: Sequence[_Question], connection: sqlite3.Connection, secret: bytes
) -> None:
    """Count ``questions`` per hour and outcome and per answered fact, one upsert per distinct
    counter; keep the declined and suggested ones as rows."""
    outcomes: Counter[tuple[int, str, str, str]] = Counter()
    answers: Counter[tuple[int, str, str]] = Counter()
    unanswered: list[tuple[Any, ...]] = []
    askers: dict[int, str] = {}
    for question in questions:
        hour = int(question.asked_at // 3600)
        outcomes[hour, question.kind, question.chat_type, question.language] += 1
        for fact_id in dict.fromkeys(question.answered_facts):
            answers[hour, fact_id, question.chat_type] += 1
        if question.kind in UNANSWERED:
            asker = None
            if question.user_id is not None:
                asker = askers.get(question.user_id)
                if asker is None:
                    asker = askers[question.user_id] = hash_user(secret, question.user_id)
            candidates = [{"fact": fact, "score": score} for fact, score in question.candidates]
            unanswered.append(
                (
                    question.asked_at,
                    question.kind,
                    question.reason,
                    question.text,
                    question.language,
                    question.chat_type,
                    asker,
                    json.dumps(candidates, ensure_ascii=False),
                )
            )
    _insert_rows(
        connection,
        "INSERT INTO outcomes VALUES",
        [(*key, count) for key, count in outcomes.items()],
        "ON CONFLICT DO UPDATE SET count = count + excluded.count",
    )
    _insert_rows(
        connection,
        "INSERT INTO answers VALUES",
        [(*key, count) for key, count in answers.items()],
        "ON CONFLICT DO UPDATE SET count = count + excluded.count",
    )
    _insert_rows(
        connection,
        "INSERT INTO questions (asked_at, kind, reason, text, language, chat_type, asker,"
        " candidates) VALUES",
        unanswered,
    )


def _insert_rows(
    connection: sqlite3.Connection,
    insert: str,
    rows: Sequence[tuple[Any, ...]],
    conflict: str = "",
) -> None:
    """``insert`` (ending in VALUES) of ``rows``, many rows to a statement, then ``conflict``.

    Not ``executemany``: the sqlite3 module lets go of the GIL for every row it steps, and each
    time the writer thread must win it back from a busy event loop, a forced switch that costs
    CPU on both sides. With a row a step the writer cost ~70 us a question under load instead
    of ~8 us, and the bot as a whole more than that. The keys of a batch's counters are
    distinct, so an upsert of several rows in one statement adds up the same.
    """
    if not rows:
        return
    row = "(" + ", ".join("?" * len(rows[0])) + ")"
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        chunk = rows[start : start + ROWS_PER_STATEMENT]
        connection.execute(
            f"{insert} {', '.join([row] * len(chunk))} {conflict}".rstrip(),
            [value for values in chunk for value in values],
        )


def _write_vote(user_id: int, fact_id: str, value: int, now: float) -> _Write:
    def write(connection: sqlite3.Connection, secret: bytes) -> None:
        connection.execute(
            "INSERT INTO votes VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
            (hash_user(secret, user_id), fact_id, value, now),
        )

    return write


def _purge(connection: sqlite3.Connection, cutoff: float) -> int:
    """Delete rows from before ``cutoff``; hour buckets go once their whole hour is before it.

    The caller holds the transaction."""
    cutoff_hour = int(cutoff // 3600)
    deletions = (
        ("DELETE FROM questions WHERE asked_at < ?", cutoff),
        ("DELETE FROM outcomes WHERE hour < ?", cutoff_hour),
        ("DELETE FROM answers WHERE hour < ?", cutoff_hour),
        ("DELETE FROM votes WHERE voted_at < ?", cutoff),
    )
    return sum(connection.execute(sql, (bound,)).rowcount for sql, bound in deletions)


# --- reading: `chapterbot gaps` and /stats ------------------------------------------------------


@dataclass(frozen=True)
class LoggedQuestion:
    """A declined or suggested question as the log holds it."""

    asked_at: dt.datetime
    kind: str
    reason: str | None
    text: str
    language: str
    chat_type: str
    asker: str | None
    candidates: tuple[tuple[str, float], ...]  # (fact id, score), best first


@dataclass(frozen=True)
class FactVotes:
    fact_id: str
    up: int
    down: int


class QuestionStore:
    """Read-only access to the log, safe while the bot writes (WAL readers never block it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_directory(cls, data_dir: Path) -> QuestionStore | None:
        """The store of a data directory, or None when the bot has not written one yet."""
        path = Path(data_dir) / DATABASE_FILE
        return cls(path) if path.is_file() else None

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as connection:
            yield connection

    def _query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._reading() as connection:
            try:
                return connection.execute(sql, parameters).fetchall()
            except sqlite3.OperationalError as error:
                # The bot created the file but not yet its tables: nothing logged yet.
                if "no such table" in str(error):
                    return []
                raise

    def unanswered(self, since: dt.datetime) -> list[LoggedQuestion]:
        """Declined and suggested questions asked at or after ``since``, oldest first."""
        rows = self._query(
            "SELECT asked_at, kind, reason, text, language, chat_type, asker, candidates"
            " FROM questions WHERE asked_at >= ? ORDER BY asked_at, id",
            (since.timestamp(),),
        )
        return [
            LoggedQuestion(
                asked_at=dt.datetime.fromtimestamp(asked_at, dt.UTC),
                kind=kind,
                reason=reason,
                text=text,
                language=language,
                chat_type=chat_type,
                asker=asker,
                candidates=_parse_candidates(candidates),
            )
            for asked_at, kind, reason, text, language, chat_type, asker, candidates in rows
        ]

    def outcomes(self, since: dt.datetime) -> dict[str, int]:
        """How many questions ended in each outcome (answer, suggest, decline, chitchat)."""
        rows = self._query(
            "SELECT kind, SUM(count) FROM outcomes WHERE hour >= ? GROUP BY kind",
            (_hour_of(since),),
        )
        return {kind: int(count) for kind, count in rows}

    def top_facts(self, since: dt.datetime, limit: int = 5) -> list[tuple[str, int]]:
        """The most answered facts, with how many questions each answered."""
        rows = self._query(
            "SELECT fact_id, SUM(count) AS total FROM answers WHERE hour >= ?"
            " GROUP BY fact_id ORDER BY total DESC, fact_id LIMIT ?",
            (_hour_of(since), limit),
        )
        return [(fact_id, int(total)) for fact_id, total in rows]

    def votes(self, since: dt.datetime | None = None) -> list[FactVotes]:
        """👍 and 👎 per fact (each user's latest vote), the most 👎 first."""
        rows = self._query(
            "SELECT fact_id, SUM(vote > 0), SUM(vote < 0) FROM votes WHERE voted_at >= ?"
            " GROUP BY fact_id ORDER BY SUM(vote < 0) DESC, SUM(vote > 0), fact_id",
            (since.timestamp() if since else 0.0,),
        )
        return [FactVotes(fact_id, int(up), int(down)) for fact_id, up, down in rows]


def _hour_of(moment: dt.datetime) -> int:
    """The hour bucket a moment falls in: counts from that whole hour are included."""
    return int(moment.timestamp() // 3600)


def _parse_candidates(raw: str) -> tuple[tuple[str, float], ...]:
    try:
        items = json.loads(raw)
        return tuple((str(item["fact"]), float(item["score"])) for item in items)
    except (ValueError, TypeError, KeyError):
        return ()


# --- the handlers' one call ---------------------------------------------------------------------


def record(
    context: ContextTypes.DEFAULT_TYPE, decision: Decision, chat_type: str, user_id: int | None
) -> None:
    """Log a question from a handler: returns at once, never raises, no-op without a log."""
    question_log = from_context(context)
    if question_log is not None:
        question_log.record(decision, chat_type, user_id)


def record_from(update: Update, context: ContextTypes.DEFAULT_TYPE, decision: Decision) -> None:
    """Log the decision on a question asked in the update's chat (private, group, supergroup)."""
    chat, user = update.effective_chat, update.effective_user
    chat_type = chat.type if chat is not None else "private"
    record(context, decision, chat_type, user.id if user is not None else None)


def record_inline(
    context: ContextTypes.DEFAULT_TYPE, matcher: Matcher, query: str, user_id: int | None
) -> None:
    """Log an inline query (the last one its user typed): returns at once, never raises."""
    question_log = from_context(context)
    if question_log is not None:
        question_log.record_inline(matcher, query, user_id)


def from_context(context: ContextTypes.DEFAULT_TYPE) -> QuestionLog | None:
    """The application's question log, if the wiring installed one."""
    question_log = context.bot_data.get(BOT_DATA_KEY)
    return question_log if isinstance(question_log, QuestionLog) else None


# --- retention ---------------------------------------------------------------------------------


async def purge_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue callback: delete rows past the retention period, log how many."""
    question_log = from_context(context)
    if question_log is None:
        return
    deleted = await asyncio.wrap_future(question_log.purge())
    if deleted:
        logger.info(
            "Question log: deleted %d rows past %d days", deleted, question_log.retention_days
        )


def schedule_retention(job_queue: JobQueue[Any]) -> None:
    """Purge once a day; the start-up purge is :meth:`QuestionLog.purge` from post_init."""
    # Not first=0: APScheduler cannot run a job "now" that was added before it started.
    job_queue.run_repeating(purge_job, interval=dt.timedelta(days=1), name="retention")
