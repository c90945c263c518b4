"""``chapterbot ask`` and ``chapterbot chat``: the bot's answers in a terminal, no Telegram.

``ask`` answers one question (the arguments) or one per line of standard input, as plain text or
one JSON object per question (``--json``). ``chat`` is an interactive console with line editing
and history (the stdlib ``readline``), the same replies, and the commands /help, /topics and
/quit. Neither imports python-telegram-bot, so both start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.settings import cache_dir_from_environ
from knowledge.decision import Decision
from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.matcher import Matcher, Thresholds
from knowledge.render import render, to_plain_text

EXIT_OK = 0
EXIT_INVALID_KNOWLEDGE = 1
EXIT_USAGE = 2

HISTORY_FILE = ".chapterbot_history"
RENDERED_LINES = 4096  # distinct batch lines whose output is kept
DATA_DIR_ENV = "CHAPTERBOT_DATA_DIR"


def ask(args: argparse.Namespace) -> int:
    """Answer the question in ``args`` or, without one, every line of standard input."""
    matcher = _build_matcher()
    if isinstance(matcher, int):
        return matcher
    _use_utf8(sys.stdout)
    reply = _json_line if args.json else _plain_reply
    try:
        if args.question:
            _write(reply(matcher.decide(" ".join(args.question), args.lang)), first=True)
        else:
            # A batch repeats its questions (logs, test sets): each distinct line's output is
            # rendered once. Bounded like the matcher's own cache of decisions.
            rendered: dict[str, str] = {}
            for number, line in enumerate(_stdin_lines()):
                output = rendered.get(line)
                if output is None:
                    output = reply(matcher.decide(line, args.lang))
                    if len(rendered) >= RENDERED_LINES:
                        del rendered[next(iter(rendered))]
                    rendered[line] = output
                _write(output, first=number == 0, separate=not args.json)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def chat(args: argparse.Namespace) -> int:
    """An interactive console: a question per line, /help, /topics, /quit or Ctrl-D to leave."""
    from knowledge import messages
    from knowledge.render import topics_text

    matcher = _build_matcher()
    if isinstance(matcher, int):
        return matcher
    _use_utf8(sys.stdout)
    interactive = sys.stdin.isatty()
    if interactive:
        _enable_history()
    language = args.lang or "en"
    print(messages.SCOPE[language])
    print(messages.CONSOLE_HELP[language])
    prompt = "> " if interactive else ""
    while True:
        try:
            line = input(prompt)
        except EOFError:
            if interactive:
                print()
            return EXIT_OK
        except KeyboardInterrupt:
            print()  # Ctrl-C abandons the line being typed, not the console
            continue
        command = line.strip().casefold()
        if command in ("/quit", "/exit", "/q"):
            return EXIT_OK
        if command in ("/help", "/start"):
            print(f"{messages.SCOPE[language]}\n{messages.CONSOLE_HELP[language]}\n")
            continue
        if command == "/topics":
            print(topics_text(matcher.knowledge, language) + "\n")
            continue
        if not line.strip():
            continue
        decision = matcher.decide(line, args.lang)
        language = args.lang or decision.language
        print(to_plain_text(render(decision)) + "\n", flush=True)


def as_json(decision: Decision) -> dict[str, Any]:
    """The ``--json`` object of one decision (the contract other tools rely on)."""
    language = decision.language
    return {
        "question": decision.question,
        "language": language,
        "answered": bool(decision.facts),
        "reply": to_plain_text(render(decision)),
        "facts": [
            {
                "id": candidate.fact.id,
                "text": candidate.fact.text[language],
                "quote": candidate.fact.quote,
                "score": float(candidate.score),
            }
            for candidate in decision.facts
        ],
        "suggestions": [
            {
                "id": candidate.fact.id,
                "text": candidate.fact.text[language],
                "score": candidate.score,
            }
            for candidate in decision.suggestions
        ],
    }


def _json_line(decision: Decision) -> str:
    return json.dumps(as_json(decision), ensure_ascii=False)


def _plain_reply(decision: Decision) -> str:
    return to_plain_text(render(decision))


def _write(output: str, *, first: bool, separate: bool = False) -> None:
    """One reply and its line end, flushed; plain replies after the first follow a blank line."""
    sys.stdout.write(("\n" if separate and not first else "") + output + "\n")
    sys.stdout.flush()


def _stdin_lines() -> Iterable[str]:
    """Standard input line by line as it arrives, without line endings, decoded as UTF-8."""
    stream = sys.stdin
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")
    while True:
        line = stream.readline()
        if not line:
            return
        yield line.rstrip("\r\n")


def _build_matcher() -> Matcher | int:
    """The matcher over the configured knowledge, or the exit code of why there is none."""
    try:
        thresholds = Thresholds.from_env(os.environ)
    except ValueError as exc:
        print(f"chapterbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        knowledge = load_knowledge()
    except KnowledgeError as exc:
        print(f"chapterbot: {exc}", file=sys.stderr)
        return EXIT_INVALID_KNOWLEDGE
    return Matcher(knowledge, thresholds, cache_dir=cache_dir_from_environ(os.environ))


def _use_utf8(stream: TextIO) -> None:
    if (
        hasattr(stream, "reconfigure")
        and (stream.encoding or "").lower().replace("-", "") != "utf8"
    ):
        stream.reconfigure(encoding="utf-8")


def _enable_history() -> None:
    """Line editing and a persistent history, when the platform has ``readline``."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return
    import atexit

    data_dir = os.environ.get(DATA_DIR_ENV, "").strip()
    path = Path(data_dir).expanduser() / "chat_history" if data_dir else Path.home() / HISTORY_FILE
    with contextlib.suppress(OSError):  # no history yet, or an unreadable one: start afresh
        readline.read_history_file(path)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):  # a read-only home must not break leaving
            readline.write_history_file(path)

    atexit.register(save)
