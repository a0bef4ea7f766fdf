"""An independent count of thread switches: asgiref's own classes patched here, in the test
project, so the tests can check Hopscope's per-middleware hops against it. Every
SyncToAsync or AsyncToSync call is one switch, whoever makes it."""

from asgiref import sync

COUNTS = {"sync_to_async": 0, "async_to_sync": 0}


def count() -> None:
    s2a_call = sync.SyncToAsync.__call__
    a2s_call = sync.AsyncToSync.__call__

    async def counted_s2a(self, *args, **kwargs):
        COUNTS["sync_to_async"] += 1
        return await s2a_call(self, *args, **kwargs)

    def counted_a2s(self, *args, **kwargs):
        COUNTS["async_to_sync"] += 1
        return a2s_call(self, *args, **kwargs)

    sync.SyncToAsync.__call__ = counted_s2a
    sync.AsyncToSync.__call__ = counted_a2s
