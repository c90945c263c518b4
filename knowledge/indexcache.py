"""The matcher's index kept on disk between runs, so that ``chapterbot ask`` starts fast.

Building the index (stems, phonetic keys, one-letter deletions and question kinds of every
phrasing) takes most of a cold start's time. The index depends only on the fact base and on the
code that builds it, so one built index serves every later run until either changes: the file's
name is a hash of the packs' content, the ``knowledge`` package's source, and the versions of
Python, rapidfuzz and PyStemmer. A stale file is never read; it is removed when a new one is
written.

The index is plain data (dicts, lists, sets, strings and numbers), stored with :mod:`marshal`:
loading it runs no code, unlike a pickle. A file that is missing, truncated or from another
build is ignored and the index is built as without a cache; a directory that cannot be written
only means the next run builds it again. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import rapidfuzz
import Stemmer

from knowledge.models import KnowledgeBase

logger = logging.getLogger(__name__)

PREFIX = "matcher-index-"
SUFFIX = ".marshal"
# Bumped when the file's layout changes (not its content: that is in the hash).
FORMAT = 1
_CODE = Path(__file__).resolve().parent


def cache_key(knowledge: KnowledgeBase) -> str:
    """The hash naming the index of ``knowledge`` as this code builds it."""
    digest = hashlib.sha256()
    for part in (
        f"format {FORMAT}",
        sys.version,
        f"marshal {marshal.version}",
        f"rapidfuzz {rapidfuzz.__version__}",
        f"PyStemmer {Stemmer.version()}",
    ):
        digest.update(part.encode() + b"\0")
    for source in sorted(_CODE.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    # A pack's repr holds its metadata, text, paragraphs and every field of every fact.
    for pack in knowledge.packs:
        digest.update(repr(pack).encode() + b"\0")
    return digest.hexdigest()


def build_with_cache(
    target: object, build: Callable[[], None], knowledge: KnowledgeBase, directory: Path
) -> bool:
    """Give ``target`` the attributes ``build`` would set, from ``directory`` when it has them.

    Returns True when the index was read from the cache. Otherwise ``build`` runs and what it
    set is written for the next run.
    """
    try:
        key = cache_key(knowledge)
    except OSError as error:  # the package's source unreadable: build as without a cache
        logger.debug("index cache off: %s", error)
        build()
        return False
    path = directory / f"{PREFIX}{key}{SUFFIX}"
    state = _read(path, key)
    if state is not None:
        vars(target).update(state)
        return True
    before = set(vars(target))
    build()
    _write(path, key, {name: value for name, value in vars(target).items() if name not in before})
    return False


def _read(path: Path, key: str) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # Millions of small objects: the garbage collector would scan them all several times over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        payload = marshal.loads(data)
    except (EOFError, ValueError, TypeError) as error:
        logger.debug("index cache %s unreadable (%s): building the index", path, error)
        return None
    finally:
        if collecting:
            gc.enable()
    if (
        not isinstance(payload, tuple)
        or len(payload) != 2
        or payload[0] != key
        or not isinstance(payload[1], dict)
    ):
        logger.debug("index cache %s is not this index: building it", path)
        return None
    state: dict[str, Any] = payload[1]
    return state


def _write(path: Path, key: str, state: dict[str, Any]) -> None:
    try:
        data = marshal.dumps((key, state))
    except ValueError as error:  # something that is not plain data: keep building each time
        logger.debug("index not cached: %s", error)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole under another name, then renamed: a run reading it at the same moment
        # sees the old file or the new one, never half of one.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=SUFFIX)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        logger.debug("index not cached in %s: %s", path.parent, error)
        return
    # One file per fact base and code: the older ones are never read again.
    for stale in path.parent.glob(f"{PREFIX}*{SUFFIX}"):
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
