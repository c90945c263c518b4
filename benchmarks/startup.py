"""``chapterbot ask`` as other tools use it: cold start, batch throughput, peak memory.

* cold start: process start to answer for ``python -m bot ask QUESTION``, median of several,
  with the matcher's index read from its cache (``knowledge/indexcache.py``) and built anew
  (``CHAPTERBOT_CACHE_DIR=off``, as the first run after an edit), in alternate runs; every
  process of this benchmark keeps its index cache in a temporary directory of its own;
* batch: ``python -m bot ask --json`` fed 10,000 questions on standard input; the per-question
  cost is (batch time − cold start) / questions, next to BM25's per-question cost (tokenising and
  scoring every chapter sentence) measured in the same run;
* no slow-down: the time per question over the first and over the last 1,000 lines of the
  batch of distinct lines, read from the batch's output as it is flushed, each the median of
  three batches;
* loading: reading, validating and indexing the shipped pack in this process;
* peak memory: the batch process's maximum resident set size (``getrusage`` of the child).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from unittest import mock

from benchmarks.baselines import BM25Baseline, chapter_sentences
from benchmarks.evaluation import FILES, load
from bot.settings import CACHE_DIR
from knowledge.loader import load_knowledge
from knowledge.matcher import DECISION_CACHE_SIZE, Matcher

TITLE = "Start-up, batch mode and memory"
ROOT = Path(__file__).resolve().parents[1]
BATCH_SIZE = 10_000
COLD_RUNS = 7
LINE_TIME_RUNS = 3
LOAD_RUNS = 5
WINDOW = 1_000  # lines compared at the start and at the end of the batch

# Runs the batch in a child of a fresh interpreter, so that the maximum resident set size
# reported for its children is the batch process's alone.
_PEAK_RSS = """
import resource, subprocess, sys
with open(sys.argv[1], "rb") as questions:
    subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], stdin=questions,
                   stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _ask(*args: str, stdin: bytes | None = None, cache: bool = True) -> float:
    environ = None if cache else {**os.environ, CACHE_DIR: "off"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", *args],
        input=stdin,
        stdout=subprocess.DEVNULL,
        check=True,
        cwd=ROOT,
        env=environ,
    )
    return time.perf_counter() - started


def _line_times(lines: list[str]) -> list[float]:
    """Feed ``ask --json`` the lines and return the moment each answer line arrived."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    stdin = process.stdin

    def feed() -> None:
        # A thread, so that a full output pipe cannot deadlock the writer.
        with stdin:
            stdin.write(("\n".join(lines) + "\n").encode("utf-8"))

    writer = threading.Thread(target=feed)
    writer.start()
    arrivals = [time.perf_counter() for _ in process.stdout]
    writer.join()
    process.wait()
    assert len(arrivals) == len(lines), "the batch did not answer every line"
    return arrivals


def _load_seconds() -> float:
    started = time.perf_counter()
    Matcher(load_knowledge())
    return time.perf_counter() - started


def _variants(questions: list[str], count: int) -> list[str]:
    """``count`` questions, each with a random pair of letters swapped, in a random order.

    Shuffled, so that the first and the last lines of a batch are alike: in file order the
    last eval files (long messages, written last) would make the end of the batch look slower.
    """
    rng = random.Random(5)
    out = []
    for number in range(count):
        question = questions[number % len(questions)]
        if len(question) > 3:
            at = rng.randrange(0, len(question) - 1)
            question = question[:at] + question[at + 1] + question[at] + question[at + 2 :]
        out.append(question)
    rng.shuffle(out)
    return out


def run() -> str:
    with tempfile.TemporaryDirectory() as cache, mock.patch.dict(os.environ, {CACHE_DIR: cache}):
        return _run()


def _run() -> str:
    questions = [item.question for name in FILES for item in load(name)]
    loading = statistics.median(_load_seconds() for _ in range(LOAD_RUNS))
    batch = [questions[i % len(questions)] for i in range(BATCH_SIZE)]
    batch_input = ("\n".join(batch) + "\n").encode("utf-8")

    _ask("warm the file system cache, and write the index cache")
    cached_runs, building_runs = [], []
    for _ in range(COLD_RUNS):
        cached_runs.append(_ask("who initiated slavyanski bazaar"))
        building_runs.append(_ask("who initiated slavyanski bazaar", cache=False))
    cold = statistics.median(cached_runs)
    cold_building = statistics.median(building_runs)
    batch_seconds = _ask("--json", stdin=batch_input)
    per_question = (batch_seconds - cold) / BATCH_SIZE

    bm25 = BM25Baseline(chapter_sentences(load_knowledge()))
    started = time.perf_counter()
    for question in batch:
        bm25.best(question)
    bm25_per_question = (time.perf_counter() - started) / BATCH_SIZE

    # The same size of batch with (nearly) every line different, so that the matcher's cache
    # of recent decisions cannot help: each question with a random pair of letters swapped.
    distinct = _variants(questions, BATCH_SIZE)
    distinct_seconds = _ask("--json", stdin=("\n".join(distinct) + "\n").encode("utf-8"))
    distinct_per_question = (distinct_seconds - cold) / BATCH_SIZE
    started = time.perf_counter()
    for question in distinct:
        bm25.best(question)
    bm25_distinct = (time.perf_counter() - started) / BATCH_SIZE
    # The same lines in this process through the matcher alone: like for like with BM25, which
    # neither starts a process nor writes JSON.
    matcher = Matcher(load_knowledge())
    started = time.perf_counter()
    for question in distinct:
        matcher.decide(question)
    matcher_distinct = (time.perf_counter() - started) / BATCH_SIZE

    # One window of 1,000 lines lasts under two seconds, and on a shared machine one run's
    # ratio has ranged from 0.88 to 1.36 with the same code: the median of a few runs.
    runs = [_line_times(distinct) for _ in range(LINE_TIME_RUNS)]
    first = statistics.median((arrivals[WINDOW] - arrivals[0]) / WINDOW for arrivals in runs)
    last = statistics.median((arrivals[-1] - arrivals[-WINDOW - 1]) / WINDOW for arrivals in runs)

    with tempfile.NamedTemporaryFile("wb", suffix=".txt") as file:
        file.write(batch_input)
        file.flush()
        peak = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS, file.name],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
    peak_mib = int(peak.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux

    # A sanity check that the batch answered every line, in order.
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="\n".join(questions[:50]).encode("utf-8"),
        capture_output=True,
        check=True,
        cwd=ROOT,
    ).stdout.decode("utf-8")
    answered = [json.loads(line)["question"] for line in out.splitlines()]
    assert answered == questions[:50], "batch output out of order"

    # Whether a repeated line can be served from the matcher's cache of recent decisions: not
    # when the batch cycles through more questions than the cache holds (it keeps the newest).
    cached = len(questions) <= DECISION_CACHE_SIZE
    times = BATCH_SIZE / len(questions)
    how_often = (
        f"each question about {times:.0f} times"
        if times >= 2
        else "most questions once, a few twice"
    )
    cache_note = (
        "repeats served from the cache of recent decisions"
        if cached
        else f"{how_often}, too far apart for the cache of the last {DECISION_CACHE_SIZE:,} "
        "decisions: every line a full match"
    )
    lines = [
        f"## {TITLE}",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| cold start of `chapterbot ask` (median of {COLD_RUNS}; the index read from its "
        f"cache) | {cold * 1e3:.0f} ms | ≤ 500 ms |",
        f"| cold start building the index (median of {COLD_RUNS}; no cache, as on the first "
        f"run after an edit) | {cold_building * 1e3:.0f} ms | – |",
        f"| batch `ask --json`, {BATCH_SIZE:,} lines cycling through the {len(questions):,} "
        f"evaluation questions | {batch_seconds:.2f} s | – |",
        f"| per question in that batch ({cache_note}) | {per_question * 1e3:.3f} ms | ≤ BM25's |",
        f"| per question, BM25 baseline on the same lines | {bm25_per_question * 1e3:.3f} ms | – |",
        f"| batch of {BATCH_SIZE:,} distinct lines (letters swapped at random) | "
        f"{distinct_seconds:.2f} s | – |",
        f"| per question in that batch (every one a full match) | "
        f"{distinct_per_question * 1e3:.3f} ms | ≤ BM25's |",
        f"| per question, BM25 baseline on the same lines | {bm25_distinct * 1e3:.3f} ms | – |",
        f"| per question, the matcher alone in process on the same lines | "
        f"{matcher_distinct * 1e3:.3f} ms | – |",
        f"| per question over the first / the last {WINDOW:,} lines of that batch (median of "
        f"{LINE_TIME_RUNS} batches) | "
        f"{first * 1e3:.3f} / {last * 1e3:.3f} ms (×{last / first:.2f}) | no slow-down |",
        f"| load, validate and index the shipped pack (median of {LOAD_RUNS}) | "
        f"{loading * 1e3:.0f} ms | well under 1 s |",
        f"| peak memory (RSS) of the batch process | {peak_mib:.0f} MiB | – |",
    ]
    return "\n".join(lines) + "\n"
