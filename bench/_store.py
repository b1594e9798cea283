"""Synthetic desk stores for the app benchmark: N mentions over a year, ~3,000 sites.

`bench_mentions(n)` reuses layers.synthetic.synthetic_mentions (sites, kinds, roles, a long
tail of busy sites) and re-dates it like a desk's year: events over 2024, published 0–3 days
later, 8 outlets, sentence-length excerpts. `write_store(path, n)` writes it as a reportmap
GeoPackage (reportmap.store.Store) the app opens with `?store=PATH`.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely import points

from layers.synthetic import synthetic_mentions
from reportmap.store import MENTION_COLUMNS, REPORT_COLUMNS, Store

YEAR_START = date(2024, 1, 1)
DAYS = 366
SOURCES = ["AFP", "Reuters", "AP", "SANA", "Enab Baladi", "Syrian Observatory", "BBC", "ANHA"]
TEMPLATES = [
    "Shelling hit the outskirts of {s} on {d}, residents said, and two houses were destroyed.",
    "A convoy was seen leaving {s} early on {d}, according to a local monitoring group.",
    "Satellite images taken on {d} show new earthworks at {s}, analysts said.",
    "Fighting was reported in {s} overnight, the observatory said on {d}.",
    "Aid workers reached {s} on {d} after the road reopened, the agency said in a statement.",
    "Drone strikes targeted positions near {s} on {d}; no casualties were reported.",
]


def bench_mentions(n: int, n_sites: int = 3_000, seed: int = 11) -> pd.DataFrame:
    """n mention rows (store columns) dated over 2024 from 8 sources on ~n_sites sites."""
    frame = synthetic_mentions(n, n_sites=n_sites, seed=seed).copy()
    rng = np.random.default_rng(seed + 1)
    iso = np.array([(YEAR_START + timedelta(days=d)).isoformat() for d in range(DAYS + 40)])
    start = rng.integers(0, DAYS, n)
    length = rng.choice([0, 0, 0, 0, 1, 2, 6], size=n)
    end = np.minimum(start + length, DAYS - 1)
    dated = frame["date_basis"].to_numpy() != "none"
    report = frame["report_id"].str[3:].astype(int).to_numpy()
    # one report = one source and one publication day (its first mention's)
    first = pd.Series(np.arange(n)).groupby(report).transform("first").to_numpy()
    published = iso[end[first] + rng.integers(0, 4, n)[first]]
    frame["source"] = np.array(SOURCES)[report % len(SOURCES)]
    frame["published"] = published
    frame["date_start"] = np.where(dated, iso[start], None)
    frame["date_end"] = np.where(dated, iso[end], None)
    frame["date_text"] = np.where(dated, "on " + iso[start], "")
    words = np.where(dated, iso[start], "that day")
    tpl = rng.integers(0, len(TEMPLATES), n)
    frame["excerpt"] = [
        TEMPLATES[t].format(s=s, d=d) for t, s, d in zip(tpl, frame["site"], words, strict=True)
    ]
    return frame[MENTION_COLUMNS].reset_index(drop=True)


def reports_for(mentions: pd.DataFrame) -> pd.DataFrame:
    """The reports table matching the mentions (short bodies made of their excerpts)."""
    grouped = mentions.groupby("report_id", sort=True)
    first = grouped.first()
    bodies = grouped["excerpt"].agg(" ".join)
    reports = pd.DataFrame(
        {
            "report_id": first.index,
            "doc_key": first["url"].to_numpy(),
            "version": 1,
            "current": True,
            "path": [f"{r}.md" for r in first.index],
            "source": first["source"].to_numpy(),
            "title": first["title"].to_numpy(),
            "url": first["url"].to_numpy(),
            "published": first["published"].to_numpy(),
            "language": "en",
            "words": bodies.str.split().str.len().to_numpy(),
            "ingested_at": "2025-01-01T00:00:00+00:00",
            "extractor": "bench",
            "body": bodies.to_numpy(),
        }
    )
    return reports[REPORT_COLUMNS]


def write_store(path: str | Path, n: int, seed: int = 11) -> Path:
    """Write (or reuse) a GeoPackage store of n synthetic mentions; returns its path."""
    path = Path(path)
    stamp = path.with_suffix(".ok")
    key = hashlib.sha256(f"{n}|{seed}|{Path(__file__).read_bytes()!r}".encode()).hexdigest()
    if path.exists() and stamp.exists() and stamp.read_text() == key:
        return path
    mentions = bench_mentions(n, seed=seed)
    geometry = points(mentions["lon"].to_numpy(float), mentions["lat"].to_numpy(float))
    frame = gpd.GeoDataFrame(mentions, geometry=geometry, crs="EPSG:4326")
    Store(path).write(reports_for(mentions), frame)
    stamp.write_text(key)
    return path
