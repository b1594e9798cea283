"""publish_dataset, build_map and filter_element, and how streamlit-folium sees them."""

from __future__ import annotations

import json
import re

import pytest
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from layers.dataset import JS_UNDATED, AssetsMissingError, filter_payload, publish_dataset
from layers.filters import day_number
from layers.mapview import build_map, filter_element
from layers.synthetic import EVALUATED, ZOO, fixture_mentions


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    return publish_dataset(fixture_mentions(), root)


def test_publish_writes_versioned_files(published):
    root = published.static_dir
    data = json.loads((root / published.data_path / "dataset.json").read_text())
    assert data["sites"]["off"][-1] == published.n_mentions == len(fixture_mentions())
    assert len(data["sites"]["lat"]) == published.n_sites == 6
    assert data["m"]["e0"].count(JS_UNDATED) == 1
    assert (root / published.assets_path / "leaflet.js").stat().st_size > 100_000
    assert (root / published.assets_path / "images" / "layers.png").exists()
    for name in ("rmlayer.js", "rmlayer.css", "region.json", "world.json"):
        assert (root / published.assets_path / name).exists()


def test_publish_is_idempotent_and_content_versioned(published, tmp_path):
    again = publish_dataset(fixture_mentions(), published.static_dir)
    assert again == published
    changed = fixture_mentions()
    changed.loc[0, "excerpt"] = "changed text"
    other = publish_dataset(changed, published.static_dir)
    assert other.data_path != published.data_path


def _strings(value):
    """All string values in a JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_dataset_files_hold_no_raw_text(published):
    folder = published.static_dir / published.data_path
    for path in [folder / "dataset.json", *sorted((folder / "s").glob("*.json"))]:
        flat = "\n".join(_strings(json.loads(path.read_text())))
        for bad in ("<img", "<svg", "<script", "{{", "{%", "`"):
            assert bad not in flat, f"{bad!r} raw in {path.name}"


def test_snippets_follow_site_order(published):
    folder = published.static_dir / published.data_path / "s"
    counts = json.loads((published.static_dir / published.data_path / "dataset.json").read_text())
    off = counts["sites"]["off"]
    for i in range(published.n_sites):
        page = json.loads((folder / f"{i}-0.json").read_text())
        assert len(page["m"]) == off[i + 1] - off[i]
        assert page["h"].startswith('<div class="rm-head">')
    assert published.site_ids[0] in ("s-tartus", "s-khmeimim")  # busiest sites first


def test_filter_payload_is_numbers_only(published):
    payload = filter_payload(
        {"date_range": ("2024-01-01", "2024-06-30"), "sources": ["Outlet B " + ZOO[2], "nope"],
         "kinds": ["port"], "roles": ["event"], "include_undated": True},
        published,
    )
    assert payload["lo"] == day_number("2024-01-01") and payload["hi"] == day_number("2024-06-30")
    assert payload["src"] == [published.sources.index("Outlet B " + ZOO[2])]
    assert payload["undated"] is True and payload["site"] is None
    with pytest.raises(ValueError, match="unknown filter keys"):
        filter_payload({"colour": "red"}, published)


def test_rendered_map_is_local_and_data_free(published):
    m = build_map(published, base_url="/")
    m.add_child(filter_element({"sources": ["Outlet B " + ZOO[2]]}, published))
    page = m.get_root().render()
    srcs = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert srcs and all(s.startswith("/reportmap/") for s in srcs), srcs
    assert "Outlet" not in page and "Tartus" not in page  # no data in the page
    assert not EVALUATED.search(page) and "ReportMap.setFilter(" in page


def _st_strings(m, fg=None):
    """What st_folium sends: the map script (hashed for the key) and the feature group."""
    m.get_root().render()
    m.render()
    script = _get_map_string(m)
    fg_string = _get_feature_group_string(fg, map=m) if fg is not None else ""
    return script, fg_string


def test_streamlit_folium_key_stable_and_move_is_small(published):
    a, fg_a = _st_strings(build_map(published), filter_element({"kinds": ["port"]}, published))
    b, fg_b = _st_strings(build_map(published), filter_element({"kinds": ["city"]}, published))
    assert generate_js_hash(a, "map") == generate_js_hash(b, "map")  # no remount on reruns
    assert fg_a != fg_b and "ReportMap.setFilter(" in fg_b
    assert len(fg_b.encode()) < 1_000
    assert len(a.encode()) < 3_000
    assert "../../app/static/reportmap/" in a


def test_missing_assets_error_names_the_file(monkeypatch, tmp_path):
    from layers import dataset

    monkeypatch.setitem(dataset.ASSET_FILES, "leaflet.js", tmp_path / "nope" / "leaflet.js")
    with pytest.raises(AssetsMissingError, match="fetch_assets"):
        publish_dataset(fixture_mentions(), tmp_path)


def test_old_versions_are_pruned(tmp_path):
    frame = fixture_mentions()
    paths = []
    for i in range(4):
        frame.loc[0, "excerpt"] = f"version {i}"
        paths.append(publish_dataset(frame, tmp_path, keep=2).data_path)
    left = sorted(p.name for p in (tmp_path / "reportmap").glob("d-*"))
    assert len(left) == 2 and paths[-1].split("/")[-1] in left
