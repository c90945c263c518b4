"""The wiring: builder options, services in bot_data, handler groups, start-up and errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest
from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, ContextTypes, MessageHandler, PicklePersistence, filters

from bot.app import (
    ANSWER_GROUP,
    IGNORE_GROUP,
    OPERATOR_GROUP,
    PERSISTENCE_SECONDS,
    RATE_LIMIT_GROUP,
    SETTINGS_KEY,
    build_application,
    publish_commands,
    save_persistence,
)
from bot.settings import Settings
from handlers.library import LIBRARY_KEY, Library
from handlers.ratelimit import LIMITER_KEY, QuestionLimiter
from knowledge import KnowledgeBase
from tests.conftest import (
    ALICE,
    CHANNEL,
    GROUP,
    TOKEN,
    BotHarness,
    OfflineBotApi,
    start_harness,
)


def test_services_and_handler_groups(settings: Settings, knowledge: KnowledgeBase) -> None:
    application = build_application(settings, knowledge)
    library = application.bot_data[LIBRARY_KEY]
    assert isinstance(library, Library)
    assert library.knowledge is knowledge
    assert library.matcher.thresholds == settings.thresholds
    assert isinstance(application.bot_data[LIMITER_KEY], QuestionLimiter)
    assert application.bot_data[SETTINGS_KEY] is settings
    assert sorted(application.handlers) == [
        OPERATOR_GROUP,
        IGNORE_GROUP,
        RATE_LIMIT_GROUP,
        ANSWER_GROUP,
    ]
    assert application.bot.defaults.parse_mode == "HTML"
    persistence = application.persistence
    assert isinstance(persistence, PicklePersistence)
    assert persistence.filepath == settings.data_dir / "chapterbot.pickle"
    assert not persistence.store_data.bot_data
    assert persistence.store_data.user_data and persistence.store_data.chat_data
    # Written once for everyone by the "persistence" job, not once per user who wrote.
    assert persistence.on_flush
    assert persistence.update_interval == PERSISTENCE_SECONDS


async def test_persistence_is_written_in_one_go_every_minute(
    settings: Settings, knowledge: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = 0
    write_file = PicklePersistence._dump_singlefile

    def counted(self: PicklePersistence) -> None:
        nonlocal writes
        writes += 1
        write_file(self)

    monkeypatch.setattr(PicklePersistence, "_dump_singlefile", counted)
    harness = await start_harness(settings, knowledge, OfflineBotApi())
    application = harness.application
    await application.start()  # the job queue, as run_polling starts it
    try:
        [job] = application.job_queue.get_jobs_by_name("persistence")
        assert job.trigger.interval == dt.timedelta(seconds=PERSISTENCE_SECONDS)
        readers = [{**ALICE, "id": 9000 + number} for number in range(30)]
        for reader in readers:
            await harness.private("/lang ru", reader)
        await application.update_persistence()  # what python-telegram-bot does every minute
        assert writes == 0

        await save_persistence(ContextTypes.DEFAULT_TYPE(application))
        assert writes == 1
        saved = PicklePersistence(settings.data_dir / "chapterbot.pickle")
        user_data = await saved.get_user_data()
        assert all(user_data[reader["id"]]["language"] == "ru" for reader in readers)
    finally:
        await application.stop()
        await application.shutdown()
    assert harness.errors == []


def test_base_url_and_rate_limits(settings: Settings, knowledge: KnowledgeBase) -> None:
    local = Settings(
        token=settings.token,
        data_dir=settings.data_dir,
        api_base_url="http://127.0.0.1:8081/bot",
        max_send_rate=0,
    )
    application = build_application(local, knowledge)
    assert application.bot.base_url == f"http://127.0.0.1:8081/bot{TOKEN}"
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, AIORateLimiter)
    assert limiter._base_limiter is None  # 0: no pacing, only 429s are waited out
    assert limiter._group_max_rate == 0

    default = build_application(settings, knowledge)
    assert default.bot.base_url == f"https://api.telegram.org/bot{TOKEN}"
    limiter = default.bot.rate_limiter
    assert isinstance(limiter, AIORateLimiter)
    assert limiter._base_limiter is not None and limiter._base_limiter.max_rate == 30
    assert (limiter._group_max_rate, limiter._group_time_period) == (20, 60)


async def test_command_menu_is_published_in_english_and_russian(bot: BotHarness) -> None:
    await publish_commands(bot.application)
    english, russian = bot.api.of("setMyCommands")
    assert "language_code" not in english
    assert russian["language_code"] == "ru"
    names = [command["command"] for command in english["commands"]]
    assert names == [
        "start",
        "help",
        "ask",
        "topics",
        "fact",
        "random",
        "source",
        "lang",
        "settings",
    ]
    assert [c["command"] for c in russian["commands"]] == names
    assert russian["commands"][0]["description"].startswith("Начало")


async def test_operators_alone_see_their_commands_in_the_menu(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    operators = dataclasses.replace(settings, admin_ids=frozenset({ALICE["id"]}))
    harness = await start_harness(operators, knowledge, api)
    try:
        await publish_commands(harness.application)
    finally:
        await harness.application.shutdown()
    everyone, everyone_ru, operator, operator_ru = api.of("setMyCommands")
    for menu in (everyone, everyone_ru):
        assert "scope" not in menu or menu["scope"]["type"] == "default"
        assert "reload" not in [c["command"] for c in menu["commands"]]
    for menu in (operator, operator_ru):
        assert menu["scope"] == {"type": "chat", "chat_id": ALICE["id"]}
        assert [c["command"] for c in menu["commands"]][-2:] == ["reload", "stats"]
    assert operator_ru["language_code"] == "ru"
    assert harness.errors == []


async def test_command_menu_failure_is_logged_not_fatal(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.api.failing["setMyCommands"] = "Bad Request: too many commands"
    with caplog.at_level(logging.WARNING):
        await publish_commands(bot.application)
    assert "Could not publish the command menu" in caplog.text


async def test_error_handler_logs_the_update_id_and_apologises_in_private(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    async def fail(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise RuntimeError("the matcher broke")

    bot.application.add_handler(MessageHandler(filters.Regex("^break$"), fail), group=5)
    update = bot.updates.private("break")
    with caplog.at_level(logging.ERROR):
        await bot.application.process_update(update)
    assert [type(error) for error in bot.errors] == [RuntimeError]
    bot.errors.clear()
    assert f"Error while handling update {update.update_id}" in caplog.text
    assert TOKEN not in caplog.text
    assert bot.api.texts[-1] == "Sorry, something went wrong on my side. Please try again."

    # In a group the error is logged, and nobody is told.
    bot.api.clear()
    await bot.application.process_update(bot.updates.group("break"))
    bot.errors.clear()
    assert bot.api.messages == []


async def test_no_apology_when_telegram_itself_could_not_be_reached(bot: BotHarness) -> None:
    # The reply failed after bot/retry.py's retries: an apology would fail too, and waiting on
    # it would hold up a shutdown. A request Telegram rejected still gets one.
    errors = iter(
        [NetworkError("httpx.ConnectError: All connection attempts failed"), BadRequest("x")]
    )

    async def fail(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise next(errors)

    bot.application.add_handler(MessageHandler(filters.Regex("^break$"), fail), group=5)
    apology = "Sorry, something went wrong on my side. Please try again."
    await bot.application.process_update(bot.updates.private("break"))
    assert apology not in bot.api.texts
    await bot.application.process_update(bot.updates.private("break"))
    bot.errors.clear()
    assert bot.api.texts[-1] == apology


async def test_edited_messages_and_channel_posts_are_ignored(bot: BotHarness) -> None:
    message = bot.updates.message_dict("When was the chapter published?", ALICE, GROUP)
    await bot.process(bot.updates.build({"edited_message": {**message, "edit_date": 1}}))
    post = bot.updates.message_dict("/ask When was the chapter published?", ALICE, CHANNEL)
    del post["from"]
    await bot.process(bot.updates.build({"channel_post": post}))
    private = bot.updates.message_dict("When?", ALICE, {"id": 101, "type": "private"})
    await bot.process(bot.updates.build({"edited_message": {**private, "edit_date": 1}}))
    assert bot.api.calls == []


async def test_unknown_update_kinds_are_logged_and_ignored(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="handlers.ignored"):
        await bot.process(bot.updates.build({"future_update_kind": {"x": 1}}))
        chosen = {"result_id": "publication-date", "from": ALICE, "query": "date"}
        await bot.process(bot.updates.build({"chosen_inline_result": chosen}))
    assert "future_update_kind" in caplog.text
    assert ": chosen_inline_result" in caplog.text
    assert bot.api.calls == []


async def test_start_up_fetches_the_bot_identity(
    settings: Settings, knowledge: KnowledgeBase, api: OfflineBotApi
) -> None:
    application = build_application(settings, knowledge, request=api)
    async with application:
        assert application.bot.username == "chapter_test_bot"
    assert [call.method for call in api.calls] == ["getMe"]
