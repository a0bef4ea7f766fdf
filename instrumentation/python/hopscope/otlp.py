"""The Recorder's interval as the OpenTelemetry SDK's data, sent with the SDK's OTLP/HTTP
(protobuf) exporters: the SDK's resource (OTEL_RESOURCE_ATTRIBUTES honoured), encoding,
retries and timeouts, rather than an encoder of our own.

The hot path stays ours: requests add to pre-keyed aggregates (export.py), and only the
export thread builds these objects, once per interval. Spans are made after the fact, with
the times and parents measured, so they go to the span exporter directly, not through a
tracer (which would start them now).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.metrics.export import (
    AggregationTemporality,
    Buckets,
    ExponentialHistogram,
    ExponentialHistogramDataPoint,
    Gauge,
    Metric,
    MetricExportResult,
    MetricsData,
    NumberDataPoint,
    ResourceMetrics,
    ScopeMetrics,
    Sum,
)
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExportResult
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

from . import semconv as sc

DELTA = AggregationTemporality.DELTA
# Seconds an export may take, retries included: the export thread's, never a request's.
TIMEOUT_S = 5


def resource(service_name: str, service_version: str, environment: str) -> Resource:
    return Resource.create(
        {
            sc.RESOURCE_SERVICE_NAME: service_name,
            sc.RESOURCE_SERVICE_VERSION: service_version,
            sc.RESOURCE_ENVIRONMENT: environment,
            sc.RESOURCE_INSTANCE_ID: str(uuid.uuid4()),
        }
    )


def histogram_point(
    attributes: Mapping[str, Any], start: int, end: int, h: Any, scale: int
) -> ExponentialHistogramDataPoint:
    """One of export.py's ExpHistograms as the SDK's point."""
    offset = min(h.buckets) if h.buckets else 0
    top = max(h.buckets) if h.buckets else -1
    return ExponentialHistogramDataPoint(
        attributes=dict(attributes),
        start_time_unix_nano=start,
        time_unix_nano=end,
        count=h.count,
        sum=h.sum,
        scale=scale,
        zero_count=h.zero,
        positive=Buckets(offset=offset, bucket_counts=[h.buckets.get(i, 0) for i in range(offset, top + 1)]),
        negative=Buckets(offset=0, bucket_counts=[]),
        flags=0,
        min=h.min if h.count else 0.0,
        max=h.max if h.count else 0.0,
    )


def number_point(attributes: Mapping[str, Any], start: int, end: int, value: float) -> NumberDataPoint:
    return NumberDataPoint(attributes=dict(attributes), start_time_unix_nano=start, time_unix_nano=end, value=value)


def histograms(name: str, unit: str, points: Sequence[ExponentialHistogramDataPoint]) -> Metric:
    return Metric(
        name=name,
        description="",
        unit=unit,
        data=ExponentialHistogram(data_points=list(points), aggregation_temporality=DELTA),
    )


def counter(name: str, unit: str, points: Sequence[NumberDataPoint]) -> Metric:
    return Metric(
        name=name,
        description="",
        unit=unit,
        data=Sum(data_points=list(points), aggregation_temporality=DELTA, is_monotonic=True),
    )


def gauge(name: str, unit: str, value: float, time: int) -> Metric:
    return Metric(name=name, description="", unit=unit, data=Gauge(data_points=[number_point({}, time, time, value)]))


def span(
    trace_id: str,
    span_id: str,
    parent_id: str | None,
    name: str,
    kind: SpanKind,
    start: int,
    end: int,
    attributes: Mapping[str, Any],
    error: bool,
    res: Resource,
    scope: InstrumentationScope,
) -> ReadableSpan:
    """A finished span with the times and parent measured (ids as hex)."""
    sampled = TraceFlags(TraceFlags.SAMPLED)
    return ReadableSpan(
        name=name,
        context=SpanContext(int(trace_id, 16), int(span_id, 16), is_remote=False, trace_flags=sampled),
        parent=SpanContext(int(trace_id, 16), int(parent_id, 16), is_remote=False, trace_flags=sampled)
        if parent_id
        else None,
        resource=res,
        attributes=dict(attributes),
        kind=kind,
        status=Status(StatusCode.ERROR) if error else Status(StatusCode.UNSET),
        start_time=start,
        end_time=end,
        instrumentation_scope=scope,
    )


class Exporter:
    """The SDK's OTLP/HTTP exporters, pointed at the dashboard (or a Collector)."""

    def __init__(self, endpoint: str, token: str | None, res: Resource, scope: str) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.resource = res
        # The producer's instrumentation scope (hopscope_django, hopscope_starlette).
        self.scope = InstrumentationScope(scope)
        self.metrics = OTLPMetricExporter(endpoint=f"{endpoint}/v1/metrics", headers=headers, timeout=TIMEOUT_S)
        self.spans = OTLPSpanExporter(endpoint=f"{endpoint}/v1/traces", headers=headers, timeout=TIMEOUT_S)

    def send_metrics(self, metrics: Sequence[Metric]) -> bool:
        data = MetricsData(
            resource_metrics=[
                ResourceMetrics(
                    resource=self.resource,
                    scope_metrics=[ScopeMetrics(scope=self.scope, metrics=list(metrics), schema_url="")],
                    schema_url="",
                )
            ]
        )
        return self.metrics.export(data, timeout_millis=TIMEOUT_S * 1000) == MetricExportResult.SUCCESS

    def send_spans(self, spans: Sequence[ReadableSpan]) -> bool:
        return self.spans.export(list(spans)) == SpanExportResult.SUCCESS
