import asyncio
import time

BUSY_S = float(__import__("os").environ.get("TEST_BUSY_MS", "20")) / 1000


def busy_wait(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


class SyncBusy:
    """Synchronous only (no async_capable): Django adapts it in an async stack."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        busy_wait(BUSY_S)
        return self.get_response(request)


class AsyncCapable:
    """Async-capable, no synchronous work: should cost no thread hops."""

    sync_capable = False
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response

    async def __call__(self, request):
        await asyncio.sleep(0.002)
        return await self.get_response(request)
