"""Why a middleware holds a thread: the Python stacks sampled while it ran.

The package's counterpart of the Node producer's profiler (the telemetry contract's
hopscope.middleware.profile.samples). Each measured stretch of a middleware's code marks
its thread as running that invocation (`running`, read by thread id); a daemon thread wakes
every interval, reads every thread's frame with sys._current_frames() and charges the
folded stack of each marked thread to its invocation. So a middleware that only awaits
has no samples (its thread is not marked while it waits), and a sample never lands on an
invocation that was not running: on the event loop that is the coroutine step being
driven, on a sync thread (Django's shared one, or the request's) the middleware's call
minus its downstream.

Python runs one thread at a time (the GIL): the sampler gets to read frames when the
running thread lets go of it, every switch interval (5 ms) or sooner, where C code such as
hashlib.pbkdf2_hmac releases it. A stack's top frame is then the Python function that
called the C code, which is the name a developer recognises.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

from . import semconv as sc

# Distinct stacks kept per aggregate (middleware, route, method) per interval; the rest
# count under OTHER_STACKS, as in the Node producer.
MAX_STACKS = 100

_OWN_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_CWD = os.getcwd() + os.sep

# Whether the threads are marked at all: set once, when the recorder starts with profiling on.
enabled = False
# thread id -> the invocation whose code that thread runs now.
running: dict = {}


def run_as(inv: Any) -> Any:
    """Marks the calling thread as running `inv`'s code; returns what to restore()."""
    tid = threading.get_ident()
    previous = running.get(tid)
    running[tid] = inv
    return previous


def restore(previous: Any) -> None:
    tid = threading.get_ident()
    if previous is None:
        running.pop(tid, None)
    else:
        running[tid] = previous


def add_samples(into: dict, stack: str, n: int) -> None:
    if stack in into:
        into[stack] += n
    elif len(into) < MAX_STACKS:
        into[stack] = n
    else:
        into[sc.OTHER_STACKS] = into.get(sc.OTHER_STACKS, 0) + n


def _frame_name(code: Any) -> str:
    path = code.co_filename
    if path.startswith(_CWD):
        path = path[len(_CWD) :]
    return f"{code.co_name.replace(';', ',')} ({path.replace(';', ',')}:{code.co_firstlineno})"


def fold(frame: Any, depth: int) -> str | None:
    """root;…;leaf of a thread's frames, this package's left out; None when the leaf-most
    frame is this package's own work."""
    names: list = []
    leaf = True
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith(_OWN_DIR):
            if leaf:
                return None
        else:
            names.append(_frame_name(code))
            leaf = False
        frame = frame.f_back
    if not names:
        return None
    names.reverse()
    return "…;" + ";".join(names[-depth:]) if len(names) > depth else ";".join(names)


class Sampler:
    """The daemon thread that samples the marked threads every `interval` seconds."""

    def __init__(self, interval: float, depth: int) -> None:
        self.interval = interval
        self.depth = depth
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="hopscope-profile", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        marked = list(running.items())
        if not marked:
            return
        frames = sys._current_frames()
        for tid, inv in marked:
            frame = frames.get(tid)
            stack = fold(frame, self.depth) if frame is not None else None
            if stack is None or inv is None:
                continue
            if inv.stacks is None:
                inv.stacks = {}
            add_samples(inv.stacks, stack, 1)

    def stop(self) -> None:
        self.stopping.set()
