"""The whole evaluation set (tests/eval/*.yaml) against the matcher, with the accuracy targets.

Accuracy is deterministic, so this is a real test: it fails when the held-out file drops below
95% in scope or 95% refusal, or when the tuning part (tuning.yaml and tuning2.yaml … tuning159.yaml)
drops below what it reached when the constants were chosen. Scoring rules: benchmarks/evaluation.py
(tests/eval/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package of the repository
    sys.path.insert(0, str(ROOT))

from benchmarks.evaluation import (  # noqa: E402
    FILES,
    OTHER_LANGUAGE_FILES,
    Report,
    evaluate,
    load,
    load_tuning,
    matcher_answerer,
)
from knowledge import Matcher, load_knowledge  # noqa: E402

# The targets on the held-out file (96.2% in scope, 100% refusal today).
HELDOUT_TARGET = 0.95
# What the tuning part (the hundred and seventy-eight tuning files together) reaches - 94.7%
# in scope, 96.5% refusal (docs/matching.md) - rounded down: a floor, so a change that makes
# the matcher worse on it fails here first. (The first six files alone stand at 98.4% /
# 98.1%: the later files, written to be hard, brought the floor down: to 95.5% in
# scope with tuning31-37, to 96.5% refusal with tuning38-41, whose first run was 94.4%
# refusal, to 95% in scope with tuning58-61, whose first run was 87.9% in scope, to
# 94.5% with tuning82-85, measured on the session's final matcher and not tuned on, and to
# 96% refusal with tuning160-167, whose first run was 94.1% refusal.)
TUNING_FLOOR = {"in_scope": 0.945, "refusal": 0.96}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge())


def report(matcher: Matcher, name: str) -> Report:
    """Accuracy on one file, or on the whole tuning part (every file of ``TUNING_FILES``)."""
    items = load_tuning() if name == "tuning part" else load(name)
    return evaluate(matcher_answerer(matcher), items)


def failures(result: Report) -> str:
    return "\n".join(
        f"  {item.kind}: {item.question!r} expected {item.expect}, got {list(reply.fact_ids)}"
        for item, reply in result.failures
    )


def test_expected_fact_ids_exist() -> None:
    ids = set(load_knowledge().facts_by_id)
    for name in (*FILES, *OTHER_LANGUAGE_FILES):
        for item in load(name):
            if item.in_scope:
                assert set(item.expect) <= ids, f"{name}: {item.question!r} expects {item.expect}"
            else:
                assert item.expect in ("decline", "chitchat")


def test_tuning_accuracy(matcher: Matcher) -> None:
    result = report(matcher, "tuning part")
    assert result.in_scope.rate >= TUNING_FLOOR["in_scope"], failures(result)
    assert result.refusal.rate >= TUNING_FLOOR["refusal"], failures(result)
    assert result.chitchat.rate == 1.0, failures(result)


def test_heldout_accuracy_meets_the_targets(matcher: Matcher) -> None:
    # Only the rates are reported: the held-out questions are not for reading while tuning.
    result = report(matcher, "heldout")
    assert result.in_scope.rate >= HELDOUT_TARGET, f"in scope {result.in_scope}"
    assert result.refusal.rate >= HELDOUT_TARGET, f"refusal {result.refusal}"
