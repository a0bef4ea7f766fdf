"""Recording and export: per-request invocations into pre-keyed aggregates (every request)
and spans (sampled requests), sent once per interval by one background thread through the
OpenTelemetry SDK's OTLP/HTTP exporters (otlp.py).

A dead dashboard never slows or breaks a request: requests only append to bounded
structures under a lock; the thread sends, and what cannot be sent is dropped and counted.
"""

from __future__ import annotations

import atexit
import logging
import math
import os
import random
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from opentelemetry.trace import SpanKind

from . import measure, otlp, stacks
from . import semconv as sc
from .measure import Invocation, RequestState, now
from .settings import Settings
from .usage import ProcessUsage

logger = logging.getLogger("hopscope")

MAX_KEYS = 2000
MAX_QUEUED_SPANS = 4096

# perf_counter() seconds to Unix nanoseconds.
_EPOCH_OFFSET_NS = time.time_ns() - int(time.perf_counter() * 1e9)


# A span's hop count, by the producer's hop kind.
_HOP_ATTRIBUTE = {sc.HOP_KIND_THREAD: sc.ATTR_HOPS_THREAD, sc.HOP_KIND_THREADPOOL: sc.ATTR_HOPS_THREADPOOL}


def _unix_nanos(perf: float) -> int:
    return _EPOCH_OFFSET_NS + int(perf * 1e9)


class ExpHistogram:
    """Base-2 exponential histogram at scale 5, OpenTelemetry's bucket layout."""

    __slots__ = ("count", "sum", "zero", "buckets", "min", "max")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.zero = 0
        self.buckets: dict = {}
        self.min = math.inf
        self.max = -math.inf

    def record(self, v: float) -> None:
        self.count += 1
        self.sum += v
        self.min = min(self.min, v)
        self.max = max(self.max, v)
        if v <= sc.HISTOGRAM_ZERO_THRESHOLD:
            self.zero += 1
            return
        i = sc.histogram_bucket_index(v)
        self.buckets[i] = self.buckets.get(i, 0) + 1


class Aggregate:
    __slots__ = (
        "duration",
        "occupancy",
        "hops",
        "thread_held",
        "thread_wait",
        "thread_hops",
        "pool_time",
        "stall",
        "blocking",
        "stacks",
    )

    def __init__(self) -> None:
        self.duration = ExpHistogram()
        self.occupancy = ExpHistogram()
        self.hops = ExpHistogram()
        self.thread_held = ExpHistogram()
        self.thread_wait = ExpHistogram()
        self.thread_hops = 0
        self.pool_time = 0.0
        self.stall = 0.0
        self.blocking = 0
        self.stacks: dict = {}

    def add(self, inv: Invocation) -> None:
        self.duration.record(inv.duration)
        self.occupancy.record(inv.occupancy)
        self.hops.record(float(inv.thread_hops))
        self.thread_held.record(inv.thread_held)
        self.thread_wait.record(inv.thread_wait)
        self.thread_hops += inv.thread_hops
        self.pool_time += inv.pool_time
        self.stall += inv.stall
        self.blocking += inv.blocking
        if inv.stacks:
            # A copy made at once (list() of a dict's items runs without releasing the GIL):
            # the sampler thread may still add a late sample to it.
            for stack, n in list(inv.stacks.items()):
                stacks.add_samples(self.stacks, stack, n)


@dataclass(frozen=True)
class Producer:
    """What sets one producer's telemetry apart from another's."""

    # Its instrumentation scope, and its middleware.framework.
    scope: str
    framework: str
    # The kind of its hops: "thread" (Django's switches to its sync thread) or "threadpool"
    # (Starlette's calls on anyio's pool).
    hop_kind: str
    # Django: sync code runs on threads held per request, whose utilization it reports.
    holds_sync_threads: bool = False
    # The size of the thread pool its sync code runs on (anyio's limiter), where it has one:
    # read at export, None until known.
    pool_size: Callable[[], float | None] | None = None


class Recorder:
    """One per process, for one producer."""

    def __init__(self, settings: Settings, producer: Producer) -> None:
        self.settings = settings
        self.endpoint = settings.endpoint.rstrip("/")
        self.producer = producer
        self.framework = producer.framework
        self.resource = otlp.resource(settings.service_name, settings.service_version, settings.environment)
        self.exporter = otlp.Exporter(self.endpoint, settings.token, self.resource, producer.scope)
        self.ratio = settings.span_sample_ratio
        self.interval = settings.export_interval
        self.lock = threading.Lock()
        self.aggregates: dict = {}
        self.spans: deque = deque()
        self.interval_start = time.time_ns()
        self.usage = ProcessUsage()
        self.requests = 0
        # Seconds the event loop ran the requests' code (their invocations' loop parts; the
        # sync threads' time is not the loop's).
        self.loop_busy = 0.0
        # ASGI requests by threading model: sharing the process's one sync thread, or not.
        self.shared_thread = 0
        self.own_thread = 0
        self.dropped = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="hopscope-export", daemon=True)
        self.thread.start()
        self.profile_interval = settings.profile_interval_ms / 1000
        self.sampler = stacks.Sampler(self.profile_interval, settings.profile_depth) if settings.profile else None
        stacks.enabled = settings.profile
        # (signal, the handler it had, ours), to put back on uninstall.
        self.signals = [
            s
            for s in (_flush_before(signum, self.shutdown) for signum in (signal.SIGTERM, signal.SIGINT))
            if s is not None
        ]
        atexit.register(self.shutdown)

    # --- the request path: cheap, bounded ---

    def on_request_done(
        self, state: RequestState, route: str, method: str, status: int, traceparent: str | None
    ) -> None:
        """Adds a finished request's invocations; `route` is its template ("" if none matched),
        `traceparent` the caller's W3C header, if any."""
        if not state.invocations:
            return
        end = now()
        sampled = random.random() < self.ratio or _upstream_sampled(state, traceparent)
        with self.lock:
            self.requests += 1
            if state.own_thread is not None:
                if state.own_thread:
                    self.own_thread += 1
                else:
                    self.shared_thread += 1
            for inv in state.invocations:
                self.loop_busy += inv.loop_time
                if inv.end == 0.0:
                    inv.end = end
                key = (inv.name, route, method, inv.error)
                agg = self.aggregates.get(key)
                if agg is None:
                    if len(self.aggregates) >= MAX_KEYS:
                        key = (inv.name, sc.OTHER, method, inv.error)
                        agg = self.aggregates.get(key)
                    if agg is None:
                        agg = self.aggregates[key] = Aggregate()
                agg.add(inv)
            if sampled:
                self._queue_spans(state, route, method, status, end, traceparent)

    def _queue_spans(
        self, state: RequestState, route: str, method: str, status: int, end: float, traceparent: str | None
    ) -> None:
        """The request's spans, as plain values: the export thread makes the SDK's spans."""
        trace_id, parent = _incoming_context(state, traceparent)
        request_span_id = os.urandom(8).hex()
        route_attr = {sc.ATTR_HTTP_ROUTE: route} if route else {}
        # From when the framework got the request: time queued before the first middleware shows.
        new = [
            (
                trace_id,
                request_span_id,
                parent,
                f"{method} {route}".strip(),
                SpanKind.SERVER,
                _unix_nanos(state.received),
                _unix_nanos(end),
                {sc.ATTR_HTTP_METHOD: method, sc.ATTR_HTTP_STATUS: int(status), **route_attr},
                False,
            )
        ]
        for inv in state.invocations:
            attrs = {
                sc.ATTR_NAME: inv.name,
                sc.ATTR_FRAMEWORK: self.framework,
                sc.ATTR_POSITION: inv.position,
                sc.ATTR_MODE: inv.mode,
                sc.ATTR_DURATION: float(inv.duration),
                sc.ATTR_OCCUPANCY: float(inv.occupancy),
                sc.ATTR_HOPS: inv.thread_hops,
                _HOP_ATTRIBUTE[self.producer.hop_kind]: inv.thread_hops,
                sc.ATTR_THREAD_WAIT: float(inv.thread_wait),
                sc.ATTR_THREAD_HELD: float(inv.thread_held),
                sc.ATTR_THREAD_TIME: float(inv.thread_time),
                sc.ATTR_EVENTLOOP_TIME: float(inv.loop_time),
                sc.ATTR_BLOCKING_COUNT: inv.blocking,
                sc.ATTR_BLOCKING_MAX: float(inv.max_segment),
                sc.ATTR_STALL: float(inv.stall),
                sc.ATTR_HTTP_METHOD: method,
                **route_attr,
                **({sc.ATTR_ERROR_TYPE: inv.error} if inv.error else {}),
                # Its blocking stretches' stack: the one its samples show most.
                **(
                    {sc.ATTR_BLOCKING_STACK: max(list(inv.stacks.items()), key=lambda kv: kv[1])[0]}
                    if inv.blocking and inv.stacks
                    else {}
                ),
            }
            new.append(
                (
                    trace_id,
                    os.urandom(8).hex(),
                    request_span_id,
                    sc.SPAN_NAME_PREFIX + inv.name,
                    SpanKind.INTERNAL,
                    _unix_nanos(inv.start),
                    _unix_nanos(inv.start + inv.duration),
                    attrs,
                    inv.error is not None,
                )
            )
        if len(self.spans) + len(new) > MAX_QUEUED_SPANS:
            self.dropped += len(new)
            return
        self.spans.extend(new)

    # --- the export thread ---

    def _run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.flush()

    def flush(self) -> None:
        with self.lock:
            aggregates, self.aggregates = self.aggregates, {}
            spans = list(self.spans)
            self.spans.clear()
            start, self.interval_start = self.interval_start, time.time_ns()
            requests, self.requests = self.requests, 0
            loop_busy, self.loop_busy = self.loop_busy, 0.0
            shared, own, self.shared_thread, self.own_thread = self.shared_thread, self.own_thread, 0, 0
        end = self.interval_start
        # Taken every interval, so that each interval's usage goes with its requests.
        cpu_used, cores = self.usage.take()
        # Sync threads kept busy over the interval, mean: their holds' time / its length (on
        # Django 3.x the shared thread's utilization, at most 1).
        seconds = max(1e-9, (end - start) / 1e9)
        utilization = measure.take_held_total() / seconds
        pool_busy, pool_waited = measure.take_pool_use()
        pool_size = self.producer.pool_size() if self.producer.pool_size is not None else None
        # Usage goes out for every interval the process served in, including one where
        # requests were only in flight (a queued request's CPU is spent before it finishes),
        # never for an idle one.
        if aggregates or requests or measure.in_flight() > 0:
            cpu_share = cpu_used / seconds
            metrics = self._middleware_metrics(aggregates, start, end) + [
                otlp.gauge(sc.METRIC_THREAD_COUNT, "{thread}", float(threading.active_count()), end),
                # Machine load beside the figures (occupancy is wall time).
                otlp.gauge(sc.METRIC_PROCESS_CPU_UTILIZATION, "1", cpu_share, end),
                otlp.gauge(sc.METRIC_LOAD_AVERAGE, "{run_queue_item}", os.getloadavg()[0], end),
                otlp.gauge(sc.METRIC_CPU_COUNT, "{cpu}", float(os.cpu_count() or 1), end),
                # What the interval's requests used, for the ceiling (usage.py).
                otlp.counter(sc.METRIC_REQUESTS, "{request}", [otlp.number_point({}, start, end, requests)]),
                otlp.counter(sc.METRIC_CPU_TIME, "s", [otlp.number_point({}, start, end, cpu_used)]),
                otlp.counter(sc.METRIC_EVENTLOOP_BUSY, "s", [otlp.number_point({}, start, end, loop_busy)]),
                otlp.gauge(sc.METRIC_CPU_AVAILABLE, "{cpu}", cores, end),
            ]
            if self.producer.holds_sync_threads:
                metrics.append(otlp.gauge(sc.METRIC_SYNC_THREAD_UTILIZATION, "{thread}", utilization, end))
            if pool_size is not None:
                # The pool's threads, and the time they ran the interval's calls (for the
                # ceiling's thread pool: its size over pool time per request).
                metrics.append(otlp.gauge(sc.METRIC_THREADPOOL_SIZE, "{thread}", pool_size, end))
                metrics.append(
                    otlp.counter(sc.METRIC_THREADPOOL_BUSY, "s", [otlp.number_point({}, start, end, pool_busy)])
                )
                # Little's law over the interval: tokens in use and calls waiting, on average.
                metrics.append(otlp.gauge(sc.METRIC_THREADPOOL_IN_USE, "{thread}", pool_busy / seconds, end))
                metrics.append(otlp.gauge(sc.METRIC_THREADPOOL_WAITING, "{call}", pool_waited / seconds, end))
            if shared + own > 0:
                # The threading model in force (patch.py's _own_sync_thread), as the share of
                # requests that shared one sync thread: 1 on Django 3.x, 0 on 4.0 and later.
                metrics.append(otlp.gauge(sc.METRIC_SHARED_SYNC_THREAD, "1", shared / (shared + own), end))
            self._sent(self.exporter.send_metrics(metrics), "metrics", max(1, len(aggregates)))
        if spans:
            made = [otlp.span(*values, res=self.resource, scope=self.exporter.scope) for values in spans]
            self._sent(self.exporter.send_spans(made), "spans", len(spans))

    def close(self) -> None:
        """For uninstall(): the last interval sent, the signal handlers put back, no flush at exit."""
        atexit.unregister(self.shutdown)
        self.release_signals()
        self.shutdown()

    def shutdown(self) -> None:
        self.stopping.set()
        if self.sampler is not None:
            self.sampler.stop()
            stacks.enabled = False
        self.flush()

    def release_signals(self) -> None:
        """Puts back the signal handlers _flush_before replaced, where nobody replaced ours since."""
        for signum, previous, ours in self.signals:
            try:
                if signal.getsignal(signum) is ours:
                    signal.signal(signum, previous)
            except ValueError:  # not the main thread
                pass
        self.signals = []

    def _sent(self, ok: bool, what: str, items: int) -> None:
        """Counts what could not be sent (the SDK's exporter logs why), warns now and then."""
        if ok:
            return
        self.dropped += items
        if self.dropped == items or self.dropped % 1000 < items:
            logger.warning(
                "hopscope: export of %s to %s failed; %d items dropped so far", what, self.endpoint, self.dropped
            )

    def _middleware_metrics(self, aggregates: dict, start: int, end: int) -> list:
        histograms = {
            sc.METRIC_DURATION: ("s", "duration"),
            sc.METRIC_OCCUPANCY: ("s", "occupancy"),
            sc.METRIC_HOPS: ("{hop}", "hops"),
            sc.METRIC_THREAD_HELD: ("s", "thread_held"),
            sc.METRIC_THREAD_WAIT: ("s", "thread_wait"),
        }
        points: dict = {name: [] for name in histograms}
        hops, stall, blocking, samples, pool = [], [], [], [], []
        for (name, route, method, error), agg in aggregates.items():
            attrs = {sc.ATTR_NAME: name, sc.ATTR_FRAMEWORK: self.framework, sc.ATTR_HTTP_METHOD: method}
            if route:
                attrs[sc.ATTR_HTTP_ROUTE] = route
            if error:
                attrs[sc.ATTR_ERROR_TYPE] = error
            for metric, (_, field) in histograms.items():
                points[metric].append(otlp.histogram_point(attrs, start, end, getattr(agg, field), sc.HISTOGRAM_SCALE))
            if agg.thread_hops:
                hops.append(
                    otlp.number_point({**attrs, sc.ATTR_HOP_KIND: self.producer.hop_kind}, start, end, agg.thread_hops)
                )
            if agg.pool_time:
                pool.append(otlp.number_point(attrs, start, end, agg.pool_time))
            stall.append(otlp.number_point(attrs, start, end, agg.stall))
            blocking.append(otlp.number_point(attrs, start, end, agg.blocking))
            for stack, n in agg.stacks.items():
                samples.append(otlp.number_point({**attrs, sc.ATTR_PROFILE_STACK: stack}, start, end, n))
        if not aggregates:
            return []
        metrics = [otlp.histograms(metric, unit, points[metric]) for metric, (unit, _) in histograms.items()]
        metrics += [
            otlp.counter(sc.METRIC_STALL, "s", stall),
            otlp.counter(sc.METRIC_BLOCKING_COUNT, "{segment}", blocking),
        ]
        if hops:
            metrics.append(otlp.counter(sc.METRIC_HOPS_COUNT, "{hop}", hops))
        if pool:
            # Each one's share of the pool's busy time.
            metrics.append(otlp.counter(sc.METRIC_THREADPOOL_DURATION, "s", pool))
        if samples:
            metrics += [
                otlp.counter(sc.METRIC_PROFILE_SAMPLES, "{sample}", samples),
                otlp.gauge(sc.METRIC_PROFILE_INTERVAL, "s", self.profile_interval, end),
            ]
        return metrics


def _flush_before(signum: int, flush: Any) -> tuple | None:
    """Flushes before whoever handled `signum` does. uvicorn (0.29 and later) stops on
    SIGTERM, puts back the handler it found and raises the signal again, so the process dies
    by it and atexit never runs: the last interval's figures were lost. This handler, set
    before the server's, flushes and hands the signal on unchanged: to the handler it
    replaced, or, where that was the default, to the default (the process ends as before)."""
    try:
        previous = signal.getsignal(signum)
        if previous in (signal.SIG_IGN, None):
            return None

        def on_signal(sig: int, frame: Any) -> None:
            signal.signal(sig, previous)
            try:
                # On a thread of its own, waited for at most 3 s: the main thread may have been
                # interrupted holding the recorder's lock, and a dead dashboard must not hold
                # the process up.
                worker = threading.Thread(target=flush, name="hopscope-flush", daemon=True)
                worker.start()
                worker.join(3.0)
            finally:
                if callable(previous):
                    previous(sig, frame)
                else:
                    os.kill(os.getpid(), sig)

        signal.signal(signum, on_signal)
        return (signum, previous, on_signal)
    except ValueError:  # not the main thread: signals are not ours to catch
        return None


def _valid_traceparent(value: str | None) -> str | None:
    return value if isinstance(value, str) and len(value) == 55 else None


def _upstream_sampled(state: RequestState, traceparent: str | None) -> bool:
    """Whether the request's trace is sampled upstream: by an OpenTelemetry span around it
    (opentelemetry-instrumentation-asgi) or by the caller's traceparent."""
    if state.parent is not None:
        return state.parent[2]
    tp = _valid_traceparent(traceparent)
    try:
        return tp is not None and int(tp[53:], 16) & 1 == 1
    except ValueError:
        return False


def _incoming_context(state: RequestState, traceparent: str | None) -> tuple:
    """(trace id, parent span id): the OpenTelemetry span around the request, where there is
    one (so Hopscope's spans join its trace), else an incoming W3C traceparent, else a new trace."""
    if state.parent is not None:
        return state.parent[0], state.parent[1]
    tp = _valid_traceparent(traceparent)
    if tp is not None:
        parts = tp.split("-")
        if len(parts) == 4 and len(parts[1]) == 32 and len(parts[2]) == 16:
            return parts[1], parts[2]
    return os.urandom(16).hex(), None
