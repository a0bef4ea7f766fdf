"""The zero-code path: an OpenTelemetry instrumentor, found through the package's
`opentelemetry_instrumentor` entry point, so that

    HOPSCOPE_SERVICE_NAME=shop opentelemetry-instrument uvicorn main:app

measures the app with no line of it changed (options from the HOPSCOPE_* environment).
It only calls install() and uninstall(), as python-contrib's instrumentors do; its
`instruments` extra names what it instruments, so opentelemetry-instrument skips it where
Starlette is not installed."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from opentelemetry.instrumentation.instrumentor import BaseInstrumentor


class HopscopeInstrumentor(BaseInstrumentor):
    def instrumentation_dependencies(self) -> Collection[str]:
        return ("starlette >= 0.37",)

    # Imported when called: instrument() checks the dependencies first, so an environment
    # without Starlette is skipped, not broken.
    def _instrument(self, **kwargs: Any) -> None:
        import hopscope_starlette

        hopscope_starlette.install()

    def _uninstrument(self, **kwargs: Any) -> None:
        import hopscope_starlette

        hopscope_starlette.uninstall()
