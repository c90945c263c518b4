"""The operators' commands: ``/reload`` and ``/stats``, for ``CHAPTERBOT_ADMIN_IDS`` only.

For anyone else these commands do not exist: the update is dropped without any reply — not even
the "unknown command" hint other commands get — so nothing tells a user they are there. They work
in private chats only (statistics are not for a group's eyes); an operator's ``/stats`` in a
group is dropped the same way. The wiring registers these handlers in a group that runs before
the answering handlers, and each of them ends the update's handling.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import MessageLimit
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from bot import questionlog
from bot.gaps import NOISE, Gap, group_questions
from bot.questionlog import FactVotes, QuestionStore
from bot.reload import RELOADER_KEY, Reloader, ReloadResult
from handlers.library import get_library
from knowledge.models import KnowledgeBase

logger = logging.getLogger(__name__)

COMMANDS = ("reload", "stats")
# Shown in the command menu of the operators' own private chats only.
MENU = {
    "en": {"reload": "Reload the fact base (operators)", "stats": "Usage statistics (operators)"},
    "ru": {
        "reload": "Перезагрузить базу фактов (операторы)",
        "stats": "Статистика (операторы)",
    },
}
TOP = 5  # facts, gaps and 👎 facts shown by /stats
EXAMPLE_LENGTH = 80


async def reload_facts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Validate the fact base on disk and swap it in; report the changes or every problem."""
    message, user = update.effective_message, update.effective_user
    reloader: Reloader = context.bot_data[RELOADER_KEY]
    result = await reloader.reload(context.bot_data)
    logger.info("/reload by operator %s: %s", user.id if user else None, result.summary())
    if message is not None:
        await message.reply_text(format_reload(result))
    raise ApplicationHandlerStop


async def show_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Questions in the last day and week, the answered share, top facts, top gaps, votes."""
    message = update.effective_message
    question_log = questionlog.from_context(context)
    store = QuestionStore.in_directory(question_log.directory) if question_log else None
    if message is not None:
        if store is None:
            await message.reply_text("No questions logged yet.")
        else:
            if question_log is not None:
                await question_log.flush()  # include what the writer is still gathering
            stats = await asyncio.to_thread(collect_stats, store, dt.datetime.now(dt.UTC))
            await message.reply_text(format_stats(stats, get_library(context).knowledge))
    raise ApplicationHandlerStop


async def ignore_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Not an operator, or not a private chat: behave as if the command did not exist."""
    user = update.effective_user
    logger.info("Ignored an operator command from user %s", user.id if user else None)
    raise ApplicationHandlerStop


def operator_menu(language: str) -> list[BotCommand]:
    """The operators' own commands, described in ``language``."""
    return [BotCommand(command, description) for command, description in MENU[language].items()]


def handlers(admin_ids: Iterable[int]) -> list[BaseHandler[Update, Any, Any]]:
    """The operators' handlers; the first that matches runs, the last swallows the rest."""
    operators = (
        filters.User(user_id=list(admin_ids))
        & filters.ChatType.PRIVATE
        & filters.UpdateType.MESSAGE
    )
    return [
        CommandHandler("reload", reload_facts, filters=operators),
        CommandHandler("stats", show_stats, filters=operators),
        CommandHandler(list(COMMANDS), ignore_command),
    ]


# --- /reload ------------------------------------------------------------------------------------


def format_reload(result: ReloadResult) -> str:
    """The operator's reply: what changed, or every problem with its file, line and fact id."""
    if result.ok:
        lines = [
            f"<b>Fact base reloaded</b>: {result.facts} facts (was {result.previous_facts}).",
            f"Added: {_ids(result.added)}",
            f"Removed: {_ids(result.removed)}",
            f"Changed: {_ids(result.changed)}",
        ]
        return "\n".join(lines)
    count = len(result.problems)
    head = (
        f"<b>Reload failed</b>: {count} problem{'s' if count != 1 else ''} in "
        f"<code>{html.escape(str(result.knowledge_dir))}</code>. Still serving the previous "
        f"fact base ({result.facts} facts); nothing was changed.\n"
    )
    lines = []
    for problem in result.problems:
        fact = f" [<code>{html.escape(problem.fact_id)}</code>]" if problem.fact_id else ""
        lines.append(
            f"• <code>{html.escape(result.where(problem))}</code>{fact} "
            f"{html.escape(problem.message)}"
        )
    return head + _fit(lines, "\n… and {rest} more: run <code>chapterbot check</code>.", head)


def _ids(ids: tuple[str, ...]) -> str:
    if not ids:
        return "none"
    shown = ", ".join(f"<code>{html.escape(fact_id)}</code>" for fact_id in ids[:20])
    return shown + (f" and {len(ids) - 20} more" if len(ids) > 20 else "")


def _fit(lines: list[str], more: str, head: str = "") -> str:
    """As many lines as fit in one message with ``head`` before them and a "… more" line."""
    budget = MessageLimit.MAX_TEXT_LENGTH - len(head) - len(more) - 10
    shown: list[str] = []
    for line in lines:
        if sum(len(kept) + 1 for kept in shown) + len(line) > budget:
            break
        shown.append(line)
    text = "\n".join(shown)
    if len(shown) < len(lines):
        text += more.format(rest=len(lines) - len(shown))
    return text


# --- /stats -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """What /stats shows, read from the question log."""

    day: dict[str, int]  # outcome -> questions, last 24 hours
    week: dict[str, int]  # the same, last 7 days
    top_facts: list[tuple[str, int]]
    gaps: list[Gap]
    votes: list[FactVotes]


def collect_stats(store: QuestionStore, now: dt.datetime) -> Stats:
    """Read the numbers (blocking: call it in a worker thread)."""
    week_ago = now - dt.timedelta(days=7)
    unanswered = [q for q in store.unanswered(week_ago) if q.reason not in NOISE]
    return Stats(
        day=store.outcomes(now - dt.timedelta(days=1)),
        week=store.outcomes(week_ago),
        top_facts=store.top_facts(week_ago, TOP),
        gaps=group_questions(unanswered)[:TOP],
        votes=store.votes(week_ago),
    )


def _outcome_line(label: str, counts: dict[str, int]) -> str:
    answered = counts.get("answer", 0)
    suggested = counts.get("suggest", 0)
    declined = counts.get("decline", 0)
    total = answered + suggested + declined
    share = f"{answered / total:.0%}" if total else "—"
    line = (
        f"{label}: <b>{total}</b> questions — answered {answered} ({share}), "
        f"suggested {suggested}, declined {declined}"
    )
    if counts.get("chitchat"):
        line += f"; chit-chat {counts['chitchat']}"
    return line


def format_stats(stats: Stats, knowledge: KnowledgeBase) -> str:
    """The /stats reply in HTML."""
    lines = [
        "<b>Questions</b>",
        _outcome_line("Last 24 hours", stats.day),
        _outcome_line("Last 7 days", stats.week),
        "",
        "<b>Top facts</b> (7 days)",
    ]
    if stats.top_facts:
        for rank, (fact_id, count) in enumerate(stats.top_facts, start=1):
            known = "" if knowledge.get(fact_id) else " (no longer in the base)"
            lines.append(f"{rank}. <code>{html.escape(fact_id)}</code> — {count}{known}")
    else:
        lines.append("none yet")
    lines += ["", "<b>Top gaps</b> (7 days; <code>chapterbot gaps</code> for all)"]
    if stats.gaps:
        for rank, gap in enumerate(stats.gaps, start=1):
            example = _shorten(gap.examples[0])
            nearest = f" → <code>{html.escape(gap.nearest_fact)}</code>" if gap.nearest_fact else ""
            lines.append(f"{rank}. {gap.count}× “{html.escape(example)}”{nearest}")
    else:
        lines.append("none")
    up = sum(votes.up for votes in stats.votes)
    down = sum(votes.down for votes in stats.votes)
    lines += ["", f"<b>Feedback</b> (7 days): 👍 {up} · 👎 {down}"]
    for votes in [votes for votes in stats.votes if votes.down][:TOP]:
        lines.append(f"👎 {votes.down} 👍 {votes.up} <code>{html.escape(votes.fact_id)}</code>")
    return _fit(lines, "\n…")


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXAMPLE_LENGTH else flat[: EXAMPLE_LENGTH - 1] + "…"
