"""The store: a GeoPackage with layers `mentions` and `sites` and a table `reports`.

Writes are atomic (a new file replaces the old one in one rename), ingest is idempotent by
content hash, and an edited report (same URL or file name, new bytes) is stored as a new version.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from shapely import points

from reportmap import __version__
from reportmap.errors import StoreError
from reportmap.model import Mention, Report
from reportmap.pool import extract_many
from reportmap.reports import iter_report_paths, report_id_of

FLUSH_MENTIONS = 20_000  # rows an ingest keeps in memory before writing them
FLUSH_REPORTS = 2_000
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


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def mention_tuples(report: Report, mentions: Iterable[Mention]) -> list[tuple]:
    """The rows of `mention_rows` as tuples in MENTION_COLUMNS order (lighter to ship and keep)."""
    head = (report.report_id, report.title, report.source, report.url,
            report.published.isoformat(), report.language)
    return [
        (*head, m.site_id, m.site, m.kind, m.text, m.start, m.end, m.excerpt, m.excerpt_start,
         m.precision_m, m.derived, m.anchor_site_id, m.role, _iso(m.date_start),
         _iso(m.date_end), m.date_text, m.date_basis, m.claimant, m.resolved_by, m.lat, m.lon)
        for m in mentions
    ]


def mentions_frame(rows: list[dict] | list[tuple]) -> gpd.GeoDataFrame:
    """The mentions as a GeoDataFrame (EPSG:4326), one row per mention."""
    if rows and isinstance(rows[0], tuple):
        return with_points(pd.DataFrame.from_records(rows, columns=MENTION_COLUMNS))
    return with_points(pd.DataFrame(rows, columns=MENTION_COLUMNS))


def with_points(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Mention columns typed, with a point geometry from their lon/lat."""
    frame = _typed_mentions(frame)
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
    if "words" in reports:
        reports["words"] = pd.to_numeric(reports["words"]).astype("int64")
    reports["current"] = reports["current"].astype(str).isin(["True", "true", "1"])
    return reports


def _typed_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Column types of the mentions (stores written before 0.2 hold every column as text)."""
    for column in ("start", "end", "excerpt_start"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("int64")
    for column in ("precision_m", "lat", "lon"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("float64")
    if "derived" in frame:
        frame["derived"] = frame["derived"].astype(str).isin(["True", "true", "1"])
    return frame


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
    jobs: int = 1,
) -> tuple[list[tuple[Report, list[Mention]]], list[tuple[str, str]]]:
    """Load and extract every report (`jobs` processes); bad files are collected, not raised."""
    files = list(iter_report_paths(paths))
    done: list[tuple[Report, list[Mention]]] = []
    refused: list[tuple[str, str]] = []
    for path, (report, found) in zip(files, extract_many(files, gazetteer, defaults, jobs),
                                     strict=True):
        if report is None:
            refused.append(found)
        else:
            done.append((report, found))
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


class _Batch:
    """An ingest under way: the reports known, their versions, the rows not written yet."""

    def __init__(self, stored: pd.DataFrame) -> None:
        self.known = set(stored["report_id"])
        self.latest: dict[str, int] = (
            stored.groupby("doc_key")["version"].max().astype(int).to_dict() if len(stored) else {}
        )
        self.stored_docs = set(self.latest)
        current = stored[stored["current"]]
        self.current_of = dict(zip(current["doc_key"], current["report_id"], strict=True))
        self.superseded: list[str] = []  # report ids (stored or new) that a new version replaces
        self.reports: list[dict] = []
        self.mentions: list[tuple] = []
        self.summary = IngestSummary()

    def add(self, report: Report, rows: list[tuple]) -> None:
        self.summary.read += 1
        if report.report_id in self.known:
            self.summary.unchanged += 1
            return
        self.known.add(report.report_id)
        key = doc_key(report)
        if key in self.stored_docs:
            self.summary.new_versions += 1
        if key in self.current_of:
            self.superseded.append(self.current_of[key])
        self.current_of[key] = report.report_id
        self.latest[key] = version = self.latest.get(key, 0) + 1
        self.reports.append(report_row(report, version))
        self.mentions.extend(rows)
        self.summary.new += 1
        self.summary.mentions += len(rows)

    def full(self) -> bool:
        return len(self.mentions) >= FLUSH_MENTIONS or len(self.reports) >= FLUSH_REPORTS

    def take(self) -> tuple[list[dict], list[tuple]]:
        """The rows not written yet; the batch forgets them."""
        taken = self.reports, self.mentions
        self.reports, self.mentions = [], []
        return taken


class _Transaction:
    """A copy of the store receiving a batch; `commit` renames it over the store."""

    def __init__(self, store: Store) -> None:
        self.path = store.path
        self.tmp = store.temporary()
        self.has_layers = store.exists()
        if self.has_layers:
            shutil.copyfile(store.path, self.tmp)

    def write(self, reports: list[dict], mentions: list[tuple]) -> None:
        """Add rows (one GDAL transaction a layer)."""
        if not reports:
            return
        append = self.has_layers
        pyogrio.write_dataframe(mentions_frame(mentions), self.tmp, layer="mentions",
                                append=append)
        pyogrio.write_dataframe(pd.DataFrame(reports, columns=REPORT_COLUMNS), self.tmp,
                                layer="reports", append=append)
        self.has_layers = True

    def commit(self, superseded: list[str]) -> None:
        """Mark replaced versions, rebuild the sites of the current versions, rename."""
        if superseded:
            with closing(sqlite3.connect(self.tmp)) as db, db:
                db.executemany("UPDATE reports SET current = 0 WHERE report_id = ?",
                               [(rid,) for rid in superseded])
        index = _typed_reports(pyogrio.read_dataframe(
            self.tmp, layer="reports", columns=["report_id", "version", "current"]))
        current = index.loc[index["current"], "report_id"]
        columns = ["report_id", "source", "site_id", "site", "kind", "derived", "precision_m",
                   "date_start", "date_end", "lat", "lon"]
        mentions = _typed_mentions(pyogrio.read_dataframe(
            self.tmp, layer="mentions", columns=columns, read_geometry=False))
        sites = sites_frame(mentions[mentions["report_id"].isin(current)])
        del mentions
        pyogrio.write_dataframe(sites, self.tmp, layer="sites")
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


class Store:
    """A GeoPackage file holding reports, mentions and sites."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.exists()

    def _read_layer(self, layer: str, columns: list[str] | None = None) -> pd.DataFrame:
        try:
            return pyogrio.read_dataframe(self.path, layer=layer, columns=columns,
                                          read_geometry=False)
        except Exception as exc:  # pyogrio raises several error types for a bad file
            raise StoreError(
                f"{self.path}: cannot be read as a reportmap GeoPackage ({exc})",
                hint="pass --store with a file written by 'reportmap ingest'",
            ) from None

    def read(self) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
        """All reports and all mentions (every version); empty tables for a new store."""
        if not self.exists():
            return pd.DataFrame(columns=REPORT_COLUMNS), mentions_frame([])
        reports = self._read_layer("reports")
        mentions = self._read_layer("mentions")
        return _typed_reports(reports), with_points(mentions)

    def read_index(self) -> pd.DataFrame:
        """The reports table without bodies: report_id, doc_key, version, current."""
        columns = ["report_id", "doc_key", "version", "current"]
        if not self.exists():
            return _typed_reports(pd.DataFrame(columns=columns))
        return _typed_reports(self._read_layer("reports", columns))

    def read_current(self) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
        """The current version of every report and its mentions."""
        reports, mentions = self.read()
        reports = reports[reports["current"]]
        return reports, mentions[mentions["report_id"].isin(reports["report_id"])]

    def temporary(self) -> str:
        """A free file name beside the store, for writing a new version of it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".reportmap-", suffix=".gpkg", dir=self.path.parent)
        os.close(fd)
        os.unlink(tmp)
        return tmp

    def write(self, reports: pd.DataFrame, mentions: gpd.GeoDataFrame) -> None:
        """Replace the store in one atomic rename; the old file survives any failure."""
        tmp = self.temporary()
        try:
            current = mentions[
                mentions["report_id"].isin(reports.loc[reports["current"], "report_id"])
            ]
            pyogrio.write_dataframe(mentions, tmp, layer="mentions")
            pyogrio.write_dataframe(sites_frame(current), tmp, layer="sites")
            pyogrio.write_dataframe(reports, tmp, layer="reports")
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def _ingest(self, outcomes: Iterable[tuple[Report, list[tuple]]],
                batch: _Batch | None = None) -> IngestSummary:
        """Add the new reports of `outcomes`, written in chunks to a copy renamed at the end."""
        batch = batch or _Batch(self.read_index())
        transaction: _Transaction | None = None
        try:
            for report, rows in outcomes:
                batch.add(report, rows)
                if batch.full():
                    transaction = transaction or _Transaction(self)
                    transaction.write(*batch.take())
            if batch.reports:
                transaction = transaction or _Transaction(self)
                transaction.write(*batch.take())
            if transaction:
                transaction.commit(batch.superseded)
        except BaseException:
            if transaction:
                transaction.abort()
            raise
        return batch.summary

    def ingest(self, extracted: list[tuple[Report, list[Mention]]]) -> IngestSummary:
        """Add new reports and new versions; a report already stored is left as it is."""
        return self._ingest((r, mention_tuples(r, ms)) for r, ms in extracted)

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        gazetteer,
        defaults: dict | None = None,
        on_file: Callable[[str], None] | None = None,
        jobs: int = 1,
    ) -> IngestSummary:
        """Extract the files not stored yet (same bytes = same report) and add them.

        Files are extracted by `jobs` processes, in file order; rows are written to the new copy
        of the store every few thousand mentions, so memory does not grow with the folder.
        Refused files are listed in the summary, the others stored.
        """
        batch = _Batch(self.read_index())
        todo: list[Path] = []
        for path in iter_report_paths(paths):
            try:
                known = report_id_of(Path(path).read_bytes()) in batch.known
            except OSError:
                known = False  # load_report says what is wrong with it
            if known:
                batch.summary.read += 1
                batch.summary.unchanged += 1
                if on_file:
                    on_file(str(path))
            else:
                todo.append(path)

        def extracted() -> Iterator[tuple[Report, list[tuple]]]:
            outcomes = extract_many(todo, gazetteer, defaults, jobs, shape=mention_tuples)
            for path, (report, rows) in zip(todo, outcomes, strict=True):
                if report is None:
                    batch.summary.refused.append(rows)
                else:
                    yield report, rows
                if on_file:
                    on_file(str(path))

        return self._ingest(extracted(), batch)
