"""The bot's settings, read from the environment and checked once at start-up.

Every variable of ``chapterbot run`` is read here and nowhere else, so a missing or malformed
value is reported before anything connects to Telegram, all problems at once. The bot token and
the webhook secret are wrapped in :class:`Secret`: they never show in a repr, a log line or an
error message.

This module does not import python-telegram-bot; the knowledge layer's thresholds are read with
the matcher's own parser so there is one place that knows their names.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from knowledge.loader import KNOWLEDGE_ENV, SHIPPED_KNOWLEDGE
from knowledge.matcher import Thresholds

TOKEN = "TELEGRAM_BOT_TOKEN"
API_BASE_URL = "TELEGRAM_API_BASE_URL"
WEBHOOK_URL = "CHAPTERBOT_WEBHOOK_URL"
WEBHOOK_SECRET = "CHAPTERBOT_WEBHOOK_SECRET"
LISTEN = "CHAPTERBOT_LISTEN"
PORT = "CHAPTERBOT_PORT"
ADMIN_IDS = "CHAPTERBOT_ADMIN_IDS"
DATA_DIR = "CHAPTERBOT_DATA_DIR"
MAX_SEND_RATE = "CHAPTERBOT_MAX_SEND_RATE"
QUESTIONS_PER_MINUTE = "CHAPTERBOT_QUESTIONS_PER_MINUTE"
LOG_LEVEL = "LOG_LEVEL"
LOG_RETENTION_DAYS = "CHAPTERBOT_LOG_RETENTION_DAYS"
MATCHING_WORKER = "CHAPTERBOT_MATCHING_WORKER"
CACHE_DIR = "CHAPTERBOT_CACHE_DIR"

DEFAULT_LISTEN = "0.0.0.0"
DEFAULT_PORT = 8443
# Telegram's broadcast limit: about 30 messages a second over all chats.
DEFAULT_MAX_SEND_RATE = 30.0
# The incoming limit: questions one user may ask a minute (handlers/ratelimit.py).
DEFAULT_QUESTIONS_PER_MINUTE = 20
DEFAULT_LOG_LEVEL = "INFO"
# How long the question log keeps unanswered questions and votes.
DEFAULT_LOG_RETENTION_DAYS = 90
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# CHAPTERBOT_MATCHING_WORKER: match in a second process (bot/worker.py). "auto": when this process
# may run on more than one core; on one core a second process only adds the cost of talking to it.
_OFF = ("off", "no", "0")
WORKER_CHOICES = {
    **dict.fromkeys(("auto",), None),
    **dict.fromkeys(("on", "yes", "1"), True),
    **dict.fromkeys(_OFF, False),
}

# "<bot id>:<key>" — loose on purpose: self-hosted and test Bot API servers accept any key.
_TOKEN_PATTERN = re.compile(r"^[0-9]+:[^\s]+$")
# What Telegram accepts as a webhook's secret_token.
_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class Secret:
    """A value that must never be printed: its repr and str are masked; :meth:`reveal` gives it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The real value, for the one call that needs it."""
        return self._value

    def __repr__(self) -> str:
        return f"{type(self).__name__}('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class SettingsError(Exception):
    """One or more settings are missing or malformed; the message names each variable."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"invalid configuration:\n{lines}")


@dataclass(frozen=True)
class Settings:
    """Everything ``chapterbot run`` needs to know, already validated."""

    token: Secret
    data_dir: Path
    knowledge_dir: Path = SHIPPED_KNOWLEDGE
    api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: Secret | None = None
    listen: str = DEFAULT_LISTEN
    port: int = DEFAULT_PORT
    admin_ids: frozenset[int] = frozenset()
    max_send_rate: float = DEFAULT_MAX_SEND_RATE
    questions_per_minute: int = DEFAULT_QUESTIONS_PER_MINUTE
    log_level: str = DEFAULT_LOG_LEVEL
    log_retention_days: int = DEFAULT_LOG_RETENTION_DAYS
    thresholds: Thresholds = field(default_factory=Thresholds)
    matching_worker: bool = False  # from the environment: "auto" unless set

    @property
    def webhook(self) -> bool:
        """Webhook mode when a webhook URL is configured, long polling otherwise."""
        return self.webhook_url is not None

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the path of the public webhook URL."""
        return urlsplit(self.webhook_url or "").path.strip("/")

    @classmethod
    def from_environ(cls, environ: Mapping[str, str], *, cwd: Path | None = None) -> Settings:
        """Read and check every setting; raise :class:`SettingsError` listing all problems."""
        problems: list[str] = []

        def value(name: str) -> str | None:
            raw = environ.get(name, "").strip()
            return raw or None

        token = value(TOKEN)
        if token is None:
            problems.append(f"{TOKEN} is required (the token BotFather gave you)")
        elif not _TOKEN_PATTERN.match(token):
            # Never echo the value: it may be a real token pasted with a typo.
            problems.append(f"{TOKEN} is malformed: expected '<bot id>:<key>'")

        api_base_url = value(API_BASE_URL)
        if api_base_url is not None and not _is_http_url(api_base_url):
            problems.append(
                f"{API_BASE_URL} must be an http(s) URL such as http://127.0.0.1:8081/bot, "
                f"not {api_base_url!r}"
            )

        webhook_url = value(WEBHOOK_URL)
        if webhook_url is not None and not _is_http_url(webhook_url):
            problems.append(f"{WEBHOOK_URL} must be an http(s) URL, not {webhook_url!r}")
        webhook_secret = value(WEBHOOK_SECRET)
        if webhook_url is not None and webhook_secret is None:
            problems.append(f"{WEBHOOK_SECRET} is required when {WEBHOOK_URL} is set")
        if webhook_secret is not None and not _SECRET_PATTERN.match(webhook_secret):
            problems.append(
                f"{WEBHOOK_SECRET} must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-'"
            )

        listen = value(LISTEN) or DEFAULT_LISTEN
        port = DEFAULT_PORT
        if (raw_port := value(PORT)) is not None:
            if raw_port.isdigit() and 1 <= int(raw_port) <= 65535:
                port = int(raw_port)
            else:
                problems.append(f"{PORT} must be a port number from 1 to 65535, not {raw_port!r}")

        admin_ids: set[int] = set()
        for item in (value(ADMIN_IDS) or "").split(","):
            item = item.strip()
            if not item:
                continue
            if item.isdigit():
                admin_ids.add(int(item))
            else:
                problems.append(
                    f"{ADMIN_IDS} must be comma-separated Telegram user ids, "
                    f"{item!r} is not a number"
                )

        base = cwd if cwd is not None else Path.cwd()
        data_dir = data_dir_from_environ(environ, cwd=base)
        raw_knowledge = value(KNOWLEDGE_ENV)
        knowledge_dir = SHIPPED_KNOWLEDGE
        if raw_knowledge:
            knowledge_dir = Path(raw_knowledge).expanduser()
            knowledge_dir = knowledge_dir if knowledge_dir.is_absolute() else base / knowledge_dir

        max_send_rate = DEFAULT_MAX_SEND_RATE
        if (raw_rate := value(MAX_SEND_RATE)) is not None:
            try:
                max_send_rate = float(raw_rate)
            except ValueError:
                max_send_rate = -1.0
            if not 0 <= max_send_rate < float("inf"):
                problems.append(
                    f"{MAX_SEND_RATE} must be a number of messages per second, 0 to turn the "
                    f"limiter off, not {raw_rate!r}"
                )
                max_send_rate = DEFAULT_MAX_SEND_RATE

        questions_per_minute = DEFAULT_QUESTIONS_PER_MINUTE
        if (raw_limit := value(QUESTIONS_PER_MINUTE)) is not None:
            if raw_limit.isdigit() and int(raw_limit) >= 1:
                questions_per_minute = int(raw_limit)
            else:
                problems.append(
                    f"{QUESTIONS_PER_MINUTE} must be a whole number of questions, 1 or more, "
                    f"not {raw_limit!r}"
                )

        log_level = (value(LOG_LEVEL) or DEFAULT_LOG_LEVEL).upper()
        if log_level not in LOG_LEVELS:
            problems.append(f"{LOG_LEVEL} must be one of {', '.join(LOG_LEVELS)}")

        log_retention_days = DEFAULT_LOG_RETENTION_DAYS
        try:
            log_retention_days = retention_days_from_environ(environ)
        except ValueError as error:
            problems.append(str(error))

        matching_worker = False
        raw_worker = (value(MATCHING_WORKER) or "auto").lower()
        if raw_worker not in WORKER_CHOICES:
            problems.append(f"{MATCHING_WORKER} must be auto, on or off, not {raw_worker!r}")
        else:
            choice = WORKER_CHOICES[raw_worker]
            matching_worker = usable_cores() > 1 if choice is None else choice

        thresholds = Thresholds()
        try:
            thresholds = Thresholds.from_env(environ)
        except ValueError as error:
            problems.append(str(error))

        if problems:
            raise SettingsError(problems)
        assert token is not None  # for mypy: a missing token is a problem above
        return cls(
            token=Secret(token),
            data_dir=data_dir,
            knowledge_dir=knowledge_dir,
            api_base_url=api_base_url,
            webhook_url=webhook_url,
            webhook_secret=Secret(webhook_secret) if webhook_secret else None,
            listen=listen,
            port=port,
            admin_ids=frozenset(admin_ids),
            max_send_rate=max_send_rate,
            questions_per_minute=questions_per_minute,
            log_level=log_level,
            log_retention_days=log_retention_days,
            thresholds=thresholds,
            matching_worker=matching_worker,
        )

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]


def data_dir_from_environ(environ: Mapping[str, str], *, cwd: Path | None = None) -> Path:
    """``CHAPTERBOT_DATA_DIR`` resolved against ``cwd`` (default ``data/``), with no token needed.

    ``chapterbot gaps`` and ``chat`` use it too, so they find the bot's files.
    """
    raw = environ.get(DATA_DIR, "").strip()
    directory = Path(raw).expanduser() if raw else Path("data")
    return directory if directory.is_absolute() else (cwd or Path.cwd()) / directory


def cache_dir_from_environ(environ: Mapping[str, str]) -> Path | None:
    """Where ``chapterbot ask``, ``chat`` and ``gaps`` keep the matcher's index between runs.

    ``CHAPTERBOT_CACHE_DIR``; by default ``$XDG_CACHE_HOME/chapterbot`` (``~/.cache/chapterbot``);
    ``off`` keeps none, and every run builds the index (about a third of a second).
    """
    raw = environ.get(CACHE_DIR, "").strip()
    if raw.lower() in _OFF:
        return None
    if raw:
        return Path(raw).expanduser()
    xdg = environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "chapterbot"


def retention_days_from_environ(environ: Mapping[str, str]) -> int:
    """``CHAPTERBOT_LOG_RETENTION_DAYS`` (default 90); :class:`ValueError` naming it if bad."""
    raw = environ.get(LOG_RETENTION_DAYS, "").strip()
    if not raw:
        return DEFAULT_LOG_RETENTION_DAYS
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(
            f"{LOG_RETENTION_DAYS} must be a whole number of days, 1 or more, not {raw!r}"
        )
    return int(raw)


# A container's CPU limit (`docker run --cpus`): cgroup v2, then v1. The affinity mask does not
# show it: a container limited to one CPU on an 8-core host sees 8.
CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")  # "<quota> <period>", or "max <period>"
CGROUP_V1_QUOTA = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")  # -1: no limit
CGROUP_V1_PERIOD = Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us")


def usable_cores() -> float:
    """How many cores this process may keep busy: its CPU affinity, capped by a CPU quota."""
    cores = float(len(os.sched_getaffinity(0)))
    quota = _cpu_quota()
    return min(cores, quota) if quota is not None else cores


def _cpu_quota() -> float | None:
    """The container's CPU limit in cores, or None when there is none (or it cannot be read)."""
    try:
        if CGROUP_CPU_MAX.exists():
            quota, period = CGROUP_CPU_MAX.read_text().split()[:2]
            return None if quota == "max" else int(quota) / int(period)
        if CGROUP_V1_QUOTA.exists():
            quota_us = int(CGROUP_V1_QUOTA.read_text())
            return None if quota_us <= 0 else quota_us / int(CGROUP_V1_PERIOD.read_text())
    except (OSError, ValueError):
        pass
    return None


def _is_http_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
