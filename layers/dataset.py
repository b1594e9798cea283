"""Publish the mentions to static files the browser loads once (no data in the page).

`publish_dataset(mentions, static_dir)` writes, under content-hash versioned folders:

- `reportmap/a-<hash>/`: Leaflet (from layers/static/vendor, see scripts/fetch_assets.sh),
  rmlayer.js / rmlayer.css (layers/), the offline base map (layers/data/*.geojson).
- `reportmap/d-<hash>/dataset.json`: compact columnar JSON — sites (position, kind index,
  pre-escaped label, mention offsets) and per-mention day numbers, source/role indices.
- `reportmap/d-<hash>/s/<site>-<page>.json`: pre-escaped popup HTML snippets made by
  layers/html.py, PAGE mentions per file; the JS only concatenates them.

Nothing is rewritten when the folder for the same content already exists. In Streamlit,
static_dir is the `static/` folder next to the app script (served at /app/static/ with
`[server] enableStaticServing = true`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from layers import html as H
from layers.filters import UNDATED, day_number, prepare_mentions
from layers.sites import site_summary

FORMAT_VERSION = 1
PAGE = 100  # mentions per popup snippet file
JS_UNDATED = -999999  # day number of an undated mention in dataset.json
LAYERS_DIR = Path(__file__).parent
VENDOR_DIR = LAYERS_DIR / "static" / "vendor"
ASSET_FILES = {
    "leaflet.js": VENDOR_DIR / "leaflet" / "leaflet.js",
    "leaflet.css": VENDOR_DIR / "leaflet" / "leaflet.css",
    "rmlayer.js": LAYERS_DIR / "rmlayer.js",
    "rmlayer.css": LAYERS_DIR / "rmlayer.css",
    "region.json": LAYERS_DIR / "data" / "region.geojson",
    "world.json": LAYERS_DIR / "data" / "world.geojson",
}
CODE_FILES = [LAYERS_DIR / "html.py", LAYERS_DIR / "dataset.py", LAYERS_DIR / "filters.py"]
ASSET_DIRS = {"images": VENDOR_DIR / "leaflet" / "images"}
PALETTE = [
    "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939",
]
KIND_COLORS = {"derived": "#222222"}
ROLES = ("event", "locator", "background")


class AssetsMissingError(FileNotFoundError):
    """A browser asset (Leaflet, base map) is missing from the source tree."""


@dataclass(frozen=True)
class DatasetInfo:
    """Where a published dataset lives and the index tables the filter needs."""

    version: str
    static_dir: Path
    data_path: str  # relative to static_dir, '/' separated
    assets_path: str
    n_mentions: int
    n_sites: int
    site_ids: tuple[str, ...]
    sources: tuple[str, ...]
    kinds: tuple[str, ...]
    roles: tuple[str, ...]
    day_min: int | None
    day_max: int | None
    bounds: tuple[tuple[float, float], tuple[float, float]] | None  # (south, west), (north, east)
    dataset_bytes: int

    def index_of(self, table: str, values) -> list[int]:
        """Indices of the known values in one of the tables (unknown values are dropped)."""
        lookup = {v: i for i, v in enumerate(getattr(self, table))}
        return sorted({lookup[v] for v in values if v in lookup})


def kind_color(kind: str, index: int) -> str:
    """The colour of a site kind."""
    return KIND_COLORS.get(kind, PALETTE[index % len(PALETTE)])


def _hash_bytes(*chunks: bytes) -> str:
    """Short sha256 hex digest."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()[:16]


def _check_assets() -> None:
    """Raise AssetsMissingError naming the first missing asset."""
    for path in [*ASSET_FILES.values(), *ASSET_DIRS.values()]:
        if not path.exists():
            raise AssetsMissingError(
                f"map asset missing: {path} (run scripts/fetch_assets.sh to fetch Leaflet)"
            )


def publish_assets(static_dir: Path | str) -> str:
    """Copy the browser assets under static_dir; returns their path relative to it."""
    _check_assets()
    static_dir = Path(static_dir)
    parts = [name.encode() + path.read_bytes() for name, path in sorted(ASSET_FILES.items())]
    for name, folder in sorted(ASSET_DIRS.items()):
        parts += [f"{name}/{p.name}".encode() + p.read_bytes() for p in sorted(folder.iterdir())]
    rel = f"reportmap/a-{_hash_bytes(*parts)}"
    target = static_dir / rel
    if (target / ".complete").exists():
        return rel
    tmp = Path(tempfile.mkdtemp(prefix=".a-", dir=_ensure(static_dir / "reportmap")))
    for name, path in ASSET_FILES.items():
        shutil.copyfile(path, tmp / name)
    for name, folder in ASSET_DIRS.items():
        shutil.copytree(folder, tmp / name)
    (tmp / ".complete").write_text("ok\n")
    _install(tmp, target)
    return rel


def _ensure(folder: Path) -> Path:
    """mkdir -p and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _install(tmp: Path, target: Path) -> None:
    """Move a finished temp folder into place (another writer may have won the race)."""
    tmp.chmod(0o755)
    try:
        os.replace(tmp, target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (target / ".complete").exists():
            raise


def _content_hash(mentions: pd.DataFrame, report_href: str) -> str:
    """Hash of the frame's content and the publishing options."""
    cols = sorted(mentions.columns)
    hashed = pd.util.hash_pandas_object(mentions[cols].astype(str), index=False).to_numpy()
    head = f"{FORMAT_VERSION}|{report_href}|{PAGE}|{','.join(cols)}".encode()
    code = b"".join(p.read_bytes() for p in CODE_FILES)  # snippets change with the code
    return _hash_bytes(head, code, hashed.tobytes())


def _order(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sites by descending count, and mentions grouped by site, newest first, undated last."""
    summary = site_summary(mentions)
    summary = summary.sort_values(["n_mentions", "site_id"], ascending=[False, True])
    summary = summary.reset_index(drop=True)
    site_index = pd.Series(np.arange(len(summary)), index=summary["site_id"])
    frame = prepare_mentions(mentions)
    frame["_site"] = site_index.reindex(frame["site_id"]).to_numpy()
    frame["_dated"] = frame["_ev0"] != UNDATED
    frame = frame.sort_values(
        ["_site", "_dated", "_ev0", "_ev1", "report_id"],
        ascending=[True, False, False, False, True],
        kind="stable",
    ).reset_index(drop=True)
    return summary, frame


def _codes(values: pd.Series, table: list[str]) -> list[int]:
    """Index of each value in table."""
    lookup = {v: i for i, v in enumerate(table)}
    return [lookup[v] for v in values]


def _js_days(days: np.ndarray) -> list[int]:
    """Day numbers with UNDATED replaced by the JS sentinel."""
    return np.where(days == UNDATED, JS_UNDATED, days).astype(np.int64).tolist()


def _dataset_json(summary: pd.DataFrame, frame: pd.DataFrame, sources, kinds) -> dict:
    """The columnar dataset.json document."""
    counts = summary["n_mentions"].to_numpy()
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64).tolist()
    ev0 = frame["_ev0"].to_numpy()
    ev1 = frame["_ev1"].to_numpy()
    span = np.where(ev0 == UNDATED, 0, ev1 - ev0)
    records = summary.to_dict("records")
    return {
        "format": FORMAT_VERSION,
        "undated": JS_UNDATED,
        "page": PAGE,
        "kindColors": [kind_color(k, i) for i, k in enumerate(kinds)],
        "legend": H.legend_html(kinds, [kind_color(k, i) for i, k in enumerate(kinds)]),
        "nSources": len(sources),
        "sites": {
            "lat": [round(float(v), 5) for v in summary["lat"]],
            "lon": [round(float(v), 5) for v in summary["lon"]],
            "kind": _codes(summary["kind"].map(H.text_of), kinds),
            "derived": [int(bool(v)) for v in summary["derived"]],
            "prec": [int(v) if v == v and v is not None else 0 for v in summary["precision_m"]],
            "label": [H.site_label_html(r) for r in records],
            "off": offsets,
        },
        "m": {
            "e0": _js_days(ev0),
            "es": span.astype(np.int64).tolist(),
            "pub": _js_days(frame["_pub"].to_numpy()),
            "src": _codes(frame["source"].map(H.text_of), sources),
            "role": _codes(frame["role"].map(H.text_of), list(role_table(frame))),
        },
    }


def role_table(frame: pd.DataFrame) -> tuple[str, ...]:
    """Known roles first, then any other role values seen."""
    seen = sorted({H.text_of(v) for v in frame["role"]} - set(ROLES))
    return (*ROLES, *seen)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Row dicts with plain Python values (faster than to_dict for string columns)."""
    columns = {c: frame[c].astype(object).tolist() for c in frame.columns}
    names = list(columns)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _write_snippets(folder: Path, summary: pd.DataFrame, frame: pd.DataFrame, href: str) -> None:
    """Per-site pages of pre-escaped popup HTML."""
    headers = [H.site_header_html(r) for r in _records(summary)]
    snippets = [H.mention_html(r, href) for r in _records(frame)]
    counts = summary["n_mentions"].to_numpy()
    pos = 0
    for i, count in enumerate(counts):
        for page, first in enumerate(range(0, int(count), PAGE)):
            chunk = snippets[pos + first : pos + min(first + PAGE, int(count))]
            doc = {"h": headers[i], "m": chunk}
            (folder / f"{i}-{page}.json").write_text(
                json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
            )
        pos += int(count)


def publish_dataset(
    mentions: pd.DataFrame,
    static_dir: Path | str,
    *,
    report_href: str = H.STREAMLIT_REPORT_HREF,
    keep: int = 3,
) -> DatasetInfo:
    """Write the dataset and assets as static files; returns where and the index tables.

    report_href is the reader link in popups; `{report_id}` is replaced by the URL-quoted id.
    The default works from inside the streamlit-folium iframe (it opens the app's
    `?report=<id>` in a new tab: the iframe sandbox forbids navigating the top page).
    Older dataset versions beyond the `keep` most recent are deleted.
    """
    static_dir = Path(static_dir)
    assets_path = publish_assets(static_dir)
    mentions = mentions[mentions["lat"].notna() & mentions["lon"].notna()]
    version = _content_hash(mentions, report_href)
    data_path = f"reportmap/d-{version}"
    target = static_dir / data_path
    if (target / ".complete").exists() and (target / "info.json").exists():
        doc = json.loads((target / "info.json").read_text(encoding="utf-8"))
        return _info_from_doc(doc, static_dir, assets_path)
    summary, frame = _order(mentions)
    sources = sorted({H.text_of(v) for v in frame["source"]})
    kinds = sorted({H.text_of(v) for v in summary["kind"]})
    roles = role_table(frame) if len(frame) else ROLES
    ev0 = frame["_ev0"].to_numpy() if len(frame) else np.array([], dtype=np.int32)
    dated = ev0 != UNDATED
    bounds = None
    if len(summary):
        bounds = (
            (float(summary["lat"].min()), float(summary["lon"].min())),
            (float(summary["lat"].max()), float(summary["lon"].max())),
        )
    tmp = Path(tempfile.mkdtemp(prefix=".d-", dir=_ensure(static_dir / "reportmap")))
    data_text = json.dumps(_dataset_json(summary, frame, sources, kinds), separators=(",", ":"))
    (tmp / "dataset.json").write_text(data_text, encoding="utf-8")
    _ensure(tmp / "s")
    _write_snippets(tmp / "s", summary, frame, report_href)
    info = DatasetInfo(
        version=version,
        static_dir=static_dir,
        data_path=data_path,
        assets_path=assets_path,
        n_mentions=len(frame),
        n_sites=len(summary),
        site_ids=tuple(summary["site_id"]),
        sources=tuple(sources),
        kinds=tuple(kinds),
        roles=tuple(roles),
        day_min=int(ev0[dated].min()) if dated.any() else None,
        day_max=int(frame["_ev1"].to_numpy()[dated].max()) if dated.any() else None,
        bounds=bounds,
        dataset_bytes=len(data_text.encode("utf-8")),
    )
    doc = {k: v for k, v in asdict(info).items() if k not in ("static_dir", "assets_path")}
    (tmp / "info.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp / ".complete").write_text("ok\n")
    _install(tmp, target)
    prune_versions(static_dir, keep=keep, current=target)
    return info


def prune_versions(
    static_dir: Path | str, keep: int = 3, current: Path | None = None
) -> list[Path]:
    """Delete all but the `keep` newest dataset folders (never `current`); returns them."""
    folder = Path(static_dir) / "reportmap"
    versions = sorted(folder.glob("d-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    old = [p for p in versions[max(keep, 1) :] if p != current]
    for path in old:
        shutil.rmtree(path, ignore_errors=True)
    return old


def _info_from_doc(doc: dict, static_dir: Path, assets_path: str) -> DatasetInfo:
    """DatasetInfo from a stored info.json."""
    bounds = doc["bounds"]
    return DatasetInfo(
        **{
            **doc,
            "static_dir": static_dir,
            "assets_path": assets_path,
            "site_ids": tuple(doc["site_ids"]),
            "sources": tuple(doc["sources"]),
            "kinds": tuple(doc["kinds"]),
            "roles": tuple(doc["roles"]),
            "bounds": None if bounds is None else (tuple(bounds[0]), tuple(bounds[1])),
        }
    )


def filter_payload(filter: dict, dataset: DatasetInfo) -> dict:
    """The filter as numbers for the browser (indices into the dataset's tables).

    Keys as in layers.filters.filter_mentions: date_range, date_field, sources, kinds,
    sites, roles, include_undated. Missing keys mean no filter on that field.
    """
    unknown = set(filter) - {
        "date_range", "date_field", "sources", "kinds", "sites", "roles", "include_undated"
    }
    if unknown:
        raise ValueError(f"unknown filter keys {sorted(unknown)} for dataset {dataset.data_path}")
    date_range = filter.get("date_range") or (None, None)
    lo, hi = (day_number(v) for v in date_range)
    field = filter.get("date_field", "event")
    if field not in ("event", "published"):
        raise ValueError(f"date_field must be 'event' or 'published', not {field!r}")
    out: dict = {
        "field": 1 if field == "published" else 0,
        "lo": lo,
        "hi": hi,
        "undated": bool(filter.get("include_undated", False)),
    }
    for key, table, name in (
        ("sources", "sources", "src"),
        ("kinds", "kinds", "kind"),
        ("sites", "site_ids", "site"),
        ("roles", "roles", "role"),
    ):
        values = filter.get(key)
        out[name] = None if values is None else dataset.index_of(table, values)
    return out
