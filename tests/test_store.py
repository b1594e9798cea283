"""The GeoPackage store: atomic, idempotent by content hash, edits become new versions."""

from __future__ import annotations

import json

import pyogrio
import pytest

from reportmap.cli import main
from reportmap.store import Store

REPORT = """---
source: Test Wire
url: https://example.org/a
published: 2024-12-13
---
Strikes hit Idlib on Thursday. Rebels entered Aleppo yesterday.
"""


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_is_idempotent_and_versions_edits(tmp_path, capsys):
    store = tmp_path / "s.gpkg"
    report = _write(tmp_path / "a.md", REPORT)
    assert main(["ingest", str(report), "--store", str(store), "--quiet"]) == 0
    reports, mentions = Store(store).read()
    assert len(reports) == 1 and len(mentions) >= 2
    assert set(pyogrio.list_layers(store)[:, 0]) == {"mentions", "sites", "reports"}

    assert main(["ingest", str(report), "--store", str(store), "--quiet"]) == 0
    again, again_mentions = Store(store).read()
    assert len(again) == 1 and len(again_mentions) == len(mentions)
    assert "1 already stored" in capsys.readouterr().err.replace("\n", " ")

    _write(report, REPORT.replace("Aleppo yesterday", "Homs yesterday"))
    assert main(["ingest", str(report), "--store", str(store), "--quiet"]) == 0
    reports, _ = Store(store).read()
    assert sorted(reports["version"]) == [1, 2]
    current, current_mentions = Store(store).read_current()
    assert list(current["version"]) == [2]
    assert "Homs" in set(current_mentions["text"]) and "Aleppo" not in set(current_mentions["text"])


def test_bad_files_are_refused_and_the_rest_stored(tmp_path, capsys):
    store = tmp_path / "s.gpkg"
    good = _write(tmp_path / "good.md", REPORT)
    bad = _write(tmp_path / "bad.md", "---\nsource: X\npublished: 2024-02-30\n---\nHoms.\n")
    assert main(["ingest", str(good), str(bad), "--store", str(store), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "bad.md" in err and "2024-02-30" in err
    assert len(Store(store).read()[0]) == 1


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    store = tmp_path / "s.gpkg"
    report = _write(tmp_path / "a.md", REPORT)
    assert main(["ingest", str(report), "--store", str(store), "--quiet"]) == 0
    before = store.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    from geo.gazetteer import load_gazetteer
    from reportmap.store import extract_reports

    _write(tmp_path / "b.md", REPORT.replace("Idlib", "Homs").replace("/a", "/b"))
    extracted, _ = extract_reports([tmp_path / "b.md"], load_gazetteer())
    monkeypatch.setattr("reportmap.store.pyogrio.write_dataframe", boom)
    with pytest.raises(OSError):
        Store(store).ingest(extracted)
    assert store.read_bytes() == before
    assert not list(tmp_path.glob(".reportmap-*"))


def test_export_geojson_and_csv_with_provenance(tmp_path, capsys):
    store = tmp_path / "s.gpkg"
    report = _write(tmp_path / "a.md", REPORT)
    main(["ingest", str(report), "--store", str(store), "--quiet"])
    capsys.readouterr()
    out = tmp_path / "out.geojson"
    assert main(["export", "--store", str(store), "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection" and data["features"]
    props = data["features"][0]["properties"]
    assert {"report_id", "path", "ingested_at", "extractor", "source", "excerpt"} <= set(props)
    assert main(["export", "--store", str(store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("report_id,")


def test_extract_prints_rfc7946_geojson(tmp_path, capsys):
    report = _write(tmp_path / "a.md", REPORT)
    assert main(["extract", str(report)]) == 0
    data = json.loads(capsys.readouterr().out)
    idlib = [f for f in data["features"] if f["properties"]["text"] == "Idlib"][0]
    lon, lat = idlib["geometry"]["coordinates"]
    assert 35.5 < lon < 37.5 and 35 < lat < 36.5  # longitude first
    assert idlib["properties"]["date_start"] == "2024-12-12"  # Thursday before Friday 13th
    for key in (
        "report_id",
        "title",
        "source",
        "url",
        "published",
        "site_id",
        "site",
        "kind",
        "text",
        "start",
        "end",
        "excerpt",
        "date_start",
        "date_end",
        "date_text",
        "date_basis",
        "claimant",
        "precision_m",
        "derived",
    ):
        assert key in idlib["properties"]


def test_extract_plain_text_with_metadata_and_bad_files_exit_nonzero(tmp_path, capsys):
    text = _write(tmp_path / "a.txt", "Shelling was reported in Daraa yesterday.")
    empty = _write(tmp_path / "e.md", "")
    code = main(["extract", str(text), str(empty), "--source", "AFP", "--published", "2024-03-02"])
    captured = capsys.readouterr()
    assert code == 1
    assert "e.md" in captured.err and "empty" in captured.err
    data = json.loads(captured.out)
    daraa = [f["properties"] for f in data["features"] if f["properties"]["text"] == "Daraa"]
    assert daraa and daraa[0]["date_start"] == "2024-03-01" and daraa[0]["source"] == "AFP"
