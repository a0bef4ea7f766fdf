import asyncio
import os
import time

from django.http import JsonResponse

VIEW_CPU_S = float(os.environ.get("TEST_VIEW_CPU_MS", "20")) / 1000


async def items(request, item_id):
    await asyncio.sleep(0.003)
    return JsonResponse({"id": item_id})


async def slow(request, item_id):
    """An async view that waits 200 ms (a slow upstream call)."""
    await asyncio.sleep(0.2)
    return JsonResponse({"id": item_id})


async def switches(request):
    """The independent switch count so far (project/switches.py)."""
    from project.switches import COUNTS

    return JsonResponse(COUNTS)


def sync_cpu(request, item_id):
    """A sync view doing TEST_VIEW_CPU_MS (20) of CPU, by its thread's CPU clock (a wall-clock
    spin gets less under the GIL, shared with the other requests' threads): under ASGI Django
    runs it on a sync thread (one per request since Django 4.0), one thread at a time."""
    end = time.thread_time() + VIEW_CPU_S
    while time.thread_time() < end:
        pass
    return JsonResponse({"id": item_id})


async def current_trace(request):
    """The trace the request runs in (OpenTelemetry's current span, or the Django
    instrumentation's span for the request), for the coexistence tests."""
    from opentelemetry import trace

    span = request.META.get("opentelemetry-instrumentor-django.span_key") or trace.get_current_span()
    return JsonResponse({"trace_id": format(span.get_span_context().trace_id, "032x")})
