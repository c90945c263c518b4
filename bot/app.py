"""All the wiring of the Telegram bot in one function: :func:`build_application`.

The builder (Bot API URL, outgoing rate limiter, persistence, defaults), the services the
handlers share (in ``bot_data``), the handlers in their groups, the error handler and the
start-up hook that publishes the command menu.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommandScopeChat, BotCommandScopeDefault
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    PersistenceInput,
    PicklePersistence,
)
from telegram.request import BaseRequest

from bot import questionlog
from bot.outbox import FIRST_RESEND_SECONDS, RESEND_SECONDS, Outbox
from bot.reload import RELOADER_KEY, Reloader, install_sighup, remove_sighup
from bot.request import bot_api_requests
from bot.retry import RetryingRateLimiter
from bot.settings import Settings
from bot.worker import MATCHING_KEY, Matching
from handlers import (
    admin,
    callbacks,
    commands,
    errors,
    feedback,
    groups,
    ignored,
    inline,
    private,
    ratelimit,
)
from handlers.library import LIBRARY_KEY, Library
from handlers.ratelimit import LIMITER_KEY, QuestionLimiter
from knowledge import KnowledgeBase, load_knowledge

logger = logging.getLogger(__name__)

# The generic parameters (bot, context, data types, job queue) are python-telegram-bot's
# defaults; spelling them out would add nothing.
ChapterApplication = Application[Any, Any, Any, Any, Any, Any]

# Handler groups run in ascending order and each update visits every group; a handler that
# raises ApplicationHandlerStop ends the visit. Within a group only the first match runs.
# The operators' /reload and /stats come first: for anyone else they must be swallowed without
# a reply before the answering group's "unknown command" hint could reveal them.
OPERATOR_GROUP = -3
IGNORE_GROUP = -2  # edits, channel posts, unknown kinds: dropped before anything counts them
RATE_LIMIT_GROUP = -1  # a user over the incoming limit is stopped before any answer
ANSWER_GROUP = 0  # commands, buttons, inline queries, group and private messages

SETTINGS_KEY = "settings"  # bot_data: the Settings (admin ids for the operators' commands)
PERSISTENCE_FILE = "chapterbot.pickle"
# The pickle file is written once this often (and at shutdown): a crash loses at most this much
# of /lang and /settings changes.
PERSISTENCE_SECONDS = 60
# Telegram's limit for one group: 20 messages a minute.
GROUP_MAX_RATE = 20
GROUP_TIME_PERIOD = 60
# A 429 from Telegram is waited out and retried this many times before the send fails.
MAX_RETRIES = 3
# Replies wait on the network, not the CPU: let several updates be handled at once.
CONCURRENT_UPDATES = 32


def build_application(
    settings: Settings,
    knowledge: KnowledgeBase | None = None,
    *,
    request: BaseRequest | None = None,
) -> ChapterApplication:
    """The bot, ready to ``run_polling`` / ``run_webhook`` or to ``process_update`` in tests.

    ``knowledge`` defaults to the base in ``settings.knowledge_dir``; ``request`` replaces the
    HTTP transport (the tests' offline Bot API).
    """
    if knowledge is None:
        knowledge = load_knowledge(settings.knowledge_dir)

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        Application.builder()
        .token(settings.token.reveal())
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .persistence(
            PicklePersistence(
                settings.data_dir / PERSISTENCE_FILE,
                # Only the users' /lang and the groups' /settings: bot_data holds live services.
                store_data=PersistenceInput(bot_data=False, callback_data=False),
                # python-telegram-bot hands over every user and chat that sent an update, one by
                # one; without on_flush each of them rewrites the whole file (2,000 users in a
                # minute: 5 s with the event loop blocked). save_persistence writes it once.
                on_flush=True,
                update_interval=PERSISTENCE_SECONDS,
            )
        )
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(start_up)
        .post_shutdown(shut_down)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    # JSON bodies over a pool of 8 connections (bot/request.py); the tests' offline Bot API
    # replaces both.
    requests = bot_api_requests() if request is None else (request, request)
    builder = builder.request(requests[0]).get_updates_request(requests[1])
    builder = builder.rate_limiter(
        # python-telegram-bot's AIORateLimiter, plus a retry of calls that failed before
        # Telegram acted on them (5xx, dropped connections): an answer is never lost to them.
        RetryingRateLimiter(
            # 0 turns the pacing off (self-hosted Bot API servers, benchmarks); waiting out a
            # 429 stays on either way.
            overall_max_rate=settings.max_send_rate,
            overall_time_period=1,
            group_max_rate=GROUP_MAX_RATE if settings.max_send_rate else 0,
            group_time_period=GROUP_TIME_PERIOD,
            max_retries=MAX_RETRIES,
        )
    )
    application = builder.build()
    # An answer Telegram stays out of reach for is kept and sent later, not lost.
    outbox = Outbox(application)
    limiter = application.bot.rate_limiter
    if isinstance(limiter, RetryingRateLimiter):
        limiter.undelivered = outbox.keep

    # One object for the fact base and its matcher, so that a reload swaps both at once.
    application.bot_data[LIBRARY_KEY] = Library.build(knowledge, settings.thresholds)
    # Where questions are matched: a worker process when the machine has cores to spare.
    application.bot_data[MATCHING_KEY] = Matching(worker=settings.matching_worker)
    application.bot_data[LIMITER_KEY] = QuestionLimiter(limit=settings.questions_per_minute)
    application.bot_data[SETTINGS_KEY] = settings
    # The curator's loop: the question log (gaps, /stats, votes) and the safe reload.
    application.bot_data[questionlog.BOT_DATA_KEY] = questionlog.QuestionLog(
        settings.data_dir, retention_days=settings.log_retention_days
    )
    application.bot_data[RELOADER_KEY] = Reloader(settings.knowledge_dir, settings.thresholds)
    if application.job_queue is not None:
        questionlog.schedule_retention(application.job_queue)
        application.job_queue.run_repeating(
            save_persistence, interval=PERSISTENCE_SECONDS, name="persistence"
        )
        application.job_queue.run_repeating(
            outbox.resend_job, interval=RESEND_SECONDS, first=FIRST_RESEND_SECONDS, name="outbox"
        )

    application.add_handlers(admin.handlers(settings.admin_ids), group=OPERATOR_GROUP)
    application.add_handlers(ignored.handlers(), group=IGNORE_GROUP)
    application.add_handlers(ratelimit.handlers(), group=RATE_LIMIT_GROUP)
    # Order within the group matters: the first matching handler wins. Commands come before
    # the private catch-alls (so an unknown command is only what no command handler took), the
    # callback modules' catch-all for stale buttons comes after every button pattern. Private
    # questions, most of the traffic, are checked first: they are texts that are not commands,
    # which no other handler of the group takes, so this spares each of them a dozen checks.
    application.add_handlers(
        [
            private.question_handler(),
            *commands.handlers(),
            *groups.handlers(),
            *feedback.handlers(),
            *callbacks.handlers(),
            *inline.handlers(),
            *private.handlers(),
        ],
        group=ANSWER_GROUP,
    )
    application.add_error_handler(errors.report_error)
    return application


async def start_up(application: ChapterApplication) -> None:
    """post_init: publish the command menu, reload the fact base on SIGHUP, apply retention."""
    await publish_commands(application)
    install_sighup(application)
    matching = application.bot_data.get(MATCHING_KEY)
    if isinstance(matching, Matching):
        await matching.start(application.bot_data[LIBRARY_KEY])
    question_log = application.bot_data.get(questionlog.BOT_DATA_KEY)
    if isinstance(question_log, questionlog.QuestionLog):
        question_log.purge()  # then daily, by the job queue


async def shut_down(application: ChapterApplication) -> None:
    """post_shutdown: stop listening for SIGHUP, write what the question log still holds."""
    remove_sighup()
    matching = application.bot_data.get(MATCHING_KEY)
    if isinstance(matching, Matching):
        await matching.close()
    question_log = application.bot_data.get(questionlog.BOT_DATA_KEY)
    if isinstance(question_log, questionlog.QuestionLog):
        await question_log.close()


async def save_persistence(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue: write the users' and groups' data changed since the last run to the file."""
    application = context.application
    if application.persistence is not None:
        await application.update_persistence()
        await application.persistence.flush()


async def publish_commands(application: ChapterApplication) -> None:
    """Show the command menu in English (the default) and Russian; a failure is not fatal."""
    try:
        await application.bot.set_my_commands(
            commands.command_menu("en"), scope=BotCommandScopeDefault()
        )
        await application.bot.set_my_commands(
            commands.command_menu("ru"), scope=BotCommandScopeDefault(), language_code="ru"
        )
    except TelegramError as error:
        logger.warning("Could not publish the command menu: %s", error)
    # Operators see /reload and /stats in their own private chat; nobody else learns of them.
    # Telegram refuses a chat scope until that operator has started the bot: not fatal either.
    settings: Settings = application.bot_data[SETTINGS_KEY]
    for admin_id in sorted(settings.admin_ids):
        scope = BotCommandScopeChat(admin_id)
        try:
            for language in ("en", "ru"):
                await application.bot.set_my_commands(
                    commands.command_menu(language) + admin.operator_menu(language),
                    scope=scope,
                    language_code=None if language == "en" else language,
                )
        except TelegramError as error:
            logger.warning("Could not publish the operators' menu for %s: %s", admin_id, error)
