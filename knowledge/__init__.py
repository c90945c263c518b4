"""The curated fact base, its loader and validator, and the matcher. Knows nothing of Telegram."""

from knowledge.loader import KnowledgeError, Problem, knowledge_dir, load_knowledge
from knowledge.models import Fact, KnowledgeBase, Pack, PackMeta

__all__ = [
    "Fact",
    "KnowledgeBase",
    "KnowledgeError",
    "Pack",
    "PackMeta",
    "Problem",
    "knowledge_dir",
    "load_knowledge",
]
