"""The loader and validator: what a curator sees when the fact base is right, and when it is not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import KnowledgeError, load_knowledge
from knowledge.loader import SHIPPED_KNOWLEDGE, knowledge_dir, split_paragraphs
from tests.factfiles import edit, line_of

TINY_PACK = Path(__file__).parent / "fixtures" / "knowledge" / "tiny"
SHIPPED_PACK = SHIPPED_KNOWLEDGE / "russia-3.4.4"


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A knowledge directory holding a writable copy of the tiny test pack."""
    shutil.copytree(TINY_PACK, tmp_path / "tiny")
    return tmp_path


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory)
    return [str(problem) for problem in caught.value.problems]


def test_shipped_pack_loads() -> None:
    knowledge = load_knowledge()
    assert [pack.meta.id for pack in knowledge.packs] == ["russia-3.4.4"]
    pack = knowledge.packs[0]
    assert pack.meta.section == "3.4.4"
    assert pack.meta.published.isoformat() == "2013-04-11"
    assert pack.meta.language == "en"
    assert len(knowledge) >= 20
    for fact in knowledge:
        assert len(fact.id) <= 40 and fact.id.isascii()
        assert fact.text["en"] and fact.text["ru"]
        assert len(fact.questions["en"]) >= 5 and len(fact.questions["ru"]) >= 4


def test_shipped_source_is_the_seed_without_page_furniture() -> None:
    source = (SHIPPED_PACK / "source.txt").read_text(encoding="utf-8")
    assert "Print this Page" not in source
    assert "Your Comments" not in source
    assert source.startswith("Russia/ 3.4 International cultural co-operation")
    assert 'the annual "Slavyanski Bazaar in Vitebsk" International Festival' in source
    assert source.rstrip().endswith("Chapter published: 11-04-2013")


def test_every_quote_is_verbatim_in_its_paragraph() -> None:
    knowledge = load_knowledge()
    for pack in knowledge.packs:
        for fact in pack.facts:
            paragraph = " ".join(pack.paragraphs[fact.paragraph - 1].split())
            for quote in fact.quotes:
                assert " ".join(quote.split()) in paragraph, fact.id


def test_a_fact_citing_several_passages_cites_their_span_verbatim() -> None:
    fact = load_knowledge().get("slavianski-bazaar-union-state")
    assert fact is not None and len(fact.quotes) == 2
    assert fact.quote == "initiated by the Union State of Russia and Belarus ( as a co-production"
    source = " ".join((SHIPPED_PACK / "source.txt").read_text(encoding="utf-8").split())
    for fact in load_knowledge():
        assert fact.quote in source, fact.id
        assert fact.quote.startswith(fact.quotes[0].split()[0])


def test_paragraphs_are_blank_line_separated_blocks() -> None:
    assert split_paragraphs("a\nb\n\n  \nc\n\n\n") == ("a\nb", "c")


def test_environment_variable_points_elsewhere(monkeypatch: pytest.MonkeyPatch, tiny: Path) -> None:
    monkeypatch.setenv("CHAPTERBOT_KNOWLEDGE", str(tiny))
    assert knowledge_dir() == tiny
    knowledge = load_knowledge()
    assert [pack.meta.id for pack in knowledge.packs] == ["testland-9.9.9"]


def test_second_pack_loads_beside_the_shipped_one(tmp_path: Path) -> None:
    shutil.copytree(SHIPPED_PACK, tmp_path / "russia-3.4.4")
    shutil.copytree(TINY_PACK, tmp_path / "tiny")
    knowledge = load_knowledge(tmp_path)
    assert {pack.meta.id for pack in knowledge.packs} == {"russia-3.4.4", "testland-9.9.9"}
    guild = knowledge.get("lighthouse-guild-training")
    bazaar = knowledge.get("slavianski-bazaar")
    assert guild is not None and bazaar is not None
    assert guild.pack.source_line("en").startswith("Compendium of Test Policies — Testland, 9.9.9")
    assert "Russia, 3.4.4 “Direct professional co-operation”, published 11 April 2013" in (
        bazaar.pack.source_line("en")
    )
    assert "Россия, 3.4.4 «Прямое профессиональное сотрудничество»" in bazaar.pack.source_line("ru")
    assert knowledge.pack_of(guild).meta.id == "testland-9.9.9"


def test_malformed_yaml_names_file_and_line(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, "  topic: lighthouses\n  paragraph: 3", "  topic: [lighthouses\n  paragraph: 3")
    (problem,) = problems_of(tiny)
    assert str(facts) in problem
    assert "invalid YAML" in problem
    # The parser stops where the unclosed bracket's flow sequence breaks: a line near the edit.
    line = int(problem.split(f"{facts}:")[1].split(":")[0])
    assert abs(line - line_of(facts, "topic: [lighthouses")) <= 2


def test_duplicate_id_across_packs(tmp_path: Path) -> None:
    shutil.copytree(TINY_PACK, tmp_path / "a")
    shutil.copytree(TINY_PACK, tmp_path / "b")
    edit(tmp_path / "b" / "pack.yaml", "id: testland-9.9.9", "id: testland-copy")
    problems = problems_of(tmp_path)
    duplicates = [p for p in problems if "duplicate id" in p]
    assert len(duplicates) == 2  # both facts of the copy
    second = tmp_path / "b" / "facts.yaml"
    assert (
        f"{second}:1: [lighthouse-guild-training] duplicate id (first defined at "
        in (duplicates[0])
    )
    assert f"{tmp_path / 'a' / 'facts.yaml'}:1)" in duplicates[0]


def test_quote_not_in_source(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, 'trains lighthouse keepers every spring in Port Alder."', 'trains keepers."')
    (problem,) = problems_of(tiny)
    line = line_of(facts, '  quote: "The Testland Lighthouse Guild trains keepers."')
    assert problem.startswith(f"{facts}:{line}: [lighthouse-guild-training] quote: not found")
    assert "'The Testland Lighthouse Guild trains keepers.'" in problem


def test_quote_compares_with_whitespace_normalised_only(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, '"9.9.9 Lighthouse keepers"', '"9.9.9   Lighthouse\\n keepers"')
    assert load_knowledge(tiny).get("testland-chapter") is not None
    edit(facts, '"9.9.9   Lighthouse\\n keepers"', '"9.9.9 lighthouse keepers"')
    (problem,) = problems_of(tiny)
    assert "[testland-chapter] quote: not found verbatim" in problem


def test_quote_in_another_paragraph(tiny: Path) -> None:
    edit(tiny / "tiny" / "facts.yaml", "  paragraph: 3", "  paragraph: 1")
    (problem,) = problems_of(tiny)
    assert "[lighthouse-guild-training] quote: found in the source but not in paragraph 1" in (
        problem
    )


def test_missing_language(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, "    ru: Гильдия маяков Тестландии", "    de: Die Leuchtturmgilde")
    (problem,) = problems_of(tiny)
    line = line_of(facts, "  text:")
    assert problem == f"{facts}:{line}: [lighthouse-guild-training] text: missing language 'ru'"


def test_too_few_phrasings(tiny: Path) -> None:
    edit(tiny / "tiny" / "facts.yaml", "      - describe the testland source\n", "")
    (problem,) = problems_of(tiny)
    assert "[testland-chapter] questions: en: at least 5 phrasings needed, found 4" in problem


def test_unknown_related_id(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, "related: [lighthouse-guild-training]", "related: [lighthouse-guild]")
    (problem,) = problems_of(tiny)
    line = line_of(facts, "related: [lighthouse-guild]")
    assert problem == f"{facts}:{line}: [testland-chapter] related: id 'lighthouse-guild' not found"


def test_wrong_types(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, "  paragraph: 3", '  paragraph: "three"')
    edit(facts, "  keywords: [Testland chapter]", "  keywords: Testland chapter")
    problems = problems_of(tiny)
    line = line_of(facts, 'paragraph: "three"')
    assert any(
        p.startswith(f"{facts}:{line}: [lighthouse-guild-training]")
        and "paragraph: must be a number from 1 to 4, not 'three'" in p
        for p in problems
    ), problems
    assert any("[testland-chapter] keywords: must be a list" in p for p in problems), problems


def test_misnamed_quote_key(tiny: Path) -> None:
    edit(tiny / "tiny" / "facts.yaml", '  quote:\n    - "9.9.9', '  quotes:\n    - "9.9.9')
    problems = problems_of(tiny)
    assert any("[testland-chapter] quote: missing" in p for p in problems)
    assert any(
        "[testland-chapter] quotes: unknown key (the key is named 'quote')" in p for p in problems
    )


def test_bad_id_and_unknown_topic(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, "- id: testland-chapter", "- id: Testland Chapter!")
    edit(facts, "  topic: lighthouses\n  paragraph: 2", "  topic: ships\n  paragraph: 2")
    problems = problems_of(tiny)
    assert any(
        "['Testland Chapter!'" not in p and "id: 'Testland Chapter!' must be a slug" in p
        for p in problems
    )
    assert any(
        "topic: 'ships' is not one of this pack's topics (lighthouses)" in p for p in problems
    )


def test_every_problem_is_reported_in_one_run(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(facts, 'trains lighthouse keepers every spring in Port Alder."', 'trains sailors."')
    edit(facts, "    ru: Это раздел 9.9.9", "    fr: Ceci est la section 9.9.9")
    edit(facts, "related: [lighthouse-guild-training]", "related: [nowhere]")
    problems = problems_of(tiny)
    assert len(problems) == 3, problems
    assert any("[lighthouse-guild-training] quote: not found" in p for p in problems)
    assert any("[testland-chapter] text: missing language 'ru'" in p for p in problems)
    assert any("[testland-chapter] related: id 'nowhere' not found" in p for p in problems)


def test_invalid_pack_metadata(tiny: Path) -> None:
    meta = tiny / "tiny" / "pack.yaml"
    edit(meta, "published: 2020-02-01", "published: first of February")
    (problem,) = problems_of(tiny)
    line = line_of(meta, "published:")
    assert problem == f"{meta}:{line}: published: must be a date written as YYYY-MM-DD"


def test_duplicate_key_in_a_fact(tiny: Path) -> None:
    facts = tiny / "tiny" / "facts.yaml"
    edit(
        facts,
        "  topic: lighthouses\n  paragraph: 3",
        "  topic: lighthouses\n  topic: x\n  paragraph: 3",
    )
    problems = problems_of(tiny)
    line = line_of(facts, "  topic: x")
    assert f"{facts}:{line}: key 'topic' appears twice in the same mapping" in problems


def test_empty_or_missing_directory(tmp_path: Path) -> None:
    assert problems_of(tmp_path) == [f"{tmp_path}: no knowledge pack (a folder with pack.yaml)"]
    assert problems_of(tmp_path / "nope") == [f"{tmp_path / 'nope'}: knowledge directory not found"]
