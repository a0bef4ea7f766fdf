"""Where Django is measured. Everything here only wraps; measure.py keeps the clock, and
uninstall() puts back all that install() replaced.

- load_middleware builds each middleware through import_string: the factory it gets back
  wraps the instance (a sync or async proxy, as Django resolved the middleware's mode)
  and the get_response it is given (so downstream time is excluded).
- sync_to_async / async_to_sync, as django.core.handlers.base, django.utils.deprecation and
  (Django 5.0+, Signal.asend) django.dispatch call them, count thread hops and time the sync
  thread's queue and work.
- make_view_atomic wraps the view: the last link of the chain.
- The view also reads the span opentelemetry-instrumentation-django opened, if any, so the
  request's spans join its trace (one around the app is read in ASGIHandler.__call__).
- ASGIHandler.__call__ frames an ASGI request from the moment Django gets it, as the
  `django.handler` step: Django's own work (the request_started signal, URL resolution,
  response.close) and its thread switches are the handler's, not a middleware's.
  get_response(_async) frames a request that came in otherwise (WSGI, the test client).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any, Callable

from asgiref import sync as asgiref_sync
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers import asgi, base
from django.dispatch import dispatcher
from django.utils import deprecation
from opentelemetry import trace as otel_trace

from hopscope import measure, stacks
from hopscope.measure import CURRENT, PENDING_HOP, TimedCoroutine, begin, cpu_now, failed, now, run_async

from .names import HANDLER_STEP

logger = logging.getLogger("hopscope_django")

_PATCHED = "_hopscope_patched"
# What install() replaced, as (owner, attribute, original), so uninstall() can put it back.
_replaced: list = []
_loading_async = False
# Sync-only middleware of the async stack being loaded: the policies' subject.
_adapted: list = []
_policy = "record"


def _start() -> Any:
    return None


# The recorder, once the first handler has loaded its middleware; and the middleware the
# warn policy has named already.
_recorder: Any = None
_warned: set = set()


def _copy_identity(wrapper: Any, wrapped: Any) -> Any:
    # Names only: copying __dict__ would carry an asyncio "is coroutine" marker from the
    # wrapped callable onto a sync wrapper, and Django picks sync or async mode by it.
    functools.update_wrapper(
        wrapper, wrapped, assigned=("__module__", "__name__", "__qualname__", "__doc__"), updated=()
    )
    if hasattr(wrapped, "__self__"):
        wrapper.__self__ = wrapped.__self__
    return wrapper


def measured_sync_to_async(func: Any = None, *, thread_sensitive: bool = True, executor: Any = None) -> Any:
    """sync_to_async that charges the switch, the queueing and the thread time."""

    def on_thread(*args: Any, **kwargs: Any) -> Any:
        pending = PENDING_HOP.get()
        started = cpu_now() if pending is not None else 0.0
        if pending is not None:
            pending[1] = now() - pending[1]  # submitted at -> time queued for the thread
        # The thread is kept from here; by whom is known once func has run.
        hold = measure.hold_begin(None) if thread_sensitive else None
        try:
            return func(*args, **kwargs)
        finally:
            caller = CURRENT.get()
            if pending is not None and pending[0] is None:
                # No middleware started on the thread: the switch and the work are the caller's.
                pending[0] = caller
                if caller is not None:
                    caller.thread_hops += 1
                    caller.thread_wait += pending[1]
                    caller.segment(cpu_now() - started)
            measure.hold_end(hold, pending[0] if pending is not None else caller)

    inner = asgiref_sync.sync_to_async(on_thread, thread_sensitive=thread_sensitive, executor=executor)

    async def call(*args: Any, **kwargs: Any) -> Any:
        token = PENDING_HOP.set([None, now()])
        try:
            return await inner(*args, **kwargs)
        finally:
            PENDING_HOP.reset(token)

    return _copy_identity(call, func)


def measured_async_to_sync(awaitable: Any, *, force_new_loop: bool = False) -> Any:
    """async_to_sync that counts the switch from the sync thread back to the event loop."""
    inner = asgiref_sync.async_to_sync(awaitable, force_new_loop=force_new_loop)

    def call(*args: Any, **kwargs: Any) -> Any:
        inv = CURRENT.get()
        if inv is not None:
            inv.thread_hops += 1
        return inner(*args, **kwargs)

    return _copy_identity(call, awaitable)


def _downstream(get_response: Any) -> Any:
    """get_response as the middleware sees it: time spent downstream is not its own."""
    if asyncio.iscoroutinefunction(get_response):

        async def downstream_async(request: Any) -> Any:
            inv = CURRENT.get()
            t0 = now()
            try:
                return await get_response(request)
            finally:
                if inv is not None:
                    inv.downstream += now() - t0

        return downstream_async

    def downstream(request: Any) -> Any:
        inv = CURRENT.get()
        if inv is not None:
            inv.segment(cpu_now() - inv.seg_start)
        marked = stacks.run_as(None) if stacks.enabled else None
        t0 = now()
        try:
            return get_response(request)
        finally:
            if stacks.enabled:
                stacks.restore(marked)
            if inv is not None:
                inv.downstream += now() - t0
                inv.seg_start = cpu_now()

    return downstream


def _run_sync(inv: measure.Invocation | None, call: Callable[[], Any]) -> Any:
    token = CURRENT.set(inv)
    hold = measure.hold_begin(inv) if inv is not None else None
    marked = stacks.run_as(inv) if stacks.enabled else None
    if inv is not None:
        inv.seg_start = cpu_now()
    try:
        return call()
    except Exception as e:
        failed(inv, e)
        raise
    finally:
        if inv is not None:
            inv.end = now()
            inv.segment(cpu_now() - inv.seg_start)
        if stacks.enabled:
            stacks.restore(marked)
        measure.hold_end(hold)
        CURRENT.reset(token)


# Hooks Django calls outside the middleware's __call__ (from its view handling); their
# time and thread switches belong to the middleware's invocation for the request.
_HOOKS = ("process_view", "process_exception", "process_template_response")


def _hook(name: str, method: Any) -> Any:
    if asyncio.iscoroutinefunction(method):

        async def hook_async(*args: Any, **kwargs: Any) -> Any:
            return await TimedCoroutine(method(*args, **kwargs), measure.find(name))

        return _copy_identity(hook_async, method)

    def hook(*args: Any, **kwargs: Any) -> Any:
        inv = measure.find(name)
        if inv is None:
            return method(*args, **kwargs)
        measure.claim_pending_hop(inv)
        token = CURRENT.set(inv)
        hold = measure.hold_begin(inv)
        marked = stacks.run_as(inv) if stacks.enabled else None
        t0 = cpu_now()
        try:
            return method(*args, **kwargs)
        finally:
            inv.segment(cpu_now() - t0)
            if stacks.enabled:
                stacks.restore(marked)
            measure.hold_end(hold)
            CURRENT.reset(token)

    return _copy_identity(hook, method)


class _Proxy:
    def __init__(self, instance: Any, name: str, sync_only: bool):
        self._instance = instance
        self._name = name
        self._sync_only = sync_only

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._instance, attr)
        return _hook(self._name, value) if attr in _HOOKS and callable(value) else value


class SyncProxy(_Proxy):
    def __call__(self, request: Any) -> Any:
        return _run_sync(begin(self._name, "sync", self._sync_only), lambda: self._instance(request))


class AsyncProxy(_Proxy):
    def __init__(self, instance: Any, name: str, sync_only: bool):
        super().__init__(instance, name, sync_only)
        # What asyncio.iscoroutinefunction() looks for: Django adapts by it.
        self._is_coroutine = asyncio.coroutines._is_coroutine  # type: ignore[attr-defined]

    def __call__(self, request: Any) -> Any:
        return run_async(begin(self._name, "async"), self._instance(request))


def _is_async_instance(instance: Any) -> bool:
    return asyncio.iscoroutinefunction(instance) or (
        callable(instance) and asyncio.iscoroutinefunction(instance.__call__)
    )


def _factory(path: str, middleware: Any) -> Any:
    def factory(get_response: Any) -> Any:
        instance = middleware(_downstream(get_response))
        is_async = _is_async_instance(instance)
        sync_only = not getattr(middleware, "async_capable", False)
        # Async-capable ones Django runs in sync mode (below a sync-only one) follow from it.
        if _loading_async and sync_only:
            _adapted.append(path)
        return AsyncProxy(instance, path, sync_only) if is_async else SyncProxy(instance, path, sync_only)

    factory.sync_capable = getattr(middleware, "sync_capable", True)  # type: ignore[attr-defined]
    factory.async_capable = getattr(middleware, "async_capable", False)  # type: ignore[attr-defined]
    return factory


_original_import_string = base.import_string


def measured_import_string(path: str) -> Any:
    """Only load_middleware imports through base.import_string: every result is a middleware."""
    return _factory(path, _original_import_string(path))


# Where opentelemetry-instrumentation-django keeps the span its middleware opened for the
# request (request.META, from process_request until process_response pops it).
_OTEL_DJANGO_SPAN = "opentelemetry-instrumentor-django.span_key"


def _join_otel_django_span(request: Any) -> None:
    """Beside opentelemetry-instrumentation-django, whose span is opened inside the chain (not
    around the ASGI app, where hopscope_asgi_call finds one), the request's spans join its
    trace: read when the view is reached, while the span is still there."""
    state = measure.REQUEST.get()
    if state is None or state.parent is not None:
        return
    span = getattr(request, "META", {}).get(_OTEL_DJANGO_SPAN)
    measure.join_span(state, span.get_span_context() if span is not None else None)


def _view_name(view: Any) -> str:
    target = getattr(view, "view_class", None) or view
    return f"{getattr(target, '__module__', '?')}.{getattr(target, '__qualname__', type(target).__name__)}"


def _judge_adapted(paths: list) -> None:
    """The policies, once the async stack is loaded: strict refuses every sync-only
    middleware in it, warn names them (their measured cost follows with the first requests)."""
    if not paths or _policy == "record":
        return
    listed = ", ".join(paths)
    cost = (
        "Django runs each on a sync thread, switching threads on the way in and out of every request, and keeps "
        "that thread while they run (downstream included): on Django 3.x one thread for all requests, so they queue "
        "for it; on 4.0 and later a thread for every request in flight."
    )
    if _policy == "strict":
        raise ImproperlyConfigured(
            f"hopscope: synchronous-only middleware in an asynchronous (ASGI) stack: {listed}. {cost} Make them "
            "async-capable (async_capable = True with an async __call__, or MiddlewareMixin), or set the policy to 'warn'."
        )
    logger.warning(
        "hopscope: Django adapts %d synchronous-only middleware in this async (ASGI) stack: %s. %s",
        len(paths),
        listed,
        cost,
    )


def _replace(owner: Any, attribute: str, value: Any) -> None:
    _replaced.append((owner, attribute, getattr(owner, attribute)))
    setattr(owner, attribute, value)


def uninstall() -> None:
    """Puts back everything install() replaced: handlers built afterwards are Django's own
    (one already built keeps the middleware it was built with)."""
    global _recorder
    _recorder = None
    _warned.clear()
    while _replaced:
        owner, attribute, original = _replaced.pop()
        setattr(owner, attribute, original)
    if getattr(base.BaseHandler, _PATCHED, False):
        delattr(base.BaseHandler, _PATCHED)


def install(start: Callable[[], Any]) -> None:
    """Patches Django; `start()` gives the recorder once settings are ready (at the first
    load_middleware), with the policy and what to call when a request is done."""
    global _start
    _start = start
    handler = base.BaseHandler
    if getattr(handler, _PATCHED, False):
        return
    setattr(handler, _PATCHED, True)
    _replace(base, "import_string", measured_import_string)
    _replace(base, "sync_to_async", measured_sync_to_async)
    _replace(base, "async_to_sync", measured_async_to_sync)
    _replace(deprecation, "sync_to_async", measured_sync_to_async)
    if hasattr(dispatcher, "sync_to_async"):
        # Django 5.0+: Signal.asend runs sync receivers (request_started's, request_finished's)
        # through it: the handler's switches.
        _replace(dispatcher, "sync_to_async", measured_sync_to_async)

    load_middleware = handler.load_middleware

    def hopscope_load_middleware(self: Any, is_async: bool = False) -> None:
        global _loading_async, _policy, _recorder
        _recorder = _start()
        _policy = _recorder.settings.policy
        _loading_async = is_async
        _adapted.clear()
        try:
            load_middleware(self, is_async)
        finally:
            _loading_async = False
        _judge_adapted(_adapted)

    make_view_atomic = handler.make_view_atomic

    def hopscope_make_view_atomic(self: Any, view: Any) -> Any:
        wrapped = make_view_atomic(self, view)
        name = _view_name(view)
        if asyncio.iscoroutinefunction(wrapped):

            async def measured_view_async(request: Any, *args: Any, **kwargs: Any) -> Any:
                _join_otel_django_span(request)
                return await run_async(begin(name, "async"), wrapped(request, *args, **kwargs))

            return _copy_identity(measured_view_async, wrapped)

        def measured_view(request: Any, *args: Any, **kwargs: Any) -> Any:
            _join_otel_django_span(request)
            return _run_sync(begin(name, "sync", True), lambda: wrapped(request, *args, **kwargs))

        return _copy_identity(measured_view, wrapped)

    get_response_async = handler.get_response_async
    get_response = handler.get_response
    get_response_inner_async = handler._get_response_async

    async def hopscope_get_response_async(self: Any, request: Any) -> Any:
        state = measure.REQUEST.get()
        if state is not None and state.handler_step is not None:
            # Inside ASGIHandler.__call__: the chain is the handler step's downstream.
            state.request = request
            state.own_thread = _own_sync_thread()
            return await _downstream(functools.partial(get_response_async, self))(request)
        state = measure.request_started(True)
        state.own_thread = _own_sync_thread()
        response = None
        try:
            response = await get_response_async(self, request)
            return response
        finally:
            measure.request_ended()
            _done(state, request, _status(response))

    def hopscope_get_response(self: Any, request: Any) -> Any:
        state = measure.request_started(False)
        response = None
        try:
            response = get_response(self, request)
            return response
        finally:
            measure.request_ended()
            _done(state, request, _status(response))

    async def hopscope_get_response_inner_async(self: Any, request: Any) -> Any:
        # URL resolution, process_view and the view call are Django's own work, the
        # handler step's (the view is measured as itself inside it).
        state = measure.REQUEST.get()
        step = state.handler_step if state is not None else None
        return await TimedCoroutine(get_response_inner_async(self, request), step)

    _replace(handler, "load_middleware", hopscope_load_middleware)
    _replace(handler, "make_view_atomic", hopscope_make_view_atomic)
    _replace(handler, "get_response_async", hopscope_get_response_async)
    _replace(handler, "get_response", hopscope_get_response)
    _replace(handler, "_get_response_async", hopscope_get_response_inner_async)
    _patch_asgi_handler()


def _patch_asgi_handler() -> None:
    """Each ASGI request from when Django gets it to the last byte sent and response.close()."""
    _replace(asgi, "sync_to_async", measured_sync_to_async)
    call = asgi.ASGIHandler.__call__

    async def hopscope_asgi_call(self: Any, scope: Any, receive: Any, send: Any) -> Any:
        if scope.get("type") != "http":
            return await call(self, scope, receive, send)
        state = measure.request_started(True)
        measure.join_span(state, otel_trace.get_current_span().get_span_context())
        step = begin(HANDLER_STEP, "async")
        state.handler_step = step
        captured: dict = {}

        async def sending(message: Any) -> Any:
            # The response's status, for the request span; the request itself is read off
            # the handler's get_response_async below.
            if message.get("type") == "http.response.start":
                captured["status"] = message.get("status", 0)
            return await send(message)

        try:
            return await run_async(step, call(self, scope, receive, sending))
        finally:
            measure.request_ended()
            _done(state, state.request, captured.get("status"))

    _replace(asgi.ASGIHandler, "__call__", hopscope_asgi_call)


def _own_sync_thread() -> bool:
    """Whether the running request's thread-sensitive sync code gets a thread of its own:
    inside asgiref's ThreadSensitiveContext (Django 4.0+ opens one per request, and so may an
    app's own ASGI wrapper) rather than on the one thread the process shares (Django 3.x).
    Told from the running code, not from Django's version."""
    context = getattr(asgiref_sync.SyncToAsync, "thread_sensitive_context", None)
    return context is not None and context.get(None) is not None


def _status(response: Any) -> int:
    """A response's status; 500 when none came (the handler raised)."""
    return getattr(response, "status_code", 500) if response is not None else 500


def _done(state: measure.RequestState, request: Any, status: int | None) -> None:
    # Never let telemetry break a request.
    try:
        if _recorder is None:
            return
        match = getattr(request, "resolver_match", None)
        route = "/" + match.route if match is not None and getattr(match, "route", None) else ""
        traceparent = getattr(request, "META", {}).get("HTTP_TRACEPARENT")
        _recorder.on_request_done(
            state, route, getattr(request, "method", "") or "", status if status is not None else 500, traceparent
        )
        if _policy == "warn" and state.is_async:
            _warn_adapted(state)
    except Exception:  # noqa: BLE001
        logger.exception("hopscope: recording a request failed")


def _warn_adapted(state: measure.RequestState) -> None:
    """The warn policy: each sync-only middleware Django adapted, named once with what it
    cost in the first request that switched threads for it."""
    for inv in state.invocations:
        if inv.sync_only and inv.name not in _warned and inv.thread_hops > 0:
            _warned.add(inv.name)
            if state.own_thread:
                # Django 4.0+: a thread per request in flight, not one queue for all.
                cost = "each request in flight keeps a thread of its own that long (threads busy = requests/s × thread held)"
            else:
                cap = (
                    f"at most {1 / inv.thread_held:.1f} requests/s" if inv.thread_held > 0 else "no limit measured yet"
                )
                cost = f"requests queue for the process's one sync thread: {cap}"
            logger.warning(
                "hopscope: %s runs synchronously in an async (ASGI) stack: %d thread switches, %.1f ms queued for "
                "a sync thread and %.1f ms on it in one request; it kept the thread %.1f ms, and %s. Make it "
                "async-capable (async_capable = True and an async __call__) so Django stops adapting it. Warned "
                "once per middleware.",
                inv.name,
                inv.thread_hops,
                inv.thread_wait * 1000,
                inv.occupancy * 1000,
                inv.thread_held * 1000,
                cost,
            )
