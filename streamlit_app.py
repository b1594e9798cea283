"""reportmap: where and when the reports say things happened, who says so.

Reads top to bottom: load the records, read the filters (kept in the URL), draw the map,
list the filtered mentions, read a report. All work is done by pure functions in
reportmap/ and layers/; this script only wires widgets to them.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from layers import html as H
from layers.dataset import publish_dataset
from layers.filters import date_bounds, filter_mentions, prepare_mentions
from layers.mapview import build_map, filter_element
from layers.sites import site_features
from reportmap.app_data import load_sample, load_store, load_uploads

APP_DIR = Path(__file__).parent
STATIC_DIR = APP_DIR / "static"
ROLES = ["event", "locator", "background"]

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


@st.cache_data(show_spinner=False)
def filtered(mentions_key: str, _prepared: pd.DataFrame, filters_json: str) -> pd.DataFrame:
    return filter_mentions(_prepared, **json.loads(filters_json, object_hook=_dates))


def _dates(obj: dict) -> dict:
    if "date_range" in obj and obj["date_range"]:
        obj["date_range"] = tuple(date.fromisoformat(d) for d in obj["date_range"])
    return obj


def _param_list(name: str) -> list[str] | None:
    values = params.get_all(name)
    return values or None


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
)
if date_field == "event":
    lo, hi = date_bounds(prepared)
else:
    days = pd.to_datetime(prepared["published"]).dt.date
    lo, hi = (days.min(), days.max()) if len(days) else (None, None)
lo = lo or date.today()
hi = hi or lo
if lo == hi:
    lo, hi = lo - timedelta(days=1), hi + timedelta(days=1)
start = date.fromisoformat(params["from"]) if "from" in params else lo
end = date.fromisoformat(params["to"]) if "to" in params else hi
date_range = st.sidebar.slider(
    "Dates",
    min_value=lo,
    max_value=hi,
    value=(max(lo, min(start, hi)), min(hi, max(end, lo))),
    format="YYYY-MM-DD",
    key="dates",
)
include_undated = st.sidebar.checkbox(
    "Keep undated mentions (background)",
    value=params.get("undated") == "1",
    help="Mentions with no date of their own are outside every date range unless kept.",
)
all_sources = sorted(mentions["source"].dropna().unique())
sources = st.sidebar.multiselect(
    "Sources",
    all_sources,
    default=[s for s in (_param_list("source") or all_sources) if s in all_sources],
)
all_kinds = sorted(mentions["kind"].dropna().unique())
kinds = st.sidebar.multiselect(
    "Site kinds",
    all_kinds,
    default=[k for k in (_param_list("kind") or all_kinds) if k in all_kinds],
)
roles = st.sidebar.multiselect(
    "Roles",
    ROLES,
    default=[r for r in (_param_list("role") or ROLES) if r in ROLES],
    help="event: what happened there; locator: only says where "
    "another site is; background: history, standing facts",
)
all_sites = sorted(mentions["site"].dropna().unique())
site_names = st.sidebar.multiselect(
    "Sites", all_sites, default=[s for s in (_param_list("site") or []) if s in all_sites]
)

full_range = date_range == (lo, hi)
filters = {
    "date_range": None if full_range and include_undated else [d.isoformat() for d in date_range],
    "date_field": date_field,
    "sources": sources,
    "kinds": kinds,
    "roles": roles,
    "sites": sorted(mentions.loc[mentions["site"].isin(site_names), "site_id"].unique())
    if site_names
    else None,
    "include_undated": include_undated,
}
params.from_dict(
    {
        **({"store": store_path} if store_path else {}),
        **({"date_field": "published"} if date_field == "published" else {}),
        "from": date_range[0].isoformat(),
        "to": date_range[1].isoformat(),
        **({"undated": "1"} if include_undated else {}),
        **({"source": sources} if set(sources) != set(all_sources) else {}),
        **({"kind": kinds} if set(kinds) != set(all_kinds) else {}),
        **({"role": roles} if set(roles) != set(ROLES) else {}),
        **({"site": site_names} if site_names else {}),
        **({"report": params["report"]} if "report" in params else {}),
    }
)
shown = filtered(records.key, prepared, json.dumps(filters))

# ---- map ----------------------------------------------------------------------------------
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
    use_container_width=True,
)
st.caption(
    "Click a site for its excerpts. Circles: uncertainty of derived positions. "
    "Land outline: Natural Earth (public domain); tiles © OpenStreetMap when reachable."
)

# ---- table and download -------------------------------------------------------------------
columns = [
    "site",
    "kind",
    "role",
    "text",
    "date_start",
    "date_end",
    "date_basis",
    "date_text",
    "source",
    "claimant",
    "published",
    "excerpt",
]
st.dataframe(shown[columns], hide_index=True, use_container_width=True, key="mentions_table")
st.download_button(
    "Download the filtered layer (GeoJSON)",
    json.dumps(site_features(shown), ensure_ascii=False),
    file_name="reportmap-sites.geojson",
    mime="application/geo+json",
)

# ---- report reader ------------------------------------------------------------------------
st.subheader("Read a report")
labels = {
    row.report_id: f"{row.source} · {row.published} · {row.title or row.path}"
    for row in reports.itertuples()
}
ids = list(labels)
chosen = params.get("report")
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
