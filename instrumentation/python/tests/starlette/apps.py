"""The FastAPI app the tests run under a real uvicorn (`uvicorn apps:app`), with ground truth
of known length: sleeps and busy-waits of a set time, in a sync dependency, an async
middleware, a sync endpoint. Chosen per run by the environment:

    TEST_MIDDLEWARE   comma-separated names of MIDDLEWARE below, outermost first
    TEST_POOL_TOKENS  the size of anyio's default thread limiter (40 by default)
    TEST_HOPSCOPE     "0": the bare app, for overhead and unchanged-response checks
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from typing import Annotated

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import PlainTextResponse, StreamingResponse
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware

if os.environ.get("TEST_HOPSCOPE") != "0":
    import hopscope_starlette

    hopscope_starlette.install()


def busy_wait(seconds: float) -> None:
    """Holds the CPU for `seconds` (a spin: no sleep lets go of the GIL)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def stamp(headers: list) -> list:
    """The same small piece of work in both kinds of middleware: a header from a digest."""
    return headers + [(b"x-stamp", format(sum(range(200)), "x").encode())]


class BlockingMiddleware:
    """An async (pure ASGI) middleware that blocks the event loop: time.sleep(0.01)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            time.sleep(0.010)
        await self.app(scope, receive, send)


class PureStamp:
    """Stamps the response as a pure ASGI middleware."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def stamped(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": stamp(list(message.get("headers", [])))}
            await send(message)

        await self.app(scope, receive, stamped)


class BaseStamp(BaseHTTPMiddleware):
    """The same as a BaseHTTPMiddleware."""

    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.raw_headers[:] = stamp(list(response.raw_headers))
        return response


async def timing_header(request, call_next):
    """A function middleware (@app.middleware("http")): named after the function."""
    response = await call_next(request)
    response.headers["x-handled"] = "1"
    return response


MIDDLEWARE = {
    "BlockingMiddleware": Middleware(BlockingMiddleware),
    "PureStamp": Middleware(PureStamp),
    "BaseStamp": Middleware(BaseStamp),
    "timing_header": Middleware(BaseHTTPMiddleware, dispatch=timing_header),
}


def load_user(user_id: int = 0) -> dict:
    """A sync dependency that waits on a slow backend (a blocking client): 50 ms."""
    time.sleep(0.050)
    return {"id": user_id}


async def current_tenant() -> str:
    """An async dependency with 2 ms of CPU on the loop."""
    busy_wait(0.002)
    await asyncio.sleep(0)
    return "acme"


async def set_pool_size() -> None:
    tokens = os.environ.get("TEST_POOL_TOKENS")
    if tokens:
        anyio.to_thread.current_default_thread_limiter().total_tokens = int(tokens)


async def lifespan(app):
    await set_pool_size()
    yield


chosen = [m for m in os.environ.get("TEST_MIDDLEWARE", "").split(",") if m]
app = FastAPI(lifespan=lifespan, middleware=[MIDDLEWARE[m] for m in chosen])


@app.get("/items/{item_id}")
async def read_item(item_id: int, tenant: Annotated[str, Depends(current_tenant)]) -> dict:
    return {"item": item_id, "tenant": tenant}


@app.get("/users/{user_id}")
async def read_user(user: Annotated[dict, Depends(load_user)]) -> dict:
    return user


@app.get("/cpu/{n}")
def sync_cpu(n: int) -> dict:
    """A sync endpoint: 5 ms of CPU on a pool thread."""
    busy_wait(0.005)
    return {"n": n}


def hash_password(password: str) -> str:
    """A password hash: C code that lets go of the GIL, so a sampler sees who called it."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 20_000).hex()


@app.get("/login/{user}")
def login(user: str) -> dict:
    """A sync endpoint hashing a password on a pool thread."""
    return {"user": user, "digest": hash_password(user)[:8]}


@app.get("/stream")
async def stream() -> StreamingResponse:
    async def chunks():
        for i in range(5):
            await asyncio.sleep(0)
            yield f"chunk {i}\n"

    return StreamingResponse(chunks(), media_type="text/plain")


@app.get("/teapot")
async def teapot() -> None:
    raise HTTPException(status_code=418, detail="short and stout")


@app.get("/crash")
async def crash() -> None:
    raise RuntimeError("boom")


@app.get("/plain", response_class=PlainTextResponse)
async def plain() -> str:
    return "ok"
