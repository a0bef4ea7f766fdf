"""The telemetry contract (docs/design.md): the names the Python producers emit.

The one source is the Node package's instrumentation/node/src/semconv.ts; every name here
carries the same constant name and value there (test/unit/contract.test.ts checks it).
"""

import math

SPAN_NAME_PREFIX = "middleware - "

RESOURCE_SERVICE_NAME = "service.name"
RESOURCE_SERVICE_VERSION = "service.version"
RESOURCE_ENVIRONMENT = "deployment.environment.name"
RESOURCE_INSTANCE_ID = "service.instance.id"

ATTR_NAME = "middleware.name"
ATTR_FRAMEWORK = "middleware.framework"
ATTR_POSITION = "middleware.position"
ATTR_DURATION = "middleware.duration"
ATTR_OCCUPANCY = "middleware.occupancy"
ATTR_HOPS = "middleware.hops"
ATTR_HOPS_THREAD = "middleware.hops.thread"
ATTR_HOPS_THREADPOOL = "middleware.hops.threadpool"
ATTR_THREAD_WAIT = "middleware.thread.wait"
ATTR_THREAD_HELD = "middleware.thread.held"
# Django-specific: occupancy split into time on the sync thread and on the event loop.
ATTR_THREAD_TIME = "middleware.thread.time"
ATTR_EVENTLOOP_TIME = "middleware.eventloop.time"
ATTR_MODE = "middleware.mode"
ATTR_BLOCKING_COUNT = "middleware.blocking.count"
ATTR_BLOCKING_MAX = "middleware.blocking.max"
ATTR_STALL = "middleware.stall"
ATTR_HTTP_ROUTE = "http.route"
ATTR_HTTP_METHOD = "http.request.method"
ATTR_HTTP_STATUS = "http.response.status_code"
ATTR_ERROR_TYPE = "error.type"
ATTR_HOP_KIND = "middleware.hop.kind"

METRIC_DURATION = "middleware.duration"
METRIC_OCCUPANCY = "middleware.occupancy"
METRIC_HOPS = "middleware.hops"
METRIC_HOPS_COUNT = "middleware.hops.count"
METRIC_STALL = "middleware.stall"
METRIC_BLOCKING_COUNT = "middleware.blocking.count"
METRIC_THREAD_HELD = "middleware.thread.held"
METRIC_THREAD_WAIT = "middleware.thread.wait"
METRIC_SYNC_THREAD_UTILIZATION = "django.sync_thread.utilization"
METRIC_THREAD_COUNT = "process.thread.count"
METRIC_PROCESS_CPU_UTILIZATION = "process.cpu.utilization"
METRIC_LOAD_AVERAGE = "system.cpu.load_average.1m"
METRIC_CPU_COUNT = "system.cpu.logical.count"
# What the process used of each resource that can bound its throughput (usage.py).
METRIC_REQUESTS = "hopscope.requests"
METRIC_CPU_TIME = "hopscope.process.cpu.time"
METRIC_EVENTLOOP_BUSY = "hopscope.eventloop.busy"
METRIC_CPU_AVAILABLE = "hopscope.cpu.available"
METRIC_SHARED_SYNC_THREAD = "hopscope.django.sync_thread.shared"
# anyio's thread pool (Starlette): its threads, their busy time, each middleware's share.
METRIC_THREADPOOL_SIZE = "hopscope.threadpool.size"
METRIC_THREADPOOL_BUSY = "hopscope.threadpool.busy"
# Means over the interval: tokens in use (busy time / interval), calls waiting (their wait / interval).
METRIC_THREADPOOL_IN_USE = "hopscope.threadpool.in_use"
METRIC_THREADPOOL_WAITING = "hopscope.threadpool.waiting"
METRIC_THREADPOOL_DURATION = "middleware.threadpool.duration"

# The hop kinds the Python producers count, of the contract's HOP_KINDS: Django's switches
# to a sync thread, Starlette's calls on anyio's thread pool.
HOP_KIND_THREAD = "thread"
HOP_KIND_THREADPOOL = "threadpool"
OTHER = "(other)"

# Why it blocks (docs/design.md, "Stacks"): samples of a thread while a middleware ran on it,
# per folded stack (root;…;leaf, each frame "function (file:line)").
METRIC_PROFILE_SAMPLES = "hopscope.middleware.profile.samples"
METRIC_PROFILE_INTERVAL = "hopscope.profile.interval"
ATTR_PROFILE_STACK = "hopscope.profile.stack"
ATTR_BLOCKING_STACK = "middleware.blocking.stack"
OTHER_STACKS = "(other stacks)"


# The histogram layout every producer sends and the dashboard stores: OpenTelemetry's
# base-2 exponential buckets at one fixed scale; bucket i holds (2^(i/32), 2^((i+1)/32)];
# values at or below the zero threshold go to the zero bucket. Shared test vectors:
# test/fixtures/histogram-vectors.json (test/unit/contract.test.ts runs them here too).
HISTOGRAM_SCALE = 5
HISTOGRAM_ZERO_THRESHOLD = 1e-9


def histogram_bucket_index(value: float) -> int:
    """The bucket a positive value above the zero threshold falls in."""
    return math.ceil(math.log2(value) * (1 << HISTOGRAM_SCALE)) - 1
