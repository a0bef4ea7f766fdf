"""hopscope_django: which Django middleware blocks concurrency under ASGI.

Setup, in asgi.py before the application is built (or in settings.py):

    import hopscope_django
    hopscope_django.install(service_name="shop")

Every option falls back to Django's settings.HOPSCOPE (a dict of the same names), then to
the environment (HOPSCOPE_SERVICE_NAME, HOPSCOPE_SERVICE_VERSION, HOPSCOPE_ENVIRONMENT,
HOPSCOPE_ENDPOINT, HOPSCOPE_INGEST_TOKEN, HOPSCOPE_POLICY, HOPSCOPE_SPAN_SAMPLE_RATIO,
HOPSCOPE_EXPORT_INTERVAL).
"""

from __future__ import annotations

import atexit
import os
from typing import Any, Optional

from . import patch
from .export import Recorder

__all__ = ["install", "POLICIES"]

POLICIES = ("record", "warn", "strict")

_recorder: Optional[Recorder] = None


def _setting(name: str, given: Any, default: Any) -> Any:
    if given is not None:
        return given
    try:
        from django.conf import settings

        configured = getattr(settings, "HOPSCOPE", {}) if settings.configured else {}
    except Exception:  # noqa: BLE001 - settings not importable yet
        configured = {}
    if name in configured:
        return configured[name]
    env = os.environ.get("HOPSCOPE_" + name.upper())
    return env if env is not None else default


def install(
    service_name: Optional[str] = None,
    *,
    service_version: Optional[str] = None,
    environment: Optional[str] = None,
    endpoint: Optional[str] = None,
    token: Optional[str] = None,
    policy: Optional[str] = None,
    span_sample_ratio: Optional[float] = None,
    export_interval: Optional[float] = None,
) -> Recorder:
    """Measures every middleware and view from now on and exports to the dashboard."""
    global _recorder
    if _recorder is not None:
        return _recorder
    chosen_policy = str(_setting("policy", policy, "record"))
    if chosen_policy not in POLICIES:
        raise ValueError(f"hopscope policy must be one of {', '.join(POLICIES)}, got {chosen_policy!r}")
    ratio = float(_setting("span_sample_ratio", span_sample_ratio, 0.1))
    if not 0.0 <= ratio <= 1.0:
        raise ValueError(f"span_sample_ratio must be between 0 and 1, got {ratio}")
    recorder = Recorder(
        service_name=str(_setting("service_name", service_name, "unknown_service:django")),
        service_version=str(_setting("service_version", service_version, "unknown")),
        environment=str(_setting("environment", environment, "development")),
        endpoint=str(_setting("endpoint", endpoint, "http://127.0.0.1:3000")),
        token=_setting("ingest_token", token, None),
        span_sample_ratio=ratio,
        export_interval=float(_setting("export_interval", export_interval, 10.0)),
        policy=chosen_policy,
    )
    patch.install(chosen_policy, recorder.on_request_done)
    atexit.register(recorder.shutdown)
    _recorder = recorder
    return recorder
