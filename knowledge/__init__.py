"""The curated fact base, its loader and validator, and the matcher. Knows nothing of Telegram."""

from knowledge.decision import (
    AnswerPart,
    Candidate,
    ChitChat,
    Citation,
    Decision,
    DeclineReason,
    Kind,
    ReplyParts,
    Suggestion,
)
from knowledge.loader import KnowledgeError, Problem, knowledge_dir, load_knowledge
from knowledge.matcher import Matcher, Thresholds
from knowledge.models import Fact, KnowledgeBase, Pack, PackMeta
from knowledge.render import fact_parts, render, to_plain_text

__all__ = [
    "AnswerPart",
    "Candidate",
    "ChitChat",
    "Citation",
    "Decision",
    "DeclineReason",
    "Fact",
    "Kind",
    "KnowledgeBase",
    "KnowledgeError",
    "Matcher",
    "Pack",
    "PackMeta",
    "Problem",
    "ReplyParts",
    "Suggestion",
    "Thresholds",
    "fact_parts",
    "knowledge_dir",
    "load_knowledge",
    "render",
    "to_plain_text",
]
