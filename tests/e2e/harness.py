"""The bot as users run it: ``python -m bot run`` in its own process, against the fake Bot API.

:class:`BotProcess` starts the real program with a clean environment that points it at a
:class:`~tests.botapi.BotApiServer` on a free port, captures everything it prints to a file,
waits (with a deadline) until it long-polls — or has set its webhook — and stops it with
SIGTERM, asserting that it exits with code 0 within :data:`STOP_DEADLINE` seconds and that its
log never shows the token or the webhook secret.

Every wait is on a condition with a deadline, never a fixed sleep; a wait also ends as soon as
the bot process dies, and the failure shows the end of its log.

The benchmark (``benchmarks/throughput.py``) runs its bots with the same class.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections.abc import Awaitable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tests.botapi import BotApiServer, Call, DeliveredMessage, User, parse_html

REPO_ROOT = Path(__file__).resolve().parents[2]

#: From start to the first long poll (or the webhook set): imports, the fact base, getMe.
START_DEADLINE = 30.0
#: From SIGTERM to exit: "a clean shutdown within a few seconds".
STOP_DEADLINE = 5.0
#: Waiting for one reply on an idle bot.
REPLY_DEADLINE = 10.0

#: The only variables a bot process inherits from the test run: no stray CHAPTERBOT_* setting
#: of the developer's shell can change what is tested.
INHERITED_VARIABLES = ("PATH", "HOME", "TMPDIR", "SYSTEMROOT", "LANG", "LC_ALL")

T = TypeVar("T")


def free_port() -> int:
    """A TCP port nobody listens on right now (for the bot's webhook server)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_environment(server: BotApiServer, data_dir: Path, **settings: str) -> dict[str, str]:
    """A clean environment for ``chapterbot run`` against `server`; `settings` add or override.

    The outgoing limiter is off by default (``CHAPTERBOT_MAX_SEND_RATE=0``): the fake server is
    not Telegram, and the tests that are about the limiter set it themselves.
    """
    env = {name: os.environ[name] for name in INHERITED_VARIABLES if name in os.environ}
    env.update(
        {
            # The checkout under test, even if an older copy of the package is installed.
            "PYTHONPATH": str(REPO_ROOT),
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "TELEGRAM_BOT_TOKEN": server.token,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "CHAPTERBOT_DATA_DIR": str(data_dir),
            "CHAPTERBOT_MAX_SEND_RATE": "0",
            "LOG_LEVEL": "INFO",
        }
    )
    env.update(settings)
    return env


class BotProcess:
    """One run (or several, with `restart`) of the real bot program against `server`.

    ``command`` defaults to ``python -m bot run`` with the interpreter running the tests; the
    benchmark passes another program (the echo bot) the same way.
    """

    def __init__(
        self,
        server: BotApiServer,
        workdir: Path,
        *,
        settings: Mapping[str, str] | None = None,
        command: Iterable[str] | None = None,
        name: str = "bot",
    ) -> None:
        self.server = server
        self.workdir = workdir
        self.data_dir = workdir / "data"
        self.log_path = workdir / f"{name}.log"
        self.settings = dict(settings or {})
        self.command = list(command or (sys.executable, "-m", "bot", "run"))
        self.process: asyncio.subprocess.Process | None = None
        #: Exit codes of the runs stopped so far, oldest first.
        self.exit_codes: list[int] = []
        self._log_offset = 0

    # ------------------------------------------------------------------ facts about the process

    @property
    def env(self) -> dict[str, str]:
        return bot_environment(self.server, self.data_dir, **self.settings)

    @property
    def pid(self) -> int:
        assert self.process is not None, "the bot is not running"
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    @property
    def webhook_mode(self) -> bool:
        return bool(self.settings.get("CHAPTERBOT_WEBHOOK_URL"))

    def log(self) -> str:
        """Everything every run of the bot printed so far (stdout and stderr)."""
        try:
            return self.log_path.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def log_of_this_run(self) -> str:
        return self.log()[self._log_offset :]

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log().splitlines()[-lines:]) or "(the bot printed nothing)"

    def peak_rss_kib(self) -> int:
        """The process's peak resident memory (VmHWM in /proc/PID/status), in KiB."""
        return _status_kib(self.pid, "VmHWM")

    def cpu_seconds(self, *, children: bool = False) -> float:
        """CPU time (user + system) the process (and its live children) have used so far."""
        return sum(_cpu_seconds(pid) for pid in [self.pid, *(self.children() if children else [])])

    def children(self) -> list[int]:
        """The bot's child processes now (its matching worker), from /proc."""
        children = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def children_peak_rss_kib(self) -> int:
        """The children's peak resident memory (VmHWM), summed, in KiB."""
        return sum(_status_kib(pid, "VmHWM") for pid in self.children())

    def proportional_kib(self) -> int:
        """Memory of the bot and its children now, each shared page counted once (Pss), KiB.

        A forked worker shares its parent's pages until either writes them: the sum of the
        processes' resident sizes counts those pages twice; this counts each page once."""
        total = 0
        for pid in [self.pid, *self.children()]:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        return total

    def secrets(self) -> list[str]:
        """What must never appear in the log: the token, its key half, the webhook secret."""
        token = self.server.token
        found = [token, token.split(":", 1)[-1]]
        secret = self.settings.get("CHAPTERBOT_WEBHOOK_SECRET")
        if secret:
            found.append(secret)
        return found

    # ------------------------------------------------------------------ waiting

    async def guard(self, awaitable: Awaitable[T], timeout: float | None = None) -> T:
        """Await `awaitable`, failing at once (with the log) if the bot process exits first."""
        assert self.process is not None, "the bot is not running"
        task = asyncio.ensure_future(awaitable)
        exited = asyncio.ensure_future(self.process.wait())
        try:
            done, _ = await asyncio.wait(
                {task, exited}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
            if task in done:
                return task.result()
            if exited in done:
                raise AssertionError(
                    f"the bot exited with code {self.process.returncode} while the test "
                    f"waited; its log ends:\n{self.log_tail()}"
                )
            raise AssertionError(
                f"timed out after {timeout}s; the bot's log ends:\n{self.log_tail()}"
            )
        finally:
            for pending in (task, exited):
                if not pending.done():
                    pending.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await pending

    async def wait_for_log(self, text: str, timeout: float = REPLY_DEADLINE) -> None:
        """Wait until this run's log contains `text` (re-read every 50 ms, with a deadline)."""

        async def appeared() -> None:
            while text not in self.log_of_this_run():
                await asyncio.sleep(0.05)

        try:
            await self.guard(appeared(), timeout)
        except AssertionError as error:
            raise AssertionError(f"{text!r} never appeared in the log: {error}") from None

    async def wait_ready(self, timeout: float = START_DEADLINE) -> None:
        """Until the bot long-polls, or, in webhook mode, has set its webhook and listens."""
        if self.webhook_mode:
            await self.guard(
                self.server.wait_until(
                    lambda: self.server.webhook_url is not None, timeout=timeout, what="setWebhook"
                ),
                timeout + 1,
            )
            url = self.settings["CHAPTERBOT_WEBHOOK_URL"]
            await self.guard(_wait_listening(url), timeout)
        else:
            await self.guard(self.server.wait_for_poll(timeout=timeout), timeout + 1)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, *, wait: bool = True) -> None:
        """Start the program; with `wait`, return once it is ready for updates."""
        assert not self.alive, "the bot is already running"
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._log_offset = len(self.log())
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *self.command,
                cwd=self.workdir,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )
        if wait:
            await self.wait_ready()

    async def terminate(self, timeout: float = STOP_DEADLINE) -> tuple[int, float]:
        """SIGTERM; wait up to `timeout` s for the exit. Return the exit code and the seconds."""
        assert self.process is not None and self.alive, "the bot is not running"
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            self.kill()
            await self.process.wait()
            raise AssertionError(
                f"the bot did not exit within {timeout}s of SIGTERM; its log ends:\n"
                + self.log_tail()
            ) from None
        self.exit_codes.append(code)
        return code, time.monotonic() - started

    async def stop(self, timeout: float = STOP_DEADLINE) -> float:
        """SIGTERM, then assert a clean exit (code 0, in time, no secret in the log).

        Returns how long the shutdown took.
        """
        code, took = await self.terminate(timeout)
        assert code == 0, f"the bot exited with code {code}; its log ends:\n{self.log_tail()}"
        self.assert_log_clean()
        return took

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    def kill(self) -> None:
        """SIGKILL, for clean-up after a failed test only."""
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    async def close(self) -> None:
        """End the process however it is (the fixtures' clean-up)."""
        if self.alive:
            self.kill()
            assert self.process is not None
            await self.process.wait()

    # ------------------------------------------------------------------ what the log shows

    def assert_log_clean(self, *, allow_errors: bool = True) -> None:
        """No secret in the log; without `allow_errors`, no ERROR or traceback either."""
        log = self.log()
        for secret in self.secrets():
            assert secret not in log, "the bot's log contains the token or the webhook secret"
        if not allow_errors:
            bad = [
                line
                for line in log.splitlines()
                if " ERROR " in line or " CRITICAL " in line or line.startswith("Traceback")
            ]
            assert not bad, "the bot logged errors:\n" + "\n".join(bad[:20])


async def _wait_listening(url: str) -> None:
    """Until something accepts TCP connections at the host and port of `url`."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    while True:
        try:
            _, writer = await asyncio.open_connection(host, port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return


# ---------------------------------------------------------------------- checks shared by tests


def unexpected_failures(server: BotApiServer) -> list[Call]:
    """Calls the server refused although no fault was injected (e.g. invalid HTML: 400)."""
    return [
        call
        for call in server.calls
        if call.finished
        and call.fault is None
        and call.status not in (200, 499)
        and not _abandoned_poll(call, server.calls)
    ]


def _abandoned_poll(call: Call, calls: list[Call]) -> bool:
    """A long poll the bot gave up when it stopped, ended by its last, short poll.

    On SIGTERM python-telegram-bot cancels its long poll, then calls ``getUpdates`` once more
    with ``timeout=0`` to confirm the updates it has handled. As on Telegram, that call ends the
    abandoned poll with 409 "terminated by other getUpdates request". The bot no longer waits
    for it; when its cancellation reaches the server first, the poll is counted as 499 instead
    (both orders happen). A conflict the bot did see is an error in its log.
    """
    return (
        call.method == "getUpdates"
        and call.status == 409
        and "terminated by other getUpdates" in str((call.response or {}).get("description"))
        and any(
            later.method == "getUpdates"
            and later.time >= call.time
            and float(later.params.get("timeout") or 0) == 0
            for later in calls
        )
    )


def assert_no_unexpected_failures(server: BotApiServer) -> None:
    failed = unexpected_failures(server)
    assert not failed, "the server refused calls:\n" + "\n".join(c.describe() for c in failed)


def assert_valid_html(message: DeliveredMessage) -> None:
    """What the bot sent parses as Telegram HTML (the server checked it; this says why)."""
    if message.parse_mode and message.parse_mode.upper() == "HTML":
        parse_html(message.raw_text, strict_ampersand=True)


def replies_per_update(
    server: BotApiServer, updates: Iterable[Mapping[str, Any]]
) -> dict[int, list[DeliveredMessage]]:
    """For private-chat questions: the bot's messages that reply to each update.

    In a private chat the bot does not quote the question, so a message counts as the reply to
    the question most recently asked before it in the same chat.
    """
    by_chat: dict[int, list[tuple[int, int]]] = {}
    for update in updates:
        message = update["message"]
        by_chat.setdefault(message["chat"]["id"], []).append(
            (message["message_id"], update["update_id"])
        )
    replies: dict[int, list[DeliveredMessage]] = {
        update_id: [] for asked in by_chat.values() for _, update_id in asked
    }
    for chat_id, asked in by_chat.items():
        asked.sort()
        for sent in server.delivered_messages(chat_id):
            before = [update_id for message_id, update_id in asked if message_id < sent.message_id]
            if before:
                replies[before[-1]].append(sent)
    return replies


async def settle(server: BotApiServer, bot: BotProcess, *, probe_number: int = 999) -> None:
    """Wait until the bot is idle, without sleeping: nothing it could still send is pending.

    Every queued update is fetched and confirmed, then a probe question (from a user of its own)
    is answered and confirmed, and no call is in flight. The bot handles updates in the order it
    fetched them, so a late reply to anything asked before the probe would have been sent by
    then; "none answered twice" is asserted after this.
    """
    await bot.guard(
        server.wait_until(lambda: not server.pending_updates, what="every update confirmed")
    )
    probe = server.enqueue_private_message(user(probe_number), "/help")
    await bot.guard(server.wait_for_reply(probe))
    await bot.guard(
        server.wait_until(
            lambda: (
                not server.pending_updates
                and all(call.finished for call in server.calls if call.method != "getUpdates")
            ),
            what="the probe confirmed and no call in flight",
        )
    )


def user(number: int, *, language: str = "en", name: str | None = None) -> User:
    """A distinct simulated user (each test has its own, so per-user limits never interfere)."""
    return User(
        id=5_000_000 + number,
        first_name=name or f"User{number}",
        username=f"user{number}",
        language_code=language,
    )


def _status_kib(pid: int, field: str) -> int:
    """One memory field of /proc/PID/status ("VmHWM", "VmRSS"), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) one process has used so far, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    return ticks / os.sysconf("SC_CLK_TCK")
