"""The records that flow through reportmap: reports in, mentions out.

One model, many outputs: the GeoJSON of `reportmap extract`, the GeoPackage store,
the folium layer and the exports are all renderings of these records.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Literal

DateBasis = Literal["explicit", "relative", "published", "none"]
Role = Literal["event", "locator", "background"]


@dataclass(frozen=True)
class Report:
    """One news report: metadata from front matter (or the command line) and its body."""

    report_id: str  # sha256 of the file's bytes, first 16 hex digits
    path: str
    source: str
    published: date
    body: str
    title: str | None = None
    url: str | None = None
    language: str = "en"
    published_estimated: bool = False


@dataclass(frozen=True)
class Site:
    """A gazetteer entry: a place with a kind, a point and where its data came from."""

    site_id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    source: str  # e.g. "geonames:170654" or "wikipedia:Khmeimim_Air_Base"
    aliases: tuple[str, ...] = ()
    population: int = 0
    admin1: str = ""
    minor: bool = False  # a town abroad taken only where the report names its country


@dataclass(frozen=True)
class Interval:
    """An inclusive interval of days and the words it was read from."""

    start: date | None
    end: date | None
    text: str = ""
    basis: DateBasis = "none"


@dataclass
class Mention:
    """One place mentioned in one report, with where, when and who says so."""

    report_id: str
    site_id: str
    site: str
    kind: str
    text: str  # surface form exactly as in the body
    start: int  # character offsets of `text` in the body
    end: int
    excerpt: str  # the sentence holding the mention
    excerpt_start: int  # offset of the excerpt in the body
    lat: float
    lon: float
    precision_m: float
    derived: bool = False
    anchor_site_id: str | None = None  # for derived positions
    role: Role = "event"
    date_start: date | None = None
    date_end: date | None = None
    date_text: str = ""
    date_basis: DateBasis = "none"
    claimant: str | None = None
    resolved_by: str = "name"  # name | reference | derived
    extra: dict = field(default_factory=dict)

    def to_properties(self, report: Report) -> dict:
        """The flat property dict used by GeoJSON, the store and the layers."""
        props = asdict(self)
        props.pop("extra")
        props.pop("lat")
        props.pop("lon")
        for key in ("date_start", "date_end"):
            value = props[key]
            props[key] = value.isoformat() if value else None
        return {
            "report_id": report.report_id,
            "title": report.title,
            "source": report.source,
            "url": report.url,
            "published": report.published.isoformat(),
            "language": report.language,
            **{k: v for k, v in props.items() if k != "report_id"},
        }
