"""Where Starlette and FastAPI are measured. Everything here only wraps; the clock is the
core's (hopscope/measure.py), and uninstall() puts back all that install() replaced.

What a request is made of, each an invocation:
- `starlette.handler`, the framework's own step: Starlette.__call__ from the moment the app
  gets the request, with its error and exception middleware, the routing and the sending of
  the response; whatever runs on the loop outside the steps below is its.
- Each middleware of app.user_middleware (build_middleware_stack): its class name, or for a
  BaseHTTPMiddleware made from a function (`@app.middleware("http")`), the function's.
  What it calls downstream is not its own time.
- The endpoint (Route.handle, which FastAPI's APIRoute inherits): its function's name, with
  FastAPI's request parsing, validation and serialization.
- Each FastAPI dependency: a sync one run on the pool (FastAPI's run_in_threadpool), an async
  one awaited (its call, wrapped once per function where the routes keep it).

Sync code runs on anyio's thread pool (anyio.to_thread.run_sync, which Starlette's
run_in_threadpool calls), bounded by its default limiter's tokens (40): each call is a hop
of kind threadpool, charged to the invocation that made it, with the time it queued for a
token (thread wait), the wall time it held the thread (thread held, its share of the pool's
busy time) and its CPU time there (occupancy on a thread).

The chain's durations: each invocation's downstream is the wall time of what it called, so
the handler step's is the first middleware (or the endpoint), a middleware's the rest of the
chain below it (a BaseHTTPMiddleware runs it in a task of its own: the same), the
endpoint's its dependencies.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import logging
from typing import Any, Callable

import anyio.to_thread
from opentelemetry import trace as otel_trace
from starlette import routing
from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware

from hopscope import measure, stacks
from hopscope.measure import CURRENT, REQUEST, Invocation, TimedCoroutine, begin, cpu_now, failed, now, run_async

from .names import HANDLER_STEP

try:
    from fastapi import FastAPI
    from fastapi import routing as fastapi_routing
    from fastapi.dependencies import utils as fastapi_dependencies
except ImportError:  # plain Starlette
    FastAPI = None
    fastapi_routing = None
    fastapi_dependencies = None

logger = logging.getLogger("hopscope_starlette")

_PATCHED = "_hopscope_patched"
# What install() replaced, as (owner, attribute, original), so uninstall() can put it back.
_replaced: list = []
_recorder: Any = None
# The size of the pool the last call ran on (its limiter's tokens), read at export.
_pool_size: float | None = None
# The invocation whose downstream the next one is: its wall time is taken out of that one's
# duration. None inside the framework's code between two measured steps (the step above
# already counts all of it).
PARENT: contextvars.ContextVar[Invocation | None] = contextvars.ContextVar("hopscope_parent", default=None)
# Async dependencies as wrapped, by function: one wrapper per function, so that FastAPI's
# per-request cache (keyed by the callable) still finds a dependency used twice; and the
# dependants whose call was replaced, as (dependant, original), for uninstall().
_measured_calls: dict = {}
_wrapped_dependants: list = []
# What install() replaced that the wrappers call.
_originals: dict = {}


def pool_size() -> float | None:
    return _pool_size


def _name(target: Any) -> str:
    return getattr(target, "__qualname__", None) or type(target).__qualname__


async def _measured(inv: Invocation | None, coro: Any) -> Any:
    """`coro` as `inv`'s code, its wall time its parent's downstream."""
    parent = PARENT.get()
    token = PARENT.set(inv)
    try:
        return await run_async(inv, coro)
    finally:
        PARENT.reset(token)
        if parent is not None and inv is not None:
            parent.downstream += inv.end - inv.start


class _Middleware:
    """A user middleware as the chain calls it. `app` and its other attributes are the
    middleware's: code that walks a built stack through `.app` (FastAPI looks for
    OpenTelemetry's middleware that way) finds it unchanged."""

    def __init__(self, instance: Any, name: str) -> None:
        self._instance = instance
        self._name = name
        self.app = instance

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._instance, attr)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or REQUEST.get() is None:
            return await self._instance(scope, receive, send)
        return await _measured(begin(self._name, "async"), self._instance(scope, receive, send))


class _Downstream:
    """What a user middleware calls next: its wall time is the middleware's downstream; the
    framework's code in it (the routing, the exception middleware) is the handler step's."""

    def __init__(self, app: Any) -> None:
        self._app = app
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        state = REQUEST.get()
        if scope["type"] != "http" or state is None:
            return await self._app(scope, receive, send)
        caller = PARENT.get()
        token = PARENT.set(None)
        t0 = now()
        try:
            return await TimedCoroutine(self._app(scope, receive, send), state.handler_step)
        finally:
            PARENT.reset(token)
            if caller is not None:
                caller.downstream += now() - t0


def _factory(cls: Any, kwargs: dict) -> Callable[..., Any]:
    """Builds the middleware as Starlette would, measured, around a measured downstream."""
    dispatch = kwargs.get("dispatch")
    name = _name(dispatch) if isinstance(cls, type) and issubclass(cls, BaseHTTPMiddleware) and dispatch else _name(cls)

    def build(app: Any, *args: Any, **kw: Any) -> Any:
        return _Middleware(cls(_Downstream(app), *args, **kw), name)

    build.__hopscope__ = True  # type: ignore[attr-defined]
    return build


async def measured_run_sync(func: Any, *args: Any, **kwargs: Any) -> Any:
    """anyio.to_thread.run_sync, its call charged to the running invocation: queued for a
    token and a thread, then held."""
    global _pool_size
    inv = CURRENT.get()
    if inv is None:
        return await _originals["run_sync"](func, *args, **kwargs)
    limiter = kwargs.get("limiter") or anyio.to_thread.current_default_thread_limiter()
    _pool_size = float(limiter.total_tokens)
    submitted = now()

    def on_thread(*a: Any) -> Any:
        started, cpu = now(), cpu_now()
        marked = stacks.run_as(inv) if stacks.enabled else None
        try:
            return func(*a)
        finally:
            if stacks.enabled:
                stacks.restore(marked)
            measure.pool_ran(inv, started - submitted, now() - started, cpu_now() - cpu)

    return await _originals["run_sync"](on_thread, *args, **kwargs)


async def measured_dependency_in_threadpool(func: Any, *args: Any, **kwargs: Any) -> Any:
    """FastAPI's run_in_threadpool for a sync dependency: the dependency's own invocation."""
    inv = begin(_name(func), "sync")
    return await _measured(inv, _originals["run_in_threadpool"](func, *args, **kwargs))


def _measured_async_call(call: Any) -> Any:
    """An async dependency, awaited as its own invocation. functools.wraps keeps what FastAPI
    reads off it: its signature (through __wrapped__) and that it is a coroutine function."""
    if call in _measured_calls:
        return _measured_calls[call]
    name = _name(call)

    @functools.wraps(call)
    async def measured(*args: Any, **kwargs: Any) -> Any:
        if REQUEST.get() is None:
            return await call(*args, **kwargs)
        return await _measured(begin(name, "async"), call(*args, **kwargs))

    measured.__hopscope__ = call  # type: ignore[attr-defined]
    _measured_calls[call] = measured
    return measured


def _wrap_dependencies(dependant: Any) -> None:
    """Wraps the async dependencies under a FastAPI route's dependant (not generators, whose
    setup and teardown FastAPI runs in an exit stack)."""
    for sub in getattr(dependant, "dependencies", ()):
        call = sub.call
        if (
            call is not None
            and not hasattr(call, "__hopscope__")
            and inspect.iscoroutinefunction(call)
            and not inspect.isasyncgenfunction(call)
        ):
            _wrapped_dependants.append((sub, call))
            sub.call = _measured_async_call(call)
        _wrap_dependencies(sub)


def _wrap_routes(routes: list) -> None:
    for route in routes:
        dependant = getattr(route, "dependant", None)
        if dependant is not None:
            _wrap_dependencies(dependant)
        sub = getattr(getattr(route, "app", None), "routes", None)
        if isinstance(sub, list):  # a Mount
            _wrap_routes(sub)


def _noting_errors(wrap: Callable[..., Any]) -> Callable[..., Any]:
    """wrap_app_handling_exceptions, the exception that leaves the endpoint charged to it."""

    def wrap_app_handling_exceptions(app: Any, conn: Any) -> Any:
        async def noting(scope: Any, receive: Any, send: Any) -> None:
            try:
                await app(scope, receive, send)
            except Exception as e:
                failed(CURRENT.get(), e)
                raise

        return wrap(noting, conn)

    return wrap_app_handling_exceptions


def _measured_build(build: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """An app class's build_middleware_stack (FastAPI has its own, which its __call__ runs),
    building from the user middleware made measured, with the routes' async dependencies
    wrapped. Starlette builds the stack at the first request."""

    def build_middleware_stack(self: Any) -> Any:
        _wrap_routes(self.router.routes)
        declared = self.user_middleware
        self.user_middleware = [
            m if getattr(m.cls, "__hopscope__", False) else type(m)(_factory(m.cls, m.kwargs), *m.args, **m.kwargs)
            for m in declared
        ]
        try:
            return build(self)
        finally:
            self.user_middleware = declared

    return build_middleware_stack


def _traceparent(scope: Any) -> str | None:
    for key, value in scope.get("headers") or ():
        if key == b"traceparent":
            return value.decode("latin-1")
    return None


def _replace(owner: Any, attribute: str, value: Any) -> None:
    _replaced.append((owner, attribute, getattr(owner, attribute)))
    setattr(owner, attribute, value)


def install(recorder: Any) -> None:
    """Patches Starlette (and FastAPI, where it is installed); requests go to `recorder`.
    Apps built before install() are measured too, from their first request on."""
    global _recorder
    _recorder = recorder
    if getattr(Starlette, _PATCHED, False):
        return
    setattr(Starlette, _PATCHED, True)

    call = Starlette.__call__
    handle = routing.Route.handle

    async def hopscope_call(self: Any, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or REQUEST.get() is not None:  # not HTTP, or a mounted app
            return await call(self, scope, receive, send)
        state = measure.request_started(True)
        measure.join_span(state, otel_trace.get_current_span().get_span_context())
        step = state.handler_step = begin(HANDLER_STEP, "async")
        state.root_path = scope.get("root_path", "")
        status = [500]

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            return await _measured(step, call(self, scope, receive, sending))
        finally:
            measure.request_ended()
            # The request is over for whatever else runs in this context (a server that
            # serves several requests from one task, a test client).
            REQUEST.set(None)
            _done(state, scope, status[0])

    async def hopscope_handle(self: Any, scope: Any, receive: Any, send: Any) -> None:
        state = REQUEST.get()
        if scope["type"] != "http" or state is None:
            return await handle(self, scope, receive, send)
        state.route = scope.get("root_path", "")[len(state.root_path) :] + self.path
        endpoint = getattr(self, "endpoint", None)
        mode = "async" if inspect.iscoroutinefunction(endpoint) else "sync"
        return await _measured(begin(_name(endpoint), mode), handle(self, scope, receive, send))

    _replace(Starlette, "__call__", hopscope_call)
    for app_class in (Starlette, FastAPI):
        if app_class is not None and "build_middleware_stack" in vars(app_class):
            _replace(app_class, "build_middleware_stack", _measured_build(app_class.build_middleware_stack))
    _replace(routing.Route, "handle", hopscope_handle)
    # Routes turn their endpoint's exceptions into responses (HTTPException, the app's
    # handlers) before Route.handle sees them: the endpoint's error.type is read inside.
    # (Current FastAPI imports a name of its own for it; a release that does not is skipped.)
    for module in (routing, fastapi_routing):
        if module is not None and hasattr(module, "wrap_app_handling_exceptions"):
            _replace(module, "wrap_app_handling_exceptions", _noting_errors(module.wrap_app_handling_exceptions))
    _originals["run_sync"] = anyio.to_thread.run_sync
    _replace(anyio.to_thread, "run_sync", measured_run_sync)
    if fastapi_dependencies is not None:
        _originals["run_in_threadpool"] = fastapi_dependencies.run_in_threadpool
        _replace(fastapi_dependencies, "run_in_threadpool", measured_dependency_in_threadpool)


def uninstall() -> None:
    """Puts back everything install() replaced (an app that has served keeps the middleware
    stack it built)."""
    global _recorder
    _recorder = None
    while _wrapped_dependants:
        dependant, original = _wrapped_dependants.pop()
        dependant.call = original
    _measured_calls.clear()
    while _replaced:
        owner, attribute, original = _replaced.pop()
        setattr(owner, attribute, original)
    if getattr(Starlette, _PATCHED, False):
        delattr(Starlette, _PATCHED)


def _done(state: measure.RequestState, scope: Any, status: int) -> None:
    # Never let telemetry break a request.
    try:
        if _recorder is not None:
            _recorder.on_request_done(state, state.route, scope.get("method", ""), status, _traceparent(scope))
    except Exception:  # noqa: BLE001
        logger.exception("hopscope: recording a request failed")
