"""The Streamlit app, driven by AppTest on the bundled sample."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")


def _run(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _shown(at: AppTest):
    return at.dataframe[0].value


@pytest.fixture(scope="module")
def app() -> AppTest:
    return _run()


def test_opens_on_the_sample_with_the_five_sites(app):
    sites = set(_shown(app)["site_id"])
    wanted = {
        "sy-hmeimim-air-base",
        "sy-tartus-naval-base",
        "offshore:sy-tartus",
        "sy-manbij",
        "sy-kobane",
    }
    assert wanted <= sites, sites
    assert len(set(_shown(app)["source"])) == 3


def test_one_day_shows_exactly_the_sites_whose_interval_holds_it():
    at = _run()
    at.slider(key="dates").set_value((date(2024, 12, 4), date(2024, 12, 4))).run()
    shown = _shown(at)
    assert set(shown["site_id"]) == {"sy-tartus-naval-base", "offshore:sy-tartus"}
    day = "2024-12-04"
    assert all(s <= day <= e for s, e in zip(shown["date_start"], shown["date_end"], strict=True))


def test_deselecting_a_source_removes_its_mentions():
    at = _run()
    before = _shown(at)
    gone = "Radio Free Europe/Radio Liberty"
    keep = [s for s in at.multiselect(key="sources").value if s != gone]
    at.multiselect(key="sources").set_value(keep).run()
    after = _shown(at)
    assert gone in set(before["source"]) and gone not in set(after["source"])
    assert len(after) == (before["source"] != gone).sum()


def test_filters_live_in_the_url():
    at = _run(**{"from": "2024-12-13", "to": "2024-12-13"})
    assert at.slider(key="dates").value == (date(2024, 12, 13), date(2024, 12, 13))
    shown = _shown(at)
    assert len(shown) and all(
        s <= "2024-12-13" <= e for s, e in zip(shown["date_start"], shown["date_end"], strict=True)
    )
    assert at.query_params["from"] in ("2024-12-13", ["2024-12-13"])


def test_a_malformed_url_is_ignored_not_an_error():
    at = _run(**{"from": "not-a-date", "source": "<script>"})
    assert len(_shown(at)) > 0


def test_report_reader_highlights_mentions(app):
    html = " ".join(str(getattr(e, "proto", e)) for e in app.get("html"))
    assert "<mark" in html and "Hmeimim" in html


def test_full_date_extent_shows_every_mention_undated_ones_too(app):
    from reportmap.app_data import load_sample

    mentions = load_sample().mentions
    undated = mentions["date_start"].isna().sum()
    assert undated > 0, "the sample has locators, which carry no date"
    heading = app.subheader[0].value
    assert f"· {len(mentions)} mentions ·" in heading, heading
