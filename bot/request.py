"""How the bot talks HTTP to the Bot API: a small pool of keep-alive connections, JSON bodies.

python-telegram-bot's :class:`~telegram.request.HTTPXRequest` sends every call as an HTML form:
each parameter is JSON-encoded, then the whole form is percent-encoded by ``urllib`` in Python,
byte by byte. An answer with its citation and buttons is ~1.5 KB of form (a Russian one much
more: every byte of Cyrillic becomes three characters), and encoding it cost ~90 us, against
~12 us for the same parameters as one JSON body. The Bot API takes ``application/json`` for
every method ("all methods … support application/json, except for uploading files"), so
:class:`JsonRequest` sends that; calls with files still go as multipart forms.

The same settings serve the throughput benchmark's echo bot (``benchmarks/echo_bot.py``), so
that it stays the same python-telegram-bot with the same HTTP settings as ours.
"""

from __future__ import annotations

import json

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

# Keep-alive connections to the Bot API for everything but getUpdates. Eight carry Telegram's
# broadcast limit (30 messages a second) even at 250 ms a call; a burst beyond them waits for a
# free connection instead of opening more. python-telegram-bot's default of 256 costs CPU on every
# call: httpcore checks each pooled connection (system calls for every idle one) whenever a
# request starts or ends, so a pool grown to 32 in a burst made every reply ~1 ms dearer.
CONNECTION_POOL_SIZE = 8
# How long a call may wait for a free connection; a wait that ends in a timeout is retried
# (bot/retry.py), but a queue of sends is normal under a burst, not a failure.
POOL_TIMEOUT = 10.0


class JsonRequest(HTTPXRequest):
    """:class:`HTTPXRequest` that sends a call's parameters as one JSON body.

    Timeouts, errors and everything else behave as in :class:`HTTPXRequest`; a call that
    uploads files is sent by it unchanged (multipart).
    """

    __slots__ = ()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is None or request_data.contains_files:
            return await super().do_request(
                url,
                method,
                request_data,
                read_timeout,  # type: ignore[arg-type]
                write_timeout,  # type: ignore[arg-type]
                connect_timeout,  # type: ignore[arg-type]
                pool_timeout,  # type: ignore[arg-type]
            )
        if self._client.is_closed:
            raise RuntimeError("This HTTPXRequest is not initialized!")
        defaults = self._client.timeout
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, defaults.connect),
            read=_given(read_timeout, defaults.read),
            write=_given(write_timeout, defaults.write),
            pool=_given(pool_timeout, defaults.pool),
        )
        body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
        try:
            response = await self._client.request(
                method=method,
                url=url,
                headers={"User-Agent": self.USER_AGENT, "Content-Type": "application/json"},
                timeout=timeout,
                content=body,
            )
        except httpx.TimeoutException as error:
            # As HTTPXRequest: the cause tells retry.py whether the request left this process.
            if isinstance(error, httpx.PoolTimeout):
                raise TimedOut(
                    "Pool timeout: all connections in the pool are busy; the request was not sent"
                ) from error
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        return response.status_code, response.content


def _given(value: object, default: float | None) -> float | None:
    """A per-call timeout (None: no limit), or the request's own when the call left it at its
    default (python-telegram-bot passes a ``DefaultValue`` then)."""
    if value is None or isinstance(value, int | float):
        return value
    return default


def bot_api_requests() -> tuple[JsonRequest, JsonRequest]:
    """The transports of an application: (for every call, for getUpdates).

    getUpdates has its own single connection, as python-telegram-bot sets it up by default.
    """
    return (
        JsonRequest(connection_pool_size=CONNECTION_POOL_SIZE, pool_timeout=POOL_TIMEOUT),
        JsonRequest(connection_pool_size=1),
    )
