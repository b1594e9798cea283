"""Group mentions into sites: one GeoJSON Feature (RFC 7946, lon first) per site_id.

A derived position ("offshore Tartus") has its own site_id and so is its own site.
The same records feed the map popups, downloads and exports.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from layers.html import text_of

MENTION_FIELDS = (
    "report_id",
    "source",
    "title",
    "url",
    "text",
    "excerpt",
    "start",
    "end",
    "date_start",
    "date_end",
    "date_text",
    "date_basis",
    "claimant",
    "role",
)


def _clean(value: Any) -> Any:
    """JSON-safe scalar: NaN/NaT → None, numpy scalars → Python."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    return value


def _truthy(value: Any) -> bool:
    """Booleans that may arrive as strings or NaN."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    value = _clean(value)
    return bool(value) if value is not None else False


def mention_record(row: dict[str, Any]) -> dict[str, Any]:
    """The per-mention record of a feature; start/end become excerpt-relative offsets."""
    record = {k: _clean(row.get(k)) for k in MENTION_FIELDS}
    base = _clean(row.get("excerpt_start"))
    base = int(base) if base is not None else 0
    for key in ("start", "end"):
        if record[key] is not None:
            record[key] = int(record[key]) - base
    return record


def sort_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions ordered for display: by site, newest event first, undated last."""
    frame = mentions.copy()
    key = frame["date_start"].map(text_of) if "date_start" in frame else ""
    frame["_sortdate"] = key
    frame = frame.sort_values(
        ["site_id", "_sortdate", "report_id", "start"],
        ascending=[True, False, True, True],
        kind="stable",
    )
    return frame.drop(columns="_sortdate")


def site_summary(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per site_id: position, name, kind, counts, sources and date span."""
    if mentions.empty:
        return pd.DataFrame(
            columns=["site_id", "site", "kind", "derived", "precision_m", "lat", "lon",
                     "n_mentions", "n_reports", "sources", "date_min", "date_max"]
        )
    frame = mentions.copy()
    frame["_d0"] = frame["date_start"].map(text_of).replace("", None)
    frame["_d1"] = frame["date_end"].map(text_of).replace("", None)
    frame["_d1"] = frame["_d1"].fillna(frame["_d0"])
    frame["_d0"] = frame["_d0"].fillna(frame["_d1"])
    grouped = frame.groupby("site_id", sort=True)
    summary = grouped.agg(
        site=("site", "first"),
        kind=("kind", "first"),
        derived=("derived", "first"),
        precision_m=("precision_m", "max"),
        lat=("lat", "first"),
        lon=("lon", "first"),
        n_mentions=("report_id", "size"),
        n_reports=("report_id", "nunique"),
        date_min=("_d0", "min"),
        date_max=("_d1", "max"),
    )
    summary["sources"] = grouped["source"].agg(
        lambda s: sorted({text_of(v) for v in s if text_of(v)})
    )
    summary["derived"] = summary["derived"].map(_truthy)
    return summary.reset_index()


def site_features(mentions: pd.DataFrame) -> dict:
    """GeoJSON FeatureCollection with one Feature per site_id and its mentions."""
    summary = site_summary(mentions)
    ordered = sort_mentions(mentions) if not mentions.empty else mentions
    records_by_site: dict[str, list[dict]] = {}
    for row in ordered.to_dict("records"):
        records_by_site.setdefault(row["site_id"], []).append(mention_record(row))
    features = []
    for site in summary.to_dict("records"):
        lon, lat = _clean(site["lon"]), _clean(site["lat"])
        if lon is None or lat is None:
            continue
        props = {
            "site_id": site["site_id"],
            "site": _clean(site["site"]),
            "kind": _clean(site["kind"]),
            "derived": bool(site["derived"]),
            "precision_m": _clean(site["precision_m"]),
            "n_mentions": int(site["n_mentions"]),
            "n_reports": int(site["n_reports"]),
            "sources": list(site["sources"]),
            "date_min": _clean(site["date_min"]),
            "date_max": _clean(site["date_max"]),
            "mentions": records_by_site.get(site["site_id"], []),
        }
        features.append(
            {
                "type": "Feature",
                "id": site["site_id"],
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}
