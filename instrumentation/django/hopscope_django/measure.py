"""What one request's middleware cost: the clock, per invocation, in both of Django's modes.

An invocation is one call of one middleware (or the view) for one request. Its own time
runs from the call until it returns, minus the time spent in downstream middleware
(reached through get_response). Of that, occupancy is the time its code actually ran:
on the event loop (each step of its coroutine, nested coroutines excluded) or on the
sync thread Django adapts it to. Thread hops are the sync_to_async / async_to_sync
switches made for it; thread wait is the time its sync work queued for the shared
thread (thread_sensitive=True: one per process), which is Django's stall.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Optional

now = time.perf_counter

BLOCKING_THRESHOLD_S = 0.010


@dataclass
class Invocation:
    name: str
    mode: str  # "sync" or "async", as Django resolved it
    position: int
    # Not async-capable: in an async stack, Django adapts it (the warn policy's subject).
    sync_only: bool
    start: float
    end: float = 0.0
    downstream: float = 0.0
    occupancy: float = 0.0
    # The two parts of occupancy: on the event loop, and on a sync thread (Django's
    # shared one under ASGI; the request's thread under WSGI).
    loop_time: float = 0.0
    thread_time: float = 0.0
    thread_hops: int = 0
    thread_wait: float = 0.0
    max_segment: float = 0.0
    blocking: int = 0
    stall: float = 0.0
    error: Optional[str] = None
    # Start of the synchronous segment running now (sync mode only).
    seg_start: float = 0.0

    def segment(self, length: float) -> None:
        """One continuous stretch of this invocation's code on the loop or the thread."""
        self.occupancy += length
        if asyncio._get_running_loop() is not None:
            self.loop_time += length
        else:
            self.thread_time += length
        if length > self.max_segment:
            self.max_segment = length
        if length >= BLOCKING_THRESHOLD_S:
            self.blocking += 1
        others = in_flight() - 1
        if others > 0:
            self.stall += length * others

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start - self.downstream)


@dataclass
class RequestState:
    is_async: bool
    invocations: list = field(default_factory=list)


CURRENT: contextvars.ContextVar[Optional[Invocation]] = contextvars.ContextVar("hopscope_invocation", default=None)
REQUEST: contextvars.ContextVar[Optional[RequestState]] = contextvars.ContextVar("hopscope_request", default=None)
# A sync_to_async switch not yet claimed: the first sync-only middleware (or sync view)
# that starts on the thread takes it, since Django switches on its behalf; or a
# middleware's process_view/process_exception/process_template_response run there;
# otherwise the caller's invocation does (MiddlewareMixin's process_request/response).
PENDING_HOP: contextvars.ContextVar[Optional[list]] = contextvars.ContextVar("hopscope_pending_hop", default=None)

_lock = threading.Lock()
_in_flight = 0


def in_flight() -> int:
    return _in_flight


def request_started(is_async: bool) -> RequestState:
    global _in_flight
    with _lock:
        _in_flight += 1
    state = RequestState(is_async=is_async)
    REQUEST.set(state)
    return state


def request_ended() -> None:
    global _in_flight
    with _lock:
        _in_flight -= 1


def claim_pending_hop(inv: Invocation) -> None:
    pending = PENDING_HOP.get()
    if pending is not None and not pending[0]:
        pending[0] = True
        inv.thread_hops += 1
        inv.thread_wait += pending[1]


def begin(name: str, mode: str, sync_only: bool = False) -> Optional[Invocation]:
    state = REQUEST.get()
    if state is None:
        return None
    inv = Invocation(name=name, mode=mode, position=len(state.invocations), sync_only=sync_only, start=now())
    state.invocations.append(inv)
    if sync_only:
        claim_pending_hop(inv)
    return inv


def find(name: str) -> Optional[Invocation]:
    """This request's (latest) invocation of a middleware."""
    state = REQUEST.get()
    if state is None:
        return None
    for inv in reversed(state.invocations):
        if inv.name == name:
            return inv
    return None


# Nested coroutine steps run inside their caller's step (an await drives the awaited
# coroutine synchronously); each step frame collects its children's time to exclude it.
_steps = threading.local()


def _stack() -> list:
    s = getattr(_steps, "stack", None)
    if s is None:
        s = _steps.stack = []
    return s


class TimedCoroutine:
    """Drives a coroutine step by step, charging each step (its time on the event loop,
    minus nested measured steps) to an invocation."""

    __slots__ = ("_coro", "_inv")

    def __init__(self, coro: Any, inv: Optional[Invocation]):
        self._coro = coro
        self._inv = inv

    def __await__(self):
        coro = self._coro
        send_value: Any = None
        throw_value: Optional[BaseException] = None
        while True:
            stack = _stack()
            frame = [0.0]
            stack.append(frame)
            token = CURRENT.set(self._inv)
            t0 = now()
            try:
                if throw_value is not None:
                    exc, throw_value = throw_value, None
                    yielded = coro.throw(exc)
                else:
                    yielded = coro.send(send_value)
            except StopIteration as stop:
                self._charge(stack, frame, t0)
                CURRENT.reset(token)
                return stop.value
            except BaseException:
                self._charge(stack, frame, t0)
                CURRENT.reset(token)
                raise
            self._charge(stack, frame, t0)
            CURRENT.reset(token)
            try:
                send_value = yield yielded
            except BaseException as e:  # noqa: BLE001 - passed into the coroutine as asyncio does
                throw_value = e

    def _charge(self, stack: list, frame: list, t0: float) -> None:
        elapsed = now() - t0
        stack.pop()
        if stack:
            stack[-1][0] += elapsed
        if self._inv is not None:
            self._inv.segment(elapsed - frame[0])
