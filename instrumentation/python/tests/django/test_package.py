"""The package as installed: its version of the contract, its histogram, what it reads of
the process, the threading model it tells apart, and an uninstall that undoes everything."""

import asyncio
import math
import signal
import time

import pytest
from asgiref.sync import ThreadSensitiveContext, sync_to_async
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers import asgi, base
from django.utils import deprecation

import hopscope_django
from hopscope import otlp, semconv, usage
from hopscope.export import ExpHistogram
from hopscope_django import config, names, patch


def test_installed_from_the_environment_not_the_source_tree():
    # npm test installs the package into each environment; a copy on PYTHONPATH would hide
    # a broken package.
    assert "site-packages" in hopscope_django.__file__


def test_histogram_buckets_are_opentelemetrys_at_scale_5():
    h = ExpHistogram()
    for v in (1.0, 2.0, 0.001):
        h.record(v)
    # Bucket i holds (2^(i/32), 2^((i+1)/32)]: 1.0 is the top of bucket -1, 2.0 of bucket 31.
    assert set(h.buckets) == {-1, 31, math.ceil(math.log2(0.001) * 32) - 1}
    point = otlp.histogram_point({}, 0, 1, h, semconv.HISTOGRAM_SCALE)
    assert point.scale == 5 and point.count == 3 and point.zero_count == 0
    assert point.positive.offset == min(h.buckets)
    assert sum(point.positive.bucket_counts) == 3


def test_a_wrong_setting_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("HOPSCOPE_SPAN_SAMPLE_RATIO", "2")
    with pytest.raises(ImproperlyConfigured, match="HOPSCOPE_SPAN_SAMPLE_RATIO = '2' is not valid"):
        config.settings_of({})


def test_cgroup_quotas_read_as_linux_writes_them():
    assert usage.quota_cores("max 100000\n") is None
    assert usage.quota_cores("150000 100000") == 1.5
    assert usage.quota_cores("nonsense") is None


def test_process_usage_counts_a_busy_wait_and_caps_cores_at_one_under_the_gil():
    u = usage.ProcessUsage()
    # 50 ms of CPU, by the CPU clock: a busy machine stretches wall time, not this.
    end = time.process_time() + 0.05
    while time.process_time() < end:
        pass
    cpu, cores = u.take()
    assert 0.05 <= cpu < 0.5
    assert 0 < cores <= (1.0 if usage.gil_serialises() else 64)


def test_the_threading_model_is_told_from_the_running_code():
    async def outside():
        return patch._own_sync_thread()

    async def inside():
        async with ThreadSensitiveContext():
            return patch._own_sync_thread()

    assert asyncio.run(outside()) is False
    assert asyncio.run(inside()) is True


def test_uninstall_puts_back_what_install_replaced():
    originals = (
        base.import_string,
        base.sync_to_async,
        deprecation.sync_to_async,
        asgi.sync_to_async,
        asgi.ASGIHandler.__call__,
        base.BaseHandler.load_middleware,
    )
    term = signal.getsignal(signal.SIGTERM)
    hopscope_django.install(service_name="pytest")
    try:
        assert base.sync_to_async is patch.measured_sync_to_async
        assert asgi.ASGIHandler.__call__ is not originals[4]
        asgi.ASGIHandler()  # loads the middleware: the recorder starts, and flushes on SIGTERM
        assert signal.getsignal(signal.SIGTERM) is not term
    finally:
        hopscope_django.uninstall()
    assert signal.getsignal(signal.SIGTERM) is term
    assert (
        base.import_string,
        base.sync_to_async,
        deprecation.sync_to_async,
        asgi.sync_to_async,
        asgi.ASGIHandler.__call__,
        base.BaseHandler.load_middleware,
    ) == originals
    assert base.sync_to_async is sync_to_async


def test_the_contract_names_this_producer_sends():
    assert semconv.METRIC_SHARED_SYNC_THREAD == "hopscope.django.sync_thread.shared"
    assert names.HANDLER_STEP == "django.handler"


@pytest.mark.parametrize(
    "variable,value",
    [("HOPSCOPE_PROFILE", "yes"), ("HOPSCOPE_PROFILE_INTERVAL_MS", "0"), ("HOPSCOPE_PROFILE_DEPTH", "2.5")],
)
def test_a_wrong_profile_setting_is_refused_by_name(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ImproperlyConfigured, match=f"{variable} = '{value}' is not valid"):
        config.settings_of({})


def test_a_sampled_stack_is_folded_root_to_leaf_and_cut_at_its_leaf_end():
    import sys

    from hopscope import stacks

    def leaf():
        return sys._getframe()

    def middle():
        return leaf()

    frame = middle()
    whole = stacks.fold(frame, 256)
    lines = (middle.__code__.co_firstlineno, leaf.__code__.co_firstlineno)
    tail = f"middle (tests/django/test_package.py:{lines[0]});leaf (tests/django/test_package.py:{lines[1]})"
    assert whole is not None and whole.endswith(";" + tail)
    assert stacks.fold(frame, 2) == "…;" + tail


def test_samples_go_to_the_marked_invocation_only(monkeypatch):
    import threading

    from hopscope import stacks
    from hopscope.measure import Invocation

    inv = Invocation(name="m", mode="sync", position=0, sync_only=True, start=0.0)
    sampler = stacks.Sampler(3600, 32)  # sampled by hand below
    try:
        sampler.sample()
        assert inv.stacks is None, "nobody marked: no samples"
        marked = stacks.run_as(inv)
        done = threading.Event()
        threading.Thread(target=lambda: (sampler.sample(), done.set())).start()
        done.wait(5)
        stacks.restore(marked)
        assert inv.stacks is not None and sum(inv.stacks.values()) == 1
        (stack,) = inv.stacks
        assert "test_samples_go_to_the_marked_invocation_only (tests/django/test_package.py:" in stack
    finally:
        sampler.stop()
