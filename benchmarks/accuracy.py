"""Accuracy on the evaluation set: the matcher against BM25 and rapidfuzz baselines.

Every answerer is tuned on the tuning part only — ``tests/eval/tuning.yaml`` and the numbered
``tuningN.yaml`` files together (the baselines' thresholds and scorer by sweep, the matcher's
constants by hand, see docs/matching.md); ``heldout.yaml`` is only measured.
"""

from __future__ import annotations

from benchmarks.baselines import SCORERS, BM25Baseline, FuzzBaseline, answerer, tune
from benchmarks.evaluation import (
    ANSWERABLE,
    OTHER_LANGUAGE_FILES,
    REFUSED,
    TUNING_FILES,
    Report,
    Tally,
    evaluate,
    load,
    load_tuning,
    matcher_answerer,
)
from knowledge.loader import load_knowledge
from knowledge.matcher import Matcher

TITLE = "Accuracy"


def reports() -> dict[str, tuple[str, dict[str, Report]]]:
    """Per answerer: a note on its settings, and its report per file."""
    knowledge = load_knowledge()
    tuning, heldout = load_tuning(), load("heldout")
    from benchmarks.baselines import chapter_sentences

    sentences = chapter_sentences(knowledge)
    results: dict[str, tuple[str, dict[str, Report]]] = {}

    matcher = Matcher(knowledge)
    ours = matcher_answerer(matcher)
    results["ours"] = (
        f"answer ≥ {matcher.thresholds.answer:g}, suggest ≥ {matcher.thresholds.suggest:g}, "
        f"margin {matcher.thresholds.margin:g}",
        {
            "tuning": evaluate(ours, tuning),
            "heldout": evaluate(ours, heldout),
            "other": evaluate(ours, [item for name in OTHER_LANGUAGE_FILES for item in load(name)]),
        },
    )

    bm25 = BM25Baseline(sentences)
    threshold, tuned = tune(bm25, tuning, [step / 4 for step in range(0, 81)])
    results["BM25"] = (
        f"rank-bm25 Okapi over {len(sentences)} sentences, threshold {threshold:g}",
        {"tuning": tuned, "heldout": evaluate(answerer(bm25, threshold), heldout)},
    )

    best: tuple[float, str, float, Report] | None = None
    for scorer in SCORERS:
        fuzzy = FuzzBaseline(sentences, scorer)
        threshold, tuned = tune(fuzzy, tuning, range(0, 101, 2))
        quality = min(tuned.in_scope.rate, tuned.refusal.rate)
        if best is None or quality > best[0]:
            best = (quality, scorer, threshold, tuned)
    assert best is not None
    _, scorer, threshold, tuned = best
    fuzzy = FuzzBaseline(sentences, scorer)
    results["rapidfuzz"] = (
        f"best of {len(SCORERS)} scorers: {scorer}, threshold {threshold:g}",
        {"tuning": tuned, "heldout": evaluate(answerer(fuzzy, threshold), heldout)},
    )
    return results


def _cell(tally: Tally | None) -> str:
    if tally is None or not tally.total:
        return "–"
    return f"{100 * tally.rate:.0f}% ({tally.right}/{tally.total})"


def run() -> str:
    results = reports()
    names = list(results)
    header = "| kind | lang | " + " | ".join(
        f"{name} {part}" for name in names for part in ("tuning", "held-out")
    )
    lines = [
        f"## {TITLE}",
        "",
        "In scope: answered with a right fact (a suggestion is not an answer). Refusal: a "
        'question expected to be declined (or small talk) that got no fact. "tuning" is the '
        f"tuning part (`tuning.yaml` and `tuning2.yaml` … `{TUNING_FILES[-1]}.yaml` together), "
        "the only questions looked at while tuning; the held-out file was only measured.",
        "",
        *(f"* **{name}**: {note}" for name, (note, _) in results.items()),
        "",
        header + " |",
        "|---|---|" + "---|" * (2 * len(names)),
    ]
    for label, pick in (
        ("**in scope**", lambda r: r.in_scope),
        ("**refusal**", lambda r: r.refusal),
    ):
        cells = [_cell(pick(results[n][1][p])) for n in names for p in ("tuning", "heldout")]
        lines.append(f"| {label} | all | " + " | ".join(cells) + " |")
    for kind in (*ANSWERABLE, *REFUSED):
        for language in ("en", "ru"):
            cells = [
                _cell(results[n][1][p].by_kind.get((kind, language)))
                for n in names
                for p in ("tuning", "heldout")
            ]
            if all(cell == "–" for cell in cells):
                continue
            lines.append(f"| {kind} | {language} | " + " | ".join(cells) + " |")
    other = results["ours"][1]["other"]
    lines += [
        "",
        "Not a target language: Belarusian and Ukrainian (`belarusian_ukrainian.yaml`, "
        f"{other.in_scope.total + other.refusal.total} questions, ours only): "
        f"in scope {_cell(other.in_scope)}, refusal {_cell(other.refusal)}. The bot reads "
        "their letters і, ї, є, ў, ґ as Russian ones, and no more of either language.",
    ]
    return "\n".join(lines) + "\n"
