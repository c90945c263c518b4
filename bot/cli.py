"""The ``chapterbot`` command: ``ask``, ``chat``, ``check``, ``run``, ``gaps``.

The contract (arguments, output, exit codes) is relied upon by other tools; keep it stable:

* exit 0 on success, 2 on a usage or configuration error, 1 when the knowledge base fails
  validation (its problems are printed to standard error);
* ``ask`` and ``chat`` never import python-telegram-bot, so they start fast.

Each sub-command's work lives in its own module, imported only when that command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK = 0
EXIT_INVALID_KNOWLEDGE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chapterbot",
        description=(
            "Answers questions about the Compendium of Cultural Policies and Trends in Europe, "
            "Russia 3.4.4 'Direct professional co-operation', citing the chapter word for word."
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ask = commands.add_parser(
        "ask",
        help="answer one question (or one per line of standard input)",
        description=(
            "Answer QUESTION and print the reply. Without QUESTION, read one question per line "
            "from standard input and answer each in order."
        ),
    )
    ask.add_argument("question", nargs="*", metavar="QUESTION", help="the question to answer")
    ask.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per question instead of the plain reply",
    )
    ask.add_argument(
        "--lang", choices=("en", "ru"), help="reply language (default: the question's)"
    )

    chat = commands.add_parser("chat", help="an interactive console with the same replies")
    chat.add_argument(
        "--lang", choices=("en", "ru"), help="reply language (default: the question's)"
    )

    commands.add_parser(
        "check", help="validate the knowledge base and report its coverage of the chapter"
    )
    commands.add_parser("run", help="run the Telegram bot (settings from the environment)")

    gaps = commands.add_parser(
        "gaps", help="what users asked and did not get: the curator's to-do list"
    )
    gaps.add_argument(
        "--since",
        default="7d",
        metavar="AGE",
        help="how far back to look, e.g. 12h, 7d, 4w (default 7d)",
    )
    gaps.add_argument("--format", choices=("table", "json", "csv"), default="table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in ("ask", "chat"):
        from bot import console

        return console.ask(args) if args.command == "ask" else console.chat(args)
    if args.command == "check":
        from bot import check

        return check.run_check()
    if args.command == "run":
        from bot import main as bot_main

        return bot_main.run()
    if args.command == "gaps":
        from bot import gaps

        return gaps.run_gaps(args)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands first


if __name__ == "__main__":
    sys.exit(main())
