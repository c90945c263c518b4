"""The question log: what it keeps, what it never keeps, and that writing never gets in the way."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot import questionlog
from bot.questionlog import (
    BOT_DATA_KEY,
    DATABASE_FILE,
    SECRET_FILE,
    FactVotes,
    QuestionLog,
    QuestionStore,
    hash_user,
    load_or_create_secret,
    purge_job,
)
from bot.settings import Settings
from knowledge import (
    Candidate,
    Decision,
    DeclineReason,
    Kind,
    KnowledgeBase,
    Matcher,
)
from knowledge.messages import DECLINE
from tests.conftest import BotHarness, OfflineBotApi, start_harness

USER = 987_654_321_123  # distinctive, so a raw copy in the file would be found
OTHER_USER = 555_000_111
LONG_AGO = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class Clock:
    """A settable clock, so tests can write rows "days ago" without waiting."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def question_log(tmp_path: Path):
    log = QuestionLog(tmp_path / "data", inline_settle_seconds=60)
    yield log
    await log.close()


def declined(text: str, knowledge: KnowledgeBase, language: str = "en") -> Decision:
    facts = list(knowledge)
    return Decision(
        Kind.DECLINE,
        text,
        language,
        candidates=(Candidate(facts[0], 31.5), Candidate(facts[1], 20.04)),
        reason=DeclineReason.OUT_OF_SCOPE,
    )


def suggested(text: str, knowledge: KnowledgeBase) -> Decision:
    candidates = (Candidate(knowledge.facts[2], 52.0), Candidate(knowledge.facts[3], 48.0))
    return Decision(Kind.SUGGEST, text, "en", suggestions=candidates, candidates=candidates)


def answered(knowledge: KnowledgeBase, *fact_ids: str) -> Decision:
    facts = tuple(Candidate(knowledge.facts_by_id[fact_id], 80.0) for fact_id in fact_ids)
    return Decision(Kind.ANSWER, "a question", "en", facts=facts, candidates=facts)


def secret_of(data_dir: Path) -> bytes:
    return bytes.fromhex((data_dir / SECRET_FILE).read_text().strip())


def store_of(log: QuestionLog) -> QuestionStore:
    store = QuestionStore.in_directory(log.directory)
    assert store is not None
    return store


async def test_declined_and_suggested_questions_are_kept_with_their_candidates(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    question_log.record(declined("Who won the 2018 World Cup?", knowledge), "private", USER)
    question_log.record(suggested("festival in vitebsk", knowledge), "supergroup", OTHER_USER)
    await question_log.flush()

    rows = store_of(question_log).unanswered(LONG_AGO)
    assert [(row.kind, row.text, row.chat_type, row.language) for row in rows] == [
        ("decline", "Who won the 2018 World Cup?", "private", "en"),
        ("suggest", "festival in vitebsk", "supergroup", "en"),
    ]
    first = rows[0]
    assert first.reason == "out_of_scope"
    assert first.candidates == ((knowledge.facts[0].id, 31.5), (knowledge.facts[1].id, 20.0))
    assert abs(first.asked_at.timestamp() - time.time()) < 60
    assert first.asker == hash_user(load_or_create_secret(question_log.directory), USER)
    assert rows[1].candidates[0] == (knowledge.facts[2].id, 52.0)


async def test_answered_questions_are_counted_per_fact_without_their_text(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    question_log.record(answered(knowledge, "slavianski-bazaar"), "private", USER)
    question_log.record(answered(knowledge, "slavianski-bazaar"), "group", USER)
    question_log.record(
        answered(knowledge, "slavianski-bazaar", "touring-via-ministry"), "private", USER
    )
    question_log.record(declined("football", knowledge), "private", USER)
    question_log.record(Decision(Kind.CHITCHAT, "hi", "en"), "private", USER)
    await question_log.flush()

    store = store_of(question_log)
    assert store.top_facts(LONG_AGO) == [("slavianski-bazaar", 3), ("touring-via-ministry", 1)]
    assert store.outcomes(LONG_AGO) == {"answer": 3, "decline": 1, "chitchat": 1}
    assert [row.text for row in store.unanswered(LONG_AGO)] == ["football"]


async def test_counts_add_up_over_batches_hours_and_chat_types(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    clock = Clock()
    log = QuestionLog(tmp_path, clock=clock)
    for _ in range(3):
        log.record(answered(knowledge, "slavianski-bazaar"), "private", USER)
    log.record(answered(knowledge, "slavianski-bazaar"), "group", OTHER_USER)
    await log.flush()
    # A later batch adds to the counts already written; so does one from another hour.
    log.record(answered(knowledge, "slavianski-bazaar", "touring-via-ministry"), "private", USER)
    log.record(declined("football", knowledge), "private", USER)
    await log.flush()
    clock.now += 3 * 3600
    log.record(answered(knowledge, "touring-via-ministry"), "private", OTHER_USER)
    await log.close()

    store = store_of(log)
    assert store.top_facts(LONG_AGO) == [("slavianski-bazaar", 5), ("touring-via-ministry", 2)]
    assert store.outcomes(LONG_AGO) == {"answer": 6, "decline": 1}
    # Only the last hour's counts are since two hours ago.
    since = dt.datetime.fromtimestamp(clock.now - 2 * 3600, dt.UTC)
    assert store.top_facts(since) == [("touring-via-ministry", 1)]
    assert store.outcomes(since) == {"answer": 1}


async def test_raw_user_ids_never_reach_the_database_files(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    question_log.record(declined("what is the budget", knowledge), "private", USER)
    question_log.record(answered(knowledge, "slavianski-bazaar"), "private", USER)
    question_log.vote(USER, "slavianski-bazaar", -1)
    await question_log.flush()

    files = [path for path in question_log.directory.iterdir() if path.name != SECRET_FILE]
    assert {path.name for path in files} >= {DATABASE_FILE, DATABASE_FILE + "-wal"}
    raw_forms = [
        str(USER).encode(),
        USER.to_bytes(8, "big"),  # how SQLite would store it as an integer
        USER.to_bytes(6, "big"),
    ]
    for path in files:
        content = path.read_bytes()
        assert content, path
        for raw in raw_forms:
            assert raw not in content, f"user id found in {path.name}"
    # What is there instead: the keyed hash.
    secret = load_or_create_secret(question_log.directory)
    assert hash_user(secret, USER).encode() in b"".join(path.read_bytes() for path in files)


async def test_the_secret_and_the_database_are_private_to_the_bot(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    question_log.record(declined("anything", knowledge), "private", USER)
    await question_log.flush()

    for name in (SECRET_FILE, DATABASE_FILE, DATABASE_FILE + "-wal"):
        mode = stat.S_IMODE((question_log.directory / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    assert len(load_or_create_secret(question_log.directory)) == 32


def test_the_hash_is_keyed_per_installation(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = load_or_create_secret(tmp_path / "one")
    again = load_or_create_secret(tmp_path / "one")
    other = load_or_create_secret(tmp_path / "two")

    assert one == again
    assert hash_user(one, USER) == hash_user(again, USER)
    assert hash_user(one, USER) != hash_user(one, OTHER_USER)
    assert hash_user(one, USER) != hash_user(other, USER)


def test_a_damaged_secret_is_an_error_not_a_new_secret(tmp_path: Path) -> None:
    (tmp_path / SECRET_FILE).write_text("not hex at all")

    with pytest.raises(ValueError, match="secret"):
        load_or_create_secret(tmp_path)


async def test_one_vote_per_user_per_answer_and_a_second_press_changes_it(
    question_log: QuestionLog,
) -> None:
    question_log.vote(USER, "slavianski-bazaar", 1)
    question_log.vote(USER, "slavianski-bazaar", 1)
    question_log.vote(OTHER_USER, "slavianski-bazaar", 1)
    question_log.vote(USER, "touring-via-ministry", -1)
    await question_log.flush()
    store = store_of(question_log)
    assert {(v.fact_id, v.up, v.down) for v in store.votes()} == {
        ("slavianski-bazaar", 2, 0),
        ("touring-via-ministry", 0, 1),
    }

    question_log.vote(USER, "slavianski-bazaar", -1)
    await question_log.flush()
    # The most 👎 first; between equals, the one with fewer 👍.
    assert [(v.fact_id, v.up, v.down) for v in store.votes()] == [
        ("touring-via-ministry", 0, 1),
        ("slavianski-bazaar", 1, 1),
    ]


async def test_retention_purges_old_rows_on_open_and_on_demand(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    clock = Clock()
    log = QuestionLog(tmp_path, retention_days=30, clock=clock)
    clock.now -= 40 * 86400
    log.record(declined("forty days ago", knowledge), "private", USER)
    log.record(answered(knowledge, "slavianski-bazaar"), "private", USER)
    log.vote(USER, "slavianski-bazaar", -1)
    clock.now += 20 * 86400
    log.record(declined("twenty days ago", knowledge), "private", USER)
    await log.flush()
    store = store_of(log)
    assert len(store.unanswered(LONG_AGO)) == 2

    clock.now += 20 * 86400  # today: the first rows are 40 days old, the last 20
    deleted = await asyncio.wrap_future(log.purge())
    assert deleted == 5  # the question, two outcome buckets, the answer bucket, the vote
    assert [row.text for row in store.unanswered(LONG_AGO)] == ["twenty days ago"]
    assert store.votes() == [] and store.top_facts(LONG_AGO) == []
    await log.close()

    # A log opened after a long pause purges before it writes anything else.
    clock.now += 15 * 86400
    reopened = QuestionLog(tmp_path, retention_days=30, clock=clock)
    reopened.record(Decision(Kind.CHITCHAT, "hi", "en"), "private", USER)
    await reopened.close()
    assert store.unanswered(LONG_AGO) == []


async def test_a_write_failure_is_logged_and_never_raised(
    tmp_path: Path, knowledge: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> None:
    # A data directory that cannot be created (a file is in the way) fails even for root,
    # unlike a read-only directory.
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    log = QuestionLog(blocker / "data")
    with caplog.at_level(logging.ERROR, logger="bot.questionlog"):
        log.record(declined("what is the budget", knowledge), "private", USER)
        log.vote(USER, "slavianski-bazaar", 1)
        await log.flush()
        await log.close()
    failures = [r for r in caplog.records if r.name == "bot.questionlog"]
    assert len(failures) == 2
    assert "could not record a question" in failures[0].getMessage()
    assert "could not record a vote" in failures[1].getMessage()


async def test_a_read_only_data_directory_is_logged_and_never_raised(
    tmp_path: Path, knowledge: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> None:
    read_only = tmp_path / "data"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        if _writable(read_only):
            pytest.skip("running as root: a read-only directory is still writable")
        log = QuestionLog(read_only)
        with caplog.at_level(logging.ERROR, logger="bot.questionlog"):
            log.record(declined("what is the budget", knowledge), "private", USER)
            await log.close()
        assert any("could not record a question" in r.getMessage() for r in caplog.records)
    finally:
        read_only.chmod(0o700)


def _writable(directory: Path) -> bool:
    probe = directory / "probe"
    try:
        probe.write_text("")
    except OSError:
        return False
    probe.unlink()
    return True


async def test_recording_returns_at_once_even_when_the_disk_hangs(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    release = threading.Event()
    blocked = question_log._submit(lambda connection, secret: release.wait(10), "hang")
    for number in range(200):
        question_log.record(declined(f"question {number}", knowledge), "private", USER)
    # Every record returned while the disk was still hanging (had one waited, the hang would
    # have run out first and reported False).
    assert not blocked.done()
    release.set()
    assert await asyncio.wrap_future(blocked) is True
    await question_log.flush()

    assert len(store_of(question_log).unanswered(LONG_AGO)) == 200


async def test_records_that_arrive_together_share_one_transaction(
    tmp_path: Path, knowledge: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long gathering window, so that a slow machine cannot split the batch; flush ends it.
    question_log = QuestionLog(tmp_path, batch_seconds=30)
    question_log.record(declined("opens the database", knowledge), "private", USER)
    await question_log.flush()
    transactions = 0
    real_transaction = questionlog._transaction

    @contextlib.contextmanager
    def counted(connection: sqlite3.Connection) -> Iterator[None]:
        nonlocal transactions
        transactions += 1
        with real_transaction(connection):
            yield

    monkeypatch.setattr(questionlog, "_transaction", counted)
    for number in range(50):
        question_log.record(declined(f"question {number}", knowledge), "private", USER)
        question_log.record(answered(knowledge, "publication-date"), "private", USER)
    question_log.vote(USER, "publication-date", 1)
    await question_log.flush()

    await question_log.close()

    assert transactions == 1
    store = store_of(question_log)
    assert len(store.unanswered(LONG_AGO)) == 51
    assert store.outcomes(LONG_AGO) == {"decline": 51, "answer": 50}
    assert store.votes() == [FactVotes("publication-date", 1, 0)]


async def test_a_batch_larger_than_one_statement_keeps_every_row_and_count(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    # Rows go in several to a statement: a batch needs more than one statement here.
    count = 2 * questionlog.ROWS_PER_STATEMENT + 7
    question_log = QuestionLog(tmp_path, batch_seconds=30)
    for number in range(count):
        question_log.record(declined(f"question {number}", knowledge), "private", USER)
        question_log.record(suggested(f"maybe {number}", knowledge), "group", OTHER_USER)
        question_log.record(answered(knowledge, "publication-date"), "private", USER)
        question_log.record(
            answered(knowledge, "publication-date", "chapter-section"), "group", OTHER_USER
        )
    await question_log.close()

    store = store_of(question_log)
    rows = store.unanswered(LONG_AGO)
    expected = [text for n in range(count) for text in (f"question {n}", f"maybe {n}")]
    assert [row.text for row in rows] == expected
    assert {row.asker for row in rows[0::2]} == {hash_user(secret_of(tmp_path), USER)}
    assert rows[1].candidates == ((knowledge.facts[2].id, 52.0), (knowledge.facts[3].id, 48.0))
    assert store.outcomes(LONG_AGO) == {"decline": count, "suggest": count, "answer": 2 * count}
    assert store.top_facts(LONG_AGO) == [
        ("publication-date", 2 * count),
        ("chapter-section", count),
    ]


async def test_a_write_that_fails_in_a_batch_loses_only_itself(
    question_log: QuestionLog, knowledge: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(connection: sqlite3.Connection, secret: bytes) -> None:
        connection.execute("INSERT INTO no_such_table VALUES (1)")

    with caplog.at_level(logging.ERROR, logger="bot.questionlog"):
        question_log.record(declined("before", knowledge), "private", USER)
        failed = question_log._submit(broken, "write something broken")
        question_log.record(declined("after", knowledge), "private", USER)
        await question_log.flush()

    assert await asyncio.wrap_future(failed) is None
    rows = store_of(question_log).unanswered(LONG_AGO)
    assert [row.text for row in rows] == ["before", "after"]
    failures = [r.getMessage() for r in caplog.records if r.name == "bot.questionlog"]
    assert len(failures) == 1
    assert "could not write something broken" in failures[0]


async def test_flush_does_not_wait_for_the_batch_to_fill(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    log = QuestionLog(tmp_path, batch_seconds=30)
    log.record(declined("first", knowledge), "private", USER)
    # A deadline well short of the 30 s batch: closing writes what is pending at once.
    await asyncio.wait_for(log.close(), timeout=10)
    assert [row.text for row in store_of(log).unanswered(LONG_AGO)] == ["first"]


async def test_the_store_reads_while_the_bot_writes(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    question_log.record(declined("first", knowledge), "private", USER)
    await question_log.flush()
    with sqlite3.connect(question_log.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)

    # The writer keeps its connection open (and the WAL file) between writes.
    store = store_of(question_log)
    for number in range(5):
        question_log.record(declined(f"more {number}", knowledge), "group", USER)
        assert len(store.unanswered(LONG_AGO)) >= 1
    await question_log.flush()
    assert len(store.unanswered(LONG_AGO)) == 6


async def test_an_inline_question_is_logged_once_its_user_stops_typing(
    question_log: QuestionLog, knowledge: KnowledgeBase
) -> None:
    matcher = Matcher(knowledge)
    for typed in ("wh", "who won", "who won the world", "who won the world cup"):
        question_log.record_inline(matcher, typed, USER)
    question_log.record_inline(matcher, "recipe for borscht", OTHER_USER)
    await question_log.flush()

    rows = store_of(question_log).unanswered(LONG_AGO)
    assert sorted(row.text for row in rows) == ["recipe for borscht", "who won the world cup"]
    assert {row.chat_type for row in rows} == {"inline"}


async def test_an_inline_question_settles_by_itself(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    log = QuestionLog(tmp_path, inline_settle_seconds=0.01)
    log.record_inline(Matcher(knowledge), "who won the world cup", USER)
    deadline = time.monotonic() + 5
    while log._inline and time.monotonic() < deadline:
        await asyncio.sleep(0.005)
    assert not log._inline
    await log.close()
    assert [row.text for row in store_of(log).unanswered(LONG_AGO)] == ["who won the world cup"]


def test_no_store_before_the_bot_wrote_one(tmp_path: Path) -> None:
    assert QuestionStore.in_directory(tmp_path) is None
    assert QuestionStore.in_directory(tmp_path / "missing") is None


# --- through Telegram -------------------------------------------------------------------------

TELEGRAM_USER = {"id": USER, "is_bot": False, "first_name": "Dana", "language_code": "en"}


async def test_through_telegram_no_raw_user_id_reaches_the_database(bot: BotHarness) -> None:
    await bot.private("What is the weather in Paris?", TELEGRAM_USER)
    await bot.private("When was the chapter published?", TELEGRAM_USER)
    await bot.process(bot.updates.inline("weather in paris", TELEGRAM_USER))
    await bot.press("v:-:publication-date", TELEGRAM_USER)
    log = bot.bot_data[BOT_DATA_KEY]
    await log.close()

    files = [path for path in log.directory.iterdir() if path.name.startswith(DATABASE_FILE)]
    content = b"".join(path.read_bytes() for path in files)
    assert b"weather in paris" in content.lower()  # the log was written…
    for raw in (str(USER).encode(), USER.to_bytes(8, "big"), USER.to_bytes(6, "big")):
        assert raw not in content  # …without the user id in any form


def _refuse_to_open(*args: object, **kwargs: object) -> sqlite3.Connection:
    raise sqlite3.OperationalError("attempt to write a readonly database")


@pytest.mark.parametrize("failure", ["data dir blocked", "sqlite refuses"])
async def test_a_failing_log_is_logged_and_the_user_still_gets_the_reply(
    bot: BotHarness,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    failure: str,
) -> None:
    if failure == "data dir blocked":
        blocker = tmp_path / "a-file"
        blocker.write_text("")
        bot.bot_data[BOT_DATA_KEY] = QuestionLog(blocker / "data")
    else:
        monkeypatch.setattr(sqlite3, "connect", _refuse_to_open)

    with caplog.at_level(logging.ERROR, logger="bot.questionlog"):
        await bot.private("What is the weather in Paris?")
        await bot.private("When was the chapter published?")
        await bot.press("v:+:publication-date")
        await bot.bot_data[BOT_DATA_KEY].close()

    decline, answer = bot.api.texts
    assert decline.startswith(DECLINE[DeclineReason.OUT_OF_SCOPE]["en"])
    assert answer.startswith("The chapter was published on 11 April 2013.")
    assert len(bot.api.of("answerCallbackQuery")) == 1
    failures = [r.getMessage() for r in caplog.records if r.name == "bot.questionlog"]
    assert len(failures) == 3
    assert all("could not record" in message for message in failures)


async def test_an_idle_writer_stops_and_the_next_write_starts_it_again(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    log = QuestionLog(tmp_path, idle_seconds=0.01)
    log.record(declined("first", knowledge), "private", USER)
    await log.flush()
    deadline = time.monotonic() + 5
    while log._thread is not None and time.monotonic() < deadline:
        await asyncio.sleep(0.005)
    assert log._thread is None  # no thread, no open database while nothing happens

    log.record(declined("second", knowledge), "private", USER)
    await log.close()
    assert [row.text for row in store_of(log).unanswered(LONG_AGO)] == ["first", "second"]


async def test_retention_runs_when_the_bot_starts_and_daily(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    # A row from long ago, written before this start.
    old = QuestionLog(settings.data_dir, clock=lambda: time.time() - 400 * 86400)
    old.record(declined("asked last year", knowledge), "private", USER)
    await old.close()
    store = store_of(old)
    assert len(store.unanswered(LONG_AGO)) == 1

    harness = await start_harness(settings, knowledge, api)
    application = harness.application
    await application.start()  # as run_polling does: the job queue, then post_init
    assert application.post_init is not None
    await application.post_init(application)
    try:
        [job] = application.job_queue.get_jobs_by_name("retention")
        assert job.trigger.interval == dt.timedelta(days=1)
        await application.bot_data[BOT_DATA_KEY].flush()
        assert store.unanswered(LONG_AGO) == []
    finally:
        await application.stop()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()


async def test_the_daily_job_purges(tmp_path: Path, knowledge: KnowledgeBase) -> None:
    clock = Clock()
    log = QuestionLog(tmp_path, clock=clock)
    log.record(declined("old", knowledge), "private", USER)
    await log.flush()
    clock.now += 91 * 86400

    await purge_job(SimpleNamespace(bot_data={BOT_DATA_KEY: log}))
    assert store_of(log).unanswered(LONG_AGO) == []
    await log.close()
