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
    cited: bool  # at least one quote lies within the sentence
    share: float  # the share of the sentence's letters and digits that quotes cover (0-1)


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
    """Every sentence of the pack's source, with how much of it the facts' quotes cover."""
    quotes = [(fact.paragraph, normalize_whitespace(q)) for fact in pack.facts for q in fact.quotes]
    result = []
    for number, paragraph in enumerate(pack.paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            covered = [False] * len(sentence)
            cited = False
            for para, quote in quotes:
                if para != number:
                    continue
                if sentence in quote:
                    cited = True
                    covered = [True] * len(sentence)
                    continue
                start = sentence.find(quote)
                while start != -1:
                    cited = True
                    covered[start : start + len(quote)] = [True] * len(quote)
                    start = sentence.find(quote, start + 1)
            letters = [i for i, char in enumerate(sentence) if char.isalnum()]
            share = sum(covered[i] for i in letters) / len(letters) if letters else 1.0
            result.append(Sentence(number, sentence, cited, share))
    return result
