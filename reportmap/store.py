"""The store: a GeoPackage with layers `mentions` and `sites` and a table `reports`.

Writes are atomic (a new file replaces the old one in one rename), ingest is idempotent by
content hash, and an edited report (same URL or file name, new bytes) is stored as a new version.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from shapely import points

from reportmap import __version__
from reportmap.errors import ReportError, StoreError
from reportmap.extract import extract_mentions
from reportmap.model import Mention, Report
from reportmap.reports import iter_report_paths, load_report

REPORT_COLUMNS = [
    "report_id",
    "doc_key",
    "version",
    "current",
    "path",
    "source",
    "title",
    "url",
    "published",
    "language",
    "words",
    "ingested_at",
    "extractor",
    "body",
]
MENTION_COLUMNS = [
    "report_id",
    "title",
    "source",
    "url",
    "published",
    "language",
    "site_id",
    "site",
    "kind",
    "text",
    "start",
    "end",
    "excerpt",
    "excerpt_start",
    "precision_m",
    "derived",
    "anchor_site_id",
    "role",
    "date_start",
    "date_end",
    "date_text",
    "date_basis",
    "claimant",
    "resolved_by",
    "lat",
    "lon",
]


def doc_key(report: Report) -> str:
    """What identifies a report across edits: its URL, else its file name."""
    return report.url or Path(report.path).name


def mention_rows(report: Report, mentions: Iterable[Mention]) -> list[dict]:
    return [{**m.to_properties(report), "lat": m.lat, "lon": m.lon} for m in mentions]


def mentions_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """The mentions as a GeoDataFrame (EPSG:4326), one row per mention."""
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    geometry = points(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def report_row(report: Report, version: int) -> dict:
    return {
        "report_id": report.report_id,
        "doc_key": doc_key(report),
        "version": version,
        "current": True,
        "path": report.path,
        "source": report.source,
        "title": report.title,
        "url": report.url,
        "published": report.published.isoformat(),
        "language": report.language,
        "words": len(report.body.split()),
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor": __version__,
        "body": report.body,
    }


def sites_frame(mentions: pd.DataFrame) -> gpd.GeoDataFrame:
    """One row per site: where it is, how often and by whom it is mentioned, over which days."""
    if mentions.empty:
        empty = pd.DataFrame(
            columns=[
                "site_id",
                "site",
                "kind",
                "n_mentions",
                "n_reports",
                "sources",
                "date_min",
                "date_max",
                "lat",
                "lon",
            ]
        )
        return gpd.GeoDataFrame(empty, geometry=points([], []), crs="EPSG:4326")
    grouped = mentions.groupby("site_id", sort=True)
    sites = grouped.agg(
        site=("site", "first"),
        kind=("kind", "first"),
        derived=("derived", "max"),
        precision_m=("precision_m", "max"),
        n_mentions=("site_id", "size"),
        n_reports=("report_id", "nunique"),
        sources=("source", lambda s: "; ".join(sorted(set(s)))),
        date_min=("date_start", "min"),
        date_max=("date_end", "max"),
        lat=("lat", "mean"),
        lon=("lon", "mean"),
    ).reset_index()
    geometry = points(sites["lon"].to_numpy(float), sites["lat"].to_numpy(float))
    return gpd.GeoDataFrame(sites, geometry=geometry, crs="EPSG:4326")


def _typed_reports(reports: pd.DataFrame) -> pd.DataFrame:
    """Column types of the reports table, whatever the file or an empty frame gave."""
    reports = reports.copy()
    reports["version"] = pd.to_numeric(reports["version"]).astype("int64")
    reports["words"] = pd.to_numeric(reports["words"]).astype("int64")
    reports["current"] = reports["current"].astype(str).isin(["True", "true", "1"])
    return reports


@dataclass
class IngestSummary:
    """What an ingest did, for the CLI summary."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    new_versions: int = 0
    mentions: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


def extract_reports(
    paths: Iterable[str | Path],
    gazetteer,
    defaults: dict | None = None,
    on_file: Callable[[str], None] | None = None,
) -> tuple[list[tuple[Report, list[Mention]]], list[tuple[str, str]]]:
    """Load and extract every report; bad files are collected, not raised."""
    done: list[tuple[Report, list[Mention]]] = []
    refused: list[tuple[str, str]] = []
    for path in iter_report_paths(paths):
        try:
            report = load_report(path, defaults)
            done.append((report, extract_mentions(report, gazetteer)))
        except ReportError as exc:
            refused.append((exc.path, exc.problem))
        except Exception as exc:  # a bug must cost one file, not the batch
            refused.append((str(path), f"extraction failed: {type(exc).__name__}: {exc}"))
        if on_file:
            on_file(str(path))
    return done, refused


def tables_from(
    extracted: list[tuple[Report, list[Mention]]],
) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
    """In-memory tables (reports, mentions) for extracted reports, as the store would hold them."""
    reports = pd.DataFrame([report_row(r, 1) for r, _ in extracted], columns=REPORT_COLUMNS)
    rows = [row for r, ms in extracted for row in mention_rows(r, ms)]
    return reports, mentions_frame(rows)


class Store:
    """A GeoPackage file holding reports, mentions and sites."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
        """All reports and all mentions (every version); empty tables for a new store."""
        if not self.exists():
            return pd.DataFrame(columns=REPORT_COLUMNS), mentions_frame([])
        try:
            reports = pyogrio.read_dataframe(self.path, layer="reports")
            mentions = pyogrio.read_dataframe(self.path, layer="mentions")
        except Exception as exc:  # pyogrio raises several error types for a bad file
            raise StoreError(
                f"{self.path}: cannot be read as a reportmap GeoPackage ({exc})",
                hint="pass --store with a file written by 'reportmap ingest'",
            ) from None
        mentions["derived"] = mentions["derived"].astype(str).isin(["True", "true", "1"])
        return _typed_reports(reports), mentions

    def read_current(self) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
        """The current version of every report and its mentions."""
        reports, mentions = self.read()
        reports = reports[reports["current"]]
        return reports, mentions[mentions["report_id"].isin(reports["report_id"])]

    def write(self, reports: pd.DataFrame, mentions: gpd.GeoDataFrame) -> None:
        """Replace the store in one atomic rename; the old file survives any failure."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".reportmap-", suffix=".gpkg", dir=self.path.parent)
        os.close(fd)
        os.unlink(tmp)
        try:
            current = mentions[
                mentions["report_id"].isin(reports.loc[reports["current"], "report_id"])
            ]
            pyogrio.write_dataframe(mentions, tmp, layer="mentions")
            pyogrio.write_dataframe(sites_frame(current), tmp, layer="sites")
            pyogrio.write_dataframe(reports, tmp, layer="reports")
            os.replace(tmp, self.path)
        except Exception:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def ingest(self, extracted: list[tuple[Report, list[Mention]]]) -> IngestSummary:
        """Add new reports and new versions; a report already stored is left as it is."""
        summary = IngestSummary(read=len(extracted))
        reports, mentions = self.read()
        known = set(reports["report_id"])
        new_reports: list[dict] = []
        new_rows: list[dict] = []
        for report, found in extracted:
            if report.report_id in known:
                summary.unchanged += 1
                continue
            known.add(report.report_id)
            key = doc_key(report)
            same_doc = reports["doc_key"] == key
            version = 1
            if same_doc.any():
                version = int(reports.loc[same_doc, "version"].max()) + 1
                reports.loc[same_doc, "current"] = False
                summary.new_versions += 1
            for row in new_reports:
                if row["doc_key"] == key:
                    row["current"] = False
                    version = max(version, row["version"] + 1)
            new_reports.append(report_row(report, version))
            new_rows.extend(mention_rows(report, found))
            summary.new += 1
            summary.mentions += len(found)
        if new_reports:
            all_reports = _typed_reports(
                pd.concat(
                    [reports, pd.DataFrame(new_reports, columns=REPORT_COLUMNS)], ignore_index=True
                )
            )
            all_mentions = pd.concat([mentions, mentions_frame(new_rows)], ignore_index=True)
            self.write(all_reports, gpd.GeoDataFrame(all_mentions, crs="EPSG:4326"))
        return summary
