"""reportmap: where and when the reports say things happened, who says so.

Reads top to bottom: load the records, read the filters (kept in the URL), draw the map,
list the filtered mentions, read a report. All work is done by pure functions in
reportmap/ and layers/; this script only wires widgets to them.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from layers import html as H
from layers.dataset import publish_dataset
from layers.filters import date_bounds, filter_mask, prepare_mentions
from layers.mapview import build_map, filter_element
from layers.sites import site_features
from reportmap.app_data import load_sample, load_store, load_uploads

APP_DIR = Path(__file__).parent
STATIC_DIR = APP_DIR / "static"
ROLES = ["event", "locator", "background"]
TABLE_ROWS = 100  # rows sent to the browser; the download has them all
PICKER_REPORTS = 300
TABLE_COLUMNS = ["site", "site_id", "kind", "role", "text", "date_start", "date_end", "date_basis",
                 "date_text", "source", "claimant", "published", "excerpt", "report_id"]

st.set_page_config(page_title="reportmap", page_icon="🗺️", layout="wide")
params = st.query_params


@st.cache_resource(show_spinner="Reading the reports…")
def sample_records():
    return load_sample()


@st.cache_resource(show_spinner="Opening the store…")
def store_records(path: str):
    return load_store(path)


@st.cache_resource(show_spinner="Preparing the map data…")
def published(mentions_key: str, _mentions: pd.DataFrame):
    prepared = prepare_mentions(_mentions)
    return prepared, publish_dataset(_mentions, STATIC_DIR)


@st.cache_data(show_spinner=False, max_entries=64)
def filtered_rows(mentions_key: str, _prepared: pd.DataFrame, filters_json: str) -> np.ndarray:
    """Positions of the mentions that pass the filters (cheap to cache, unlike 100k rows)."""
    return np.flatnonzero(filter_mask(_prepared, **json.loads(filters_json, object_hook=_dates)))


@st.cache_resource(show_spinner=False)
def report_labels(mentions_key: str, _reports: pd.DataFrame) -> dict[str, str]:
    """Report id -> label, newest first."""
    newest = _reports.sort_values("published", ascending=False, kind="stable")
    return {
        row.report_id: f"{row.source} · {row.published} · {row.title or row.path}"
        for row in newest.itertuples()
    }


def _dates(obj: dict) -> dict:
    if "date_range" in obj and obj["date_range"]:
        obj["date_range"] = tuple(date.fromisoformat(d) for d in obj["date_range"])
    return obj


def _param_date(name: str, default: date) -> date:
    """A date from the URL; a malformed one is ignored, not an error page."""
    try:
        return date.fromisoformat(params[name])
    except (KeyError, ValueError):
        return default


def _param_choice(name: str, options: list[str], default: list[str]) -> list[str]:
    """Options named in the URL; none valid (or none given) gives the default."""
    chosen = [v for v in params.get_all(name) if v in options]
    return chosen or default


# ---- data ---------------------------------------------------------------------------------
st.sidebar.title("reportmap")
store_path = st.sidebar.text_input(
    "Store (GeoPackage)",
    value=params.get("store", ""),
    help="A file written by `reportmap ingest`; empty: the sample",
)
uploads = st.sidebar.file_uploader(
    "…or read report files", type=["md", "txt"], accept_multiple_files=True
)
try:
    if uploads:
        records = load_uploads([(u.name, u.getvalue()) for u in uploads])
    elif store_path:
        records = store_records(store_path)
    else:
        records = sample_records()
except Exception as exc:  # a bad store path must not break the page
    st.error(f"Cannot open {store_path!r}: {exc}")
    records = sample_records()
for path, problem in records.refused:
    st.sidebar.warning(f"{path}: {problem}")
reports, mentions = records.reports, records.mentions
prepared, dataset = published(records.key, mentions)

# ---- filters (kept in the URL so a view can be shared) -------------------------------------
date_field = st.sidebar.radio(
    "Date",
    ["event", "published"],
    horizontal=True,
    index=1 if params.get("date_field") == "published" else 0,
    format_func={"event": "event date", "published": "publication date"}.get,
    key="date_field",
)
if date_field == "event":  # the slider spans the news, not the history told as background
    lo, hi = date_bounds(prepared[prepared["role"] != "background"])
else:
    days = pd.to_datetime(prepared["published"]).dt.date
    lo, hi = (days.min(), days.max()) if len(days) else (None, None)
lo = lo or date.today()
hi = hi or lo
if lo == hi:
    lo, hi = lo - timedelta(days=1), hi + timedelta(days=1)
include_undated = st.sidebar.checkbox(
    "Keep undated mentions when narrowing dates",
    value=params.get("undated") == "1",
    key="undated",
    help="The slider at its full extent shows everything, history and undated mentions too. "
    "Narrowed, it keeps the mentions whose event interval meets the range, and undated ones "
    "only if this is ticked.",
)
all_sources = sorted(mentions["source"].dropna().unique())
sources = st.sidebar.multiselect(
    "Sources",
    all_sources,
    default=_param_choice("source", all_sources, all_sources),
    key="sources",
)
all_kinds = sorted(mentions["kind"].dropna().unique())
kinds = st.sidebar.multiselect(
    "Site kinds",
    all_kinds,
    default=_param_choice("kind", all_kinds, all_kinds),
    key="kinds",
)
roles = st.sidebar.multiselect(
    "Roles",
    ROLES,
    default=_param_choice("role", ROLES, ROLES),
    help="event: what happened there; locator: only says where "
    "another site is; background: history, standing facts",
    key="roles",
)
all_sites = sorted(mentions["site"].dropna().unique())
site_names = st.sidebar.multiselect(
    "Sites",
    all_sites,
    default=_param_choice("site", all_sites, []),
    key="sites",
)

base_filters = {
    "date_field": date_field,
    "sources": sources,
    "kinds": kinds,
    "roles": roles,
    "sites": sorted(mentions.loc[mentions["site"].isin(site_names), "site_id"].unique())
    if site_names
    else None,
    "include_undated": include_undated,
}
url_params = {
    **({"store": store_path} if store_path else {}),
    **({"date_field": "published"} if date_field == "published" else {}),
    **({"undated": "1"} if include_undated else {}),
    **({"source": sources} if set(sources) != set(all_sources) else {}),
    **({"kind": kinds} if set(kinds) != set(all_kinds) else {}),
    **({"role": roles} if set(roles) != set(ROLES) else {}),
    **({"site": site_names} if site_names else {}),
}


# ---- map: a slider move reruns only this fragment (slider, map, table), not the whole page ----
@st.fragment
def map_view(base_filters: dict, url_params: dict, lo: date, hi: date) -> None:
    start, end = _param_date("from", lo), _param_date("to", hi)
    date_range = st.slider(
        "Event dates" if base_filters["date_field"] == "event" else "Publication dates",
        min_value=lo,
        max_value=hi,
        value=(max(lo, min(start, hi)), min(hi, max(end, lo))),
        format="YYYY-MM-DD",
        key="dates",
    )
    full_range = date_range == (lo, hi)
    filters = {
        **base_filters,
        "date_range": None if full_range else [d.isoformat() for d in date_range],
        # full extent: no date filter at all, so history and undated mentions show too
        "include_undated": base_filters["include_undated"] or full_range,
    }
    params.from_dict(
        {
            **url_params,
            "from": date_range[0].isoformat(),
            "to": date_range[1].isoformat(),
            **({"report": params["report"]} if "report" in params else {}),
        }
    )
    shown = prepared.iloc[filtered_rows(records.key, prepared, json.dumps(filters))]

    st.subheader(
        f"{shown['site_id'].nunique()} sites · {len(shown)} mentions · "
        f"{shown['report_id'].nunique()} reports"
    )
    st_folium(
        build_map(dataset),
        key="map",
        feature_group_to_add=filter_element(filters, dataset),
        returned_objects=[],
        height=560,
        width="stretch",
    )
    st.caption(
        "Click a site for its excerpts. Circles: uncertainty of derived positions. "
        "Land outline: Natural Earth (public domain); tiles © OpenStreetMap when reachable."
    )

    # table and download -------------------------------------------------------------------
    # Only the first rows travel to the browser: a rerun must not resend 100k rows.
    st.dataframe(shown[TABLE_COLUMNS].head(TABLE_ROWS), hide_index=True, width="stretch",
                 key="mentions_table")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(shown):,} mentions; "
                   "the download has them all.")
    st.download_button(
        "Download the filtered layer (GeoJSON)",
        lambda: json.dumps(site_features(shown), ensure_ascii=False),  # built on click only
        file_name="reportmap-sites.geojson",
        mime="application/geo+json",
        on_click="ignore",
    )


map_view(base_filters, url_params, lo, hi)

# ---- report reader ------------------------------------------------------------------------
st.subheader("Read a report")
labels = report_labels(records.key, reports)
chosen = params.get("report")
# The newest reports only: 30,000 options would weigh a megabyte on every first load.
ids = list(labels)[:PICKER_REPORTS]
if chosen in labels and chosen not in ids:
    ids.append(chosen)
if len(labels) > PICKER_REPORTS:
    st.caption(f"The {PICKER_REPORTS} newest of {len(labels):,} reports; any other opens "
               "with ?report=ID in the address (report_id is the table's last column).")
report_id = (
    st.selectbox(
        "Report",
        ids,
        index=ids.index(chosen) if chosen in ids else 0,
        format_func=labels.get,
        key="report_pick",
    )
    if ids
    else None
)
if report_id:
    report = reports[reports["report_id"] == report_id].iloc[0]
    original = H.safe_url(report["url"])
    if original:
        st.link_button("Open the original article", original)
    own = mentions[mentions["report_id"] == report_id].to_dict("records")
    st.html(H.report_html(report["body"], own))
