"""Webhook mode: the bot registers its URL and secret, and Telegram POSTs updates to it.

The bot is started with ``CHAPTERBOT_WEBHOOK_URL`` on 127.0.0.1 and a free port; the fake
server delivers updates to that URL as Telegram does, with the secret in the
``X-Telegram-Bot-Api-Secret-Token`` header — or without it, or with a wrong one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from knowledge import load_knowledge
from tests.botapi import BotApiServer

from .harness import BotProcess, assert_no_unexpected_failures, free_port, user

pytestmark = pytest.mark.e2e

SECRET = "e2e_Webhook-secret_0123456789"
ANSWERS = load_knowledge().get("publication-date").text  # type: ignore[union-attr]
QUESTIONS = {"en": "When was the chapter published?", "ru": "Когда опубликована глава?"}


@pytest.fixture
async def webhook_bot(make_bot: Callable[..., BotProcess]) -> AsyncIterator[BotProcess]:
    port = free_port()
    process = make_bot(
        CHAPTERBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/chapterbot",
        CHAPTERBOT_WEBHOOK_SECRET=SECRET,
        CHAPTERBOT_LISTEN="127.0.0.1",
        CHAPTERBOT_PORT=str(port),
    )
    await process.start()
    yield process
    if process.alive:
        await process.stop()


async def test_bot_registers_its_webhook_with_the_secret(
    server: BotApiServer, webhook_bot: BotProcess
) -> None:
    assert server.webhook_url == webhook_bot.settings["CHAPTERBOT_WEBHOOK_URL"]
    assert server.webhook_secret == SECRET
    assert set(server.webhook_params.get("allowed_updates") or []) >= {
        "message",
        "callback_query",
        "inline_query",
    }
    assert server.calls_of("getUpdates") == []


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_update_with_the_right_secret_is_answered(
    server: BotApiServer, webhook_bot: BotProcess, lang: str
) -> None:
    update = server.enqueue_private_message(user(400, language=lang), QUESTIONS[lang])
    assert await server.post_update_to_webhook(update) == 200
    [answer] = await webhook_bot.guard(server.wait_for_reply(update))
    assert answer.text.startswith(ANSWERS[lang])
    assert server.is_confirmed(update)
    await webhook_bot.stop()
    webhook_bot.assert_log_clean(allow_errors=False)
    assert_no_unexpected_failures(server)


@pytest.mark.parametrize("secret", [None, "wrong-secret", SECRET[:-1], SECRET + "0", ""])
async def test_update_without_the_right_secret_is_refused_and_not_answered(
    server: BotApiServer, webhook_bot: BotProcess, secret: str | None
) -> None:
    forged = server.enqueue_private_message(user(410), QUESTIONS["en"])
    assert await server.post_update_to_webhook(forged, secret=secret) == 403
    # A genuine update after it is answered; the forged one, refused before any handler ran,
    # never is, and stays unconfirmed (Telegram would deliver it again).
    genuine = server.enqueue_private_message(user(411), QUESTIONS["en"])
    assert await server.post_update_to_webhook(genuine) == 200
    await webhook_bot.guard(server.wait_for_reply(genuine))
    await webhook_bot.guard(
        server.wait_until(lambda: all(c.finished for c in server.calls), what="no call in flight")
    )
    assert server.messages_after(forged) == []
    assert not server.is_confirmed(forged)
    await webhook_bot.stop()
    webhook_bot.assert_log_clean()
    assert_no_unexpected_failures(server)
