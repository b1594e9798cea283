"""The data side of "the tutorial way" (bench/tutorial_app.py), shared with the benchmark.

The benchmark computes the marker count it waits for with the same `select` the app uses.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import folium
import pandas as pd

from layers.dataset import publish_assets
from reportmap.store import Store

COLUMNS = ["site", "source", "published", "date_start", "excerpt", "title", "lat", "lon"]


def load_mentions(path: str | Path) -> pd.DataFrame:
    """The store's current mentions with a `day` column (date of date_start; undated dropped)."""
    _, mentions = Store(path).read_current()
    frame = pd.DataFrame(mentions[COLUMNS])
    frame["day"] = pd.to_datetime(frame["date_start"], errors="coerce", format="ISO8601").dt.date
    return frame[frame["day"].notna()].reset_index(drop=True)


def select(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Mentions whose event starts within [start, end] (the usual one-column filter)."""
    return frame[(frame["day"] >= start) & (frame["day"] <= end)]


def popup_html(row) -> str:
    """The popup of one mention: site, source, dates and the excerpt, escaped."""
    e = html.escape
    return (
        f"<b>{e(str(row.site))}</b><br><i>{e(str(row.source))} · {e(str(row.published))}"
        f"</i><br>{e(str(row.date_start))}<p>{e(str(row.excerpt))}</p>"
    )


# folium's Popup builds its element with `$(`<div>…</div>`)[0]` (jQuery from a CDN); offline,
# this stand-in parses the HTML the same way.
JQUERY_SHIM = (
    "window.$ = window.jQuery = function (html) {"
    " var t = document.createElement('template'); t.innerHTML = String(html).trim();"
    " return Array.prototype.slice.call(t.content.childNodes); };\n"
)


def local_leaflet(m: folium.Map, static_dir: Path, base_url: str = "../../app/static/") -> None:
    """Point the map at the Leaflet copy served by the app (the page is offline)."""
    rel = publish_assets(static_dir)
    shim = Path(static_dir) / "jquery-shim.js"
    if not shim.exists() or shim.read_text() != JQUERY_SHIM:
        shim.write_text(JQUERY_SHIM)
    m.default_js = [("leaflet", f"{base_url}{rel}/leaflet.js"),
                    ("jquery", f"{base_url}jquery-shim.js")]
    m.default_css = [("leaflet_css", f"{base_url}{rel}/leaflet.css")]


def tutorial_map(shown: pd.DataFrame, static_dir: Path) -> folium.Map:
    """A new folium.Map with one Marker + Popup per mention, as most tutorials write it."""
    m = folium.Map(location=[34.5, 38.5], zoom_start=6)
    local_leaflet(m, static_dir)
    for row in shown.itertuples():
        folium.Marker(
            [row.lat, row.lon],
            popup=folium.Popup(popup_html(row), max_width=400),
            tooltip=str(row.site),
        ).add_to(m)
    return m
