"""The Django producer's settings, resolved when the first handler loads its middleware:
Django's settings are ready then, so `settings.HOPSCOPE` is honoured with the documented
`install()` in asgi.py, before the application is built. The options and their checks are
the core's (hopscope/settings.py); a wrong value raises ImproperlyConfigured.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from hopscope.settings import Settings, resolve


def settings_of(explicit: dict) -> Settings:
    from django.conf import settings

    configured = getattr(settings, "HOPSCOPE", {})
    if not isinstance(configured, dict):
        raise ImproperlyConfigured(
            f"settings.HOPSCOPE must be a dict of hopscope_django's options, got {type(configured).__name__}"
        )
    return resolve(
        explicit,
        framework="django",
        error=ImproperlyConfigured,
        configured=configured,
        configured_in="settings.HOPSCOPE",
    )
