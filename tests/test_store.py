"""The GeoPackage store: atomic, idempotent by content hash, edits become new versions."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
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


LABELLED = Path(__file__).parent / "data" / "labelled"


def test_parallel_ingest_stores_the_same_as_one_process(tmp_path, capsys, monkeypatch):
    one, two = tmp_path / "one.gpkg", tmp_path / "two.gpkg"
    assert main(["ingest", str(LABELLED), "--store", str(one), "--quiet", "--jobs", "1"]) == 0
    monkeypatch.setattr("reportmap.store.FLUSH_REPORTS", 4)  # and written in several chunks
    assert main(["ingest", str(LABELLED), "--store", str(two), "--quiet", "--jobs", "2"]) == 0
    reports_1, mentions_1 = Store(one).read()
    reports_2, mentions_2 = Store(two).read()
    assert len(reports_1) == len(list(LABELLED.glob("*.md"))) and len(mentions_1) > 100
    pd.testing.assert_frame_equal(mentions_1, mentions_2)
    pd.testing.assert_frame_equal(
        reports_1.drop(columns="ingested_at"), reports_2.drop(columns="ingested_at")
    )
    sites_1 = pyogrio.read_dataframe(one, layer="sites")
    sites_2 = pyogrio.read_dataframe(two, layer="sites")
    pd.testing.assert_frame_equal(sites_1, sites_2)
    assert sites_1["n_mentions"].sum() == len(mentions_1)


def test_parallel_ingest_reports_bad_files_one_by_one(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "c", "e"):
        _write(folder / f"{name}.md", REPORT.replace("/a", f"/{name}"))
    _write(folder / "b.md", "---\nsource: X\npublished: 2024-02-30\n---\nHoms.\n")
    (folder / "d.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    store = tmp_path / "s.gpkg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet", "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    refused = [line for line in err.splitlines() if line.startswith("reportmap: refused")]
    assert len(refused) == 2
    assert "b.md" in refused[0] and "2024-02-30" in refused[0]
    assert "d.md" in refused[1] and "binary" in refused[1]
    reports, _ = Store(store).read()
    assert sorted(Path(p).name for p in reports["path"]) == ["a.md", "c.md", "e.md"]


def test_extract_reports_in_parallel_keeps_the_order(tmp_path):
    from geo.gazetteer import load_gazetteer
    from reportmap.store import extract_reports

    gazetteer = load_gazetteer()
    files = sorted(LABELLED.glob("*.md"))[:8] + [_write(tmp_path / "e.md", "")]
    seq, bad_seq = extract_reports(files, gazetteer, jobs=1)
    par, bad_par = extract_reports(files, gazetteer, jobs=2)
    assert [r.path for r, _ in seq] == [r.path for r, _ in par] == [str(f) for f in files[:8]]
    assert [ms for _, ms in seq] == [ms for _, ms in par]
    assert bad_seq == bad_par and "e.md" in bad_par[0][0]


def test_mention_tuples_match_the_property_rows():
    from geo.gazetteer import load_gazetteer
    from reportmap.store import MENTION_COLUMNS, extract_reports, mention_rows, mention_tuples

    (report, mentions), *_ = extract_reports([LABELLED / "en01_shayrat_strike.md"],
                                             load_gazetteer())[0]
    rows = [tuple(row[c] for c in MENTION_COLUMNS) for row in mention_rows(report, mentions)]
    assert rows == mention_tuples(report, mentions) and rows


def test_adding_to_a_store_updates_sites_and_skips_known_files(tmp_path, capsys):
    store = tmp_path / "s.gpkg"
    first = _write(tmp_path / "a.md", REPORT)
    second = _write(tmp_path / "b.md", REPORT.replace("Idlib", "Homs").replace("/a", "/b"))
    assert main(["ingest", str(first), "--store", str(store), "--quiet"]) == 0
    assert main(["ingest", str(first), str(second), "--store", str(store), "--quiet"]) == 0
    assert "1 new" in capsys.readouterr().err
    _, mentions = Store(store).read_current()
    sites = pyogrio.read_dataframe(store, layer="sites")
    assert sites["n_mentions"].sum() == len(mentions)
    assert {"Homs", "Idlib", "Aleppo"} <= set(sites["site"])
    assert sites.loc[sites["site"] == "Aleppo", "n_reports"].item() == 2


def test_two_versions_in_one_batch(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("reportmap.store.FLUSH_REPORTS", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a1.md", REPORT)
    _write(folder / "a2.md", REPORT.replace("Aleppo yesterday", "Homs yesterday"))
    store = tmp_path / "s.gpkg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet", "--jobs", "2"]) == 0
    reports, _ = Store(store).read()
    assert list(zip(reports["path"].map(lambda p: Path(p).name), reports["version"],
                    reports["current"], strict=True)) == [("a1.md", 1, False), ("a2.md", 2, True)]
    _, mentions = Store(store).read_current()
    sites = pyogrio.read_dataframe(store, layer="sites")
    assert "Aleppo" not in set(sites["site"]) and sites["n_mentions"].sum() == len(mentions)
