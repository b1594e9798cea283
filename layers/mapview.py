"""The folium map: built once, data loaded by the browser, filter sent as a tiny script.

How the app wires it (Streamlit, streamlit-folium 0.27)::

    # .streamlit/config.toml: [server] enableStaticServing = true
    STATIC = Path(__file__).parent / "static"           # served at /app/static/
    dataset = publish_dataset(mentions, STATIC)           # st.cache_resource on the store
    m = build_map(dataset)                                # cheap: call every rerun, don't cache
    fg = filter_element({"date_range": (d0, d1), "sources": [...], ...}, dataset)
    st_folium(m, key="map", feature_group_to_add=fg, returned_objects=[],
              height=650, use_container_width=True)

Why it is fast: the Map's script holds no data (only asset/data URLs), so its
streamlit-folium hash stays the same across reruns and the component is never remounted;
each rerun sends only the filter FeatureGroup (a `ReportMap.setFilter({...numbers...})`
call, < 1 KB) which the component evals; layers/rmlayer.js re-counts the mentions per
site client-side and redraws the canvas. Do not cache the Map object itself:
streamlit-folium adds the FeatureGroup to it, which would change its script next rerun.

Inside the component iframe (/component/streamlit_folium.st_folium/index.html) the
static files are reached at ../../app/static/ (STREAMLIT_STATIC_URL), which also works
under server.baseUrlPath. For a standalone HTML page pass base_url explicitly.

The simple path (`simple_map`) draws already-filtered mentions as a folium GeoJson with
popups from layers/html.py: correct and offline too, fine up to a few thousand sites.
"""

from __future__ import annotations

import json
from typing import Any

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from layers import html as H
from layers.dataset import DatasetInfo, filter_payload, publish_assets
from layers.sites import site_features

STREAMLIT_STATIC_URL = "../../app/static/"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
DEFAULT_CENTER = (34.0, 38.0)
DEFAULT_ZOOM = 6


def js_literal(value: Any) -> str:
    """JSON for embedding in a <script> and a Jinja output: no <, >, &, braces raw."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=True)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(raw, esc)
    return text


def _url(base_url: str, rel: str) -> str:
    """base_url + rel + '/' (base_url ends with '/')."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return f"{base}{rel}/"


def _fit(bounds, zoom: int | None) -> dict:
    """Initial view for the JS: padded bounds, applied once without animation."""
    (south, west), (north, east) = bounds
    pad = 0.3
    return {"bounds": [[south - pad, west - pad], [north + pad, east + pad]], "maxZoom": zoom or 9}


class ReportLayer(JSCSSMixin, MacroElement):
    """Loads rmlayer.js/css locally and calls ReportMap.init(map, config) once."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "ReportMap.init({{ this._parent.get_name() }}, {{ this.config_js }});"
        "{% endmacro %}"
    )

    def __init__(self, config: dict, assets_url: str):
        super().__init__()
        self._name = "ReportLayer"
        self.config_js = js_literal(config)
        self.default_js = [("reportmap_layer", assets_url + "rmlayer.js")]
        self.default_css = [("reportmap_css", assets_url + "rmlayer.css")]


class FilterScript(MacroElement):
    """`ReportMap.setFilter({...})` with numbers only (indices into the dataset tables)."""

    _template = Template(
        "{% macro script(this, kwargs) %}ReportMap.setFilter({{ this.payload_js }});{% endmacro %}"
    )

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "FilterScript"
        self.payload_js = js_literal(payload)


def _local_map(assets_url: str, center, zoom, **kwargs) -> folium.Map:
    """A folium Map with no tiles whose JS/CSS are the local Leaflet only."""
    m = folium.Map(location=list(center), zoom_start=zoom, tiles=None, control_scale=True,
                   prefer_canvas=True, **kwargs)
    m.default_js = [("leaflet", assets_url + "leaflet.js")]
    m.default_css = [("leaflet_css", assets_url + "leaflet.css")]
    return m


def build_map(
    dataset: DatasetInfo,
    *,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    base_url: str = STREAMLIT_STATIC_URL,
    tiles: bool = True,
) -> folium.Map:
    """The map with the canvas site layer; data and assets are fetched from base_url."""
    assets_url = _url(base_url, dataset.assets_path)
    config = {
        "assets": assets_url,
        "data": _url(base_url, dataset.data_path),
        "tileUrl": OSM_TILES if tiles else None,
        "tileAttribution": OSM_ATTRIBUTION,
    }
    if center is None and dataset.bounds is not None:
        config["fit"] = _fit(dataset.bounds, zoom)
    m = _local_map(assets_url, center or DEFAULT_CENTER, zoom or DEFAULT_ZOOM)
    m.add_child(ReportLayer(config, assets_url))
    return m


def filter_element(filter: dict, dataset: DatasetInfo) -> folium.FeatureGroup:
    """A FeatureGroup carrying the filter, for st_folium(feature_group_to_add=...).

    filter keys as layers.filters.filter_mentions: date_range, date_field, sources, kinds,
    sites, roles, include_undated. Also usable with m.add_child() on a standalone map.
    """
    group = folium.FeatureGroup(name="reportmap filter", control=False)
    group.add_child(FilterScript(filter_payload(filter, dataset)))
    return group


def simple_map(
    mentions,
    static_dir,
    *,
    base_url: str = STREAMLIT_STATIC_URL,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    report_href: str = H.STREAMLIT_REPORT_HREF,
    tiles: bool = True,
) -> folium.Map:
    """Fallback map: already-filtered mentions as a GeoJson layer with escaped popups.

    Rebuilt every rerun (data is in the page), so keep it for small frames.
    """
    assets_url = _url(base_url, publish_assets(static_dir))
    config = {"assets": assets_url, "data": None,
              "tileUrl": OSM_TILES if tiles else None, "tileAttribution": OSM_ATTRIBUTION}
    collection = site_features(mentions)
    if center is None and collection["features"]:
        lons = [f["geometry"]["coordinates"][0] for f in collection["features"]]
        lats = [f["geometry"]["coordinates"][1] for f in collection["features"]]
        config["fit"] = _fit(((min(lats), min(lons)), (max(lats), max(lons))), zoom)
    m = _local_map(assets_url, center or DEFAULT_CENTER, zoom or DEFAULT_ZOOM)
    m.add_child(ReportLayer(config, assets_url))
    for feature in collection["features"]:
        props = feature["properties"]
        feature["properties"] = {
            "popup": H.site_popup_html(props, props["mentions"], report_href),
            "label": H.site_label_html(props),
            "n": props["n_mentions"],
        }
    if collection["features"]:
        folium.GeoJson(
            collection,
            name="Report sites",
            marker=folium.CircleMarker(radius=7, weight=1, color="#222", fill_color="#d62728",
                                       fill_opacity=0.8),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        ).add_to(m)
    return m
