"""Checks the shape of the evaluation question set (tuning.yaml, heldout.yaml).

This does not run the bot: it only makes sure the set is well-formed, that every expected fact id
exists in the pack, and that the tuning/held-out split keeps every kind and every fact on both
sides. Run it directly to print the counts table that README.md shows:

    python3 tests/eval/test_eval_set.py             # plain table
    python3 tests/eval/test_eval_set.py --markdown  # the same, as Markdown
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
FACTS = HERE.parents[1] / "knowledge" / "packs" / "russia-3.4.4" / "facts.yaml"
FILES = ("tuning.yaml", "heldout.yaml")

# Kinds whose questions the chapter answers (expect: a list of fact ids).
ANSWERABLE = ("paraphrase", "typo", "keyword", "abbreviation", "translit", "multi")
# Kinds the bot must decline, and small talk.
DECLINED = ("near_miss", "uncovered", "out_of_scope", "garbage")
KINDS = (*ANSWERABLE, *DECLINED, "chitchat")
LANGS = ("en", "ru")
KEYS = {"q", "lang", "kind", "expect", "all"}
MIN_PER_FACT = 6  # every fact must be asked for at least this often over both files
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def fact_ids() -> list[str]:
    """The fact ids of the pack (only the ids: the set must not lean on the facts' phrasings)."""
    return [str(f["id"]) for f in yaml.safe_load(FACTS.read_text(encoding="utf-8"))]


def load(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{name}: the top level must be a list"
    return data


def norm(q: str) -> str:
    return " ".join(q.casefold().split())


def problems(name: str, items: list[dict[str, Any]], ids: set[str]) -> list[str]:
    """Everything wrong with one file, as readable lines (empty when the file is fine)."""
    out: list[str] = []
    for n, e in enumerate(items, 1):
        where = f"{name} #{n}"
        if not isinstance(e, dict):
            out.append(f"{where}: not a mapping")
            continue
        where = f"{where} {e.get('q')!r}"
        if extra := set(e) - KEYS:
            out.append(f"{where}: unknown keys {sorted(extra)}")
        if missing := {"q", "lang", "kind", "expect"} - set(e):
            out.append(f"{where}: missing keys {sorted(missing)}")
            continue
        q, lang, kind, expect = e["q"], e["lang"], e["kind"], e["expect"]
        if not isinstance(q, str) or not q.strip():
            out.append(f"{where}: q must be a non-empty string")
            continue
        if lang not in LANGS:
            out.append(f"{where}: lang must be one of {LANGS}")
        elif (lang == "ru") != bool(CYRILLIC.search(q)):
            out.append(
                f"{where}: lang {lang} but the question is {'not ' * (lang == 'ru')}Cyrillic"
            )
        if kind not in KINDS:
            out.append(f"{where}: unknown kind {kind!r}")
            continue
        if kind in ANSWERABLE:
            if not isinstance(expect, list) or not expect:
                out.append(f"{where}: a {kind} question must expect a list of fact ids")
                continue
            if unknown := [x for x in expect if x not in ids]:
                out.append(f"{where}: unknown fact ids {unknown}")
            if len(set(expect)) != len(expect):
                out.append(f"{where}: repeated fact id")
            if kind == "multi" and len(expect) < 2:
                out.append(f"{where}: a multi question expects at least two facts")
        else:
            want = "chitchat" if kind == "chitchat" else "decline"
            if expect != want:
                out.append(f"{where}: a {kind} question must expect {want!r}")
        if "all" in e and (e["all"] is not True or not isinstance(expect, list) or len(expect) < 2):
            out.append(f"{where}: 'all: true' is only for questions expecting two or more facts")
    return out


# ----------------------------------------------------------------------------- pytest


@pytest.fixture(scope="module")
def ids() -> set[str]:
    return set(fact_ids())


@pytest.mark.parametrize("name", FILES)
def test_file_is_well_formed(name: str, ids: set[str]) -> None:
    assert problems(name, load(name), ids) == []


def test_no_question_is_repeated() -> None:
    seen: Counter[str] = Counter(norm(e["q"]) for name in FILES for e in load(name))
    assert [q for q, n in seen.items() if n > 1] == []


def test_split_keeps_every_kind_and_fact_on_both_sides(ids: set[str]) -> None:
    sets = {name: load(name) for name in FILES}
    total = sum(len(v) for v in sets.values())
    assert total >= 300
    share = len(sets["tuning.yaml"]) / total
    assert 0.50 <= share <= 0.60, f"tuning share {share:.2f}"
    for name, items in sets.items():
        kinds = {e["kind"] for e in items}
        assert kinds == set(KINDS), f"{name} lacks kinds {set(KINDS) - kinds}"
        facts = {x for e in items if isinstance(e["expect"], list) for x in e["expect"]}
        assert facts == ids, f"{name} never expects {sorted(ids - facts)}"


def test_every_fact_is_asked_often_enough(ids: set[str]) -> None:
    asked: Counter[str] = Counter()
    for name in FILES:
        for e in load(name):
            if isinstance(e["expect"], list):
                asked.update(e["expect"])
    assert {f: asked[f] for f in ids if asked[f] < MIN_PER_FACT} == {}


# ----------------------------------------------------------------------------- table


def table(markdown: bool = False) -> str:
    sets = {name: load(name) for name in FILES}
    cols = [(name, lang) for name in FILES for lang in LANGS] + [(name, "all") for name in FILES]
    heads = ["kind"] + [f"{n.split('.')[0]} {lang}" for n, lang in cols] + ["total"]
    counts = {n: Counter((e["kind"], e["lang"]) for e in items) for n, items in sets.items()}

    def row(label: str, pick: list[str]) -> list[str]:
        cells = [label]
        for n, lang in cols:
            langs = LANGS if lang == "all" else (lang,)
            cells.append(str(sum(counts[n][(k, g)] for k in pick for g in langs)))
        cells.append(str(sum(counts[n][(k, g)] for n in FILES for k in pick for g in LANGS)))
        return cells

    rows = [row(k, [k]) for k in KINDS]
    rows.append(row("answerable", list(ANSWERABLE)))
    rows.append(row("TOTAL", list(KINDS)))
    if markdown:
        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    return "\n".join(
        "  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in [heads, *rows]
    )


def fact_table(markdown: bool = False) -> str:
    """How often each fact is acceptable, per file (a question expecting two facts counts twice)."""
    per = {
        n: Counter(x for e in load(n) if isinstance(e["expect"], list) for x in e["expect"])
        for n in FILES
    }
    heads = ["fact", *(n.split(".")[0] for n in FILES), "total"]
    rows = [
        [f, *(str(per[n][f]) for n in FILES), str(sum(per[n][f] for n in FILES))]
        for f in fact_ids()
    ]
    if markdown:
        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    return "\n".join(
        "  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in [heads, *rows]
    )


def main() -> int:
    ids = set(fact_ids())
    bad = [p for name in FILES for p in problems(name, load(name), ids)]
    print("\n".join(bad) if bad else "both files are well-formed")
    print()
    print(table(markdown="--markdown" in sys.argv))
    print()
    print(fact_table(markdown="--markdown" in sys.argv))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
