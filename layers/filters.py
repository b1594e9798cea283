"""Pure, vectorised filters over the mentions frame.

Call `prepare_mentions(mentions)` once (it adds int day-number columns and sorts by
event date); `filter_mentions` then takes a few ms on 100,000 rows. An unprepared frame
is accepted too (it is prepared on the fly, slower).

Event-date filter: a mention passes when its [date_start, date_end] interval intersects
the range (inclusive). A mention with date_basis "none" (or no dates) is undated and
passes only when include_undated. Published-date filter uses the report's published day.
Category filters (sources, kinds, sites, roles): None means no filter; an empty
collection lets nothing through.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Literal

import numpy as np
import pandas as pd

UNDATED = np.iinfo(np.int32).min  # day number of an undated mention
EV0, EV1, PUB = "_ev0", "_ev1", "_pub"
DateLike = date | datetime | str | None
DateField = Literal["event", "published"]


def day_numbers(values: pd.Series | list) -> np.ndarray:
    """Days since 1970-01-01 (int32) of ISO strings / dates; UNDATED where missing."""
    parsed = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce", format="ISO8601")
    days = parsed.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    out = days.astype(np.int64)
    out[np.isnat(days)] = UNDATED
    return out.astype(np.int32)


def day_number(value: DateLike) -> int | None:
    """One day number, or None for None / an unparsable value."""
    if value is None or value == "":
        return None
    result = int(day_numbers([value])[0])
    return None if result == UNDATED else result


def prepare_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The frame with int day columns (_ev0, _ev1, _pub), sorted by event start."""
    frame = mentions.copy()
    start = day_numbers(frame["date_start"]) if "date_start" in frame else None
    end = day_numbers(frame["date_end"]) if "date_end" in frame else None
    if start is None:
        start = np.full(len(frame), UNDATED, dtype=np.int32)
    if end is None:
        end = start.copy()
    start = np.where(start == UNDATED, end, start)
    end = np.where(end == UNDATED, start, end)
    if "date_basis" in frame:
        none = frame["date_basis"].astype(str).eq("none").to_numpy()
        start = np.where(none, UNDATED, start)
        end = np.where(none, UNDATED, end)
    lo, hi = np.minimum(start, end), np.maximum(start, end)
    undated = (start == UNDATED) | (end == UNDATED)
    frame[EV0] = np.where(undated, UNDATED, lo).astype(np.int32)
    frame[EV1] = np.where(undated, UNDATED, hi).astype(np.int32)
    pub = frame["published"] if "published" in frame else [None] * len(frame)
    frame[PUB] = day_numbers(pub)
    return frame.sort_values(EV0, kind="stable").reset_index(drop=True)


def is_prepared(mentions: pd.DataFrame) -> bool:
    """True when the frame carries the day-number columns."""
    return all(c in mentions.columns for c in (EV0, EV1, PUB))


def _in(column: pd.Series, values: Collection) -> np.ndarray:
    """Boolean mask of column values in values."""
    return column.isin(list(values)).to_numpy()


def filter_mask(
    mentions: pd.DataFrame,
    *,
    date_range: tuple[DateLike, DateLike] | None = None,
    date_field: DateField = "event",
    sources: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
    sites: Collection[str] | None = None,
    roles: Collection[str] | None = None,
    include_undated: bool = False,
) -> np.ndarray:
    """Boolean mask of the rows of a prepared frame that pass the filter."""
    if date_field not in ("event", "published"):
        raise ValueError(f"date_field must be 'event' or 'published', not {date_field!r}")
    mask = np.ones(len(mentions), dtype=bool)
    lo = hi = None
    if date_range is not None:
        lo, hi = (day_number(v) for v in date_range)
    if date_field == "event":
        ev0 = mentions[EV0].to_numpy()
        ev1 = mentions[EV1].to_numpy()
        undated = ev0 == UNDATED
        dated_ok = ~undated
        if lo is not None:
            dated_ok &= ev1 >= lo
        if hi is not None:
            dated_ok &= ev0 <= hi
        mask &= dated_ok | (undated & include_undated)
    else:
        pub = mentions[PUB].to_numpy()
        undated = pub == UNDATED
        dated_ok = ~undated
        if lo is not None:
            dated_ok &= pub >= lo
        if hi is not None:
            dated_ok &= pub <= hi
        mask &= dated_ok | (undated & include_undated)
    categories = (("source", sources), ("kind", kinds), ("site_id", sites), ("role", roles))
    for column, values in categories:
        if values is not None:
            mask &= _in(mentions[column], values)
    return mask


def filter_mentions(
    mentions: pd.DataFrame,
    *,
    date_range: tuple[DateLike, DateLike] | None = None,
    date_field: DateField = "event",
    sources: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
    sites: Collection[str] | None = None,
    roles: Collection[str] | None = None,
    include_undated: bool = False,
) -> pd.DataFrame:
    """The mentions passing the filter (see module docstring); prepares the frame if needed."""
    frame = mentions if is_prepared(mentions) else prepare_mentions(mentions)
    mask = filter_mask(
        frame,
        date_range=date_range,
        date_field=date_field,
        sources=sources,
        kinds=kinds,
        sites=sites,
        roles=roles,
        include_undated=include_undated,
    )
    return frame[mask]


def date_bounds(mentions: pd.DataFrame) -> tuple[date | None, date | None]:
    """First and last event day of a prepared frame (None when nothing is dated)."""
    frame = mentions if is_prepared(mentions) else prepare_mentions(mentions)
    ev0, ev1 = frame[EV0].to_numpy(), frame[EV1].to_numpy()
    dated = ev0 != UNDATED
    if not dated.any():
        return None, None
    epoch = date(1970, 1, 1).toordinal()
    return (
        date.fromordinal(epoch + int(ev0[dated].min())),
        date.fromordinal(epoch + int(ev1[dated].max())),
    )
