"""``chapterbot gaps``: what users asked and did not get — the curator's to-do list.

Reads the question log the bot writes (:mod:`bot.questionlog`, also while the bot runs), groups
similar declined and suggested questions, most asked first, each with example questions and the
nearest existing fact, then lists the facts with the most 👎. A group whose nearest fact is
right wants a new phrasing on that fact; a group with no near fact wants a new fact, if the
chapter says anything about it.

    chapterbot gaps                      # the last 7 days, as a table
    chapterbot gaps --since 4w --format json
    chapterbot gaps --since 12h --format csv > gaps.csv

Exit 0 (also when nothing was logged yet), 2 for a malformed ``--since``, 1 when the log
cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import sqlite3
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.questionlog import FactVotes, LoggedQuestion, QuestionStore
from bot.settings import cache_dir_from_environ, data_dir_from_environ
from knowledge import KnowledgeError, Matcher, Thresholds, load_knowledge
from knowledge.decision import DeclineReason, Kind
from knowledge.models import KnowledgeBase
from knowledge.normalize import STOPWORDS, normalize, stem, tokenize

EXIT_OK = 0
EXIT_UNREADABLE = 1
EXIT_USAGE = 2

# Two questions are one gap when, both ways, most of one's content words (stemmed, in any order)
# are in the other, a word matching a word when rapidfuzz's ratio says they are the same word
# give or take a typo. "Most" is at least 60%: two of three words, three of five; a lone word is
# not swallowed by every longer question that contains it. Checked on the sample in
# tests/test_gaps.py: rephrasings and typos group, different subjects do not.
WORD_THRESHOLD = 88.0
MIN_SHARED_SHARE = 0.6
EXAMPLES = 3
# Declines for these reasons are not gaps: nothing in them could become a fact.
NOISE = frozenset({str(DeclineReason.EMPTY), str(DeclineReason.GARBAGE)})

_SINCE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


def parse_since(text: str) -> dt.timedelta:
    """``12h``, ``7d``, ``4w`` as a duration; :class:`ValueError` for anything else."""
    match = _SINCE.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(
            f"--since takes a number and a unit: h (hours), d (days) or w (weeks), "
            f"such as 12h, 7d or 4w; not {text!r}"
        )
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


# --- grouping ---------------------------------------------------------------------------------


def content_key(text: str) -> str:
    """What a question is about: its stemmed content words, or its normalised text if none."""
    tokens = tokenize(text)
    content = [stem(token) for token in tokens if token not in STOPWORDS]
    return " ".join(content or tokens) or " ".join(normalize(text).split())


def similar(one: str, other: str) -> bool:
    """Whether two content keys ask the same thing (see the thresholds above)."""
    spelling = canonical_spellings(one.split() + other.split())
    return _alike(_word_set(one, spelling), _word_set(other, spelling))


def canonical_spellings(words: Iterable[str]) -> dict[str, str]:
    """Each word mapped to one spelling shared by its typos ("bazaar" and "bazar" alike).

    Words are taken most frequent first; each joins the first known spelling that rapidfuzz
    finds close enough, or becomes one. The vocabulary of a week's questions is small.
    """
    spellings: list[str] = []
    canonical: dict[str, str] = {}
    for word, _ in Counter(words).most_common():
        close = process.extractOne(word, spellings, scorer=fuzz.ratio, score_cutoff=WORD_THRESHOLD)
        if close is None:
            spellings.append(word)
            canonical[word] = word
        else:
            canonical[word] = str(close[0])
    return canonical


def _word_set(key: str, spelling: dict[str, str]) -> frozenset[str]:
    return frozenset(spelling.get(word, word) for word in key.split())


def _alike(one: frozenset[str], other: frozenset[str]) -> bool:
    if not one or not other:
        return one == other
    shared = len(one & other)
    return shared >= MIN_SHARED_SHARE * len(one) and shared >= MIN_SHARED_SHARE * len(other)


@dataclass
class Gap:
    """Similar unanswered questions: one line of the curator's to-do list."""

    questions: list[LoggedQuestion] = field(repr=False)
    examples: list[str]
    nearest_fact: str | None = None
    nearest_score: float | None = None
    nearest_text: str | None = None  # the fact in English, when the fact base loads
    now: str | None = None  # what the bot would do with the first example today

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def askers(self) -> int:
        """Distinct people (by keyed hash) who asked; a question with no user counts as one."""
        hashes = {q.asker for q in self.questions if q.asker}
        return len(hashes) + sum(1 for q in self.questions if not q.asker)

    @property
    def languages(self) -> Counter[str]:
        return Counter(q.language for q in self.questions)

    @property
    def chat_types(self) -> Counter[str]:
        return Counter(q.chat_type for q in self.questions)

    @property
    def declined(self) -> int:
        return sum(1 for q in self.questions if q.kind == Kind.DECLINE)

    @property
    def suggested(self) -> int:
        return sum(1 for q in self.questions if q.kind == Kind.SUGGEST)

    @property
    def first_asked(self) -> dt.datetime:
        return min(q.asked_at for q in self.questions)

    @property
    def last_asked(self) -> dt.datetime:
        return max(q.asked_at for q in self.questions)


def group_questions(questions: Iterable[LoggedQuestion]) -> list[Gap]:
    """Greedy leader clustering: the most asked phrasings lead, each other joins the first alike.

    Exact repeats (after normalisation) are merged first, so a question asked twenty times
    leads its group and is compared once.
    """
    by_key: dict[str, list[LoggedQuestion]] = {}
    for question in questions:
        by_key.setdefault(content_key(question.text), []).append(question)
    keys = sorted(by_key, key=lambda key: (-len(by_key[key]), key))

    spelling = canonical_spellings(word for key in keys for word in key.split())
    leaders: list[frozenset[str]] = []
    members: list[list[str]] = []
    # Word -> the leaders that contain it: a question is compared only with leaders it shares a
    # word with, so grouping stays fast with thousands of distinct questions.
    leaders_with: dict[str, list[int]] = {}
    for key in keys:
        words = _word_set(key, spelling)
        near = sorted({index for word in words for index in leaders_with.get(word, ())})
        leader = next((index for index in near if _alike(words, leaders[index])), None)
        if leader is None:
            for word in words:
                leaders_with.setdefault(word, []).append(len(leaders))
            leaders.append(words)
            members.append([key])
        else:
            members[leader].append(key)

    gaps = [_gap([by_key[key] for key in keys]) for keys in members]
    gaps.sort(key=lambda gap: (-gap.count, -gap.askers, gap.examples[0].casefold()))
    return gaps


def _gap(phrasings: list[list[LoggedQuestion]]) -> Gap:
    """One group from its phrasings (each a list of the same question asked again)."""
    questions = [question for phrasing in phrasings for question in phrasing]
    # The most asked wording of each phrasing first, then other wordings of the same words.
    wordings = [
        [text for text, _ in Counter(" ".join(q.text.split()) for q in phrasing).most_common()]
        for phrasing in phrasings
    ]
    examples: list[str] = []
    for text in [texts[0] for texts in wordings] + [t for texts in wordings for t in texts[1:]]:
        if len(examples) == EXAMPLES:
            break
        if text.casefold() not in {example.casefold() for example in examples}:
            examples.append(text)
    nearest = Counter(q.candidates[0][0] for q in questions if q.candidates)
    gap = Gap(questions, examples)
    if nearest:
        fact_id = nearest.most_common(1)[0][0]
        gap.nearest_fact = fact_id
        gap.nearest_score = max(
            score
            for q in questions
            for candidate, score in q.candidates[:1]
            if candidate == fact_id
        )
    return gap


# --- the report -------------------------------------------------------------------------------


@dataclass
class Report:
    since: dt.datetime
    until: dt.datetime
    gaps: list[Gap]
    downvoted: list[FactVotes]
    noise: int = 0  # empty and garbage messages, not grouped
    fact_texts: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def questions(self) -> int:
        return sum(gap.count for gap in self.gaps)


def build_report(
    store: QuestionStore,
    since: dt.datetime,
    *,
    until: dt.datetime | None = None,
    matcher: Matcher | None = None,
) -> Report:
    """Read the log from ``since`` on and group it; with a matcher, say what the bot does now."""
    logged = store.unanswered(since)
    gaps = group_questions(q for q in logged if q.reason not in NOISE)
    report = Report(
        since=since,
        until=until or dt.datetime.now(dt.UTC),
        gaps=gaps,
        downvoted=[votes for votes in store.votes(since) if votes.down],
        noise=sum(1 for q in logged if q.reason in NOISE),
    )
    if matcher is not None:
        annotate(report, matcher)
    return report


def annotate(report: Report, matcher: Matcher) -> None:
    """Name each nearest fact, and say what the bot answers today to each gap's first example."""
    knowledge = matcher.knowledge
    for gap in report.gaps:
        if gap.nearest_fact is not None:
            gap.nearest_text = _fact_text(knowledge, gap.nearest_fact)
        decision = matcher.decide(gap.examples[0])
        if decision.kind is Kind.ANSWER:
            gap.now = "answered: " + ", ".join(c.fact.id for c in decision.facts)
        elif decision.kind is Kind.SUGGEST:
            gap.now = "suggests: " + ", ".join(c.fact.id for c in decision.suggestions)
        elif decision.kind is Kind.DECLINE:
            gap.now = "still declined"
        else:
            gap.now = "taken as chit-chat"
    for votes in report.downvoted:
        report.fact_texts[votes.fact_id] = _fact_text(knowledge, votes.fact_id)


def _fact_text(knowledge: KnowledgeBase, fact_id: str) -> str:
    fact = knowledge.get(fact_id)
    return fact.text["en"] if fact is not None else "(no longer in the fact base)"


def load_matcher() -> tuple[Matcher | None, str | None]:
    """The fact base as the bot would load it now, or why not (gaps still work without it)."""
    try:
        matcher = Matcher(
            load_knowledge(),
            Thresholds.from_env(os.environ),
            cache_dir=cache_dir_from_environ(os.environ),
        )
        return matcher, None
    except KnowledgeError as error:
        return None, f"the fact base does not load ({len(error.problems)} problems; see check)"
    except ValueError as error:
        return None, str(error)


# --- output -----------------------------------------------------------------------------------


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {count}" for key, count in counter.most_common())


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _line(text: str, *, indent: int = 4, placeholder: str = "…") -> str:
    """One indented output line, shortened at a word to fit a 100-column terminal."""
    return " " * indent + textwrap.shorten(text, width=100 - indent, placeholder=placeholder) + "\n"


def format_table(report: Report, since_text: str) -> str:
    """The report for a terminal: a block per gap, then the 👎 facts."""
    out = io.StringIO()
    write = out.write
    write(f"Unanswered questions since {_when(report.since)} ({since_text})\n")
    groups = len(report.gaps)
    write(
        f"{report.questions} question{'s' if report.questions != 1 else ''} in {groups} "
        f"group{'s' if groups != 1 else ''}, most asked first"
    )
    if report.noise:
        write(f" ({report.noise} empty or garbage messages not shown)")
    write("\n")
    for rank, gap in enumerate(report.gaps, start=1):
        people = f"{gap.askers} {'person' if gap.askers == 1 else 'people'}"
        write(
            f"\n#{rank}  {gap.count}× by {people} · {_counts(gap.languages)} · "
            f"{_counts(gap.chat_types)} · declined {gap.declined}, suggested {gap.suggested}\n"
        )
        for example in gap.examples:
            write(_line(f"“{example}”", placeholder="…”"))
        if gap.nearest_fact is not None:
            nearest = f"nearest fact: {gap.nearest_fact} (score {gap.nearest_score:.0f})"
            if gap.nearest_text:
                nearest += f" — {gap.nearest_text}"
            write(_line(nearest))
        else:
            write("    nearest fact: none\n")
        if gap.now is not None:
            write(f"    now: {gap.now}\n")
    if not report.gaps:
        write("\nNothing unanswered in this period.\n")

    write(f"\nFacts with the most 👎 since {_when(report.since)}\n")
    if not report.downvoted:
        write("    none\n")
    else:
        write("    👎    👍  fact\n")
        for votes in report.downvoted:
            fact = votes.fact_id
            if fact in report.fact_texts:
                fact += f" — {report.fact_texts[fact]}"
            counts = f"  {votes.down:>4}  {votes.up:>4}  "
            write(counts + _line(fact, indent=len(counts)).lstrip())
    for note in report.notes:
        write(f"\nNote: {note}\n")
    return out.getvalue()


def report_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "since": report.since.isoformat(),
        "until": report.until.isoformat(),
        "questions": report.questions,
        "noise": report.noise,
        "groups": [
            {
                "rank": rank,
                "count": gap.count,
                "askers": gap.askers,
                "languages": dict(gap.languages.most_common()),
                "chat_types": dict(gap.chat_types.most_common()),
                "declined": gap.declined,
                "suggested": gap.suggested,
                "examples": gap.examples,
                "nearest_fact": gap.nearest_fact,
                "nearest_score": gap.nearest_score,
                "nearest_text": gap.nearest_text,
                "now": gap.now,
                "first_asked": gap.first_asked.isoformat(),
                "last_asked": gap.last_asked.isoformat(),
            }
            for rank, gap in enumerate(report.gaps, start=1)
        ],
        "downvoted": [
            {
                "fact_id": votes.fact_id,
                "down": votes.down,
                "up": votes.up,
                "text": report.fact_texts.get(votes.fact_id),
            }
            for votes in report.downvoted
        ],
        "notes": report.notes,
    }


CSV_COLUMNS = (
    "section",
    "rank",
    "count",
    "askers",
    "languages",
    "chat_types",
    "declined",
    "suggested",
    "examples",
    "fact_id",
    "fact_score",
    "fact_text",
    "now",
    "down",
    "up",
    "first_asked",
    "last_asked",
)


def format_csv(report: Report) -> str:
    """One row per gap (section ``gap``), then one per 👎 fact (section ``downvoted``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for rank, gap in enumerate(report.gaps, start=1):
        writer.writerow(
            {
                "section": "gap",
                "rank": rank,
                "count": gap.count,
                "askers": gap.askers,
                "languages": " ".join(f"{k}:{v}" for k, v in gap.languages.most_common()),
                "chat_types": " ".join(f"{k}:{v}" for k, v in gap.chat_types.most_common()),
                "declined": gap.declined,
                "suggested": gap.suggested,
                "examples": " | ".join(gap.examples),
                "fact_id": gap.nearest_fact or "",
                "fact_score": "" if gap.nearest_score is None else gap.nearest_score,
                "fact_text": gap.nearest_text or "",
                "now": gap.now or "",
                "first_asked": gap.first_asked.isoformat(),
                "last_asked": gap.last_asked.isoformat(),
            }
        )
    for rank, votes in enumerate(report.downvoted, start=1):
        writer.writerow(
            {
                "section": "downvoted",
                "rank": rank,
                "fact_id": votes.fact_id,
                "fact_text": report.fact_texts.get(votes.fact_id, ""),
                "down": votes.down,
                "up": votes.up,
            }
        )
    return out.getvalue()


# --- the command ------------------------------------------------------------------------------


def run_gaps(args: argparse.Namespace) -> int:
    """``chapterbot gaps``: print the report in the chosen format."""
    try:
        window = parse_since(args.since)
    except ValueError as error:
        print(f"chapterbot gaps: {error}", file=sys.stderr)
        return EXIT_USAGE
    data_dir = data_dir_from_environ(os.environ)
    store = QuestionStore.in_directory(data_dir)
    until = dt.datetime.now(dt.UTC)
    since = until - window
    if store is None:
        print(
            f"No questions logged yet: {data_dir} holds no question log. The bot writes one "
            "there once it runs with the same CHAPTERBOT_DATA_DIR.",
            file=sys.stderr if args.format != "table" else sys.stdout,
        )
        report = Report(since=since, until=until, gaps=[], downvoted=[])
        if args.format != "table":
            _print_report(report, args.format, args.since)
        return EXIT_OK

    matcher, problem = load_matcher()
    try:
        report = build_report(store, since, until=until, matcher=matcher)
    except sqlite3.Error as error:
        print(f"chapterbot gaps: cannot read {store.path}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if problem is not None:
        report.notes.append(f"{problem}; nearest facts are shown by id only.")
    _print_report(report, args.format, args.since)
    return EXIT_OK


def _print_report(report: Report, output_format: str, since_text: str) -> None:
    if output_format == "json":
        print(json.dumps(report_data(report), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        sys.stdout.write(format_csv(report))
    else:
        sys.stdout.write(format_table(report, since_text))
