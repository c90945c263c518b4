"""Load and validate the knowledge packs of a knowledge directory.

A knowledge directory holds one folder per chapter ("pack"), each with:

* ``pack.yaml``  — which chapter it is (compendium, country, section, title, date, topics);
* ``source.txt`` — the chapter's cleaned text, the source of truth for every quote;
* ``facts.yaml`` — the curated facts.

Adding a chapter is adding a folder. Every problem found is reported in one run, each naming its
file, line and fact id, so a curator can fix them all at once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.models import LANGUAGES, Fact, KnowledgeBase, Pack, PackMeta
from knowledge.text import normalize_whitespace

SHIPPED_KNOWLEDGE = Path(__file__).resolve().parent / "packs"
KNOWLEDGE_ENV = "CHAPTERBOT_KNOWLEDGE"

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 40  # ids travel in callback data (64 bytes) and inline result ids
MIN_QUESTIONS = {"en": 5, "ru": 4}
FACT_KEYS = ("id", "topic", "paragraph", "text", "quote", "questions", "keywords", "related")
PACK_KEYS = ("id", "compendium", "country", "section", "title", "published", "language", "topics")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the fact base, located for the curator."""

    file: Path
    line: int | None
    message: str
    fact_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        fact = f" [{self.fact_id}]" if self.fact_id else ""
        return f"{where}:{fact} {self.message}"


class KnowledgeError(Exception):
    """The fact base failed validation; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in the knowledge base:\n{lines}"
        )


def knowledge_dir() -> Path:
    """The knowledge directory: ``$CHAPTERBOT_KNOWLEDGE`` or the shipped packs."""
    configured = os.environ.get(KNOWLEDGE_ENV, "").strip()
    return Path(configured).expanduser() if configured else SHIPPED_KNOWLEDGE


def load_knowledge(directory: Path | str | None = None) -> KnowledgeBase:
    """Load every pack under ``directory``; raise :class:`KnowledgeError` listing all problems."""
    root = Path(directory) if directory is not None else knowledge_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(root, None, "knowledge directory not found")])
    pack_dirs = sorted(path.parent for path in root.glob("*/pack.yaml"))
    if not pack_dirs:
        raise KnowledgeError([Problem(root, None, "no knowledge pack (a folder with pack.yaml)")])

    packs: list[Pack] = []
    raw_facts: list[tuple[Pack, _Mapping]] = []
    for pack_dir in pack_dirs:
        loaded = _load_pack(pack_dir, problems)
        if loaded is not None:
            pack, facts = loaded
            packs.append(pack)
            raw_facts.extend((pack, raw) for raw in facts)

    # Ids are checked across packs: callback data and inline results name a fact by id alone.
    # Every id that is written down counts as known, so that one broken fact does not also
    # produce "related id not found" for each fact that links to it.
    known_ids = {raw["id"] for _, raw in raw_facts if isinstance(raw.get("id"), str)}
    first_seen: dict[str, tuple[Path, int]] = {}
    facts_by_pack: dict[str, list[Fact]] = {pack.meta.id: [] for pack in packs}
    for pack, raw in raw_facts:
        fact = _build_fact(pack, raw, known_ids, problems)
        if fact is None:
            continue
        if fact.id in first_seen:
            file, line = first_seen[fact.id]
            problems.append(
                Problem(
                    fact.file, fact.line, f"duplicate id (first defined at {file}:{line})", fact.id
                )
            )
            continue
        first_seen[fact.id] = (fact.file, fact.line)
        facts_by_pack[pack.meta.id].append(fact)

    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase.from_packs(
        tuple(
            Pack(p.meta, p.path, p.source, p.paragraphs, tuple(facts_by_pack[p.meta.id]))
            for p in packs
        )
    )


def split_paragraphs(source: str) -> tuple[str, ...]:
    """Paragraphs are the blank-line separated blocks of the source, counted from 1."""
    return tuple(block.strip() for block in re.split(r"\n\s*\n", source.strip()) if block.strip())


# --- YAML with line numbers -------------------------------------------------------------------


class _Mapping(dict[str, Any]):
    """A YAML mapping that remembers the line it starts on and the line of each key."""

    line: int
    key_lines: dict[str, int]


# PyYAML's libyaml-backed parser when it was built with it (the wheels are): ten times faster
# than the pure-Python one on the fact base, with the same line marks on every node.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader whose mappings carry line numbers and which rejects duplicate keys."""

    duplicate_keys: list[tuple[int, str]]


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        key = str(key)
        if key in mapping:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, key))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    """Parse one YAML file; on failure record a problem with the file and line, return None."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(path, None, "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, None, f"cannot read: {exc}"))
        return None
    loader = _LineLoader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problems.append(Problem(path, line, f"invalid YAML: {exc.problem or exc.context}"))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(path, None, f"invalid YAML: {exc}"))
        return None
    finally:
        loader.dispose()
    for line, key in loader.duplicate_keys:
        problems.append(Problem(path, line, f"key {key!r} appears twice in the same mapping"))
    return data


# --- packs ------------------------------------------------------------------------------------


def _load_pack(directory: Path, problems: list[Problem]) -> tuple[Pack, list[_Mapping]] | None:
    meta_path = directory / "pack.yaml"
    raw = _read_yaml(meta_path, problems)
    if raw is None:
        return None
    if not isinstance(raw, _Mapping):
        problems.append(Problem(meta_path, 1, "pack.yaml must be a mapping"))
        return None
    meta = _build_meta(meta_path, raw, problems)

    source_path = directory / "source.txt"
    try:
        source = source_path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(Problem(source_path, None, f"cannot read the chapter's text: {exc}"))
        return None

    facts_path = directory / "facts.yaml"
    before = len(problems)
    facts = _read_yaml(facts_path, problems)
    if len(problems) > before:
        return None
    if not isinstance(facts, list):
        problems.append(Problem(facts_path, 1, "facts.yaml must be a list of facts"))
        return None
    if meta is None:
        return None
    pack = Pack(meta, directory, source, split_paragraphs(source), ())
    mappings: list[_Mapping] = []
    for index, item in enumerate(facts, start=1):
        if isinstance(item, _Mapping):
            mappings.append(item)
        else:
            problems.append(Problem(facts_path, None, f"fact #{index} is not a mapping"))
    return pack, mappings


def _build_meta(path: Path, raw: _Mapping, problems: list[Problem]) -> PackMeta | None:
    before = len(problems)

    def fail(key: str, message: str) -> None:
        problems.append(Problem(path, raw.key_lines.get(key, raw.line), f"{key}: {message}"))

    for key in PACK_KEYS:
        if key not in raw:
            fail(key, "missing")
    for key in raw:
        if key not in PACK_KEYS:
            fail(key, f"unknown key (expected one of {', '.join(PACK_KEYS)})")
    for key in ("compendium", "country", "title"):
        if key in raw and not _is_translated(raw[key]):
            fail(key, "must map en and ru to non-empty text")
    for key in ("id", "section", "language"):
        if key in raw and not (isinstance(raw[key], str) and raw[key].strip()):
            fail(key, 'must be non-empty text (quote numbers such as "3.4.4")')
    if "published" in raw and not isinstance(raw["published"], dt.date):
        fail("published", "must be a date written as YYYY-MM-DD")
    topics = raw.get("topics")
    if "topics" in raw and not (
        isinstance(topics, dict)
        and topics
        and all(isinstance(k, str) and _is_translated(v) for k, v in topics.items())
    ):
        fail("topics", "must map each topic id to its en and ru labels")
    if len(problems) > before:
        return None
    return PackMeta(
        id=raw["id"],
        compendium=dict(raw["compendium"]),
        country=dict(raw["country"]),
        section=raw["section"],
        title=dict(raw["title"]),
        published=raw["published"],
        language=raw["language"],
        topics={key: dict(value) for key, value in raw["topics"].items()},
    )


def _is_translated(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGUAGES
    )


# --- facts ------------------------------------------------------------------------------------


def _build_fact(
    pack: Pack, raw: _Mapping, known_ids: set[str], problems: list[Problem]
) -> Fact | None:
    path = pack.path / "facts.yaml"
    fact_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    before = len(problems)

    def fail(key: str, message: str) -> None:
        line = raw.key_lines.get(key, raw.line)
        problems.append(Problem(path, line, f"{key}: {message}", fact_id))

    for key in FACT_KEYS:
        if key not in raw:
            fail(key, "missing")
    for key in raw:
        if key not in FACT_KEYS:
            hint = " (the key is named 'quote')" if key in ("quotes", "citation") else ""
            fail(key, f"unknown key{hint}")

    if "id" in raw:
        value = raw["id"]
        if not isinstance(value, str):
            fail("id", f"must be text, not {_type_name(value)}")
        elif len(value) > MAX_ID_LENGTH or not value.isascii() or not ID_PATTERN.match(value):
            fail(
                "id",
                f"{value!r} must be a slug of lowercase ASCII letters, digits and hyphens, "
                f"at most {MAX_ID_LENGTH} characters",
            )
    if "topic" in raw and raw["topic"] not in pack.meta.topics:
        fail(
            "topic",
            f"{raw['topic']!r} is not one of this pack's topics ({', '.join(pack.meta.topics)})",
        )
    if "text" in raw:
        _check_translated_text(raw["text"], lambda m: fail("text", m))

    paragraph = raw.get("paragraph")
    if "paragraph" in raw and (
        isinstance(paragraph, bool)
        or not isinstance(paragraph, int)
        or not 1 <= paragraph <= len(pack.paragraphs)
    ):
        fail("paragraph", f"must be a number from 1 to {len(pack.paragraphs)}, not {paragraph!r}")
        paragraph = None

    quotes = _as_text_list(raw.get("quote"))
    citation = ""
    if "quote" in raw:
        if quotes is None or not quotes:
            fail("quote", "must be a non-empty string or a list of non-empty strings")
        else:
            source = normalize_whitespace(pack.source)
            para = normalize_whitespace(pack.paragraphs[paragraph - 1]) if paragraph else None
            for quote in quotes:
                needle = normalize_whitespace(quote)
                if needle not in source:
                    fail("quote", f"not found verbatim in {pack.path.name}/source.txt: {quote!r}")
                elif para is not None and needle not in para:
                    fail(
                        "quote", f"found in the source but not in paragraph {paragraph}: {quote!r}"
                    )
            if para is not None:
                citation = _citation_span(para, [normalize_whitespace(q) for q in quotes])

    if "questions" in raw:
        questions = raw["questions"]
        if not isinstance(questions, dict):
            fail("questions", "must map en and ru to lists of phrasings")
        else:
            for lang in LANGUAGES:
                phrasings = _as_text_list(questions.get(lang), allow_single=False)
                if phrasings is None:
                    fail("questions", f"{lang}: must be a list of phrasings")
                elif len(phrasings) < MIN_QUESTIONS[lang]:
                    fail(
                        "questions",
                        f"{lang}: at least {MIN_QUESTIONS[lang]} phrasings needed, "
                        f"found {len(phrasings)}",
                    )
    if "keywords" in raw and _as_text_list(raw["keywords"], allow_single=False) is None:
        fail("keywords", "must be a list of words or names")
    if "related" in raw:
        related = _as_text_list(raw["related"], allow_single=False)
        if related is None:
            fail("related", "must be a list of fact ids")
        else:
            for other in related:
                if other == fact_id:
                    fail("related", "lists the fact itself")
                elif other not in known_ids:
                    fail("related", f"id {other!r} not found")

    if len(problems) > before:
        return None
    return Fact(
        id=raw["id"],
        topic=raw["topic"],
        text={lang: raw["text"][lang].strip() for lang in LANGUAGES},
        quotes=tuple(quotes or ()),
        citation=citation,
        paragraph=raw["paragraph"],
        questions={lang: tuple(raw["questions"][lang]) for lang in LANGUAGES},
        keywords=tuple(raw["keywords"]),
        related=tuple(raw["related"]),
        pack=pack.meta,
        file=path,
        line=raw.line,
    )


def _citation_span(paragraph: str, quotes: list[str]) -> str:
    """The stretch of ``paragraph`` from the first quote's start to the last quote's end.

    Several passages joined by an ellipsis would no longer be the chapter's text; their span
    is, and a reader (or a tool) can find it in the source as it stands.
    """
    spans = [(start, start + len(q)) for q in quotes if (start := paragraph.find(q)) != -1]
    if not spans:
        return ""
    return paragraph[min(s for s, _ in spans) : max(e for _, e in spans)]


def _check_translated_text(value: Any, fail: Any) -> None:
    if not isinstance(value, dict):
        fail(f"must map en and ru to text, not {_type_name(value)}")
        return
    for lang in LANGUAGES:
        text = value.get(lang)
        if text is None:
            fail(f"missing language {lang!r}")
        elif not isinstance(text, str) or not text.strip():
            fail(f"{lang}: must be non-empty text")


def _as_text_list(value: Any, *, allow_single: bool = True) -> list[str] | None:
    """A string or list of non-empty strings as a list; None when it is anything else."""
    if allow_single and isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return list(value)
    return None


def _type_name(value: Any) -> str:
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        int: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
