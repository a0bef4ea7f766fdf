import asyncio
import time

BUSY_S = float(__import__("os").environ.get("TEST_BUSY_MS", "20")) / 1000


def busy_wait(seconds: float) -> None:
    """`seconds` of this thread's CPU, however long the GIL keeps it waiting meanwhile."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
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


class SyncAroundAsync:
    """The case the product was born from: synchronous only, 5 ms of CPU on the way in and
    5 ms on the way out, around an async view. Django runs it on the one sync thread and
    the thread waits there (async_to_sync) for the whole view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        busy_wait(0.005)
        response = self.get_response(request)
        busy_wait(0.005)
        return response


class AsyncAround:
    """The same 5 + 5 ms, async-capable: the view's wait holds no thread."""

    sync_capable = False
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response

    async def __call__(self, request):
        busy_wait(0.005)
        response = await self.get_response(request)
        busy_wait(0.005)
        return response


def hash_password(password: bytes) -> bytes:
    """A password check's cost: PBKDF2 in C (hashlib releases the GIL while it hashes)."""
    return __import__("hashlib").pbkdf2_hmac("sha256", password, b"salt", 40_000)


class SyncHashing:
    """Synchronous only, hashing a password on every request: the stacks' ground truth."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hash_password(b"password")
        return self.get_response(request)
