"""``chapterbot check``: validate the knowledge base and report how much of it cites the source."""

from __future__ import annotations

import sys
from collections import Counter

from knowledge import KnowledgeError, load_knowledge
from knowledge.coverage import sentence_coverage
from knowledge.loader import knowledge_dir
from knowledge.models import LANGUAGES

EXIT_OK = 0
EXIT_FAILED = 1


def run_check() -> int:
    """Print a summary; exit 1 on any validation error or on coverage below 100%."""
    directory = knowledge_dir()
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        print(f"Knowledge base {directory}: INVALID", file=sys.stderr)
        print(error, file=sys.stderr)
        return EXIT_FAILED

    print(f"Knowledge base: {directory}")
    print(f"Packs: {len(knowledge.packs)}")
    failed = False
    for pack in knowledge.packs:
        meta = pack.meta
        print()
        print(f"[{meta.id}] {meta.source_line('en')}")
        phrasings = {lang: sum(len(f.questions[lang]) for f in pack.facts) for lang in LANGUAGES}
        print(
            f"  facts: {len(pack.facts)} (text in {', '.join(LANGUAGES)}); phrasings: "
            + ", ".join(f"{lang} {count}" for lang, count in phrasings.items())
            + f"; keywords: {sum(len(f.keywords) for f in pack.facts)}"
        )
        topics = Counter(fact.topic for fact in pack.facts)
        print("  topics: " + ", ".join(f"{t} {topics.get(t, 0)}" for t in meta.topics))
        empty = [topic for topic in meta.topics if not topics.get(topic)]
        if empty:
            print(f"  note: topics with no fact: {', '.join(empty)}")
        sentences = sentence_coverage(pack)
        cited = sum(sentence.cited for sentence in sentences)
        share = 100.0 * cited / len(sentences) if sentences else 100.0
        letters = sum(len(s.text) for s in sentences)
        words = sum(s.share * len(s.text) for s in sentences) / letters if letters else 1.0
        print(
            f"  coverage: {cited}/{len(sentences)} sentences cited ({share:.0f}%); "
            f"quotes span {100 * words:.0f}% of the chapter's text"
        )
        for sentence in sentences:
            if not sentence.cited:
                failed = True
                print(f"  UNCITED (paragraph {sentence.paragraph}): {sentence.text}")
    print()
    if failed:
        print("FAILED: coverage below 100%", file=sys.stderr)
        return EXIT_FAILED
    print("OK")
    return EXIT_OK
