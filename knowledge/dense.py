"""Coverage of a question over a large fact base, with numpy.

:meth:`knowledge.matcher.Matcher._score` first adds up, for every fact, how much of the question
its terms cover, then scores the few best in full. With the shipped pack (a few dozen facts) a
dictionary does that in microseconds. With thousands of facts a common term ("festival",
"forum") has thousands of postings, and adding them one by one in Python was four fifths of the
time a question took at 10,000 facts. Here each term's postings are arrays, and a question's
coverage is a few vector operations.

The sums are the same as the dictionary's, to the last bit: each fact's coverage is added up
word by word in the question's order, each word's credit computed as ``weight * (similarity *
strength)`` as there; and facts with equal coverage are taken in the order the question's
words first met them, as the dictionary keeps its order of insertion.

Imported only for a large fact base (:data:`knowledge.matcher.DENSE_FROM` facts), so that
``chapterbot ask`` on the shipped pack does not pay for importing numpy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

Postings = Mapping[str, Sequence[tuple[int, float]]]
Words = Sequence[tuple[float, Mapping[str, float]]]

_Arrays = tuple[npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.intp]]


class DenseCoverage:
    """Each term's postings as arrays (made when a question first uses the term)."""

    def __init__(self, postings: Postings, count: int, phrase_strength: float) -> None:
        self._postings = postings
        self._count = count
        self._phrase_strength = phrase_strength
        self._arrays: dict[str, _Arrays | None] = {}

    def _of(self, term: str) -> _Arrays | None:
        try:
            return self._arrays[term]
        except KeyError:
            pass
        postings = self._postings.get(term)
        arrays = None
        if postings:
            indexes = np.fromiter((index for index, _ in postings), dtype=np.intp)
            strengths = np.fromiter((strength for _, strength in postings), dtype=np.float64)
            arrays = (indexes, strengths, indexes[strengths == self._phrase_strength])
        self._arrays[term] = arrays
        return arrays

    def coverage(
        self, words: Words, shortlist: int
    ) -> tuple[list[int], dict[int, float], dict[int, float]]:
        """The ``shortlist`` facts the question's ``words`` cover most, best first, with their
        coverage and the part of it by phrasings' terms (see ``Matcher._score``)."""
        covered = np.zeros(self._count)
        phrased = np.zeros(self._count)
        # When each fact was first met, word by word and posting by posting: facts with equal
        # coverage keep that order, as they keep their order of insertion in the dictionary.
        met = np.full(self._count, self._count, dtype=np.intp)
        meetings = 0
        for weight, terms in words:
            # The word's terms the fact base has postings for, each with its similarity.
            found = [
                (similarity, arrays)
                for term, similarity in terms.items()
                if (arrays := self._of(term)) is not None
            ]
            if not found:
                continue
            if len(found) == 1:
                new = found[0][1][0]
            else:
                # (A fact under two of the word's terms is met at the first.)
                order = np.concatenate([arrays[0] for _, arrays in found])
                new = order[np.sort(np.unique(order, return_index=True)[1])]
            new = new[met[new] == self._count]
            met[new] = np.arange(meetings, meetings + len(new))
            meetings += len(new)
            if len(terms) == 1:
                ((similarity, (indexes, strengths, phrase_indexes)),) = found
                # (A term's postings name each fact once: no index repeats.)
                covered[indexes] += weight * (similarity * strengths)
                phrased[phrase_indexes] += weight * similarity
                continue
            # A word standing for several terms counts once per fact, by its best term.
            best = np.zeros(self._count)
            best_phrased = np.zeros(self._count)
            for similarity, (indexes, strengths, phrase_indexes) in found:
                best[indexes] = np.maximum(best[indexes], similarity * strengths)
                best_phrased[phrase_indexes] = np.maximum(best_phrased[phrase_indexes], similarity)
            # (Adding 0.0 where the word covers nothing leaves a sum as it was.)
            covered += weight * best
            phrased += weight * best_phrased
        candidates = np.flatnonzero(met < self._count)
        if len(candidates) > shortlist:
            # Only facts at least as covered as the shortlist's last can be in it.
            edge = np.partition(covered[candidates], len(candidates) - shortlist)[
                len(candidates) - shortlist
            ]
            candidates = candidates[covered[candidates] >= edge]
        # Best first; equal coverage in the order met.
        ordered = candidates[np.lexsort((met[candidates], -covered[candidates]))][:shortlist]
        indexes_list = [int(index) for index in ordered]
        return (
            indexes_list,
            {index: float(covered[index]) for index in indexes_list},
            {index: float(phrased[index]) for index in indexes_list if phrased[index]},
        )
