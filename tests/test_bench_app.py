"""Smoke test of bench/app_speed.py's pure parts (no browser): stores, the tutorial app, plans."""

from __future__ import annotations

import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import app_speed  # noqa: E402
from _store import SOURCES, write_store  # noqa: E402
from _tutorial import load_mentions, select  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("bench") / "store-60.gpkg", 60)


def test_store_holds_a_year_of_mentions_from_several_sources(store):
    from reportmap.app_data import load_store

    records = load_store(store)
    mentions = records.mentions
    assert len(mentions) == 60
    assert mentions["source"].nunique() >= 3 and set(mentions["source"]) <= set(SOURCES)
    dated = mentions["date_start"].dropna()
    assert dated.min() >= "2024-01-01" and mentions["date_end"].dropna().max() <= "2024-12-31"
    assert (mentions["date_start"].dropna() <= mentions["date_end"].dropna()).all()
    assert set(records.reports["report_id"]) == set(mentions["report_id"])
    assert all(site in excerpt for site, excerpt in zip(mentions["site"], mentions["excerpt"],
                                                         strict=True))
    assert write_store(store, 60) == store  # reused, not rewritten


def test_tutorial_app_shows_one_marker_per_selected_mention(store, tmp_path):
    for name in ("tutorial_app.py", "_tutorial.py"):  # its static/ goes to tmp_path
        shutil.copyfile(BENCH / name, tmp_path / name)
    frame = load_mentions(store)
    at = AppTest.from_file(str(tmp_path / "tutorial_app.py"), default_timeout=60)
    at.query_params["store"] = str(store)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.subheader[0].value == f"{len(frame)} mentions"
    lo, hi = at.slider(key="dates").value
    start = lo + timedelta(days=120)
    at.slider(key="dates").set_value((start, hi)).run()
    assert not at.exception
    expected = len(select(frame, start, hi))
    assert 0 < expected < len(frame)
    assert at.subheader[0].value == f"{expected} mentions"
    assert (tmp_path / "static" / "jquery-shim.js").exists()


def test_move_plans_change_the_count_and_follow_the_slider(store):
    model = app_speed.reportmap_model(store, app_speed.ROOT / "streamlit_app.py")
    plan = app_speed.plan_moves(model, 8)
    assert sum(p[5] for p in plan) == 8
    current, state = model.count(model.lo, model.hi), (model.lo, model.hi)
    step = timedelta(days=1)
    for thumb, key, a, b, expected, timed in plan:
        moved = (state[0] + step, state[1]) if thumb == 0 else (state[0], state[1] - step)
        assert (a, b) == moved
        assert key == ("ArrowRight" if thumb == 0 else "ArrowLeft")
        assert expected == model.count(a, b)
        assert timed == (expected != current)  # a timed move always changes what is shown
        current, state = expected, (a, b)
    assert isinstance(model.lo, date)


def test_table_and_targets_render_from_results():
    def result(app, size, move, **kw):
        return {"app": app, "size": size, "status": "ok", "move_s": move, "server_s": move,
                "move_bytes": 1000.0, "load_s": 1.0, "page_bytes": 5e6, "heap_load_mb": 20.0,
                "heap_mb": [30.0] * 20, "heap_flat": True, "cold_load_s": 2.0,
                "moves": [{}] * 20, **kw}

    results = [result("reportmap", 1000, 0.2), result("tutorial", 1000, 5.0),
               result("reportmap", 100_000, 0.4),
               {"app": "tutorial", "size": 100_000, "status": "did not finish",
                "page_bytes": 9e7, "cold_load_s": None, "timeout_s": 60.0}]
    results[2]["load_s"] = 0.1
    text = app_speed.table(results)
    assert "**tutorial / reportmap**" in text and "25×" in text and "did not finish" in text
    verdicts = {name: ok for name, ok, _ in app_speed.check_targets(results)}
    assert all(verdicts.values()) and len(verdicts) == 6
    assert app_speed.heap_flat([30.0] * 5 + [80.0] * 15, 20.0) is True  # a plateau
    assert app_speed.heap_flat([30.0 + 3 * i for i in range(20)], 20.0) is False  # a leak
    assert "> 600×" in app_speed.table(results)  # did not finish: timeout / reportmap
