"""A producer's settings, resolved once, when its framework is ready for them.

Each option comes from install()'s argument, else the framework's own configuration (Django's
settings.HOPSCOPE; none for Starlette), else the environment (HOPSCOPE_<KEY>), else its
default. A wrong value is refused at start with the framework's configuration error naming
where it came from and what it was: a typo must never turn measuring off silently or make
the export thread spin.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlparse

# What to do about a sync-only middleware in an async stack (Django adapts it onto a thread):
# record it, warn once, or refuse to start. Only Django has such middleware.
POLICIES = ("record", "warn", "strict")


@dataclass(frozen=True)
class Settings:
    service_name: str
    service_version: str
    environment: str
    endpoint: str
    token: str | None
    policy: str
    span_sample_ratio: float
    export_interval: float
    # Why it blocks (stacks.py): sample the stacks of the threads middleware run on.
    profile: bool = False
    profile_interval_ms: float = 10.0
    profile_depth: int = 32


OPTIONS = (
    "service_name",
    "service_version",
    "environment",
    "endpoint",
    "ingest_token",
    "policy",
    "span_sample_ratio",
    "export_interval",
    "profile",
    "profile_interval_ms",
    "profile_depth",
)


def _pick(name: str, explicit: dict, configured: dict, configured_in: str, default: Any) -> tuple:
    """(value, where it came from) for option `name` (its settings key and env suffix)."""
    env_name = "HOPSCOPE_" + name.upper()
    if explicit.get(name) is not None:
        return explicit[name], f"install({name}=...)"
    if name in configured:
        return configured[name], f"{configured_in}[{name!r}]"
    if env_name in os.environ:
        return os.environ[env_name], env_name
    return default, None


def _check(value: Any, where: str, convert: Callable[[Any], Any], expected: str, error: type[Exception]) -> Any:
    try:
        return convert(value)
    except (TypeError, ValueError):
        raise error(f"hopscope: {where} = {value!r} is not valid: {expected}") from None


def _policy(v: Any) -> str:
    if v not in POLICIES:
        raise ValueError
    return v


def _ratio(v: Any) -> float:
    f = float(v)
    if not 0.0 <= f <= 1.0:
        raise ValueError
    return f


def _interval(v: Any) -> float:
    f = float(v)
    if not f > 0 or f != f or f == float("inf"):
        raise ValueError
    return f


def _flag(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if str(v).strip().lower() in ("true", "1"):
        return True
    if str(v).strip().lower() in ("false", "0"):
        return False
    raise ValueError


def _sample_interval(v: Any) -> float:
    f = float(v)
    if not 1.0 <= f <= 1000.0:
        raise ValueError
    return f


def _depth(v: Any) -> int:
    if isinstance(v, bool) or float(v) != int(float(v)) or not 1 <= int(float(v)) <= 256:
        raise ValueError
    return int(float(v))


def _url(v: Any) -> str:
    u = urlparse(str(v))
    if u.scheme not in ("http", "https") or not u.netloc:
        raise ValueError
    return str(v)


def _text(v: Any) -> str:
    if not isinstance(v, str) or v.strip() == "":
        raise ValueError
    return v


def resolve(
    explicit: dict,
    *,
    framework: str,
    error: type[Exception],
    configured: dict | None = None,
    configured_in: str = "",
) -> Settings:
    """The settings from install()'s `explicit` options, the framework's `configured` dict
    (named `configured_in` in errors) and the environment; `error` is the framework's own
    configuration error, raised naming the bad option."""
    configured = configured or {}
    unknown = set(configured) - set(OPTIONS)
    if unknown:
        raise error(f"hopscope: {configured_in} has unknown keys {sorted(unknown)}")

    def option(name: str, default: Any, convert: Callable[[Any], Any], expected: str) -> Any:
        value, where = _pick(name, explicit, configured, configured_in, default)
        if where is None and value is None:
            return value
        return _check(value, where or "the default", convert, expected, error)

    return Settings(
        service_name=option("service_name", f"unknown_service:{framework}", _text, "expected a non-empty name"),
        service_version=option("service_version", "unknown", _text, "expected a non-empty version"),
        environment=option("environment", "development", _text, "expected a non-empty name"),
        endpoint=option(
            "endpoint", "http://127.0.0.1:3000", _url, "expected an http(s) URL such as http://127.0.0.1:3000"
        ),
        token=option("ingest_token", None, str, "expected a token"),
        policy=option("policy", "record", _policy, "expected one of " + ", ".join(POLICIES)),
        span_sample_ratio=option("span_sample_ratio", 0.1, _ratio, "expected a number from 0 to 1"),
        export_interval=option("export_interval", 10.0, _interval, "expected a number of seconds above 0"),
        profile=option("profile", False, _flag, "expected true or false"),
        profile_interval_ms=option(
            "profile_interval_ms", 10.0, _sample_interval, "expected milliseconds between samples, 1 to 1000"
        ),
        profile_depth=option("profile_depth", 32, _depth, "expected a whole number of frames, 1 to 256"),
    )
