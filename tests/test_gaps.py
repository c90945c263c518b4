"""``chapterbot gaps``: the curator's to-do list, read from the question log."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.gaps import content_key, group_questions, parse_since, similar
from bot.questionlog import BOT_DATA_KEY, LoggedQuestion, QuestionLog
from bot.settings import Settings
from knowledge import Candidate, Decision, DeclineReason, Kind, KnowledgeBase
from tests.conftest import ALICE, BORIS, BOT_USERNAME, CAROL, BotHarness

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("CHAPTERBOT_DATA_DIR", str(directory))
    return directory


def logged(text: str, language: str = "en") -> LoggedQuestion:
    return LoggedQuestion(NOW, "decline", "out_of_scope", text, language, "private", None, ())


def declined(
    text: str,
    knowledge: KnowledgeBase,
    nearest: str | None = None,
    score: float = 30.0,
    reason: DeclineReason = DeclineReason.OUT_OF_SCOPE,
) -> Decision:
    candidates = (Candidate(knowledge.facts_by_id[nearest], score),) if nearest else ()
    return Decision(Kind.DECLINE, text, "en", candidates=candidates, reason=reason)


def gaps(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["gaps", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- --since ----------------------------------------------------------------------------------


def test_since_takes_hours_days_and_weeks() -> None:
    assert parse_since("12h") == dt.timedelta(hours=12)
    assert parse_since("7d") == dt.timedelta(days=7)
    assert parse_since(" 4W ") == dt.timedelta(weeks=4)


@pytest.mark.parametrize("bad", ["", "7", "d", "7x", "-3d", "0d", "1.5d", "7 days"])
def test_a_malformed_since_is_a_usage_error(
    bad: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = gaps(f"--since={bad}", capsys=capsys)
    assert code == 2
    assert out == ""
    assert "--since" in err and "12h, 7d or 4w" in err


# --- grouping ---------------------------------------------------------------------------------


def test_rephrasings_group_and_different_subjects_do_not() -> None:
    questions = [
        "Who won the World Cup in 2018?",
        "who won the world cup 2018",
        "world cup 2018 winner",
        "Who won Eurovision?",
        "what is the budget of the ministry of culture",
        "ministry of culture budget",
        "кто министр культуры",
        "кто министр культуры России",
        "culture",
        "festivals in russia",
        "what festivals are in russia",
        "when is the slavianski bazaar",
        "slavianski bazar dates",
    ]
    groups = group_questions(logged(text) for text in questions)
    by_first = {gap.examples[0]: sorted(q.text for q in gap.questions) for gap in groups}

    assert by_first["Who won the World Cup in 2018?"] == [
        "Who won the World Cup in 2018?",
        "who won the world cup 2018",
        "world cup 2018 winner",
    ]
    assert sorted(by_first["what is the budget of the ministry of culture"]) == [
        "ministry of culture budget",
        "what is the budget of the ministry of culture",
    ]
    assert len(by_first["кто министр культуры"]) == 2
    assert len(by_first["when is the slavianski bazaar"]) == 2  # a typo is the same word
    # A lone word is not swallowed by every longer question that contains it.
    assert by_first["culture"] == ["culture"]
    assert by_first["Who won Eurovision?"] == ["Who won Eurovision?"]
    assert [gap.count for gap in groups] == sorted((gap.count for gap in groups), reverse=True)


def test_similarity_ignores_case_punctuation_word_order_and_function_words() -> None:
    assert content_key("Who won the World Cup?") == content_key("who WON world cup")
    assert similar(content_key("budget of the ministry"), content_key("the ministry's budget"))
    assert not similar(content_key("weather in moscow"), content_key("theatres in moscow"))


def test_examples_are_distinct_and_most_asked_first() -> None:
    texts = ["ministry budget"] * 3 + ["Ministry budget"] + ["budget of the ministry"] * 2
    [gap] = group_questions(logged(text) for text in texts)
    assert gap.count == 6
    assert gap.examples == ["ministry budget", "budget of the ministry"]


# --- the command ------------------------------------------------------------------------------


async def fill_log(data_dir: Path, knowledge: KnowledgeBase) -> None:
    """A week of a small bot's life: repeated gaps, noise, an old question, answers, votes."""
    clock_now = time.time()
    log = QuestionLog(data_dir, clock=lambda: clock_now)
    for user in range(5):
        log.record(declined("Who won the World Cup in 2018?", knowledge), "private", user)
    log.record(declined("world cup 2018 winner", knowledge), "group", 7)
    log.record(
        Decision(
            Kind.SUGGEST,
            "ministry of culture budget",
            "en",
            suggestions=(Candidate(knowledge.facts_by_id["touring-via-ministry"], 52.5),),
            candidates=(Candidate(knowledge.facts_by_id["touring-via-ministry"], 52.5),),
        ),
        "supergroup",
        8,
    )
    log.record(
        declined("бюджет министерства культуры", knowledge, "touring-via-ministry", 31.0),
        "inline",
        None,
    )
    log.record(declined("🙂", knowledge, reason=DeclineReason.EMPTY), "private", 1)
    for user in range(3):
        log.vote(user, "touring-via-ministry", -1)
    log.vote(4, "slavianski-bazaar", 1)
    await log.flush()
    clock_now -= 30 * 86400
    log.record(declined("a question from last month", knowledge), "private", 1)
    await log.close()


async def test_the_table_lists_gaps_most_asked_first_then_the_most_downvoted(
    data_dir: Path, knowledge: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    await fill_log(data_dir, knowledge)

    code, out, err = gaps(capsys=capsys)

    assert code == 0, err
    assert "8 questions in 3 groups" in out
    assert "1 empty or garbage messages not shown" in out
    world_cup = out.index("“Who won the World Cup in 2018?”")
    budget = out.index("“ministry of culture budget”")
    assert world_cup < out.index("“world cup 2018 winner”") < budget
    assert "#1  6× by 6 people · en 6 · private 5, group 1 · declined 6, suggested 0" in out
    assert "nearest fact: touring-via-ministry (score 52) — The best theatre" in out
    assert "a question from last month" not in out
    downvoted = out[out.index("Facts with the most 👎") :]
    assert "3     0  touring-via-ministry" in downvoted
    assert "slavianski-bazaar" not in downvoted  # only 👍
    assert all(len(line) <= 100 for line in out.splitlines())


async def test_json_and_csv_carry_the_same_report(
    data_dir: Path, knowledge: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    await fill_log(data_dir, knowledge)

    code, out, _ = gaps("--format", "json", capsys=capsys)
    assert code == 0
    report = json.loads(out)
    assert report["questions"] == 8 and report["noise"] == 1
    first = report["groups"][0]
    assert first["count"] == 6 and first["askers"] == 6
    assert first["examples"] == ["Who won the World Cup in 2018?", "world cup 2018 winner"]
    assert first["chat_types"] == {"private": 5, "group": 1}
    assert first["now"] == "still declined"
    budget = report["groups"][1]
    assert budget["nearest_fact"] == "touring-via-ministry"
    assert budget["languages"] == {"en": 1}
    assert report["downvoted"][0]["fact_id"] == "touring-via-ministry"
    assert report["downvoted"][0]["down"] == 3

    code, out, _ = gaps("--format", "csv", "--since", "4w", capsys=capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["section"] for row in rows] == ["gap"] * 3 + ["downvoted"]
    assert rows[0]["count"] == "6"
    assert rows[0]["examples"] == "Who won the World Cup in 2018? | world cup 2018 winner"
    assert rows[-1]["fact_id"] == "touring-via-ministry" and rows[-1]["down"] == "3"

    code, out, _ = gaps("--format", "json", "--since", "5w", capsys=capsys)
    assert "a question from last month" in out


def test_no_data_directory_is_a_friendly_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = gaps(capsys=capsys)
    assert code == 0
    assert "No questions logged yet" in out and str(data_dir) in out
    assert err == ""

    code, out, err = gaps("--format", "json", capsys=capsys)
    assert code == 0
    assert json.loads(out)["groups"] == []
    assert "No questions logged yet" in err


async def test_an_empty_log_says_there_is_nothing_to_do(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = QuestionLog(data_dir)
    log.record(Decision(Kind.CHITCHAT, "hi", "en"), "private", 1)
    await log.close()

    code, out, _ = gaps(capsys=capsys)
    assert code == 0
    assert "0 questions in 0 groups" in out
    assert "Nothing unanswered in this period." in out


async def test_the_command_reads_while_the_bot_is_writing(
    data_dir: Path, knowledge: KnowledgeBase
) -> None:
    log = QuestionLog(data_dir)
    log.record(declined("how many theatres are in Vitebsk", knowledge), "private", 1)
    await log.flush()  # the writer keeps the database open, as a running bot does

    result = subprocess.run(
        [sys.executable, "-m", "bot", "gaps", "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "CHAPTERBOT_DATA_DIR": str(data_dir)},
        timeout=60,
        check=False,
    )
    log.record(declined("how many theatres are in Vitebsk?", knowledge), "group", 2)
    await log.close()

    assert result.returncode == 0, result.stderr
    [group] = json.loads(result.stdout)["groups"]
    assert group["examples"] == ["how many theatres are in Vitebsk"]


# --- through Telegram -------------------------------------------------------------------------


async def test_a_declined_question_asked_through_telegram_appears_in_gaps(
    bot: BotHarness,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await bot.private("What is the weather in Paris?", BORIS)
    await bot.process(bot.updates.group(f"@{BOT_USERNAME} what's the weather in Paris", ALICE))
    for typed in ("weath", "weather in", "weather in paris?"):  # inline: per keystroke
        await bot.process(bot.updates.inline(typed, CAROL))
    await bot.private("When was the chapter published?", ALICE)  # answered: not a gap
    await bot.bot_data[BOT_DATA_KEY].close()  # what post_shutdown does
    monkeypatch.setenv("CHAPTERBOT_DATA_DIR", str(settings.data_dir))

    code, out, err = gaps("--format", "json", capsys=capsys)

    assert code == 0, err
    [gap] = json.loads(out)["groups"]
    assert gap["count"] == 3 and gap["askers"] == 3
    assert gap["chat_types"] == {"private": 1, "supergroup": 1, "inline": 1}
    assert gap["examples"] == [
        "What is the weather in Paris?",
        "what's the weather in Paris",
        "weather in paris?",
    ]
    assert gap["now"] == "still declined"

    code, out, _ = gaps(capsys=capsys)
    assert "#1  3× by 3 people" in out and "“What is the weather in Paris?”" in out
