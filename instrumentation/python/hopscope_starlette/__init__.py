"""hopscope_starlette: which Starlette or FastAPI middleware, dependency or endpoint blocks
the event loop or holds one of anyio's pool threads.

Setup, before the first request (in the module that makes the app, or its lifespan):

    import hopscope_starlette
    hopscope_starlette.install(service_name="shop")

hopscope_starlette.uninstall() undoes it. Every option falls back to the environment
(HOPSCOPE_SERVICE_NAME, HOPSCOPE_SERVICE_VERSION, HOPSCOPE_ENVIRONMENT, HOPSCOPE_ENDPOINT,
HOPSCOPE_INGEST_TOKEN, HOPSCOPE_SPAN_SAMPLE_RATIO, HOPSCOPE_EXPORT_INTERVAL, HOPSCOPE_PROFILE,
HOPSCOPE_PROFILE_INTERVAL_MS, HOPSCOPE_PROFILE_DEPTH), read and checked by install(): a wrong
value raises ValueError naming it. Measuring and export are the hopscope package's, shared
with hopscope_django; patch.py says what is measured.
"""

from __future__ import annotations

from hopscope.export import Producer, Recorder
from hopscope.settings import resolve

from . import names, patch

__all__ = ["install", "uninstall"]

_recorder: Recorder | None = None


def install(
    service_name: str | None = None,
    *,
    service_version: str | None = None,
    environment: str | None = None,
    endpoint: str | None = None,
    token: str | None = None,
    span_sample_ratio: float | None = None,
    export_interval: float | None = None,
    profile: bool | None = None,
    profile_interval_ms: float | None = None,
    profile_depth: int | None = None,
) -> None:
    """Measures every Starlette and FastAPI app's middleware, dependencies and endpoints from
    its first request on, and exports to the dashboard. A second call changes nothing."""
    global _recorder
    if _recorder is not None:
        return
    settings = resolve(
        dict(
            service_name=service_name,
            service_version=service_version,
            environment=environment,
            endpoint=endpoint,
            ingest_token=token,
            span_sample_ratio=span_sample_ratio,
            export_interval=export_interval,
            profile=profile,
            profile_interval_ms=profile_interval_ms,
            profile_depth=profile_depth,
        ),
        framework=names.FRAMEWORK,
        error=ValueError,
    )
    producer = Producer(scope=names.SCOPE, framework=names.FRAMEWORK, hop_kind="threadpool", pool_size=patch.pool_size)
    _recorder = Recorder(settings, producer)
    patch.install(_recorder)


def uninstall() -> None:
    """Undoes install(): Starlette's own code again (an app that has served keeps the
    middleware stack it built), and the recorder flushed and stopped."""
    global _recorder
    patch.uninstall()
    if _recorder is not None:
        _recorder.close()
        _recorder = None
