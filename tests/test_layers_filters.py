"""Filters over the mentions frame: semantics and speed."""

from __future__ import annotations

import time

import numpy as np
import pytest

from layers.filters import UNDATED, date_bounds, day_number, filter_mentions, prepare_mentions
from layers.synthetic import fixture_mentions, synthetic_mentions


@pytest.fixture(scope="module")
def prepared():
    return prepare_mentions(fixture_mentions())


def ids(frame):
    return sorted(zip(frame["report_id"], frame["site_id"], strict=True))


def test_prepare_adds_sorted_day_numbers(prepared):
    assert prepared["_ev0"].is_monotonic_increasing
    undated = prepared[prepared["date_basis"] == "none"]
    assert (undated["_ev0"] == UNDATED).all() and len(undated) == 1
    row = prepared[prepared["date_text"] == "this week"].iloc[0]
    assert (row["_ev0"], row["_ev1"]) == (day_number("2024-02-28"), day_number("2024-03-01"))


def test_no_filter_keeps_dated_only_unless_undated_included(prepared):
    assert len(filter_mentions(prepared)) == len(prepared) - 1
    assert len(filter_mentions(prepared, include_undated=True)) == len(prepared)


def test_event_interval_intersects_range(prepared):
    # Khmeimim "this week" spans 2024-02-28..2024-03-01: intersects a range ending 02-28
    got = filter_mentions(prepared, date_range=("2024-02-01", "2024-02-28"))
    assert ids(got) == [("r1", "s-khmeimim")]
    got = filter_mentions(prepared, date_range=("2024-03-01", "2024-03-01"))
    assert ids(got) == [("r1", "s-khmeimim"), ("r1", "s-tartus")]
    got = filter_mentions(prepared, date_range=("2024-03-02", None))
    assert ("r1", "s-tartus") not in ids(got) and ("r5", "s-khmeimim") in ids(got)


def test_published_field(prepared):
    got = filter_mentions(prepared, date_range=("2024-04-10", "2024-04-10"), date_field="published")
    assert set(got["report_id"]) == {"r2"}
    with pytest.raises(ValueError, match="date_field"):
        filter_mentions(prepared, date_field="sometime")


def test_category_filters(prepared):
    got = filter_mentions(prepared, sources=["Outlet C"], include_undated=True)
    assert set(got["report_id"]) == {"r4", "r5"}
    got = filter_mentions(prepared, kinds=["airbase"])
    assert set(got["site_id"]) == {"s-khmeimim"}
    got = filter_mentions(prepared, roles=["locator"], include_undated=True)
    assert ids(got) == [("r3", "s-latakia")]
    got = filter_mentions(prepared, sites=["s-homs", "d-offshore-tartus"])
    assert set(got["site_id"]) == {"s-homs", "d-offshore-tartus"}
    assert filter_mentions(prepared, sources=[]).empty


def test_unprepared_frame_gives_same_result():
    raw = fixture_mentions()
    a = filter_mentions(raw, date_range=("2024-01-01", "2024-12-31"))
    b = filter_mentions(prepare_mentions(raw), date_range=("2024-01-01", "2024-12-31"))
    assert ids(a) == ids(b)


def test_date_bounds(prepared):
    lo, hi = date_bounds(prepared)
    assert (lo.isoformat(), hi.isoformat()) == ("2012-01-01", "2024-06-01")


def test_filter_matches_bruteforce_on_synthetic():
    frame = synthetic_mentions(5_000, n_sites=200, seed=3)
    prepared = prepare_mentions(frame)
    lo, hi = "2021-03-01", "2021-09-30"
    got = filter_mentions(prepared, date_range=(lo, hi), sources=["Outlet 3", "Outlet 4"])
    expect = [
        r for r in frame.to_dict("records")
        if r["date_basis"] != "none" and r["date_end"] >= lo and r["date_start"] <= hi
        and r["source"] in ("Outlet 3", "Outlet 4")
    ]
    assert len(got) == len(expect) > 0


def test_filter_100k_takes_a_few_ms():
    prepared = prepare_mentions(synthetic_mentions(100_000))
    best = np.inf
    for _ in range(5):
        t = time.perf_counter()
        got = filter_mentions(prepared, date_range=("2021-01-01", "2021-12-31"),
                              sources=[f"Outlet {i}" for i in range(10)])
        best = min(best, time.perf_counter() - t)
    assert len(got) > 0
    assert best < 0.05, f"filter on 100k rows took {best * 1000:.1f} ms"
