"""Rendering decisions into reply parts and plain text, in both languages."""

from __future__ import annotations

import pytest

from knowledge import (
    Candidate,
    ChitChat,
    Decision,
    DeclineReason,
    Kind,
    KnowledgeBase,
    fact_parts,
    load_knowledge,
    render,
    to_plain_text,
)
from knowledge.messages import CHITCHAT, DECLINE, DID_YOU_MEAN, SEE_TOPICS
from knowledge.render import topics_text


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge()


def answer(knowledge: KnowledgeBase, *fact_ids: str, language: str = "en") -> Decision:
    facts = tuple(Candidate(knowledge.facts_by_id[i], 90.0) for i in fact_ids)
    return Decision(Kind.ANSWER, "q", language, facts=facts, candidates=facts)


def test_an_answer_has_the_fact_its_verbatim_quote_and_the_source(knowledge: KnowledgeBase) -> None:
    fact = knowledge.facts_by_id["slavianski-bazaar-union-state"]
    parts = render(answer(knowledge, fact.id))
    assert parts.kind is Kind.ANSWER
    (part,) = parts.answers
    assert part.text == fact.text["en"]
    assert part.citation.quote == fact.quote
    assert all(quote in knowledge.packs[0].source for quote in fact.quotes)
    assert part.citation.source == fact.pack.source_line("en")
    assert "Compendium" in part.citation.source and "3.4.4" in part.citation.source
    assert "11 April 2013" in part.citation.source
    text = to_plain_text(parts)
    assert fact.text["en"] in text and fact.quote in text and part.citation.source in text


def test_a_russian_answer_keeps_the_english_quote(knowledge: KnowledgeBase) -> None:
    fact = knowledge.facts_by_id["ifescco-cis-forums"]
    text = to_plain_text(render(answer(knowledge, fact.id, language="ru")))
    assert fact.text["ru"] in text
    assert f"«{fact.quote}»" in text
    assert "11 апреля 2013 г." in text


def test_several_facts_are_rendered_in_order(knowledge: KnowledgeBase) -> None:
    ids = ("youth-orchestra-origin", "youth-orchestra-performances")
    parts = render(answer(knowledge, *ids))
    assert tuple(a.fact_id for a in parts.answers) == ids


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_suggestion_leads_with_did_you_mean(knowledge: KnowledgeBase, language: str) -> None:
    facts = tuple(Candidate(f, 40.0) for f in knowledge.facts[:2])
    parts = render(Decision(Kind.SUGGEST, "q", language, suggestions=facts, candidates=facts))
    assert parts.lead == DID_YOU_MEAN[language]
    assert [s.fact_id for s in parts.suggestions] == [f.fact.id for f in facts]
    assert [s.text for s in parts.suggestions] == [f.fact.text[language] for f in facts]
    text = to_plain_text(parts)
    assert text.startswith(DID_YOU_MEAN[language])
    assert not parts.answers


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_decline_says_so_and_how_to_see_the_topics(language: str) -> None:
    parts = render(Decision(Kind.DECLINE, "q", language, reason=DeclineReason.OUT_OF_SCOPE))
    assert parts.lead == DECLINE[DeclineReason.OUT_OF_SCOPE][language]
    assert parts.footer == SEE_TOPICS[language]
    assert "/topics" in to_plain_text(parts)
    assert not parts.answers and not parts.suggestions


@pytest.mark.parametrize("kind", list(ChitChat))
@pytest.mark.parametrize("language", ["en", "ru"])
def test_small_talk_gets_a_friendly_pointer(kind: ChitChat, language: str) -> None:
    parts = render(Decision(Kind.CHITCHAT, "q", language, chitchat=kind))
    assert parts.lead == CHITCHAT[kind][language]
    assert parts.footer and not parts.answers


def test_fact_parts_answer_with_one_given_fact(knowledge: KnowledgeBase) -> None:
    fact = knowledge.facts_by_id["publication-date"]
    parts = fact_parts(fact, "ru")
    assert parts.kind is Kind.ANSWER and parts.language == "ru"
    assert parts.answers[0].text == fact.text["ru"]
    assert parts.answers[0].citation.quote == fact.quote


def test_plain_text_has_no_markup(knowledge: KnowledgeBase) -> None:
    text = to_plain_text(render(answer(knowledge, "visa-lobbying-outcome")))
    assert "<" not in text and "*" not in text


def test_topics_list_every_fact(knowledge: KnowledgeBase) -> None:
    text = topics_text(knowledge, "en")
    assert all(fact.text["en"] in text for fact in knowledge)
    assert "Festivals" in text
