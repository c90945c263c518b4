"""Typing slips: how often a right answer survives when the question is mistyped.

The evaluation files have a ``typo`` kind, but only a few dozen questions of it. This measures
typing slips on their own, over many more questions: every tuning question of the paraphrase and
keyword kinds that the matcher answers right is asked again with one (then two) of its content
words mistyped at random — two neighbouring letters swapped, a letter dropped or doubled, or a
letter replaced by its neighbour on the keyboard (QWERTY or ЙЦУКЕН), never at the first
letter — and counted as surviving when the answer is still right. Several seeds, so that
one lucky draw does not decide. Only the tuning part is used: the held-out file is not for this.

    python -m benchmarks typos          # writes its section of docs/benchmarks.md
    python -m benchmarks.typos          # prints the section only
"""

from __future__ import annotations

import random

from benchmarks.evaluation import Item, correct, load_tuning, matcher_answerer
from knowledge.loader import load_knowledge
from knowledge.matcher import Matcher
from knowledge.normalize import STOPWORDS

TITLE = "Typing slips"

SEEDS = (1, 2, 3)
KINDS = ("paraphrase", "keyword")
MIN_LENGTH = 5  # only words this long are mistyped: a slip in "the" says nothing
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
NEIGHBOURS = {
    letter: row[max(0, at - 1)] + row[min(len(row) - 1, at + 1)]
    for row in _ROWS
    for at, letter in enumerate(row)
}


def mistype(word: str, rng: random.Random) -> str:
    """``word`` with one slip after its first letter."""
    at = rng.randrange(1, len(word) - 1)
    slip = rng.choice(("swap", "drop", "double", "neighbour"))
    if slip == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if slip == "drop":
        return word[:at] + word[at + 1 :]
    if slip == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + rng.choice(NEIGHBOURS.get(word[at].lower(), word[at])) + word[at + 1 :]


def mistyped(question: str, slips: int, rng: random.Random) -> str | None:
    """``question`` with ``slips`` of its content words mistyped, or None if it has none."""
    words = question.split()
    content = [
        at
        for at, word in enumerate(words)
        if len(word) >= MIN_LENGTH and word.isalpha() and word.lower() not in STOPWORDS
    ]
    if not content:
        return None
    for at in rng.sample(content, min(slips, len(content))):
        words[at] = mistype(words[at], rng)
    return " ".join(words)


def survival(matcher: Matcher, items: list[Item], slips: int, seed: int) -> tuple[int, int]:
    """(answers still right, questions mistyped) for one seed."""

    answer = matcher_answerer(matcher)
    rng = random.Random(seed)
    survived = total = 0
    for item in items:
        if not correct(item, answer(item.question)):
            continue
        question = mistyped(item.question, slips, rng)
        if question is None:
            continue
        total += 1
        survived += correct(item, answer(question))
    return survived, total


def run() -> str:
    matcher = Matcher(load_knowledge())
    items = [item for item in load_tuning() if item.in_scope and item.kind in KINDS]
    lines = [
        f"## {TITLE}",
        "",
        "Tuning questions (paraphrase and keyword kinds) that the matcher answers right, asked "
        "again with one or two content words of five letters or more mistyped at random (two "
        "letters swapped, a letter dropped or doubled, or a neighbouring key; never at the "
        "first letter). Survival: the answer is still right. "
        f"Seeds {', '.join(map(str, SEEDS))}; `benchmarks/typos.py`.",
        "",
        "| slips per question | " + " | ".join(f"seed {seed}" for seed in SEEDS) + " | all |",
        "|---|" + "---|" * (len(SEEDS) + 1),
    ]
    for slips in (1, 2):
        results = [survival(matcher, items, slips, seed) for seed in SEEDS]
        cells = [f"{100 * right / total:.1f}% ({right}/{total})" for right, total in results]
        right = sum(r for r, _ in results)
        total = sum(t for _, t in results)
        lines.append(f"| {slips} | " + " | ".join(cells) + f" | **{100 * right / total:.1f}%** |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
