"""Load and extract many report files, in one process or across several, results in input order.

Workers get the gazetteer once, through the pool's initializer: inherited from the parent where
processes are forked (nothing is loaded or copied again; the land polygons are loaded before the
fork for the same reason), loaded by each worker elsewhere. A bad
file costs that file only: its problem comes back as (path, problem), in its place in the order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from reportmap.errors import ReportError
from reportmap.extract import extract_mentions
from reportmap.model import Mention, Report
from reportmap.reports import load_report

# What one file gives: (report, payload) or, for a refused file, (None, (path, problem)).
Outcome = tuple[Report, Any] | tuple[None, tuple[str, str]]
Shape = Callable[[Report, list[Mention]], Any]

_WORKER: dict[str, Any] = {}


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def keep_mentions(report: Report, mentions: list[Mention]) -> list[Mention]:
    return mentions


def extract_one(path: str | Path, gazetteer, defaults: dict | None, shape: Shape) -> Outcome:
    """Load and extract one file; a problem is returned, never raised."""
    try:
        report = load_report(path, defaults)
        return report, shape(report, extract_mentions(report, gazetteer))
    except ReportError as exc:
        return None, (exc.path, exc.problem)
    except Exception as exc:  # a bug must cost one file, not the batch
        return None, (str(path), f"extraction failed: {type(exc).__name__}: {exc}")


def _init_worker(gazetteer, defaults: dict | None, shape: Shape) -> None:
    if gazetteer is None:
        from geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    _WORKER.update(gazetteer=gazetteer, defaults=defaults, shape=shape)


def _work(path: Path) -> Outcome:
    return extract_one(path, _WORKER["gazetteer"], _WORKER["defaults"], _WORKER["shape"])


def _context():
    """Fork where available (the gazetteer is shared, not reloaded), else the default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def extract_many(
    paths: Sequence[Path],
    gazetteer,
    defaults: dict | None = None,
    jobs: int = 1,
    shape: Shape = keep_mentions,
) -> Iterator[Outcome]:
    """One outcome per path, in the order of `paths`; `jobs` > 1 uses that many processes."""
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        for path in paths:
            yield extract_one(path, gazetteer, defaults, shape)
        return
    context = _context()
    shared = None
    if context.get_start_method() == "fork":
        from geo.geodesy import land_index

        land_index()  # loaded once here, shared by every forked worker
        shared = gazetteer
    chunk = max(1, min(16, len(paths) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(shared, defaults, shape),
    ) as pool:
        yield from pool.map(_work, paths, chunksize=chunk)
