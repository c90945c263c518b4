"""Text helpers shared by the loader, the matcher and the renderer (no Telegram here)."""

from __future__ import annotations

import re

_WHITESPACE = re.compile(r"\s+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace (newlines, non-breaking spaces) into one space."""
    return _WHITESPACE.sub(" ", text).strip()


def detect_language(text: str) -> str:
    """``ru`` for a question written mostly in Cyrillic, ``en`` otherwise."""
    cyrillic = len(_CYRILLIC.findall(text))
    return "ru" if cyrillic and cyrillic >= len(_LATIN.findall(text)) else "en"
