"""Records for the app: the bundled sample, a store, or uploaded files — one shape for all."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from reportmap.errors import ReportError
from reportmap.reports import parse_report
from reportmap.store import Store, extract_reports, tables_from

SAMPLE_DIR = Path(__file__).parent / "sample"


@dataclass
class Records:
    """Reports and their mentions, with a key that changes when the content does."""

    key: str
    reports: pd.DataFrame
    mentions: gpd.GeoDataFrame
    refused: list[tuple[str, str]] = field(default_factory=list)


def _key(reports: pd.DataFrame) -> str:
    joined = ",".join(sorted(reports["report_id"].astype(str)))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def load_folder(paths, gazetteer=None) -> Records:
    """Extract report files in memory (nothing is written)."""
    from geo.gazetteer import load_gazetteer

    extracted, refused = extract_reports(paths, gazetteer or load_gazetteer())
    reports, mentions = tables_from(extracted)
    return Records(_key(reports), reports, mentions, refused)


def load_sample() -> Records:
    """The three bundled reports of December 2024."""
    return load_folder([SAMPLE_DIR])


def load_store(path: str | Path) -> Records:
    """The current version of every report in a GeoPackage store."""
    reports, mentions = Store(path).read_current()
    return Records(_key(reports), reports, mentions)


def load_uploads(files: list[tuple[str, bytes]]) -> Records:
    """Uploaded report files (name, bytes); bad ones are listed in `refused`."""
    from geo.gazetteer import load_gazetteer
    from reportmap.extract import extract_mentions

    gazetteer = load_gazetteer()
    extracted, refused = [], []
    for name, data in files:
        try:
            report = parse_report(name, data)
            extracted.append((report, extract_mentions(report, gazetteer)))
        except ReportError as exc:
            refused.append((exc.path, exc.problem))
    reports, mentions = tables_from(extracted)
    return Records(_key(reports), reports, mentions, refused)


__all__ = ["Records", "load_folder", "load_sample", "load_store", "load_uploads"]
