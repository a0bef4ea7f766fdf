import asyncio
import atexit
import hashlib
import os
import tempfile

# In the folder the demo runner made for this phase (it removes it), else the system's;
# removed at exit either way: a demo leaves nothing behind.
LOG = os.path.join(os.environ.get("DEMO_LOG_DIR") or tempfile.gettempdir(), f"hopscope-demo-django-audit-{os.getpid()}.log")


@atexit.register
def _remove_log() -> None:
    try:
        os.remove(LOG)
    except OSError:
        pass


def audit_line(request) -> str:
    # A signed audit record: the hashing is the kind of work that holds a thread.
    digest = hashlib.pbkdf2_hmac("sha256", request.path.encode(), b"audit", 2000).hex()
    return f"{request.method} {request.path} {digest}\n"


class SyncAudit:
    """before: synchronous only, so under ASGI Django runs it (and, below it, the default
    middleware) on the one sync thread of the process, and that thread waits there for the
    async view's 20 ms database call: requests queue for it, one at a time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with open(LOG, "a") as f:
            f.write(audit_line(request))
        return self.get_response(request)


class AsyncAudit:
    """after: async-capable; the hashing and the write go to a worker thread of their own
    (not Django's shared sync thread), and the event loop serves others meanwhile. The
    default middleware now run in async mode too: more thread switches (13 a request),
    each one short, and no thread is kept across the view."""

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
