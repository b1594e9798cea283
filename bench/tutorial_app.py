"""The tutorial way (for bench/app_speed.py): a new folium map with a Marker per mention.

    streamlit run bench/tutorial_app.py -- then open ?store=PATH

Most folium + Streamlit maps are written like this: filter a DataFrame with a slider,
build a folium.Map, add one folium.Marker with a folium.Popup per row, st_folium(m).
Leaflet is served locally (the benchmark runs offline); nothing else is changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _tutorial import load_mentions, select, tutorial_map  # noqa: E402

STATIC_DIR = Path(__file__).resolve().parent / "static"

st.set_page_config(page_title="tutorial map", layout="wide")


@st.cache_data
def mentions(path: str):
    return load_mentions(path)


frame = mentions(st.query_params.get("store", ""))
lo, hi = frame["day"].min(), frame["day"].max()
start, end = st.sidebar.slider("Dates", min_value=lo, max_value=hi, value=(lo, hi), key="dates")
shown = select(frame, start, end)
st.subheader(f"{len(shown)} mentions")
m = tutorial_map(shown, STATIC_DIR)
st_folium(m, height=560)
