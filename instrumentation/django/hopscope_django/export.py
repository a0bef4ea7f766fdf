"""Recording and export: per-request invocations into pre-keyed aggregates (every request)
and spans (sampled requests), sent as OTLP/HTTP JSON by one background thread.

A dead dashboard never slows or breaks a request: requests only append to bounded
structures under a lock; the thread sends, and what cannot be sent is dropped and counted.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import signal
import threading
import time
import urllib.request
import uuid
from collections import deque
from typing import Any, Optional

from . import semconv as sc
from .config import Settings
from . import measure
from .measure import Invocation, RequestState, now
from .usage import ProcessUsage

logger = logging.getLogger("hopscope_django")

SCALE = 5
MAX_KEYS = 2000
MAX_QUEUED_SPANS = 4096

# perf_counter() seconds to Unix nanoseconds.
_EPOCH_OFFSET_NS = time.time_ns() - int(time.perf_counter() * 1e9)


def _unix_nanos(perf: float) -> str:
    return str(_EPOCH_OFFSET_NS + int(perf * 1e9))


def _kv(key: str, value: Any) -> dict:
    if isinstance(value, bool):
        return {"key": key, "value": {"boolValue": value}}
    if isinstance(value, int):
        return {"key": key, "value": {"intValue": str(value)}}
    if isinstance(value, float):
        return {"key": key, "value": {"doubleValue": value}}
    return {"key": key, "value": {"stringValue": str(value)}}


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
        if v <= 1e-9:
            self.zero += 1
            return
        i = math.ceil(math.log2(v) * (1 << SCALE)) - 1
        self.buckets[i] = self.buckets.get(i, 0) + 1

    def point(self) -> dict:
        lo = min(self.buckets) if self.buckets else 0
        hi = max(self.buckets) if self.buckets else -1
        return {
            "count": str(self.count),
            "sum": self.sum,
            "min": self.min,
            "max": self.max,
            "scale": SCALE,
            "zeroCount": str(self.zero),
            "positive": {"offset": lo, "bucketCounts": [str(self.buckets.get(i, 0)) for i in range(lo, hi + 1)]},
        }


class Aggregate:
    __slots__ = ("duration", "occupancy", "hops", "thread_held", "thread_wait", "thread_hops", "stall", "blocking")

    def __init__(self) -> None:
        self.duration = ExpHistogram()
        self.occupancy = ExpHistogram()
        self.hops = ExpHistogram()
        self.thread_held = ExpHistogram()
        self.thread_wait = ExpHistogram()
        self.thread_hops = 0
        self.stall = 0.0
        self.blocking = 0

    def add(self, inv: Invocation) -> None:
        self.duration.record(inv.duration)
        self.occupancy.record(inv.occupancy)
        self.hops.record(float(inv.thread_hops))
        self.thread_held.record(inv.thread_held)
        self.thread_wait.record(inv.thread_wait)
        self.thread_hops += inv.thread_hops
        self.stall += inv.stall
        self.blocking += inv.blocking


class Recorder:
    def __init__(self, settings: Settings) -> None:
        self.resource = {
            "attributes": [
                _kv(sc.RESOURCE_SERVICE_NAME, settings.service_name),
                _kv(sc.RESOURCE_SERVICE_VERSION, settings.service_version),
                _kv(sc.RESOURCE_ENVIRONMENT, settings.environment),
                _kv(sc.RESOURCE_INSTANCE_ID, str(uuid.uuid4())),
                _kv("telemetry.sdk.language", "python"),
            ]
        }
        self.endpoint = settings.endpoint.rstrip("/")
        self.headers = {"Content-Type": "application/json"}
        if settings.token:
            self.headers["Authorization"] = f"Bearer {settings.token}"
        self.ratio = settings.span_sample_ratio
        self.interval = settings.export_interval
        self.policy = settings.policy
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
        self.warned: set = set()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="hopscope-export", daemon=True)
        self.thread.start()
        for signum in (signal.SIGTERM, signal.SIGINT):
            _flush_before(signum, self.shutdown)

    # --- the request path: cheap, bounded ---

    def on_request_done(self, state: RequestState, request: Any, status: int) -> None:
        if not state.invocations:
            return
        match = getattr(request, "resolver_match", None)
        route = "/" + match.route if match is not None and getattr(match, "route", None) else ""
        method = getattr(request, "method", "") or ""
        end = now()
        sampled = random.random() < self.ratio or _upstream_sampled(request)
        with self.lock:
            self.requests += 1
            for inv in state.invocations:
                self.loop_busy += inv.loop_time
            if state.own_thread is not None:
                if state.own_thread:
                    self.own_thread += 1
                else:
                    self.shared_thread += 1
            for inv in state.invocations:
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
                self._queue_spans(state, route, method, status, end, request)
        if self.policy == "warn" and state.is_async:
            for inv in state.invocations:
                if inv.sync_only and inv.name not in self.warned and inv.thread_hops > 0:
                    self.warned.add(inv.name)
                    if state.own_thread:
                        # Django 4.0+: a thread per request in flight, not one queue for all.
                        cost = "each request in flight keeps a thread of its own that long (threads busy = requests/s × thread held)"
                    else:
                        cap = f"at most {1 / inv.thread_held:.1f} requests/s" if inv.thread_held > 0 else "no limit measured yet"
                        cost = f"requests queue for the process's one sync thread: {cap}"
                    logger.warning(
                        "hopscope: %s runs synchronously in an async (ASGI) stack: %d thread switches, %.1f ms queued for "
                        "a sync thread and %.1f ms on it in one request; it kept the thread %.1f ms, and %s. Make it "
                        "async-capable (async_capable = True and an async __call__) so Django stops adapting it. Warned "
                        "once per middleware.",
                        inv.name, inv.thread_hops, inv.thread_wait * 1000, inv.occupancy * 1000, inv.thread_held * 1000, cost,
                    )

    def _queue_spans(self, state: RequestState, route: str, method: str, status: int, end: float, request: Any) -> None:
        trace_id, parent = _incoming_context(request)
        request_span_id = os.urandom(8).hex()
        # From when Django got the request: time queued before the first middleware shows.
        first = state.received
        new = [
            {
                "traceId": trace_id,
                "spanId": request_span_id,
                **({"parentSpanId": parent} if parent else {}),
                "name": f"{method} {route}".strip(),
                "kind": 2,
                "startTimeUnixNano": _unix_nanos(first),
                "endTimeUnixNano": _unix_nanos(end),
                "attributes": [_kv(sc.ATTR_HTTP_METHOD, method), _kv(sc.ATTR_HTTP_STATUS, int(status))]
                + ([_kv(sc.ATTR_HTTP_ROUTE, route)] if route else []),
            }
        ]
        for inv in state.invocations:
            attrs = [
                _kv(sc.ATTR_NAME, inv.name),
                _kv(sc.ATTR_FRAMEWORK, sc.FRAMEWORK),
                _kv(sc.ATTR_POSITION, inv.position),
                _kv(sc.ATTR_MODE, inv.mode),
                _kv(sc.ATTR_DURATION, float(inv.duration)),
                _kv(sc.ATTR_OCCUPANCY, float(inv.occupancy)),
                _kv(sc.ATTR_HOPS, inv.thread_hops),
                _kv(sc.ATTR_HOPS_THREAD, inv.thread_hops),
                _kv(sc.ATTR_THREAD_WAIT, float(inv.thread_wait)),
                _kv(sc.ATTR_THREAD_HELD, float(inv.thread_held)),
                _kv(sc.ATTR_THREAD_TIME, float(inv.thread_time)),
                _kv(sc.ATTR_EVENTLOOP_TIME, float(inv.loop_time)),
                _kv(sc.ATTR_BLOCKING_COUNT, inv.blocking),
                _kv(sc.ATTR_BLOCKING_MAX, float(inv.max_segment)),
                _kv(sc.ATTR_STALL, float(inv.stall)),
                _kv(sc.ATTR_HTTP_METHOD, method),
            ]
            if route:
                attrs.append(_kv(sc.ATTR_HTTP_ROUTE, route))
            if inv.error:
                attrs.append(_kv(sc.ATTR_ERROR_TYPE, inv.error))
            span = {
                "traceId": trace_id,
                "spanId": os.urandom(8).hex(),
                "parentSpanId": request_span_id,
                "name": sc.SPAN_NAME_PREFIX + inv.name,
                "kind": 1,
                "startTimeUnixNano": _unix_nanos(inv.start),
                "endTimeUnixNano": _unix_nanos(inv.start + inv.duration),
                "attributes": attrs,
            }
            if inv.error:
                span["status"] = {"code": 2}
            new.append(span)
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
        utilization = measure.take_held_total() / max(1e-9, (end - start) / 1e9)
        # Usage goes out for every interval the process served in, including one where
        # requests were only in flight (a queued request's CPU is spent before it finishes),
        # never for an idle one.
        if aggregates or requests or measure.in_flight() > 0:
            body = self._metrics_body(aggregates, str(start), str(end))
            cpu_share = cpu_used / max(1e-9, (end - start) / 1e9)
            body["resourceMetrics"][0]["scopeMetrics"][0]["metrics"] += [
                _gauge(sc.METRIC_SYNC_THREAD_UTILIZATION, "{thread}", utilization, str(end)),
                _gauge(sc.METRIC_THREAD_COUNT, "{thread}", float(threading.active_count()), str(end)),
                # Machine load beside the figures (occupancy is wall time).
                _gauge(sc.METRIC_PROCESS_CPU_UTILIZATION, "1", cpu_share, str(end)),
                _gauge(sc.METRIC_LOAD_AVERAGE, "{run_queue_item}", os.getloadavg()[0], str(end)),
                _gauge(sc.METRIC_CPU_COUNT, "{cpu}", float(os.cpu_count() or 1), str(end)),
                # What the interval's requests used, for the ceiling (usage.py).
                _sum(sc.METRIC_REQUESTS, "{request}", {"asInt": str(requests)}, str(start), str(end)),
                _sum(sc.METRIC_CPU_TIME, "s", {"asDouble": cpu_used}, str(start), str(end)),
                _sum(sc.METRIC_EVENTLOOP_BUSY, "s", {"asDouble": loop_busy}, str(start), str(end)),
                _gauge(sc.METRIC_CPU_AVAILABLE, "{cpu}", cores, str(end)),
            ]
            if shared + own > 0:
                # The threading model in force (patch.py's _own_sync_thread), as the share of
                # requests that shared one sync thread: 1 on Django 3.x, 0 on 4.0 and later.
                body["resourceMetrics"][0]["scopeMetrics"][0]["metrics"].append(
                    _gauge(sc.METRIC_SHARED_SYNC_THREAD, "1", shared / (shared + own), str(end))
                )
            self._post("/v1/metrics", body, max(1, len(aggregates)))
        if spans:
            self._post("/v1/traces", self._traces_body(spans), len(spans))

    def shutdown(self) -> None:
        self.stopping.set()
        self.flush()

    def _post(self, path: str, body: dict, items: int) -> None:
        data = json.dumps(body).encode()
        req = urllib.request.Request(self.endpoint + path, data=data, headers=self.headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=5) as res:
                res.read()
        except Exception as e:  # noqa: BLE001 - any failure: count it and go on
            self.dropped += items
            if self.dropped == items or self.dropped % 1000 < items:
                logger.warning("hopscope: export to %s failed (%s); %d items dropped so far", self.endpoint + path, e, self.dropped)

    def _traces_body(self, spans: list) -> dict:
        return {"resourceSpans": [{"resource": self.resource, "scopeSpans": [{"scope": {"name": sc.SCOPE}, "spans": spans}]}]}

    def _metrics_body(self, aggregates: dict, start: str, end: str) -> dict:
        histograms = (sc.METRIC_DURATION, sc.METRIC_OCCUPANCY, sc.METRIC_HOPS, sc.METRIC_THREAD_HELD, sc.METRIC_THREAD_WAIT)
        series: dict = {m: [] for m in histograms + (sc.METRIC_HOPS_COUNT, sc.METRIC_STALL, sc.METRIC_BLOCKING_COUNT)}
        for (name, route, method, error), agg in aggregates.items():
            attrs = [_kv(sc.ATTR_NAME, name), _kv(sc.ATTR_FRAMEWORK, sc.FRAMEWORK), _kv(sc.ATTR_HTTP_METHOD, method)]
            if route:
                attrs.append(_kv(sc.ATTR_HTTP_ROUTE, route))
            if error:
                attrs.append(_kv(sc.ATTR_ERROR_TYPE, error))
            base = {"attributes": attrs, "startTimeUnixNano": start, "timeUnixNano": end}
            series[sc.METRIC_DURATION].append({**base, **agg.duration.point()})
            series[sc.METRIC_OCCUPANCY].append({**base, **agg.occupancy.point()})
            series[sc.METRIC_HOPS].append({**base, **agg.hops.point()})
            series[sc.METRIC_THREAD_HELD].append({**base, **agg.thread_held.point()})
            series[sc.METRIC_THREAD_WAIT].append({**base, **agg.thread_wait.point()})
            if agg.thread_hops:
                series[sc.METRIC_HOPS_COUNT].append({**base, "attributes": attrs + [_kv(sc.ATTR_HOP_KIND, sc.HOP_KIND_THREAD)], "asInt": str(agg.thread_hops)})
            series[sc.METRIC_STALL].append({**base, "asDouble": agg.stall})
            series[sc.METRIC_BLOCKING_COUNT].append({**base, "asInt": str(agg.blocking)})
        metrics = []
        for name, points in series.items():
            if not points:
                continue
            if name in histograms:
                metrics.append({"name": name, "unit": "{hop}" if name == sc.METRIC_HOPS else "s", "exponentialHistogram": {"aggregationTemporality": 1, "dataPoints": points}})
            else:
                metrics.append({"name": name, "sum": {"aggregationTemporality": 1, "isMonotonic": True, "dataPoints": points}})
        return {"resourceMetrics": [{"resource": self.resource, "scopeMetrics": [{"scope": {"name": sc.SCOPE}, "metrics": metrics}]}]}


def _flush_before(signum: int, flush: Any) -> None:
    """Flushes before whoever handled `signum` does. uvicorn (0.29 and later) stops on
    SIGTERM, puts back the handler it found and raises the signal again, so the process dies
    by it and atexit never runs: the last interval's figures were lost. This handler, set
    before the server's, flushes and hands the signal on unchanged: to the handler it
    replaced, or, where that was the default, to the default (the process ends as before)."""
    try:
        previous = signal.getsignal(signum)
        if previous in (signal.SIG_IGN, None):
            return

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
    except ValueError:  # not the main thread: signals are not ours to catch
        pass


def _gauge(name: str, unit: str, value: float, time_ns: str) -> dict:
    return {"name": name, "unit": unit, "gauge": {"dataPoints": [{"timeUnixNano": time_ns, "asDouble": value}]}}


def _sum(name: str, unit: str, value: dict, start_ns: str, end_ns: str) -> dict:
    point = {"startTimeUnixNano": start_ns, "timeUnixNano": end_ns, **value}
    return {"name": name, "unit": unit, "sum": {"aggregationTemporality": 1, "isMonotonic": True, "dataPoints": [point]}}


def _traceparent(request: Any) -> Optional[str]:
    value = getattr(request, "META", {}).get("HTTP_TRACEPARENT")
    return value if isinstance(value, str) and len(value) == 55 else None


def _upstream_sampled(request: Any) -> bool:
    tp = _traceparent(request)
    try:
        return tp is not None and int(tp[53:], 16) & 1 == 1
    except ValueError:
        return False


def _incoming_context(request: Any) -> tuple:
    """(trace id, parent span id) from an incoming W3C traceparent, or a new trace."""
    tp = _traceparent(request)
    if tp is not None:
        parts = tp.split("-")
        if len(parts) == 4 and len(parts[1]) == 32 and len(parts[2]) == 16:
            return parts[1], parts[2]
    return os.urandom(16).hex(), None
