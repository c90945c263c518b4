"""Settings from the environment: defaults, every malformed value, secrets never printed."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

from bot import main as bot_main
from bot import settings as settings_module
from bot.settings import (
    DEFAULT_LOG_RETENTION_DAYS,
    LOG_RETENTION_DAYS,
    Secret,
    Settings,
    SettingsError,
    cache_dir_from_environ,
    data_dir_from_environ,
    retention_days_from_environ,
    usable_cores,
)
from knowledge.loader import SHIPPED_KNOWLEDGE

TOKEN = "123456:AAH-secret-token_value"
SECRET = "webhook-Secret_42"


def settings_from(**environ: str) -> Settings:
    return Settings.from_environ({"TELEGRAM_BOT_TOKEN": TOKEN, **environ}, cwd=Path("/srv/bot"))


def problems_of(environ: dict[str, str]) -> str:
    with pytest.raises(SettingsError) as raised:
        Settings.from_environ(environ, cwd=Path("/srv/bot"))
    return str(raised.value)


def test_defaults() -> None:
    settings = settings_from()
    assert settings.token.reveal() == TOKEN
    assert settings.data_dir == Path("/srv/bot/data")
    assert settings.knowledge_dir == SHIPPED_KNOWLEDGE
    assert settings.api_base_url is None
    assert not settings.webhook
    assert (settings.listen, settings.port) == ("0.0.0.0", 8443)
    assert settings.admin_ids == frozenset()
    assert settings.max_send_rate == 30
    assert settings.questions_per_minute == 20
    assert settings.log_level == "INFO"
    assert settings.log_level_number == logging.INFO
    assert settings.log_retention_days == 90
    assert settings.thresholds.group > settings.thresholds.answer


def test_every_variable_is_read() -> None:
    settings = settings_from(
        TELEGRAM_API_BASE_URL="http://127.0.0.1:8081/bot",
        CHAPTERBOT_WEBHOOK_URL="https://bot.example.org/chapterbot/hook",
        CHAPTERBOT_WEBHOOK_SECRET=SECRET,
        CHAPTERBOT_LISTEN="127.0.0.1",
        CHAPTERBOT_PORT="9000",
        CHAPTERBOT_ADMIN_IDS=" 11, 22 ,",
        CHAPTERBOT_DATA_DIR="state",
        CHAPTERBOT_KNOWLEDGE="/opt/knowledge",
        CHAPTERBOT_MAX_SEND_RATE="0",
        LOG_LEVEL="debug",
        CHAPTERBOT_GROUP_THRESHOLD="80",
        CHAPTERBOT_LOG_RETENTION_DAYS="30",
        CHAPTERBOT_QUESTIONS_PER_MINUTE="40",
        CHAPTERBOT_MATCHING_WORKER="OFF",
    )
    assert not settings.matching_worker
    assert settings.questions_per_minute == 40
    assert settings.log_retention_days == 30
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.webhook
    assert settings.webhook_path == "chapterbot/hook"
    assert settings.webhook_secret == Secret(SECRET)
    assert (settings.listen, settings.port) == ("127.0.0.1", 9000)
    assert settings.admin_ids == {11, 22}
    assert settings.data_dir == Path("/srv/bot/state")
    assert settings.knowledge_dir == Path("/opt/knowledge")
    assert settings.max_send_rate == 0
    assert settings.log_level == "DEBUG"
    assert settings.thresholds.group == 80


@pytest.mark.parametrize(
    ("value", "cores", "worker"),
    [
        ("", {0, 1}, True),
        ("auto", {0, 1}, True),
        ("auto", {0}, False),  # one core: a second process would only add the talking
        ("on", {0}, True),
        ("1", {0}, True),
        ("off", {0, 1}, False),
        ("no", {0, 1}, False),
    ],
)
def test_the_matching_worker_is_on_where_there_is_a_core_to_spare(
    monkeypatch: pytest.MonkeyPatch, value: str, cores: set[int], worker: bool
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: cores)
    monkeypatch.setattr(settings_module, "_cpu_quota", lambda: None)  # whatever this host has
    assert settings_from(CHAPTERBOT_MATCHING_WORKER=value).matching_worker is worker


@pytest.mark.parametrize(
    ("cgroup_v2", "cgroup_v1", "cores"),
    [
        (None, None, 4.0),  # no cgroup files: the affinity mask
        ("max 100000\n", None, 4.0),  # cgroup v2, no limit
        ("100000 100000\n", None, 1.0),  # docker run --cpus=1
        ("150000 100000\n", None, 1.5),
        (None, ("-1", "100000"), 4.0),  # cgroup v1, no limit
        (None, ("50000", "100000"), 0.5),
        ("garbage\n", None, 4.0),  # unreadable: as if there were none
    ],
)
def test_a_containers_cpu_limit_caps_the_usable_cores(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    cgroup_v2: str | None,
    cgroup_v1: tuple[str, str] | None,
    cores: float,
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    v2, quota, period = tmp_path / "cpu.max", tmp_path / "quota", tmp_path / "period"
    if cgroup_v2 is not None:
        v2.write_text(cgroup_v2)
    if cgroup_v1 is not None:
        quota.write_text(cgroup_v1[0])
        period.write_text(cgroup_v1[1])
    monkeypatch.setattr(settings_module, "CGROUP_CPU_MAX", v2)
    monkeypatch.setattr(settings_module, "CGROUP_V1_QUOTA", quota)
    monkeypatch.setattr(settings_module, "CGROUP_V1_PERIOD", period)

    assert usable_cores() == cores
    # One core's worth or less: matching stays in the bot's process.
    assert settings_from(CHAPTERBOT_MATCHING_WORKER="auto").matching_worker is (cores > 1)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is required"),
        ({"TELEGRAM_BOT_TOKEN": "   "}, "TELEGRAM_BOT_TOKEN is required"),
        ({"TELEGRAM_BOT_TOKEN": "no colon here"}, "TELEGRAM_BOT_TOKEN is malformed"),
        ({"TELEGRAM_API_BASE_URL": "127.0.0.1:8081"}, "TELEGRAM_API_BASE_URL must be an http(s)"),
        ({"CHAPTERBOT_WEBHOOK_URL": "ftp://x/y", "CHAPTERBOT_WEBHOOK_SECRET": SECRET}, "http(s)"),
        ({"CHAPTERBOT_WEBHOOK_URL": "https://x.org/hook"}, "CHAPTERBOT_WEBHOOK_SECRET is required"),
        ({"CHAPTERBOT_WEBHOOK_SECRET": "has spaces!"}, "CHAPTERBOT_WEBHOOK_SECRET must be 1-256"),
        ({"CHAPTERBOT_PORT": "http"}, "CHAPTERBOT_PORT must be a port number"),
        ({"CHAPTERBOT_PORT": "70000"}, "CHAPTERBOT_PORT must be a port number"),
        ({"CHAPTERBOT_ADMIN_IDS": "12,@alice"}, "'@alice' is not a number"),
        ({"CHAPTERBOT_MAX_SEND_RATE": "fast"}, "CHAPTERBOT_MAX_SEND_RATE must be a number"),
        ({"CHAPTERBOT_MAX_SEND_RATE": "-1"}, "CHAPTERBOT_MAX_SEND_RATE must be a number"),
        ({"CHAPTERBOT_MAX_SEND_RATE": "nan"}, "CHAPTERBOT_MAX_SEND_RATE must be a number"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL must be one of DEBUG, INFO"),
        ({"CHAPTERBOT_QUESTIONS_PER_MINUTE": "0"}, "CHAPTERBOT_QUESTIONS_PER_MINUTE must be"),
        ({"CHAPTERBOT_QUESTIONS_PER_MINUTE": "lots"}, "CHAPTERBOT_QUESTIONS_PER_MINUTE must be"),
        ({"CHAPTERBOT_ANSWER_THRESHOLD": "high"}, "CHAPTERBOT_ANSWER_THRESHOLD must be a number"),
        ({"CHAPTERBOT_MATCHING_WORKER": "maybe"}, "CHAPTERBOT_MATCHING_WORKER must be auto, on"),
    ],
)
def test_malformed_values_are_named(environ: dict[str, str], message: str) -> None:
    if "TELEGRAM_BOT_TOKEN" not in environ and environ:
        environ = {"TELEGRAM_BOT_TOKEN": TOKEN, **environ}
    assert message in problems_of(environ)


def test_all_problems_are_reported_at_once() -> None:
    text = problems_of({"CHAPTERBOT_PORT": "x", "LOG_LEVEL": "LOUD"})
    assert "TELEGRAM_BOT_TOKEN is required" in text
    assert "CHAPTERBOT_PORT" in text
    assert "LOG_LEVEL" in text


def test_secrets_never_print() -> None:
    settings = settings_from(
        CHAPTERBOT_WEBHOOK_URL="https://bot.example.org/hook", CHAPTERBOT_WEBHOOK_SECRET=SECRET
    )
    for shown in (repr(settings), str(settings), str(settings.token), f"{settings.webhook_secret}"):
        assert TOKEN not in shown
        assert SECRET not in shown
    assert "**********" in repr(settings.token)
    # A token with a typo is reported without its value.
    assert "AAH-secret" not in problems_of({"TELEGRAM_BOT_TOKEN": "123 AAH-secret"})


def test_settings_module_does_not_import_telegram() -> None:
    import subprocess

    code = "import sys, bot.settings; print('telegram' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_run_exits_2_on_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("CHAPTERBOT_PORT", "many")
    assert bot_main.run() == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN is required" in err
    assert "CHAPTERBOT_PORT must be a port number" in err


def test_run_exits_1_on_invalid_knowledge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bot_main, "configure_logging", lambda settings: None)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("CHAPTERBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CHAPTERBOT_KNOWLEDGE", str(tmp_path / "missing"))
    assert bot_main.run() == 1
    assert "knowledge directory not found" in capsys.readouterr().err
    assert (tmp_path / "data").is_dir()  # the data directory is created at start-up


def test_log_formatter_masks_the_token() -> None:
    formatter = bot_main.RedactingFormatter([TOKEN])
    record = logging.LogRecord(
        "httpx",
        logging.ERROR,
        __file__,
        1,
        "GET https://x.org/bot%s/getMe",
        (TOKEN,),
        None,
    )
    assert TOKEN not in formatter.format(record)
    assert "[secret]" in formatter.format(record)


def test_run_exits_2_when_the_data_directory_cannot_be_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("CHAPTERBOT_DATA_DIR", str(blocker / "data"))
    assert bot_main.run() == 2
    assert "cannot create the data directory" in capsys.readouterr().err


def test_retention_comes_from_the_environment() -> None:
    assert retention_days_from_environ({}) == DEFAULT_LOG_RETENTION_DAYS == 90
    assert retention_days_from_environ({LOG_RETENTION_DAYS: " 30 "}) == 30
    for bad in ("0", "-5", "ninety", "1.5"):
        with pytest.raises(ValueError, match=LOG_RETENTION_DAYS):
            retention_days_from_environ({LOG_RETENTION_DAYS: bad})


def test_the_data_directory_resolves_like_the_bot_settings(tmp_path: Path) -> None:
    assert data_dir_from_environ({}, cwd=tmp_path) == tmp_path / "data"
    assert data_dir_from_environ({"CHAPTERBOT_DATA_DIR": "state"}, cwd=tmp_path) == (
        tmp_path / "state"
    )
    assert data_dir_from_environ({"CHAPTERBOT_DATA_DIR": "/srv/bot"}, cwd=tmp_path) == Path(
        "/srv/bot"
    )


def test_the_index_cache_directory_follows_the_xdg_convention(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir_from_environ({}) == tmp_path / ".cache" / "chapterbot"
    assert cache_dir_from_environ({"XDG_CACHE_HOME": "/var/cache/me"}) == Path(
        "/var/cache/me/chapterbot"
    )
    # The XDG specification: a relative path is ignored.
    assert cache_dir_from_environ({"XDG_CACHE_HOME": "cache"}) == tmp_path / ".cache" / "chapterbot"
    assert cache_dir_from_environ({"CHAPTERBOT_CACHE_DIR": "~/idx"}) == tmp_path / "idx"
    for off in ("off", "OFF", "no", "0"):
        assert cache_dir_from_environ({"CHAPTERBOT_CACHE_DIR": off}) is None


def test_a_malformed_retention_stops_the_start() -> None:
    message = problems_of({"TELEGRAM_BOT_TOKEN": TOKEN, LOG_RETENTION_DAYS: "ninety"})
    assert (
        f"{LOG_RETENTION_DAYS} must be a whole number of days, 1 or more, not 'ninety'" in message
    )
