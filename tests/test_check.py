"""``chapterbot check``: the curator's summary and its exit status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.coverage import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"


def test_shipped_pack_passes_with_full_coverage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CHAPTERBOT_KNOWLEDGE", raising=False)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Packs: 1" in out
    assert (
        "[russia-3.4.4] Compendium of Cultural Policies and Trends in Europe — Russia, 3.4.4" in out
    )
    assert "coverage: 12/12 sentences cited (100%)" in out
    assert "UNCITED" not in out
    assert "topics: about 3," in out
    assert out.rstrip().endswith("OK")


def test_uncited_sentences_are_listed_and_fail(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHAPTERBOT_KNOWLEDGE", str(FIXTURES))
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert "coverage: 2/4 sentences cited (50%)" in captured.out
    assert "UNCITED (paragraph 1): Testland/ 9.9 A tiny test chapter" in captured.out
    assert "UNCITED (paragraph 4): Chapter published: 01-02-2020" in captured.out
    assert "FAILED: coverage below 100%" in captured.err


def test_invalid_knowledge_prints_every_problem_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(FIXTURES / "tiny", tmp_path / "tiny")
    facts = tmp_path / "tiny" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace("related: [lighthouse-guild-training]", "related: [gone]")
    text = text.replace("  paragraph: 3", "  paragraph: 0")
    facts.write_text(text, encoding="utf-8")
    monkeypatch.setenv("CHAPTERBOT_KNOWLEDGE", str(tmp_path))
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "INVALID" in err
    assert "2 problems in the knowledge base:" in err
    assert f"{facts}:3: [lighthouse-guild-training] paragraph: must be a number from 1 to 4" in err
    assert "[testland-chapter] related: id 'gone' not found" in err


def test_sentences_do_not_split_after_abbreviations() -> None:
    paragraph = "Unions from Kiev, Moscow and St. Petersburg; more. The Confederation aims high."
    assert split_sentences(paragraph) == [
        "Unions from Kiev, Moscow and St. Petersburg; more.",
        "The Confederation aims high.",
    ]
