"""Mention frames made in code, for tests and benchmarks (no real reports involved).

`fixture_mentions()` is a small hand-made frame with hostile text (the escaping zoo);
`synthetic_mentions(n)` a large random one with the same columns.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd

COLUMNS = [
    "report_id", "title", "source", "url", "published", "language", "site_id", "site", "kind",
    "text", "start", "end", "excerpt", "excerpt_start", "precision_m", "derived",
    "anchor_site_id", "role", "date_start", "date_end", "date_text", "date_basis", "claimant",
    "resolved_by", "lat", "lon",
]

# Texts that must come out of every renderer as literal, inert text.
ZOO = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "{{ 6*7 }}",
    "{{ 1234*5 }}",
    "{% if true %}JINJA{% endif %}",
    "`${alert(1)}` backticks",
    "C:\\path\\2019\\n",
    "quotes \" and ' mixed",
    "&amp; already & escaped",
]
# "{{ 1234*5 }}" as a template would render it. folium's element ids are random hex and may
# hold the digits ("marker_4f6170ab…"), so only the number standing as a word counts.
EVALUATED = re.compile(r"\b6170\b")
EVIL_SITE = "Qusayr <svg onload=alert(1)> {{ 1234*5 }}"
BAD_URLS = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:x"]


def _row(**kw) -> dict:
    """A mention row with defaults for every column."""
    row = {c: None for c in COLUMNS}
    row.update(
        language="en", derived=False, role="event", date_text="", date_basis="none",
        resolved_by="name", precision_m=1000.0,
    )
    row.update(kw)
    return row


def _mention(report_id, title, source, url, published, site_id, site, kind, lat, lon,
             before, after, **kw) -> dict:
    """A row whose excerpt is before + site + after, offsets consistent, body offset 100."""
    excerpt = f"{before}{site}{after}"
    base = 100
    return _row(
        report_id=report_id, title=title, source=source, url=url, published=published,
        site_id=site_id, site=site, kind=kind, text=site, start=base + len(before),
        end=base + len(before) + len(site), excerpt=excerpt, excerpt_start=base,
        lat=lat, lon=lon, **kw,
    )


def fixture_mentions() -> pd.DataFrame:
    """A dozen mentions over five sites, two sources, dated/undated, derived and hostile text."""
    rows = [
        _mention("r1", "Strike near Tartus", "Outlet A", "https://a.example/1", "2024-03-02",
                 "s-tartus", "Tartus", "port", 34.889, 35.887, "Ships left ", " at dawn.",
                 date_start="2024-03-01", date_end="2024-03-01", date_text="on Friday",
                 date_basis="relative", claimant="the ministry"),
        _mention("r1", "Strike near Tartus", "Outlet A", "https://a.example/1", "2024-03-02",
                 "s-khmeimim", "Khmeimim", "airbase", 35.401, 35.948, "Jets from ",
                 " took off.", date_start="2024-02-28", date_end="2024-03-01",
                 date_text="this week", date_basis="relative"),
        _mention("r2", ZOO[0], "Outlet B " + ZOO[2], BAD_URLS[0], "2024-04-10",
                 "s-tartus", "Tartus", "port", 34.889, 35.887, ZOO[0] + " in ",
                 " " + ZOO[1] + " " + ZOO[2], date_start="2024-04-09", date_end="2024-04-09",
                 date_text=ZOO[4], date_basis="explicit", claimant=ZOO[5]),
        _mention("r2", ZOO[0], "Outlet B " + ZOO[2], BAD_URLS[0], "2024-04-10",
                 "d-offshore-tartus", "offshore Tartus", "derived", 34.95, 35.70,
                 ZOO[6] + " vessels ", " " + ZOO[7], derived=True, anchor_site_id="s-tartus",
                 precision_m=20000.0, resolved_by="derived", date_start="2024-04-09",
                 date_end="2024-04-09", date_basis="explicit"),
        _mention("r3", "Undated note", "Outlet A", BAD_URLS[1], "2024-05-20",
                 "s-latakia", "Latakia", "city", 35.517, 35.783, "In ",
                 " nothing happened " + ZOO[3], role="locator"),
        _mention("r3", "Undated note", "Outlet A", BAD_URLS[2], "2024-05-20",
                 "s-evil", EVIL_SITE, "town " + ZOO[3], 34.55, 36.57, "Near ", " it was quiet.",
                 date_start="2024-05-19", date_end="2024-05-19", date_basis="explicit"),
        _mention("r4", "Background", "Outlet C", "http://c.example/4?a=1&b=2", "2023-12-01",
                 "s-homs", "Homs", "city", 34.733, 36.717, "Back in 2012 ", " " + ZOO[8],
                 role="background", date_start="2012-01-01", date_end="2012-12-31",
                 date_text="in 2012", date_basis="explicit"),
        _mention("r5", "Published-date only", "Outlet C", "https://c.example/5", "2024-06-01",
                 "s-khmeimim", "Khmeimim", "airbase", 35.401, 35.948, "At ", " today.",
                 date_start="2024-06-01", date_end="2024-06-01", date_basis="published"),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def synthetic_mentions(n: int = 100_000, n_sites: int = 3_000, seed: int = 7) -> pd.DataFrame:
    """n random mentions over n_sites sites around the Eastern Mediterranean."""
    rng = np.random.default_rng(seed)
    site_lat = rng.uniform(29.0, 38.0, n_sites)
    site_lon = rng.uniform(32.0, 45.0, n_sites)
    kinds = np.array(["city", "town", "village", "airbase", "port", "region", "derived"])
    site_kind = kinds[rng.integers(0, len(kinds), n_sites)]
    weights = 1.0 / np.arange(1, n_sites + 1)  # a few busy sites, a long tail
    site = rng.choice(n_sites, size=n, p=weights / weights.sum())
    sources = np.array([f"Outlet {i}" for i in range(40)])
    src = rng.integers(0, len(sources), n)
    day0 = date(2020, 1, 1)
    start_day = rng.integers(0, 5 * 365, n)
    length = rng.choice([0, 0, 0, 1, 6, 30], size=n)
    dated = rng.random(n) > 0.1
    roles = np.array(["event", "event", "event", "locator", "background"])[rng.integers(0, 5, n)]
    report = rng.integers(0, n // 3 + 1, n)
    iso = np.array([(day0 + timedelta(days=int(d))).isoformat() for d in range(5 * 365 + 31)])
    names = np.array([f"Site {i}" for i in range(n_sites)])
    texts = names[site]
    excerpt = pd.Series(texts).radd("Fighting was reported in ").add(" overnight.").to_numpy()
    frame = pd.DataFrame(
        {
            "report_id": [f"rep{r:07d}" for r in report],
            "title": [f"Report {r}" for r in report],
            "source": sources[src],
            "url": [f"https://news.example/{r}" for r in report],
            "published": iso[np.minimum(start_day + 1, len(iso) - 1)],
            "language": "en",
            "site_id": [f"site-{s}" for s in site],
            "site": texts,
            "kind": site_kind[site],
            "text": texts,
            "start": 125,
            "end": 125 + pd.Series(texts).str.len().to_numpy(),
            "excerpt": excerpt,
            "excerpt_start": 100,
            "precision_m": np.where(site_kind[site] == "derived", 15000.0, 1000.0),
            "derived": site_kind[site] == "derived",
            "anchor_site_id": None,
            "role": roles,
            "date_start": np.where(dated, iso[start_day], None),
            "date_end": np.where(dated, iso[start_day + length], None),
            "date_text": "",
            "date_basis": np.where(dated, "explicit", "none"),
            "claimant": None,
            "resolved_by": "name",
            "lat": site_lat[site],
            "lon": site_lon[site],
        }
    )
    return frame[COLUMNS]
