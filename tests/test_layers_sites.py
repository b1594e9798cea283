"""Site features: one GeoJSON Feature per site_id with its mentions."""

from __future__ import annotations

import json

from layers.sites import site_features
from layers.synthetic import EVIL_SITE, fixture_mentions


def by_id(collection):
    return {f["properties"]["site_id"]: f for f in collection["features"]}


def test_one_feature_per_site_lon_first():
    frame = fixture_mentions()
    fc = site_features(frame)
    assert fc["type"] == "FeatureCollection"
    sites = by_id(fc)
    assert set(sites) == set(frame["site_id"])
    tartus = sites["s-tartus"]
    assert tartus["geometry"] == {"type": "Point", "coordinates": [35.887, 34.889]}
    json.dumps(fc)  # serialisable as is


def test_counts_sources_dates():
    props = by_id(site_features(fixture_mentions()))["s-khmeimim"]["properties"]
    assert props["n_mentions"] == 2 and props["n_reports"] == 2
    assert props["sources"] == ["Outlet A", "Outlet C"]
    assert (props["date_min"], props["date_max"]) == ("2024-02-28", "2024-06-01")
    assert props["kind"] == "airbase" and props["derived"] is False


def test_derived_position_is_its_own_site():
    sites = by_id(site_features(fixture_mentions()))
    off = sites["d-offshore-tartus"]["properties"]
    assert off["derived"] is True and off["precision_m"] == 20000.0
    assert "s-tartus" in sites


def test_mention_offsets_are_relative_to_excerpt():
    for feature in site_features(fixture_mentions())["features"]:
        for m in feature["properties"]["mentions"]:
            assert m["excerpt"][m["start"] : m["end"]] == m["text"]
    evil = by_id(site_features(fixture_mentions()))["s-evil"]["properties"]
    assert evil["site"] == EVIL_SITE  # raw data stays raw; escaping is html.py's job


def test_undated_site_has_no_dates_and_empty_frame():
    latakia = by_id(site_features(fixture_mentions()))["s-latakia"]["properties"]
    assert latakia["date_min"] is None and latakia["date_max"] is None
    assert site_features(fixture_mentions().iloc[0:0])["features"] == []
