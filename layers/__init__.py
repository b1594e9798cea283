"""Site layer: filters, site features, escaped HTML and the offline folium map.

Modules: filters (filter_mentions), sites (site_features), html (every HTML string),
dataset (publish_dataset → static files), mapview (build_map, filter_element, simple_map).
folium is used here and nowhere else; nothing here imports streamlit.
"""
