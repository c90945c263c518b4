"""Retrying Bot API calls that failed before Telegram acted on them.

python-telegram-bot's ``AIORateLimiter`` waits out a 429 (``RetryAfter``) and tries again, but
any other failure of ``sendMessage`` — a 5xx from Telegram's front end, a refused or dropped
connection — goes straight to the handler, and the user's answer is lost. Telegram's own advice
is to retry those. :class:`RetryingRateLimiter` is the same limiter with that retry added.

What is retried is what cannot have taken effect, so a retry never shows a message twice:

* an HTTP error status from Telegram of 500 and above (the request was not carried out);
* a connection that failed, was refused, or closed before any answer;
* a connect or pool timeout (the request never left this process).

A read or write timeout is *not* retried: Telegram may well have delivered the message and only
its answer was late, so sending it again would show it twice. Neither are 4xx answers (the
request itself is wrong) nor ``getUpdates`` (the updater has its own retry loop and never goes
through the limiter anyway).

A call that still fails before Telegram acted on it after the last retry is handed to
``undelivered`` (``bot/outbox.py`` keeps an answer to send it once Telegram is back).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

logger = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

# Attempts after the first one; with the back-off below, a call gives up after about 3.5 s.
NETWORK_RETRIES = 3
FIRST_BACKOFF = 0.5  # seconds; doubled after each failed attempt
# Set while bot/outbox.py sends a kept answer again.
RESENDING: ContextVar[bool] = ContextVar("resending", default=False)
# Timeouts that fired before the request was sent: nothing reached Telegram.
_UNSENT_TIMEOUTS = (httpx.ConnectTimeout, httpx.PoolTimeout)


def resending() -> bool:
    """Whether the current call is the outbox sending a kept answer again."""
    return RESENDING.get()


def not_carried_out(error: NetworkError) -> bool:
    """Whether `error` proves that Telegram did not act on the request (safe to send again)."""
    if isinstance(error, BadRequest):
        # A subclass of NetworkError, but a 400: the request itself is wrong, sending it again
        # cannot help.
        return False
    if isinstance(error, TimedOut):
        return isinstance(error.__cause__, _UNSENT_TIMEOUTS)
    # python-telegram-bot raises a bare NetworkError for 5xx answers (and the rare unexpected
    # status) and for transport errors: refused, reset or dropped connections.
    return True


class RetryingRateLimiter(AIORateLimiter):
    """``AIORateLimiter`` that also retries calls that failed before Telegram acted on them.

    Takes ``AIORateLimiter``'s arguments, plus `network_retries` and `first_backoff`. Each
    retry goes through the rate limit again, so retries cannot burst past it.
    """

    def __init__(
        self,
        *args: Any,
        network_retries: int = NETWORK_RETRIES,
        first_backoff: float | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._network_retries = network_retries
        self._first_backoff = FIRST_BACKOFF if first_backoff is None else first_backoff
        #: Called with the method and parameters of a call that still failed before Telegram
        #: acted on it after every retry (``bot/outbox.py`` keeps answers to send them later).
        self.undelivered: Callable[[str, dict[str, Any]], object] | None = None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        delay = self._first_backoff
        # The outbox sending a kept answer again tries once: its next run is the retry.
        retries = 0 if resending() else self._network_retries
        for attempt in range(retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except NetworkError as error:
                if not not_carried_out(error):
                    raise
                if attempt == retries:
                    if self.undelivered is not None:
                        self.undelivered(endpoint, data)
                    raise
                logger.warning(
                    "%s failed before Telegram acted on it (%s); retry %d of %d in %.1fs",
                    endpoint,
                    error,
                    attempt + 1,
                    self._network_retries,
                    delay,
                )
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable: the last attempt returns or raises")
