"""The FastAPI demo shop, in two versions (DEMO_VERSION), each what a team ships:

before: a request-signing middleware checks each caller against a quota store through a
        blocking client (2 ms on the event loop, every request in the process waits), and
        the product lookup is a sync dependency on a sync database driver (150 ms on one of
        anyio's 40 pool threads). The pool binds: 40 threads ÷ 150 ms ≈ 270 requests/s.
after:  the same calls through async clients: nothing held, the CPU binds.

The dashboard's compare page (before → after) tells it: load_user's thread held and
QuotaCheck's occupancy drop to nothing, and the ceiling moves from the pool to the CPU.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Annotated

import hopscope_starlette

VERSION = os.environ.get("DEMO_VERSION", "before")

hopscope_starlette.install(
    service_name="demo-shop-fastapi",
    service_version=VERSION,
    environment="demo",
    export_interval=5,
)

from fastapi import Depends, FastAPI  # noqa: E402 (after install(), as the README says)

QUOTA_LOOKUP_S = 0.002
DB_QUERY_S = 0.150


class QuotaCheck:
    """Looks the caller's quota up before the request goes on."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            if VERSION == "before":
                time.sleep(QUOTA_LOOKUP_S)  # a blocking client, called from async code
            else:
                await asyncio.sleep(QUOTA_LOOKUP_S)  # its async client
        await self.app(scope, receive, send)


if VERSION == "before":

    def load_product(product_id: int = 1) -> dict:
        time.sleep(DB_QUERY_S)  # a sync driver: FastAPI runs this on anyio's pool
        return {"id": product_id, "name": f"product {product_id}"}

else:

    async def load_product(product_id: int = 1) -> dict:
        await asyncio.sleep(DB_QUERY_S)  # an async driver: no thread held
        return {"id": product_id, "name": f"product {product_id}"}


app = FastAPI()
app.add_middleware(QuotaCheck)


@app.get("/products")
async def list_products() -> list:
    return [{"id": i} for i in range(20)]


@app.get("/products/{product_id}")
async def get_product(product: Annotated[dict, Depends(load_product)]) -> dict:
    return product
