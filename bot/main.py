"""``chapterbot run``: the Telegram bot, by long polling or behind a webhook.

Settings come from the environment (see docs/telegram.md). Exit codes follow ``bot.cli``: 2 for a
configuration error, 1 for a knowledge base that fails validation, 0 after a clean shutdown
(SIGINT or SIGTERM: python-telegram-bot stops fetching, finishes, and saves persistent data).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable

from bot.memory import freeze_long_lived
from bot.settings import Settings, SettingsError
from knowledge import KnowledgeError, load_knowledge

EXIT_OK = 0
EXIT_INVALID_KNOWLEDGE = 1
EXIT_CONFIGURATION = 2

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Masks secrets in every formatted record, tracebacks included.

    The httpx logger is kept at WARNING because Bot API URLs contain the token, but an error
    raised by the network layer could still carry a URL; this is the last line of defence.
    """

    def __init__(self, secrets: Iterable[str], fmt: str = LOG_FORMAT) -> None:
        super().__init__(fmt)
        self._secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        formatted = super().format(record)
        for secret in self._secrets:
            formatted = formatted.replace(secret, "[secret]")
        return formatted


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level_number, format=LOG_FORMAT)
    secrets = [settings.token.reveal()]
    if settings.webhook_secret is not None:
        secrets.append(settings.webhook_secret.reveal())
    for handler in logging.getLogger().handlers:
        handler.setFormatter(RedactingFormatter(secrets))
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def run() -> int:
    """Run the bot until it is stopped; the exit code for ``chapterbot run``."""
    try:
        settings = Settings.from_environ(os.environ)
    except SettingsError as error:
        print(f"chapterbot run: {error}", file=sys.stderr)
        return EXIT_CONFIGURATION
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(
            f"chapterbot run: cannot create the data directory {settings.data_dir}: "
            f"{error.strerror}",
            file=sys.stderr,
        )
        return EXIT_CONFIGURATION

    configure_logging(settings)
    logger = logging.getLogger(__name__)
    try:
        knowledge = load_knowledge(settings.knowledge_dir)
    except KnowledgeError as error:
        print(
            f"chapterbot run: knowledge base {settings.knowledge_dir} is INVALID", file=sys.stderr
        )
        print(error, file=sys.stderr)
        return EXIT_INVALID_KNOWLEDGE

    # Imported here so that a configuration error is reported without loading telegram.
    from bot.app import build_application
    from handlers.ignored import HANDLED_UPDATES

    application = build_application(settings, knowledge)
    # What start-up built lives as long as the bot: keep the garbage collector off it.
    freeze_long_lived()
    allowed_updates = list(HANDLED_UPDATES)
    if settings.webhook and settings.webhook_secret is not None:
        logger.info(
            "Starting: webhook on %s:%s/%s, %d facts",
            settings.listen,
            settings.port,
            settings.webhook_path,
            len(knowledge),
        )
        application.run_webhook(
            listen=settings.listen,
            port=settings.port,
            url_path=settings.webhook_path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.reveal(),
            allowed_updates=allowed_updates,
        )
    else:
        logger.info("Starting: long polling, %d facts", len(knowledge))
        application.run_polling(allowed_updates=allowed_updates)
    logger.info("Stopped")
    return EXIT_OK
