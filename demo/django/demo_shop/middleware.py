import asyncio
import hashlib
import os
import tempfile

LOG = os.path.join(tempfile.gettempdir(), f"hopscope-demo-django-audit-{os.getpid()}.log")


def audit_line(request) -> str:
    # A signed audit record: the hashing is the kind of work that holds a thread.
    digest = hashlib.pbkdf2_hmac("sha256", request.path.encode(), b"audit", 2000).hex()
    return f"{request.method} {request.path} {digest}\n"


class SyncAudit:
    """before: synchronous only, so under ASGI Django runs it on the one sync thread and
    switches threads on the way in and out of it for every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with open(LOG, "a") as f:
            f.write(audit_line(request))
        return self.get_response(request)


class AsyncAudit:
    """after: async-capable; the hashing and the write go to a worker thread of their own
    (not Django's shared sync thread), and the event loop serves others meanwhile."""

    sync_capable = False
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response

    async def __call__(self, request):
        line = await asyncio.to_thread(audit_line, request)
        await asyncio.to_thread(_append, line)
        return await self.get_response(request)


def _append(line: str) -> None:
    with open(LOG, "a") as f:
        f.write(line)


# One name in both versions, so that the compare page sets them side by side.
AuditLog = AsyncAudit if os.environ.get("DEMO_VERSION") == "after" else SyncAudit
