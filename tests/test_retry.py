"""The outgoing retry: what failed before Telegram acted is sent again, nothing else is."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.retry import RetryingRateLimiter, not_carried_out


def timed_out(cause: Exception) -> TimedOut:
    error = TimedOut()
    error.__cause__ = cause
    return error


class FlakyCall:
    """A Bot API call that fails with the given errors, then succeeds."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"message_id": 1}


async def send(limiter: RetryingRateLimiter, call: FlakyCall) -> Any:
    return await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 1}, None)


@pytest.fixture
async def limiter() -> Any:
    limiter = RetryingRateLimiter(
        overall_max_rate=0, group_max_rate=0, max_retries=3, first_backoff=0.001
    )
    await limiter.initialize()
    yield limiter
    await limiter.shutdown()


@pytest.mark.parametrize(
    "error",
    [
        NetworkError("Internal Server Error (500)"),
        NetworkError("Bad Gateway"),
        NetworkError("httpx.RemoteProtocolError: Server disconnected without sending a response."),
        timed_out(httpx.ConnectTimeout("connect")),
        timed_out(httpx.PoolTimeout("pool")),
    ],
    ids=["500", "502", "dropped", "connect-timeout", "pool-timeout"],
)
async def test_failures_before_telegram_acted_are_retried(
    limiter: RetryingRateLimiter, error: Exception
) -> None:
    call = FlakyCall(error, error)
    assert await send(limiter, call) == {"message_id": 1}
    assert call.calls == 3


@pytest.mark.parametrize(
    "error",
    [
        BadRequest("Can't parse entities"),
        Forbidden("bot was blocked by the user"),
        timed_out(httpx.ReadTimeout("read")),
        timed_out(httpx.WriteTimeout("write")),
    ],
    ids=["400", "403", "read-timeout", "write-timeout"],
)
async def test_failures_that_may_have_taken_effect_or_are_final_are_not_retried(
    limiter: RetryingRateLimiter, error: Exception
) -> None:
    call = FlakyCall(error)
    with pytest.raises(type(error)):
        await send(limiter, call)
    assert call.calls == 1


async def test_retries_are_bounded(limiter: RetryingRateLimiter) -> None:
    call = FlakyCall(*[NetworkError("Service Unavailable (503)")] * 10)
    with pytest.raises(NetworkError, match="503"):
        await send(limiter, call)
    assert call.calls == 4  # the first attempt and three retries


# python-telegram-bot's own limiter reads RetryAfter.retry_after, which it has deprecated as an int.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_limits_are_still_waited_out(limiter: RetryingRateLimiter) -> None:
    call = FlakyCall(RetryAfter(0))
    assert await send(limiter, call) == {"message_id": 1}
    assert call.calls == 2


def test_only_unsent_timeouts_count_as_not_carried_out() -> None:
    assert not_carried_out(timed_out(httpx.ConnectTimeout("c")))
    assert not not_carried_out(timed_out(httpx.ReadTimeout("r")))
    assert not not_carried_out(BadRequest("Message is too long"))
