"""The matcher's index kept between runs: the same answers, and never a stale or broken index."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest

from knowledge import Matcher, load_knowledge
from knowledge.indexcache import PREFIX, SUFFIX
from knowledge.loader import SHIPPED_KNOWLEDGE
from tests.factfiles import edit

# Questions of every kind the matcher tells apart: answers (one part and several), typos,
# Russian, transliteration, suggestions, declines and small talk.
QUESTIONS = (
    "who initiated slavyanski bazaar",
    "кто учридил славянский базар",
    "kto provodit forumy intelligencii SNG",
    "when was the chapter published and who runs the youth orchestra",
    "festival",
    "who won the world cup",
    "правда что глава опубликована в 2011 году?",
    "what is IFESCCO",
    "hello",
    "визовые барьеры",
)


def index_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))


def no_build(matcher: Matcher) -> None:
    raise AssertionError("the index was built, not read from the cache")


def test_an_index_read_from_the_cache_decides_as_a_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    knowledge = load_knowledge()
    built = Matcher(knowledge)
    Matcher(knowledge, cache_dir=tmp_path)
    assert len(index_files(tmp_path)) == 1

    monkeypatch.setattr(Matcher, "_build_index", no_build)
    cached = Matcher(load_knowledge(), cache_dir=tmp_path)
    for question in QUESTIONS:
        assert cached.decide(question) == built.decide(question), question


def test_an_edited_fact_base_is_indexed_anew(tmp_path: Path) -> None:
    knowledge_dir = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, knowledge_dir)
    cache = tmp_path / "cache"
    question = "who looks after the zanzibarian accord"
    assert not Matcher(load_knowledge(knowledge_dir), cache_dir=cache).decide(question).answered
    (old,) = index_files(cache)

    edit(
        knowledge_dir / "russia-3.4.4" / "facts.yaml",
        '      - "who initiated slavyanski bazaar"\n',
        f'      - "who initiated slavyanski bazaar"\n      - "{question}"\n',
    )
    decision = Matcher(load_knowledge(knowledge_dir), cache_dir=cache).decide(question)
    assert [c.fact.id for c in decision.facts] == ["slavianski-bazaar-union-state"]
    # The old index is gone: one file per fact base, not one more for every edit.
    (new,) = index_files(cache)
    assert new != old


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00garbage",
        marshal.dumps([1, 2, 3]),
        # Plain data of the right shape written for another index.
        marshal.dumps(("another key", {"_idf": {}})),
    ],
    ids=["empty", "not marshal", "another shape", "another index"],
)
def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path, damage: bytes) -> None:
    knowledge = load_knowledge()
    Matcher(knowledge, cache_dir=tmp_path)
    (path,) = index_files(tmp_path)
    good = path.read_bytes()
    path.write_bytes(damage)

    matcher = Matcher(knowledge, cache_dir=tmp_path)
    assert matcher.decide("who initiated slavyanski bazaar").answered
    assert path.read_bytes() == good


def test_a_truncated_cache_file_is_rebuilt(tmp_path: Path) -> None:
    knowledge = load_knowledge()
    Matcher(knowledge, cache_dir=tmp_path)
    (path,) = index_files(tmp_path)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])

    assert Matcher(knowledge, cache_dir=tmp_path).decide("what is IFESCCO").answered
    assert path.read_bytes() == good


def test_a_cache_directory_that_cannot_be_made_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    matcher = Matcher(load_knowledge(), cache_dir=blocker / "cache")
    assert matcher.decide("who initiated slavyanski bazaar").answered
    assert blocker.read_text() == "not a directory"
