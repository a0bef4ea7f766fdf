"""The Starlette producer on the real FastAPI app (apps.py), called as an ASGI server calls
it, with ground truth of known length: a sync dependency that sleeps 50 ms, a middleware
that blocks the loop 10 ms, an async dependency with 2 ms of CPU."""

from __future__ import annotations

import asyncio

import anyio.to_thread
import apps  # installs the producer, as a service does before its app is made
import pytest
import starlette.applications
import starlette.routing
from fastapi.dependencies import utils as fastapi_dependencies

import hopscope_starlette
from hopscope import settings
from hopscope_starlette import patch


async def _get(app, path: str, headers: list | None = None) -> tuple:
    """One GET through the app: (status, headers, body)."""
    sent: list = []
    received = False

    async def receive():
        nonlocal received
        if received:
            await asyncio.sleep(3600)
        received = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers or [],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    try:
        await app(scope, receive, send)
    except RuntimeError:
        pass  # /crash: Starlette sends its 500, then raises for the server to log
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def _rows() -> dict:
    """The recorder's aggregates by (name, route), emptied."""
    recorder = hopscope_starlette._recorder
    with recorder.lock:
        aggregates, recorder.aggregates = recorder.aggregates, {}
    return {(name, route): (agg, error) for (name, route, _method, error), agg in aggregates.items()}


def _ms(h) -> float:
    return h.sum / h.count * 1000


@pytest.fixture(autouse=True)
def fresh():
    _rows()
    yield


def test_names_routes_and_what_each_holds():

    async def run():
        await _get(apps.app, "/items/1")
        await _get(apps.app, "/users/2")

    asyncio.run(run())
    rows = _rows()
    items = {name for name, route in rows if route == "/items/{item_id}"}
    assert items == {
        "starlette.handler",
        "timing_header",
        "BlockingMiddleware",
        "PureStamp",
        "BaseStamp",
        "current_tenant",
        "read_item",
    }
    assert {name for name, route in rows if route == "/users/{user_id}"} >= {"load_user", "read_user"}
    blocking, _ = rows[("BlockingMiddleware", "/items/{item_id}")]
    assert 9.5 <= _ms(blocking.occupancy) < 30
    assert blocking.blocking == 1
    tenant, _ = rows[("current_tenant", "/items/{item_id}")]
    assert 1.9 <= _ms(tenant.occupancy) < 15
    # The sync dependency: 50 ms on a pool thread, asleep (no CPU), one hop.
    user, _ = rows[("load_user", "/users/{user_id}")]
    assert 49 <= _ms(user.thread_held) < 90
    assert _ms(user.occupancy) < 5
    assert user.thread_hops == 1 and user.pool_time >= 0.049
    # Its time is not its endpoint's.
    endpoint, _ = rows[("read_user", "/users/{user_id}")]
    assert _ms(endpoint.duration) < 20 and endpoint.thread_hops == 0


def test_queued_for_a_pool_token():
    """Four requests at once on two tokens: two of them wait ~50 ms for one."""

    async def run():
        anyio.to_thread.current_default_thread_limiter().total_tokens = 2
        try:
            await asyncio.gather(*(_get(apps.app, f"/users/{i}") for i in range(4)))
        finally:
            anyio.to_thread.current_default_thread_limiter().total_tokens = 40

    asyncio.run(run())
    user, _ = _rows()[("load_user", "/users/{user_id}")]
    assert user.thread_wait.count == 4
    assert 90 <= user.thread_wait.sum * 1000 < 200, user.thread_wait.sum
    assert hopscope_starlette._recorder.producer.pool_size() == 2


def test_a_blocked_loop_stalls_the_requests_in_flight():

    async def run():
        await asyncio.gather(*(_get(apps.app, f"/items/{i}") for i in range(3)))

    asyncio.run(run())
    blocking, _ = _rows()[("BlockingMiddleware", "/items/{item_id}")]
    # Each 10 ms sleep held up the others in flight: at least the first one's two.
    assert blocking.stall >= 0.019


def test_responses_and_errors_unchanged_and_charged_where_raised():

    async def run():
        return [await _get(apps.app, p) for p in ("/teapot", "/crash", "/stream", "/nothere")]

    (teapot, crash, stream, missing) = asyncio.run(run())
    assert teapot[0] == 418 and teapot[2] == b'{"detail":"short and stout"}'
    assert crash[0] == 500 and crash[2] == b"Internal Server Error"
    assert stream[0] == 200 and stream[2] == b"".join(f"chunk {i}\n".encode() for i in range(5))
    assert missing[0] == 404
    rows = _rows()
    assert rows[("teapot", "/teapot")][1] == "HTTPException"
    assert rows[("crash", "/crash")][1] == "RuntimeError"


def test_bad_settings_are_refused_by_name(monkeypatch):
    monkeypatch.setenv("HOPSCOPE_SPAN_SAMPLE_RATIO", "2")
    with pytest.raises(ValueError, match="HOPSCOPE_SPAN_SAMPLE_RATIO = '2' is not valid"):
        settings.resolve({}, framework="starlette", error=ValueError)


def test_uninstall_puts_everything_back():
    asyncio.run(_get(apps.app, "/items/1"))  # the stack is built, the dependencies wrapped
    dependant = next(r for r in apps.app.routes if getattr(r, "path", "") == "/items/{item_id}").dependant
    assert hasattr(dependant.dependencies[0].call, "__hopscope__")
    hopscope_starlette.uninstall()
    try:
        assert starlette.applications.Starlette.__call__.__name__ == "__call__"
        assert starlette.routing.Route.handle.__name__ == "handle"
        assert anyio.to_thread.run_sync is patch._originals["run_sync"]
        assert fastapi_dependencies.run_in_threadpool is patch._originals["run_in_threadpool"]
        assert dependant.dependencies[0].call is apps.current_tenant
        assert hopscope_starlette._recorder is None
    finally:
        hopscope_starlette.install()
