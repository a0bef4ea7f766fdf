"""What one request's middleware cost: the clock, per invocation, for every Python producer
(Django in both its modes; Starlette and FastAPI, whose sync code runs on anyio's pool).

An invocation is one call of one middleware (or a view, a dependency, an endpoint, or the
framework's own step: `django.handler`, `starlette.handler`) for one request. Its own time
runs from the call until it returns, minus the time spent in what it called downstream. Of
that, occupancy is the time its code actually ran: on the event loop (each step of its
coroutine, nested coroutines excluded) or on a thread (the sync thread Django adapts it to,
a pool thread under Starlette). Django's thread hops are the sync_to_async / async_to_sync
switches made for it, and thread wait the time its sync work queued for the shared thread
(thread_sensitive=True: one per process), which is Django's stall; Starlette's are its calls
on anyio's pool and the time each queued for a token (pool_ran below).

Occupancy on a sync thread is read on that thread's CPU clock, not the wall: the wall there
includes waiting for the GIL while other threads run Python, and with a thread per request
(Django 4.0+) at saturation that waiting was most of it (38 ms of wall for 10 ms of CPU, 60
requests in flight). What a sync thread spends waiting, for the GIL or for I/O, costs a
thread, not the interpreter: thread held below counts it. On the event loop a segment stays
wall time, as on Node: whatever blocks the loop, the loop's other requests wait for.

Thread held is the wall time the invocation kept that shared thread, whatever it did
meanwhile: a sync-only middleware around an async view holds it for the whole view (it
waits in async_to_sync), and no other request's sync code runs until it lets go. Holds
nest (a sync middleware's downstream may be another one, on the same thread): each
stretch is charged to the innermost invocation holding the thread, so the holds of one
request add up to the time its request kept the thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from . import stacks

now = time.perf_counter
# The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID): ~0.6 µs a read, a system call on
# Linux (perf_counter: 45 ns), so it is read at sync segments' ends only.
cpu_now = time.thread_time

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
    # Wall time it kept the shared sync thread (ASGI only), nested holds excluded; under
    # Starlette, a pool thread (pool_time below).
    thread_held: float = 0.0
    # Wall time its calls ran on anyio's thread pool (Starlette), queueing for a token excluded:
    # its share of the pool's busy time.
    pool_time: float = 0.0
    max_segment: float = 0.0
    blocking: int = 0
    stall: float = 0.0
    error: str | None = None
    # Start of the synchronous segment running now (sync mode only), on the thread's CPU clock.
    seg_start: float = 0.0
    # Profiler samples taken while it ran, by folded stack (stacks.py), when profiling.
    stacks: dict | None = None

    def segment(self, length: float) -> None:
        """One continuous stretch of this invocation's code: wall time on the loop, CPU time on
        a sync thread (see the module's docstring)."""
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
    # When the framework got the request (Django's ASGIHandler.__call__, Starlette.__call__):
    # queueing is visible from here.
    received: float = field(default_factory=lambda: now())
    invocations: list = field(default_factory=list)
    # The framework's own step that frames the request (each producer's patch.py), and, under
    # Django, the request object once Django has made it.
    handler_step: Invocation | None = None
    request: Any = None
    # Django's threading model for this request (ASGI): True where its thread-sensitive sync
    # code runs on a thread of its own (asgiref's ThreadSensitiveContext, which Django 4.0+
    # opens per request), False where it shares the process's one sync thread (Django 3.x).
    own_thread: bool | None = None
    # Its route template, where the producer reads it off the routing (Starlette, relative to
    # the ASGI root_path the app was called with); Django's is read off the request at the end.
    route: str = ""
    root_path: str = ""
    # The OpenTelemetry span opened around the request (opentelemetry-instrumentation-asgi)
    # or for it (-django), if any: (trace id, span id, sampled), so Hopscope's spans join it.
    parent: tuple | None = None


CURRENT: contextvars.ContextVar[Invocation | None] = contextvars.ContextVar("hopscope_invocation", default=None)
REQUEST: contextvars.ContextVar[RequestState | None] = contextvars.ContextVar("hopscope_request", default=None)
# A sync_to_async switch not yet claimed, as [claimer, submitted at → time queued]: the
# first sync-only middleware (or sync view) that starts on the thread takes it, since
# Django switches on its behalf; or a middleware's process_view/process_exception/
# process_template_response run there; otherwise the caller's invocation does
# (MiddlewareMixin's process_request/response).
PENDING_HOP: contextvars.ContextVar[list | None] = contextvars.ContextVar("hopscope_pending_hop", default=None)

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


def join_span(state: RequestState, context: Any) -> None:
    """The request's spans join the trace of an OpenTelemetry span (its SpanContext, or None)
    opened around it or for it by OpenTelemetry's own instrumentation."""
    if context is not None and context.is_valid:
        state.parent = (format(context.trace_id, "032x"), format(context.span_id, "016x"), context.trace_flags.sampled)


# --- holding the shared sync thread ---

# Each sync thread's stack of holds: [invocation or None, start, nested]. An entry whose
# invocation is None is a sync_to_async call not yet attributed (see patch.py).
_holds = threading.local()
# Time some invocation held the shared thread since the last export (utilization gauge).
_held_total = 0.0


def _hold_stack() -> list:
    stack = getattr(_holds, "stack", None)
    if stack is None:
        stack = _holds.stack = []
    return stack


def hold_begin(inv: Invocation | None) -> list | None:
    """The thread starts being kept for `inv` (or for a caller known at hold_end). Only under
    ASGI, where sync code shares one thread; None otherwise."""
    state = REQUEST.get()
    if state is None or not state.is_async or asyncio._get_running_loop() is not None:
        return None
    hold = [inv, now(), 0.0]
    _hold_stack().append(hold)
    return hold


def hold_end(hold: list | None, inv: Invocation | None = None) -> None:
    """The hold ends; its length, less the holds nested in it, is charged to its invocation
    (or to `inv`, when it was begun without one)."""
    global _held_total
    if hold is None:
        return
    stack = _hold_stack()
    if stack and stack[-1] is hold:
        stack.pop()
    length = now() - hold[1]
    owner = hold[0] or inv
    if owner is not None:
        owner.thread_held += length - hold[2]
    if stack:
        stack[-1][2] += length
    else:
        with _lock:
            _held_total += length


def take_held_total() -> float:
    """Sync-thread time held since the last call, all threads together: over an interval,
    the mean number of sync threads kept busy (on Django 3.x, the shared thread's
    utilization)."""
    global _held_total
    with _lock:
        total, _held_total = _held_total, 0.0
    return total


# --- anyio's thread pool (Starlette and FastAPI run sync code there) ---

# Since the last export, all threads together: wall time pool threads ran calls, and time
# calls queued for a token.
_pool_busy = 0.0
_pool_waited = 0.0


def pool_ran(inv: Invocation | None, waited: float, held: float, cpu: float) -> None:
    """One call ran on a pool thread for `inv`: it queued `waited` s for a token and a
    thread, then held the thread `held` s, `cpu` s of it on the CPU. Called on that thread,
    so the CPU time counts as the invocation's time on a thread, not on the loop."""
    global _pool_busy, _pool_waited
    with _lock:
        _pool_busy += held
        _pool_waited += waited
    if inv is not None:
        inv.thread_hops += 1
        inv.thread_wait += waited
        inv.thread_held += held
        inv.pool_time += held
        inv.segment(cpu)


def take_pool_use() -> tuple:
    """(pool-thread seconds busy, seconds calls queued for a token) since the last call."""
    global _pool_busy, _pool_waited
    with _lock:
        busy, waited, _pool_busy, _pool_waited = _pool_busy, _pool_waited, 0.0, 0.0
    return busy, waited


def request_ended() -> None:
    global _in_flight
    with _lock:
        _in_flight -= 1


def claim_pending_hop(inv: Invocation) -> None:
    pending = PENDING_HOP.get()
    if pending is not None and pending[0] is None:
        pending[0] = inv
        inv.thread_hops += 1
        inv.thread_wait += pending[1]


def begin(name: str, mode: str, sync_only: bool = False) -> Invocation | None:
    state = REQUEST.get()
    if state is None:
        return None
    inv = Invocation(name=name, mode=mode, position=len(state.invocations), sync_only=sync_only, start=now())
    state.invocations.append(inv)
    if sync_only:
        claim_pending_hop(inv)
    return inv


def find(name: str) -> Invocation | None:
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

    def __init__(self, coro: Any, inv: Invocation | None):
        self._coro = coro
        self._inv = inv

    def __await__(self):
        coro = self._coro
        send_value: Any = None
        throw_value: BaseException | None = None
        while True:
            stack = _stack()
            frame = [0.0]
            stack.append(frame)
            token = CURRENT.set(self._inv)
            marked = stacks.run_as(self._inv) if stacks.enabled else None
            t0 = now()
            try:
                if throw_value is not None:
                    exc, throw_value = throw_value, None
                    yielded = coro.throw(exc)
                else:
                    yielded = coro.send(send_value)
            except StopIteration as stop:
                self._charge(stack, frame, t0)
                self._unmark(marked)
                CURRENT.reset(token)
                return stop.value
            except BaseException:
                self._charge(stack, frame, t0)
                self._unmark(marked)
                CURRENT.reset(token)
                raise
            self._charge(stack, frame, t0)
            self._unmark(marked)
            CURRENT.reset(token)
            try:
                send_value = yield yielded
            except BaseException as e:  # noqa: BLE001 - passed into the coroutine as asyncio does
                throw_value = e

    @staticmethod
    def _unmark(marked: Any) -> None:
        if stacks.enabled:
            stacks.restore(marked)

    def _charge(self, stack: list, frame: list, t0: float) -> None:
        elapsed = now() - t0
        stack.pop()
        if stack:
            stack[-1][0] += elapsed
        if self._inv is not None:
            self._inv.segment(elapsed - frame[0])


def failed(inv: Invocation | None, e: Exception) -> None:
    """error.type: the exception that left the invocation (the first, where it was raised).
    Django turns each middleware's downstream exceptions into responses
    (convert_exception_to_response), Starlette's ExceptionMiddleware the routes', so it is
    the invocation's own."""
    if inv is not None and inv.error is None:
        inv.error = type(e).__name__


async def run_async(inv: Invocation | None, coro: Any) -> Any:
    """Awaits `coro` as `inv`'s code: its steps charged to it, its end and error recorded."""
    try:
        return await TimedCoroutine(coro, inv)
    except Exception as e:
        failed(inv, e)
        raise
    finally:
        if inv is not None:
            inv.end = now()
