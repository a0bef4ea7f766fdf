"""hopscope_django: which Django middleware blocks concurrency under ASGI.

Setup, in asgi.py before the application is built:

    import hopscope_django
    hopscope_django.install(service_name="shop")

hopscope_django.uninstall() undoes it.

Every option falls back to Django's settings.HOPSCOPE (a dict of the same names), then to
the environment (HOPSCOPE_SERVICE_NAME, HOPSCOPE_SERVICE_VERSION, HOPSCOPE_ENVIRONMENT,
HOPSCOPE_ENDPOINT, HOPSCOPE_INGEST_TOKEN, HOPSCOPE_POLICY, HOPSCOPE_SPAN_SAMPLE_RATIO,
HOPSCOPE_EXPORT_INTERVAL, HOPSCOPE_PROFILE, HOPSCOPE_PROFILE_INTERVAL_MS, HOPSCOPE_PROFILE_DEPTH); they are read, and checked, when Django builds its handler
(config.py). The measuring and export are the hopscope package's, shared with
hopscope_starlette.
"""

from __future__ import annotations

from hopscope.export import Producer, Recorder
from hopscope.settings import POLICIES

from . import names, patch
from .config import settings_of

__all__ = ["install", "uninstall", "POLICIES"]

_explicit: dict = {}
_recorder: Recorder | None = None


def _start() -> Recorder:
    """Called by the first handler that loads its middleware: settings are ready then."""
    global _recorder
    if _recorder is None:
        producer = Producer(scope=names.SCOPE, framework=names.FRAMEWORK, hop_kind="thread", holds_sync_threads=True)
        _recorder = Recorder(settings_of(_explicit), producer)
    return _recorder


def install(
    service_name: str | None = None,
    *,
    service_version: str | None = None,
    environment: str | None = None,
    endpoint: str | None = None,
    token: str | None = None,
    policy: str | None = None,
    span_sample_ratio: float | None = None,
    export_interval: float | None = None,
    profile: bool | None = None,
    profile_interval_ms: float | None = None,
    profile_depth: int | None = None,
) -> None:
    """Measures every middleware and view of the handlers built from now on and exports to
    the dashboard."""
    given = dict(
        service_name=service_name,
        service_version=service_version,
        environment=environment,
        endpoint=endpoint,
        ingest_token=token,
        policy=policy,
        span_sample_ratio=span_sample_ratio,
        export_interval=export_interval,
        profile=profile,
        profile_interval_ms=profile_interval_ms,
        profile_depth=profile_depth,
    )
    _explicit.update({k: v for k, v in given.items() if v is not None})
    patch.install(_start)


def uninstall() -> None:
    """Undoes install(): Django's own code again for handlers built from now on, and the
    recorder flushed and stopped."""
    global _recorder
    patch.uninstall()
    _explicit.clear()
    if _recorder is not None:
        _recorder.close()
        _recorder = None
