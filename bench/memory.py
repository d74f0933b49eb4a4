"""The peak memory of a whole build: a process and every process it starts, added up while they run.

``ru_maxrss`` gives the peak of one process, and of its children only the largest: a build whose
languages run at once needs the sum of what runs at the same time. ``TreeMemory`` reads the resident
memory (VmRSS) of the process and all its descendants from /proc every 0.2 s in a thread and keeps
the largest sum. Libraries shared between processes count once per process, so the sum errs high
by a few MB per process; a peak shorter than the interval can be missed, so the benchmark takes the
larger of this and ``ru_maxrss``. Without /proc (not Linux) it reads 0.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path

PROC = Path("/proc")
INTERVAL_SECONDS = 0.2


def children_of() -> dict[int, list[int]]:
    """Every running process's children, by parent pid."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (name)", which may hold spaces
        except (OSError, IndexError):
            continue
        children[int(fields[1])].append(int(stat.parent.name))
    return children


def rss_kb(pid: int) -> int:
    """The resident memory of one process in KB (0 once it has ended)."""
    try:
        lines = (PROC / str(pid) / "status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("VmRSS:")), 0)


def tree_rss_kb(root: int) -> int:
    """The resident memory of ``root`` and all its descendants, added up, in KB."""
    children, total, waiting = children_of(), 0, [root]
    while waiting:
        pid = waiting.pop()
        total += rss_kb(pid)
        waiting += children.get(pid, [])
    return total


class TreeMemory:
    """Samples the summed memory of a process tree while in its ``with`` block; ``peak_mb`` is the largest."""

    def __init__(self, pid: int, interval: float = INTERVAL_SECONDS) -> None:
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))
            self._stop.wait(self.interval)
