"""What the process used of the resources that bound a Python service's throughput, per
export interval: its CPU time (every thread) and the cores it could use. The dashboard
divides them by the interval's requests (DESIGN: "concurrency ceiling"; the Node producer's
process-usage.ts is the same model).

Cores: the process's affinity and cgroup quota, less what other processes ran on those
cores meanwhile, and never less than it did use. While the GIL serialises the interpreter's
threads, Python code runs on one core at a time whatever the machine has: at most 1.
"""

from __future__ import annotations

import os
import re
import sys
import time

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _read(path: str) -> str | None:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def quota_cores(cpu_max: str) -> float | None:
    """cgroup v2 cpu.max ("max 100000" or "<quota> <period>") as cores; None for no limit."""
    parts = cpu_max.split()
    try:
        quota, period = float(parts[0]), float(parts[1])
    except (IndexError, ValueError):
        return None
    return quota / period if quota > 0 and period > 0 else None


def _cgroup_quota() -> float | None:
    """The tightest cgroup v2 CPU quota of this process's cgroup and its parents."""
    own = _read("/proc/self/cgroup") or ""
    m = re.search(r"^0::(\S*)$", own, re.M)
    if m is None:
        return None
    limit: float | None = None
    path = m.group(1)
    while True:
        cpu_max = _read(f"/sys/fs/cgroup{path}/cpu.max")
        cores = quota_cores(cpu_max) if cpu_max else None
        if cores is not None and (limit is None or cores < limit):
            limit = cores
        if path in ("", "/"):
            return limit
        path = path[: path.rfind("/")]


def _busy_ticks(cpus: set) -> int | None:
    """Busy ticks (all but idle and iowait) of the given CPUs, from /proc/stat."""
    stat = _read("/proc/stat")
    if stat is None:
        return None
    busy = 0
    for line in stat.splitlines():
        m = re.match(r"cpu(\d+)\s+(.*)$", line)
        if m is None or int(m.group(1)) not in cpus:
            continue
        f = [int(x) for x in m.group(2).split()]
        busy += f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)
    return busy


def gil_serialises() -> bool:
    """False on a free-threaded interpreter running without the GIL (3.13t and later)."""
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


class ProcessUsage:
    """Measures between calls of take(); the first interval starts at construction."""

    def __init__(self) -> None:
        self.cpus = (
            set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set(range(os.cpu_count() or 1))
        )
        self.quota = _cgroup_quota()
        self.gil = gil_serialises()
        self.cpu = time.process_time()
        self.wall = time.perf_counter()
        self.busy = _busy_ticks(self.cpus)

    def take(self) -> tuple:
        """(CPU seconds used, cores it could use) since the last call."""
        cpu, wall, busy = time.process_time(), time.perf_counter(), _busy_ticks(self.cpus)
        used, seconds = cpu - self.cpu, max(1e-3, wall - self.wall)
        others = 0.0
        if busy is not None and self.busy is not None:
            others = max(0.0, (busy - self.busy) / TICKS_PER_SECOND - used) / seconds
        self.cpu, self.wall, self.busy = cpu, wall, busy
        limit = float(len(self.cpus)) if self.quota is None else min(self.quota, float(len(self.cpus)))
        cores = max(used / seconds, min(limit, len(self.cpus) - others))
        # One interpreter's Python runs one thread at a time (C code that lets go of the GIL
        # aside): at most one core, whatever the machine has.
        return used, min(cores, 1.0) if self.gil else cores
