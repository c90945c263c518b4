"""``chapterbot ask`` and ``chat`` as other tools call them: output, exit codes, no Telegram."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.loader import SHIPPED_KNOWLEDGE

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"question", "language", "answered", "reply", "facts", "suggestions"}


def chapterbot(
    *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    # The shipped knowledge unless a test names another; replies in UTF-8 whatever the locale.
    inherited = {k: v for k, v in os.environ.items() if k != "CHAPTERBOT_KNOWLEDGE"}
    environment = {**inherited, "PYTHONIOENCODING": "utf-8", **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=60,
    )


def test_ask_prints_the_plain_reply() -> None:
    result = chapterbot("ask", "who", "initiated", "slavyanski", "bazaar")
    assert result.returncode == 0, result.stderr
    assert "Union State of Russia and Belarus" in result.stdout
    assert "Direct professional co-operation" in result.stdout  # the source line


def test_ask_json_is_one_object_of_the_contract() -> None:
    result = chapterbot("ask", "--json", "кто проводит форумы интеллигенции СНГ")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    reply = json.loads(line)
    assert set(reply) == KEYS
    assert reply["language"] == "ru"
    assert reply["answered"] is True and reply["answered"] == bool(reply["facts"])
    fact = reply["facts"][0]
    assert set(fact) == {"id", "text", "quote", "score"}
    assert isinstance(fact["score"], float)
    source = (SHIPPED_KNOWLEDGE / "russia-3.4.4" / "source.txt").read_text(encoding="utf-8")
    assert " ".join(fact["quote"].split()) in " ".join(source.split())
    assert fact["text"] in reply["reply"] and fact["quote"] in reply["reply"]


def test_ask_json_declines_and_suggests_with_empty_facts() -> None:
    declined = json.loads(chapterbot("ask", "--json", "recipe for borscht").stdout)
    assert declined["answered"] is False and declined["facts"] == []
    assert declined["reply"]
    suggested = json.loads(chapterbot("ask", "--json", "festival").stdout)
    assert suggested["answered"] is False
    assert {"id", "text", "score"} == set(suggested["suggestions"][0])


def test_ask_keeps_the_index_for_the_next_run(tmp_path: Path) -> None:
    question = "кто учридил славянский базар"
    cache = tmp_path / "cache"
    first = chapterbot("ask", "--json", question, CHAPTERBOT_CACHE_DIR=str(cache))
    assert first.returncode == 0, first.stderr
    assert len(list(cache.glob("matcher-index-*.marshal"))) == 1
    second = chapterbot("ask", "--json", question, CHAPTERBOT_CACHE_DIR=str(cache))
    assert second.stdout == first.stdout
    assert json.loads(second.stdout)["facts"][0]["id"] == "slavianski-bazaar-union-state"

    home = tmp_path / "home"
    home.mkdir()
    off = chapterbot(
        "ask", "--json", question, CHAPTERBOT_CACHE_DIR="off", HOME=str(home), XDG_CACHE_HOME=""
    )
    assert off.stdout == first.stdout
    assert list(home.iterdir()) == []


def test_lang_overrides_the_reply_language() -> None:
    reply = json.loads(chapterbot("ask", "--json", "--lang", "ru", "what is IFESCCO").stdout)
    assert reply["language"] == "ru"
    assert "МФГС" in reply["reply"]


def test_batch_json_answers_each_line_in_order_blank_lines_included() -> None:
    questions = ["what is slavyanski bazaar", "", "hello", "кто создал молодёжный оркестр", "🎉"]
    result = chapterbot("ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert all(set(r) == KEYS for r in replies)
    assert replies[1]["answered"] is False and replies[1]["reply"]
    assert [r["answered"] for r in replies] == [True, False, False, True, False]


def test_batch_repeats_give_the_same_reply_each_time() -> None:
    questions = ["what is IFESCCO", "hello", "what is IFESCCO", "", "what is IFESCCO", ""]
    result = chapterbot("ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)
    assert lines[0] == lines[2] == lines[4]
    assert lines[3] == lines[5]
    assert json.loads(lines[0])["answered"] is True


def test_batch_plain_separates_replies_by_a_blank_line() -> None:
    result = chapterbot("ask", stdin="what is IFESCCO\nhello\n")
    assert result.returncode == 0
    answer, greeting = result.stdout.split("\n\nHello!")
    assert "IFESCCO" in answer
    assert greeting.strip()


def test_usage_errors_exit_2() -> None:
    assert chapterbot("ask", "--lang", "de", "hi").returncode == 2
    assert chapterbot("ask", "--nope").returncode == 2


def test_a_malformed_threshold_exits_2_naming_it() -> None:
    result = chapterbot("ask", "hi", CHAPTERBOT_ANSWER_THRESHOLD="lots")
    assert result.returncode == 2
    assert "CHAPTERBOT_ANSWER_THRESHOLD" in result.stderr


def test_an_invalid_knowledge_base_exits_1_with_its_message(tmp_path: Path) -> None:
    broken = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, broken)
    facts = broken / "russia-3.4.4" / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("topic: festivals", "topic: nowhere", 1),
        encoding="utf-8",
    )
    result = chapterbot("ask", "hi", CHAPTERBOT_KNOWLEDGE=str(broken))
    assert result.returncode == 1
    assert "facts.yaml" in result.stderr and "nowhere" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "package",
    [
        "telegram",
        # Only a fact base of hundreds of facts needs it (knowledge/dense.py); importing it would
        # cost the shipped pack's cold start.
        "numpy",
    ],
)
def test_ask_does_not_import(package: str) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['chapterbot', 'ask', 'who started slavianski bazar']\n"
        "try:\n    runpy.run_module('bot', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('IMPORTED' if any(m == {package!r} or m.startswith({package + '.'!r}) "
        "for m in sys.modules) else 'CLEAN')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert "Union State" in result.stdout
    assert result.stdout.strip().endswith("CLEAN"), result.stdout + result.stderr


def test_chat_through_a_pipe(tmp_path: Path) -> None:
    script = "what is IFESCCO\n/topics\n/help\nпривет\n/quit\nnever read\n"
    result = chapterbot("chat", stdin=script, CHAPTERBOT_DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Intergovernmental Foundation" in result.stdout
    assert "What the chapter covers:" in result.stdout
    assert "/quit" in result.stdout  # the help text
    assert "Здравствуйте!" in result.stdout
    assert "never read" not in result.stdout


def test_chat_ends_at_end_of_input() -> None:
    result = chapterbot("chat", "--lang", "ru", stdin="что такое МФГС\n")
    assert result.returncode == 0
    assert "Межгосударственный фонд" in result.stdout


@pytest.mark.parametrize("command", ["ask", "chat"])
def test_commands_start_fast(command: str) -> None:
    result = chapterbot(command, "--help")
    assert result.returncode == 0


# Questions with typos whose words are found among several near spellings: their answers once
# depended on the order of Python's sets, which changes with each process.
TYPED_WITH_SLIPS = [
    "gastroli teatrov cherez ministerstvo kultuyr",
    "konfederatsiya hudojnikov pribaltiak soglasheniya",
    "Скажите, пожалуйста, что входит в прямое профессиональное сотрудничество в сфере культуыр",
    "что такое федеральная программа Культуар России",
    "в каких формах идёт сотрудничество деятелей культуыр",
    "гастроли оркестров через минестерство культуыр",
]


def test_the_same_question_gets_the_same_answer_after_a_restart() -> None:
    lines = "\n".join(TYPED_WITH_SLIPS) + "\n"
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        result = chapterbot("ask", "--json", stdin=lines, PYTHONHASHSEED=seed)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
