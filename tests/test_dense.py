"""A large fact base adds up coverage with numpy (knowledge/dense.py), and decides the same."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import synthetic_knowledge, synthetic_questions
from knowledge import matcher as matcher_module
from knowledge.decision import Decision
from knowledge.loader import load_knowledge
from knowledge.matcher import DENSE_FROM, Matcher
from knowledge.models import KnowledgeBase


def _seen(decision: Decision) -> tuple[object, ...]:
    """What a user is shown: the kind, the facts answered and the candidates with scores."""
    return (
        decision.kind,
        [candidate.fact.id for candidate in decision.facts],
        [(candidate.fact.id, candidate.score) for candidate in decision.candidates],
    )


@pytest.fixture(scope="module")
def large() -> KnowledgeBase:
    return synthetic_knowledge(DENSE_FROM + 100, load_knowledge().packs[0].meta)


def test_a_large_fact_base_decides_as_the_dictionary_does(
    large: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    dense = Matcher(large)
    monkeypatch.setattr(matcher_module, "DENSE_FROM", len(large) + 1)
    plain = Matcher(large)
    # Generated questions, a third with a typo, some unrelated; many share words with hundreds
    # of facts, so equal coverage at the edge of the shortlist is common.
    questions = synthetic_questions(large, 400)
    assert len(set(questions)) > 300
    assert [_seen(dense.decide(q)) for q in questions] == [
        _seen(plain.decide(q)) for q in questions
    ]
    # Both ways were measured: the first matcher added up with numpy, the second did not.
    assert dense._dense is not None and plain._dense is None


def test_the_shipped_pack_decides_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = load_knowledge()
    plain = Matcher(knowledge)
    monkeypatch.setattr(matcher_module, "DENSE_FROM", 0)
    dense = Matcher(knowledge)
    questions = [
        "who started slavianski bazar",
        "кто учредил славянский базар и где он проходит",
        "what is ifescco and where was the 7th forum",
        "which countries are in the visual artists confederation",
        "сколько стоит билет",
        "visa",
        "what does the state support",
    ]
    assert [_seen(dense.decide(q)) for q in questions] == [
        _seen(plain.decide(q)) for q in questions
    ]
