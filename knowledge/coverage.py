"""Which sentences of a chapter the facts cite: the curator's measure of completeness."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Pack
from knowledge.text import normalize_whitespace

# A sentence ends at . ! ? before a space and a capital, a quote or a digit — except after
# abbreviations that the Compendium uses mid-sentence ("St. Petersburg").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(A-ZА-ЯЁ0-9])")
_ABBREVIATIONS = ("St.", "e.g.", "i.e.", "Mr.", "Dr.", "No.", "cf.", "etc.")


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    text: str
    cited: bool


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences (whitespace normalised)."""
    text = normalize_whitespace(paragraph)
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        if candidate.endswith(_ABBREVIATIONS):
            continue
        sentences.append(candidate)
        start = match.end()
    sentences.append(text[start:])
    return [sentence for sentence in sentences if sentence]


def sentence_coverage(pack: Pack) -> list[Sentence]:
    """Every sentence of the pack's source, marked cited when a fact's quote lies within it."""
    quotes = [(fact.paragraph, normalize_whitespace(q)) for fact in pack.facts for q in fact.quotes]
    result = []
    for number, paragraph in enumerate(pack.paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            cited = any(
                para == number and (quote in sentence or sentence in quote)
                for para, quote in quotes
            )
            result.append(Sentence(number, sentence, cited))
    return result
