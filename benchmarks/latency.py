"""Matching latency: ``Matcher.decide`` per question, on the shipped pack and synthetic packs.

The shipped pack is asked every question of the evaluation set, several times over (the cache of
resolved words warms up as it would in a running bot); synthetic packs of 1,000 and 10,000 facts
are asked generated questions about their own facts, a third of them with a typo, and some
unrelated ones.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from benchmarks.evaluation import load
from benchmarks.synthetic import synthetic_knowledge, synthetic_questions
from knowledge.loader import load_knowledge
from knowledge.matcher import Matcher
from knowledge.models import KnowledgeBase

TITLE = "Matching latency"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(
    knowledge: KnowledgeBase, questions: Sequence[str], rounds: int = 1
) -> dict[str, float]:
    """Index build time and per-question latency (seconds) over ``questions``.

    Each round uses a new matcher, so no decision is served from the matcher's cache of recent
    decisions: every sample is a full match.
    """
    samples = []
    builds = []
    for _ in range(rounds):
        started = time.perf_counter()
        matcher = Matcher(knowledge)
        builds.append(time.perf_counter() - started)
        for question in dict.fromkeys(questions):
            started = time.perf_counter()
            matcher.decide(question)
            samples.append(time.perf_counter() - started)
    build = min(builds)
    return {
        "build": build,
        "p50": percentile(samples, 0.50),
        "p99": percentile(samples, 0.99),
        "count": len(samples),
    }


def run() -> str:
    shipped = load_knowledge()
    eval_questions = [item.question for name in ("tuning", "heldout") for item in load(name)]
    rows = [("shipped pack", len(shipped), measure(shipped, eval_questions, rounds=5))]
    for size in (1_000, 10_000):
        knowledge = synthetic_knowledge(size, shipped.packs[0].meta)
        rows.append(
            (f"synthetic {size:,}", size, measure(knowledge, synthetic_questions(knowledge, 3000)))
        )
    lines = [
        f"## {TITLE}",
        "",
        "`Matcher.decide` per question (targets: p99 ≤ 1 ms on the shipped pack, p50 ≤ 5 ms at "
        "10,000 facts), and the one-off index build. Every sample is a full match: each round "
        "starts with a new matcher, so none is served from its cache of recent decisions.",
        "",
        "| pack | facts | questions | p50 | p99 | index build |",
        "|---|---|---|---|---|---|",
    ]
    for label, size, figures in rows:
        lines.append(
            f"| {label} | {size:,} | {figures['count']:,.0f} | {figures['p50'] * 1e3:.2f} ms | "
            f"{figures['p99'] * 1e3:.2f} ms | {figures['build'] * 1e3:.0f} ms |"
        )
    return "\n".join(lines) + "\n"
