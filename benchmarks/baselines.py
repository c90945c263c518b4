"""Two baselines the matcher must beat, over the chapter's sentences (never used by the product).

* BM25 (rank-bm25's Okapi BM25) over the chapter's sentences, with the same tokeniser and
  Snowball stems as the matcher, so the comparison is about scoring rather than tokenising;
* rapidfuzz: each scorer of ``rapidfuzz.fuzz`` of the question against every sentence.

A baseline answers with the facts whose quotes lie in its best sentence (every such fact, which
favours the baseline) when the best score reaches its threshold, and declines otherwise. The
threshold (and for rapidfuzz the scorer) is the one that suits it best on the tuning file: the
highest minimum of in-scope and refusal accuracy over a sweep.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz

from benchmarks.evaluation import Item, Reply, Report, evaluate
from knowledge.models import KnowledgeBase
from knowledge.normalize import STOPWORDS, normalize, stem, tokenize
from knowledge.text import normalize_whitespace

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")

SCORERS: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "partial_ratio": fuzz.partial_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
    "QRatio": fuzz.QRatio,
    "WRatio": fuzz.WRatio,
}


@dataclass(frozen=True)
class Sentence:
    text: str
    fact_ids: tuple[str, ...]


def chapter_sentences(knowledge: KnowledgeBase) -> list[Sentence]:
    """The sentences of every pack's source, each with the facts quoted from it."""
    sentences = []
    for pack in knowledge.packs:
        for paragraph in pack.paragraphs:
            for raw in _SENTENCE_END.split(normalize_whitespace(paragraph)):
                facts = tuple(
                    fact.id
                    for fact in pack.facts
                    if any(_overlaps(normalize_whitespace(quote), raw) for quote in fact.quotes)
                )
                sentences.append(Sentence(raw, facts))
    return sentences


def _overlaps(quote: str, sentence: str) -> bool:
    return quote in sentence or sentence in quote


def _terms(text: str) -> list[str]:
    return [stem(token) for token in tokenize(text) if token not in STOPWORDS]


class BM25Baseline:
    """Okapi BM25 over the chapter's sentences."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self.index = BM25Okapi([_terms(s.text) or ["_"] for s in self.sentences])

    def best(self, question: str) -> tuple[float, Sentence]:
        terms = _terms(question[:500])
        if not terms:
            return 0.0, self.sentences[0]
        scores = self.index.get_scores(terms)
        best = max(range(len(scores)), key=scores.__getitem__)
        return float(scores[best]), self.sentences[best]


class FuzzBaseline:
    """One rapidfuzz scorer of the question against every sentence."""

    def __init__(self, sentences: Sequence[Sentence], scorer: str) -> None:
        self.sentences = list(sentences)
        self.scorer = SCORERS[scorer]
        self.texts = [normalize(s.text) for s in self.sentences]

    def best(self, question: str) -> tuple[float, Sentence]:
        query = normalize(question[:500])
        scores = [self.scorer(query, text) for text in self.texts]
        best = max(range(len(scores)), key=scores.__getitem__)
        return float(scores[best]), self.sentences[best]


# Each baseline's best sentence per question, kept across thresholds: ``tune`` tries dozens of
# thresholds on the same questions, and the best sentence does not depend on the threshold.
_BEST: weakref.WeakKeyDictionary[BM25Baseline | FuzzBaseline, dict[str, tuple[float, Sentence]]] = (
    weakref.WeakKeyDictionary()
)


def answerer(baseline: BM25Baseline | FuzzBaseline, threshold: float) -> Callable[[str], Reply]:
    cache = _BEST.setdefault(baseline, {})

    def answer(question: str) -> Reply:
        if question not in cache:
            cache[question] = baseline.best(question)
        score, sentence = cache[question]
        return Reply(sentence.fact_ids if score >= threshold and sentence.fact_ids else ())

    return answer


def tune(
    baseline: BM25Baseline | FuzzBaseline, items: Sequence[Item], thresholds: Sequence[float]
) -> tuple[float, Report]:
    """The threshold with the best min(in-scope, refusal) on ``items``, and its report."""
    best: tuple[float, float, Report] | None = None
    for threshold in thresholds:
        report = evaluate(answerer(baseline, threshold), items)
        quality = min(report.in_scope.rate, report.refusal.rate)
        if best is None or quality > best[0]:
            best = (quality, threshold, report)
    assert best is not None
    return best[1], best[2]
