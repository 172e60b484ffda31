"""The cyclic garbage collector paused while an ingest extracts, stores and fuses.

A report's objects die with it (no cycles; ``tests/test_extract_no_cycles.py``), and what a run keeps — the
stored events' sketches, fusion's rows and records — are many live objects that every full collection walks again
while freeing nothing (a fifth of a large first fusion's time, ~6 % of a 10k ingest). The pause is counted, so
that threads of a server that ingest or fuse at once turn the collector back on only when the last one ends,
and only if it was on before the first; what cycles they leave are collected then."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator


class _Pauses:
    lock = threading.Lock()
    count = 0
    was_on = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    with _Pauses.lock:
        if _Pauses.count == 0:
            _Pauses.was_on = gc.isenabled()
            gc.disable()
        _Pauses.count += 1
    try:
        yield
    finally:
        with _Pauses.lock:
            _Pauses.count -= 1
            if _Pauses.count == 0 and _Pauses.was_on:
                gc.enable()
